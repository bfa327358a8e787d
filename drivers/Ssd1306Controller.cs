using System;

namespace QrTerminal.Drivers
{
    /// <summary>
    /// SSD1306 128×64 over I2C, horizontal addressing mode. Sends the standard init once, then for each run of
    /// dirty pages one column/page window (21 cs ce, 22 ps pe) followed by exactly the window's bytes.
    /// </summary>
    public sealed class Ssd1306Controller : IPanelController
    {
        /// <summary>
        /// The standard 128×64 init (Adafruit begin(), u8g2, luma.oled test_ssd1306, nanoFramework Ssd13xx):
        /// off, clock 80, mux 3F, offset 0, start line 0, charge pump on, horizontal mode, segment remap,
        /// COM scan dec, COM pins 12, contrast CF, precharge F1, VCOMH 40, resume RAM, normal, on.
        /// </summary>
        public static readonly byte[] InitSequence = new byte[]
        {
            0xAE, 0xD5, 0x80, 0xA8, 0x3F, 0xD3, 0x00, 0x40, 0x8D, 0x14, 0x20, 0x00, 0xA1, 0xC8,
            0xDA, 0x12, 0x81, 0xCF, 0xD9, 0xF1, 0xDB, 0x40, 0xA4, 0xA6, 0xAF
        };

        private readonly IDisplayBus _bus;
        private readonly PageFrameBuffer _frame;
        private readonly byte[] _cmd = new byte[6];

        /// <summary>Drives <paramref name="frame"/> (128×64) over <paramref name="bus"/>.</summary>
        public Ssd1306Controller(IDisplayBus bus, PageFrameBuffer frame)
        {
            if (bus == null)
            {
                throw new ArgumentNullException("bus");
            }
            if (frame == null || frame.Width != 128 || frame.Height != 64)
            {
                throw new ArgumentException("SSD1306 frame must be 128x64", "frame");
            }
            _bus = bus;
            _frame = frame;
        }

        /// <inheritdoc />
        public FrameBuffer Frame { get { return _frame; } }

        /// <inheritdoc />
        public void Initialize()
        {
            _bus.WriteCommand(InitSequence, 0, InitSequence.Length);
            _frame.MarkAllDirty();
        }

        /// <inheritdoc />
        public void Flush(bool fullRefresh)
        {
            byte[] buf = _frame.Buffer;
            int w = _frame.Width;
            int page = 0;
            while (page < _frame.Pages)
            {
                if (_frame.DirtyFrom(page) < 0)
                {
                    page++;
                    continue;
                }
                // A run of consecutive dirty pages shares one window: the union of their column ranges.
                int first = page;
                int cs = _frame.DirtyFrom(page);
                int ce = _frame.DirtyTo(page);
                while (page + 1 < _frame.Pages && _frame.DirtyFrom(page + 1) >= 0)
                {
                    page++;
                    cs = Math.Min(cs, _frame.DirtyFrom(page));
                    ce = Math.Max(ce, _frame.DirtyTo(page));
                }
                int last = page;
                _cmd[0] = 0x21;
                _cmd[1] = (byte)cs;
                _cmd[2] = (byte)ce;
                _cmd[3] = 0x22;
                _cmd[4] = (byte)first;
                _cmd[5] = (byte)last;
                _bus.WriteCommand(_cmd, 0, 6);
                if (cs == 0 && ce == w - 1)
                {
                    _bus.WriteData(buf, first * w, (last - first + 1) * w);
                }
                else
                {
                    for (int p = first; p <= last; p++)
                    {
                        _bus.WriteData(buf, p * w + cs, ce - cs + 1);
                    }
                }
                page++;
            }
            _frame.ClearDirty();
        }
    }
}
