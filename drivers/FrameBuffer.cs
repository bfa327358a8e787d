using System;

namespace QrTerminal.Drivers
{
    /// <summary>
    /// A 1-bpp frame in a controller's native memory layout, addressed in logical (screen) coordinates.
    /// Colours are "light" (paper: lit OLED pixel, white e-paper pixel; stored as bit 1 in both layouts) and
    /// dark. Drawing is built on <see cref="FillRect"/>, so text and QR codes cost one call per run of pixels,
    /// never one virtual call per pixel. Every write marks the touched area dirty until <see cref="ClearDirty"/>.
    /// </summary>
    public abstract class FrameBuffer
    {
        private readonly int _width;
        private readonly int _height;

        /// <summary>Sets the logical size.</summary>
        protected FrameBuffer(int width, int height)
        {
            if (width <= 0 || height <= 0)
            {
                throw new ArgumentOutOfRangeException("width");
            }
            _width = width;
            _height = height;
        }

        /// <summary>Logical width in pixels.</summary>
        public int Width { get { return _width; } }

        /// <summary>Logical height in pixels.</summary>
        public int Height { get { return _height; } }

        /// <summary>The native buffer the controller streams out.</summary>
        public abstract byte[] Buffer { get; }

        /// <summary>Fills a rectangle (clipped to the frame).</summary>
        public abstract void FillRect(int x, int y, int width, int height, bool light);

        /// <summary>True when the pixel is light. Outside the frame: false.</summary>
        public abstract bool GetPixel(int x, int y);

        /// <summary>True when something was drawn since the last <see cref="ClearDirty"/>.</summary>
        public abstract bool IsDirty { get; }

        /// <summary>Marks everything clean (after the controller sent it).</summary>
        public abstract void ClearDirty();

        /// <summary>Marks the whole frame dirty (e.g. after the panel lost its RAM).</summary>
        public abstract void MarkAllDirty();

        /// <summary>Fills the whole frame.</summary>
        public void Fill(bool light)
        {
            FillRect(0, 0, _width, _height, light);
        }

        /// <summary>Sets one pixel.</summary>
        public void SetPixel(int x, int y, bool light)
        {
            FillRect(x, y, 1, 1, light);
        }

        /// <summary>Draws a rectangle outline <paramref name="thickness"/> pixels wide.</summary>
        public void DrawRect(int x, int y, int width, int height, int thickness, bool light)
        {
            FillRect(x, y, width, thickness, light);
            FillRect(x, y + height - thickness, width, thickness, light);
            FillRect(x, y, thickness, height, light);
            FillRect(x + width - thickness, y, thickness, height, light);
        }

        /// <summary>
        /// Draws a QR symbol from packed rows (row y at rows[y * wordsPerRow], module x is bit 31 - x % 32 of
        /// word x / 32, 1 = dark) at integer <paramref name="scale"/>, with normal polarity: the symbol area is
        /// filled light, dark modules drawn dark. The quiet zone is the caller's (fill it light).
        /// </summary>
        public void BlitQr(uint[] rows, int wordsPerRow, int size, int x, int y, int scale)
        {
            if (rows == null)
            {
                throw new ArgumentNullException("rows");
            }
            if (size < 21 || scale < 1 || wordsPerRow < (size + 31) / 32 || rows.Length < wordsPerRow * size)
            {
                throw new ArgumentException("QR rows do not match size/wordsPerRow, or scale < 1");
            }
            FillRect(x, y, size * scale, size * scale, true);
            for (int my = 0; my < size; my++)
            {
                int rowBase = my * wordsPerRow;
                int py = y + my * scale;
                int mx = 0;
                while (mx < size)
                {
                    uint word = rows[rowBase + (mx >> 5)];
                    if (((word >> (31 - (mx & 31))) & 1) == 0)
                    {
                        mx++;
                        continue;
                    }
                    int start = mx;
                    mx++;
                    while (mx < size && ((rows[rowBase + (mx >> 5)] >> (31 - (mx & 31))) & 1) != 0)
                    {
                        mx++;
                    }
                    FillRect(x + start * scale, py, (mx - start) * scale, scale, false);
                }
            }
        }

        /// <summary>
        /// Draws the set bits of a bitmap with <paramref name="rowBytes"/> (1 or 2) bytes per row, bit 7 of the
        /// first byte = leftmost pixel, in <paramref name="light"/> at integer scale; clear bits are left untouched.
        /// </summary>
        public void DrawRows(byte[] bits, int offset, int rows, int rowBytes, int x, int y, int scale, bool light)
        {
            DrawRows(bits, offset, rows, rowBytes, x, y, scale, scale, light);
        }

        /// <summary>
        /// As <see cref="DrawRows(byte[], int, int, int, int, int, int, bool)"/> with separate horizontal and
        /// vertical integer scales (each source pixel becomes scaleX × scaleY): one FillRect per run of set bits.
        /// </summary>
        public void DrawRows(byte[] bits, int offset, int rows, int rowBytes, int x, int y, int scaleX, int scaleY, bool light)
        {
            if (rowBytes < 1 || rowBytes > 2)
            {
                throw new ArgumentOutOfRangeException("rowBytes");
            }
            if (scaleX < 1 || scaleY < 1)
            {
                throw new ArgumentOutOfRangeException("scaleX");
            }
            for (int r = 0; r < rows; r++)
            {
                int i = offset + r * rowBytes;
                // Left-aligned in a 16-bit word; scan runs of set bits from the left.
                int b = rowBytes == 2 ? (bits[i] << 8) | bits[i + 1] : bits[i] << 8;
                int col = 0;
                while (b != 0)
                {
                    if ((b & 0x8000) == 0)
                    {
                        b = (b << 1) & 0xFFFF;
                        col++;
                        continue;
                    }
                    int start = col;
                    while ((b & 0x8000) != 0)
                    {
                        b = (b << 1) & 0xFFFF;
                        col++;
                    }
                    FillRect(x + start * scaleX, y + r * scaleY, (col - start) * scaleX, scaleY, light);
                }
            }
        }

        /// <summary>Clips a span [start, start+length) to [0, limit): returns the clipped end (exclusive) and updates start.</summary>
        protected static int Clip(ref int start, int length, int limit)
        {
            int end = start + length;
            if (start < 0)
            {
                start = 0;
            }
            if (end > limit)
            {
                end = limit;
            }
            return end;
        }
    }
}
