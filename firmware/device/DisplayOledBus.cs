using System;
using Iot.Device.Ssd13xx;
using QrTerminal.Drivers;

namespace QrTerminal.Device
{
    /// <summary>
    /// <see cref="IDisplayBus"/> over the nanoFramework.Iot.Device.Ssd13xx binding (I2C): commands via
    /// SendCommand (control byte 0x00), frame bytes via SendData (control byte 0x40). The binding's
    /// constructor has already sent its init sequence.
    /// </summary>
    public sealed class DisplayOledBus : IDisplayBus
    {
        private readonly Ssd13xx _display;

        /// <summary>Wraps an initialised Ssd1306 or Sh1106 binding.</summary>
        public DisplayOledBus(Ssd13xx display)
        {
            if (display == null)
            {
                throw new ArgumentNullException("display");
            }
            _display = display;
        }

        /// <inheritdoc />
        public void WriteCommand(byte[] buffer, int offset, int count)
        {
            _display.SendCommand(new DisplayRawCommand(buffer, offset, count));
        }

        /// <inheritdoc />
        public void WriteData(byte[] buffer, int offset, int count)
        {
            _display.SendData(new SpanByte(buffer, offset, count));
        }
    }
}
