using Iot.Device.Ssd13xx.Commands;

namespace QrTerminal.Device
{
    /// <summary>
    /// Lets our byte-exact command stream (QrTerminal.Drivers.Ssd1306Controller / Sh1106Controller) go out through
    /// the Ssd13xx binding's SendCommand, which prefixes control byte 0x00 and writes one I2C transaction.
    /// </summary>
    internal sealed class DisplayRawCommand : ISharedCommand
    {
        private readonly byte[] _bytes;

        public DisplayRawCommand(byte[] buffer, int offset, int count)
        {
            _bytes = new byte[count];
            System.Array.Copy(buffer, offset, _bytes, 0, count);
        }

        public byte Id { get { return _bytes[0]; } }

        public byte[] GetBytes()
        {
            return _bytes;
        }
    }
}
