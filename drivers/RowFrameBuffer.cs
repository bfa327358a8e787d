using System;

namespace QrTerminal.Drivers
{
    /// <summary>
    /// SSD1680/SSD1683 RAM layout: NativeHeight rows of NativeWidth / 8 bytes, MSB = leftmost pixel,
    /// 1 = white = light. Logical coordinates may be rotated (a 296×128 landscape screen on the
    /// 128-source × 296-gate 2.9" panel). Tracks the dirty range of native rows.
    /// </summary>
    public sealed class RowFrameBuffer : FrameBuffer
    {
        private readonly byte[] _buffer;
        private readonly int _nativeWidth;
        private readonly int _nativeHeight;
        private readonly int _stride;
        private readonly int _rotation;
        private int _dirtyFrom;
        private int _dirtyTo;

        /// <summary>
        /// Creates an all-white frame. <paramref name="rotation"/> is 0, 90, 180 or 270 (degrees, logical → native);
        /// 90 and 270 swap the logical width and height.
        /// </summary>
        public RowFrameBuffer(int nativeWidth, int nativeHeight, int rotation)
            : base(rotation == 90 || rotation == 270 ? nativeHeight : nativeWidth, rotation == 90 || rotation == 270 ? nativeWidth : nativeHeight)
        {
            if ((nativeWidth & 7) != 0)
            {
                throw new ArgumentException("native width must be a multiple of 8", "nativeWidth");
            }
            if (rotation != 0 && rotation != 90 && rotation != 180 && rotation != 270)
            {
                throw new ArgumentOutOfRangeException("rotation");
            }
            _nativeWidth = nativeWidth;
            _nativeHeight = nativeHeight;
            _stride = nativeWidth / 8;
            _rotation = rotation;
            _buffer = new byte[_stride * nativeHeight];
            for (int i = 0; i < _buffer.Length; i++)
            {
                _buffer[i] = 0xFF;
            }
            MarkAllDirty();
        }

        /// <inheritdoc />
        public override byte[] Buffer { get { return _buffer; } }

        /// <summary>Controller RAM width (sources) in pixels.</summary>
        public int NativeWidth { get { return _nativeWidth; } }

        /// <summary>Controller RAM height (gates) in rows.</summary>
        public int NativeHeight { get { return _nativeHeight; } }

        /// <summary>Bytes per native row.</summary>
        public int Stride { get { return _stride; } }

        /// <summary>First dirty native row, or -1 when clean.</summary>
        public int DirtyFrom { get { return _dirtyFrom; } }

        /// <summary>Last dirty native row (inclusive), or -1 when clean.</summary>
        public int DirtyTo { get { return _dirtyTo; } }

        /// <inheritdoc />
        public override bool IsDirty { get { return _dirtyFrom >= 0; } }

        /// <inheritdoc />
        public override void ClearDirty()
        {
            _dirtyFrom = -1;
            _dirtyTo = -1;
        }

        /// <inheritdoc />
        public override void MarkAllDirty()
        {
            _dirtyFrom = 0;
            _dirtyTo = _nativeHeight - 1;
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
            // A rectangle stays a rectangle under rotation: map its corners, fill natively.
            int nx0, nx1, ny0, ny1;
            switch (_rotation)
            {
                case 90:
                    nx0 = y; nx1 = y1; ny0 = Width - x1; ny1 = Width - x;
                    break;
                case 180:
                    nx0 = Width - x1; nx1 = Width - x; ny0 = Height - y1; ny1 = Height - y;
                    break;
                case 270:
                    nx0 = Height - y1; nx1 = Height - y; ny0 = x; ny1 = x1;
                    break;
                default:
                    nx0 = x; nx1 = x1; ny0 = y; ny1 = y1;
                    break;
            }
            FillNative(nx0, nx1, ny0, ny1, light);
        }

        private void FillNative(int nx0, int nx1, int ny0, int ny1, bool light)
        {
            int b0 = nx0 >> 3;
            int b1 = (nx1 - 1) >> 3;
            int firstMask = 0xFF >> (nx0 & 7);
            int lastMask = (0xFF << (7 - ((nx1 - 1) & 7))) & 0xFF;
            for (int row = ny0; row < ny1; row++)
            {
                int rowBase = row * _stride;
                for (int b = b0; b <= b1; b++)
                {
                    int mask = 0xFF;
                    if (b == b0)
                    {
                        mask &= firstMask;
                    }
                    if (b == b1)
                    {
                        mask &= lastMask;
                    }
                    int i = rowBase + b;
                    _buffer[i] = light ? (byte)(_buffer[i] | mask) : (byte)(_buffer[i] & ~mask);
                }
            }
            if (_dirtyFrom < 0 || ny0 < _dirtyFrom)
            {
                _dirtyFrom = ny0;
            }
            if (ny1 - 1 > _dirtyTo)
            {
                _dirtyTo = ny1 - 1;
            }
        }

        /// <inheritdoc />
        public override bool GetPixel(int x, int y)
        {
            if ((uint)x >= (uint)Width || (uint)y >= (uint)Height)
            {
                return false;
            }
            int nx, ny;
            switch (_rotation)
            {
                case 90:
                    nx = y; ny = Width - 1 - x;
                    break;
                case 180:
                    nx = Width - 1 - x; ny = Height - 1 - y;
                    break;
                case 270:
                    nx = Height - 1 - y; ny = x;
                    break;
                default:
                    nx = x; ny = y;
                    break;
            }
            return ((_buffer[ny * _stride + (nx >> 3)] >> (7 - (nx & 7))) & 1) != 0;
        }
    }
}
