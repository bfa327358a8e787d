using nanoFramework.Hardware.Esp32;
using QrTerminal.Core;

namespace QrTerminal.Device
{
    /// <summary>
    /// Routes the ESP32's I2C1 and SPI1 to GPIOs. nanoFramework's defaults put both I2C1 SCL and SPI1 CLK on GPIO19,
    /// so the bus the panel does not use would still fight over that pin: both buses are always remapped to the
    /// classic DevKit pins (I2C1 SDA 21 / SCL 22, SPI1 MOSI 23 / MISO 19 / CLK 18) unless the config names others.
    /// </summary>
    internal static class PinSetup
    {
        /// <summary>Default I2C1 SDA.</summary>
        public const int I2cSda = 21;

        /// <summary>Default I2C1 SCL.</summary>
        public const int I2cScl = 22;

        /// <summary>Default SPI1 MOSI.</summary>
        public const int SpiMosi = 23;

        /// <summary>Default SPI1 MISO.</summary>
        public const int SpiMiso = 19;

        /// <summary>Default SPI1 CLK.</summary>
        public const int SpiClk = 18;

        public static void Apply(PanelConfig panel)
        {
            Set(panel.Pin("sda", I2cSda), DeviceFunction.I2C1_DATA);
            Set(panel.Pin("scl", I2cScl), DeviceFunction.I2C1_CLOCK);
            Set(panel.Pin("mosi", SpiMosi), DeviceFunction.SPI1_MOSI);
            Set(panel.Pin("miso", SpiMiso), DeviceFunction.SPI1_MISO);
            Set(panel.Pin("clk", SpiClk), DeviceFunction.SPI1_CLOCK);
        }

        private static void Set(int gpio, DeviceFunction function)
        {
            if (gpio >= 0)
            {
                Configuration.SetPinFunction(gpio, function);
            }
        }
    }
}
