// Reference declarations for nfcheck: nanoFramework.System.Device.I2c 1.1.29 (assembly System.Device.I2c).
// Signatures from nanoframework/System.Device.I2c: System.Device.I2c/{I2cConnectionSettings,I2cDevice,I2cBusSpeed}.cs;
// only the members QrTerminal uses. Bodies are throw null.
namespace System.Device.I2c
{
    public enum I2cBusSpeed
    {
        StandardMode = 0,
        FastMode = 1,
    }

    public sealed class I2cConnectionSettings
    {
        public I2cConnectionSettings(int busId, int deviceAddress) { throw null; }
        public I2cConnectionSettings(int busId, int deviceAddress, I2cBusSpeed busSpeed) { throw null; }
        public int BusId { get { throw null; } }
        public int DeviceAddress { get { throw null; } }
        public I2cBusSpeed BusSpeed { get { throw null; } }
    }

    public class I2cDevice : IDisposable
    {
        public I2cDevice(I2cConnectionSettings settings) { throw null; }
        public I2cConnectionSettings ConnectionSettings { get { throw null; } }
        public static I2cDevice Create(I2cConnectionSettings settings) { throw null; }
        public void Dispose() { throw null; }
    }
}
