using System;

namespace QrTerminal.Drivers
{
    /// <summary>
    /// SH1106 (132-column RAM, the 128-px glass starts at column 2) over I2C. It only has page addressing,
    /// so each dirty page goes out on its own: B0+page, lower/upper column nibbles of (first dirty column + 2),
    /// then the dirty bytes.
    /// </summary>
    public sealed class Sh1106Controller : IPanelController
    {
        /// <summary>RAM column of the panel's first visible pixel.</summary>
        public const int ColumnOffset = 2;

        private readonly IDisplayBus _bus;
        private readonly PageFrameBuffer _frame;
        private readonly byte[] _cmd = new byte[3];

        /// <summary>Drives <paramref name="frame"/> (128×64) over <paramref name="bus"/>.</summary>
        public Sh1106Controller(IDisplayBus bus, PageFrameBuffer frame)
        {
            if (bus == null)
            {
                throw new ArgumentNullException("bus");
            }
            if (frame == null || frame.Width != 128 || frame.Height != 64)
            {
                throw new ArgumentException("SH1106 frame must be 128x64", "frame");
            }
            _bus = bus;
            _frame = frame;
        }

        /// <inheritdoc />
        public FrameBuffer Frame { get { return _frame; } }

        /// <summary>
        /// Sends the standard 128×64 sequence (as the nanoFramework Sh1106 binding does). The SSD1306-only bytes
        /// (8D 14, 20 00) decode on SH1106 as column-address commands, which every page write sets again.
        /// </summary>
        public void Initialize()
        {
            _bus.WriteCommand(Ssd1306Controller.InitSequence, 0, Ssd1306Controller.InitSequence.Length);
            _frame.MarkAllDirty();
        }

        /// <inheritdoc />
        public void Flush(bool fullRefresh)
        {
            byte[] buf = _frame.Buffer;
            int w = _frame.Width;
            for (int page = 0; page < _frame.Pages; page++)
            {
                int cs = _frame.DirtyFrom(page);
                if (cs < 0)
                {
                    continue;
                }
                int ce = _frame.DirtyTo(page);
                int col = cs + ColumnOffset;
                _cmd[0] = (byte)(0xB0 + page);
                _cmd[1] = (byte)(col & 0x0F);
                _cmd[2] = (byte)(0x10 | (col >> 4));
                _bus.WriteCommand(_cmd, 0, 3);
                _bus.WriteData(buf, page * w + cs, ce - cs + 1);
            }
            _frame.ClearDirty();
        }
    }
}
