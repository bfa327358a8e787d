// Reference declarations for nfcheck: nanoFramework.System.Device.Spi 1.3.89 (assembly System.Device.Spi).
// Signatures from nanoframework/System.Device.Spi: System.Device.Spi/{SpiConnectionSettings,SpiDevice,SpiMode,DataFlow}.cs;
// only the members QrTerminal uses. Bodies are throw null.
using System.Device.Gpio;

namespace System.Device.Spi
{
    public enum SpiMode
    {
        Mode0 = 0,
        Mode1 = 1,
        Mode2 = 2,
        Mode3 = 3,
    }

    public enum DataFlow
    {
        MsbFirst = 0,
        LsbFirst = 1,
    }

    public sealed class SpiConnectionSettings
    {
        public SpiConnectionSettings(int busId, int chipSelectLine) { throw null; }
        public int BusId { get { throw null; } set { throw null; } }
        public int ChipSelectLine { get { throw null; } set { throw null; } }
        public SpiMode Mode { get { throw null; } set { throw null; } }
        public int DataBitLength { get { throw null; } set { throw null; } }
        public int ClockFrequency { get { throw null; } set { throw null; } }
        public DataFlow DataFlow { get { throw null; } set { throw null; } }
        public PinValue ChipSelectLineActiveState { get { throw null; } set { throw null; } }
    }

    public class SpiDevice : IDisposable
    {
        public SpiDevice(SpiConnectionSettings settings) { throw null; }
        public SpiConnectionSettings ConnectionSettings { get { throw null; } }
        public static SpiDevice Create(SpiConnectionSettings settings) { throw null; }
        public void WriteByte(byte value) { throw null; }
        public void Write(SpanByte buffer) { throw null; }
        public void Dispose() { throw null; }
    }
}
