// Reference declarations for nfcheck: nanoFramework.Hardware.Esp32 1.6.42 (assembly nanoFramework.Hardware.Esp32).
// Signatures from nanoframework/nanoFramework.Hardware.Esp32:nanoFramework.Hardware.Esp32/Configuration.cs,
// DeviceTypePins.cs (DeviceFunction: the SPI, I2C and serial members); bodies are throw null.
namespace nanoFramework.Hardware.Esp32
{
    public enum DeviceTypes
    {
        GPIO = 0 * 0x00010000,
        SPI = 1 * 0x00010000,
        I2C = 2 * 0x00010000,
        SERIAL = 3 * 0x00010000,
        PWM = 4 * 0x00010000,
        ADC = 5 * 0x00010000,
        I2S = 6 * 0x00010000,
        SDMMC = 8 * 0x00010000
    }

    public enum DeviceFunction
    {
        SPI1_MOSI = DeviceTypes.SPI + (1 * 0x00000100) + 0,
        SPI1_MISO = DeviceTypes.SPI + (1 * 0x00000100) + 1,
        SPI1_CLOCK = DeviceTypes.SPI + (1 * 0x00000100) + 2,
        SPI2_MOSI = DeviceTypes.SPI + (2 * 0x00000100) + 0,
        SPI2_MISO = DeviceTypes.SPI + (2 * 0x00000100) + 1,
        SPI2_CLOCK = DeviceTypes.SPI + (2 * 0x00000100) + 2,
        I2C1_DATA = DeviceTypes.I2C + (1 * 0x00000100) + 0,
        I2C1_CLOCK = DeviceTypes.I2C + (1 * 0x00000100) + 1,
        I2C2_DATA = DeviceTypes.I2C + (2 * 0x00000100) + 0,
        I2C2_CLOCK = DeviceTypes.I2C + (2 * 0x00000100) + 1,
        COM1_TX = DeviceTypes.SERIAL + (1 * 0x00000100) + 0,
        COM1_RX = DeviceTypes.SERIAL + (1 * 0x00000100) + 1,
        COM2_TX = DeviceTypes.SERIAL + (2 * 0x00000100) + 0,
        COM2_RX = DeviceTypes.SERIAL + (2 * 0x00000100) + 1,
    }

    public class Configuration
    {
        public static void SetPinFunction(int pin, DeviceFunction value) { throw null; }
        public static int GetFunctionPin(DeviceFunction function) { throw null; }
    }
}
