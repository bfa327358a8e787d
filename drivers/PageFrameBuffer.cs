using System;

namespace QrTerminal.Drivers
{
    /// <summary>
    /// SSD1306/SH1106 layout: Height/8 pages of Width bytes; each byte is a vertical strip of 8 pixels,
    /// D0 on top (buf[x + (y / 8) * Width], bit y % 8). Bit 1 = lit = light.
    /// Tracks the dirty column range of each page.
    /// </summary>
    public sealed class PageFrameBuffer : FrameBuffer
    {
        private readonly byte[] _buffer;
        private readonly int _pages;
        private readonly int[] _dirtyFrom;
        private readonly int[] _dirtyTo;

        /// <summary>Creates a blank (all dark, i.e. unlit) frame; height must be a multiple of 8.</summary>
        public PageFrameBuffer(int width, int height) : base(width, height)
        {
            if ((height & 7) != 0)
            {
                throw new ArgumentException("height must be a multiple of 8", "height");
            }
            _pages = height / 8;
            _buffer = new byte[width * _pages];
            _dirtyFrom = new int[_pages];
            _dirtyTo = new int[_pages];
            MarkAllDirty();
        }

        /// <inheritdoc />
        public override byte[] Buffer { get { return _buffer; } }

        /// <summary>Number of 8-row pages.</summary>
        public int Pages { get { return _pages; } }

        /// <summary>First dirty column of <paramref name="page"/>, or -1 when the page is clean.</summary>
        public int DirtyFrom(int page)
        {
            return _dirtyFrom[page];
        }

        /// <summary>Last dirty column of <paramref name="page"/> (inclusive), or -1 when clean.</summary>
        public int DirtyTo(int page)
        {
            return _dirtyTo[page];
        }

        /// <inheritdoc />
        public override bool IsDirty
        {
            get
            {
                for (int p = 0; p < _pages; p++)
                {
                    if (_dirtyFrom[p] >= 0)
                    {
                        return true;
                    }
                }
                return false;
            }
        }

        /// <inheritdoc />
        public override void ClearDirty()
        {
            for (int p = 0; p < _pages; p++)
            {
                _dirtyFrom[p] = -1;
                _dirtyTo[p] = -1;
            }
        }

        /// <inheritdoc />
        public override void MarkAllDirty()
        {
            for (int p = 0; p < _pages; p++)
            {
                _dirtyFrom[p] = 0;
                _dirtyTo[p] = Width - 1;
            }
        }

        /// <inheritdoc />
        public override void FillRect(int x, int y, int width, int height, bool light)
        {
            int x1 = Clip(ref x, width, Width);
            int y1 = Clip(ref y, height, Height);
            if (x >= x1 || y >= y1)
            {
                return;
            }
            int w = Width;
            for (int page = y >> 3; page <= (y1 - 1) >> 3; page++)
            {
                int top = page << 3;
                int from = y > top ? y - top : 0;
                int to = y1 - top < 8 ? y1 - top : 8;
                int mask = (0xFF << from) & (0xFF >> (8 - to)) & 0xFF;
                int i = page * w + x;
                int end = page * w + x1;
                if (light)
                {
                    for (; i < end; i++)
                    {
                        _buffer[i] = (byte)(_buffer[i] | mask);
                    }
                }
                else
                {
                    int keep = ~mask;
                    for (; i < end; i++)
                    {
                        _buffer[i] = (byte)(_buffer[i] & keep);
                    }
                }
                if (_dirtyFrom[page] < 0 || x < _dirtyFrom[page])
                {
                    _dirtyFrom[page] = x;
                }
                if (x1 - 1 > _dirtyTo[page])
                {
                    _dirtyTo[page] = x1 - 1;
                }
            }
        }

        /// <inheritdoc />
        public override bool GetPixel(int x, int y)
        {
            if ((uint)x >= (uint)Width || (uint)y >= (uint)Height)
            {
                return false;
            }
            return ((_buffer[x + (y >> 3) * Width] >> (y & 7)) & 1) != 0;
        }
    }
}
