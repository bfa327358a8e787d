using System;

namespace QrTerminal.Drivers
{
    /// <summary>
    /// A monospaced 1-bpp bitmap font backed by two static tables: sorted code points (2 bytes each) and
    /// RowBytes bytes per glyph row (bit 7 of the first byte = leftmost). No allocation per lookup; a glyph
    /// is an offset into Bits.
    /// </summary>
    public sealed class BitmapFont
    {
        private readonly byte[] _codes;
        private readonly byte[] _bits;
        private readonly int _count;

        /// <summary>Wraps generated tables (see tools/fontgen).</summary>
        public BitmapFont(string name, byte[] codes, byte[] bits, int width, int height, int ascent, int rowBytes)
        {
            if (codes == null || bits == null || width < 1 || width > 16 || height < 1 || (codes.Length & 1) != 0
                || rowBytes != (width + 7) / 8 || bits.Length != (codes.Length / 2) * height * rowBytes)
            {
                throw new ArgumentException("inconsistent font tables", "bits");
            }
            Name = name;
            _codes = codes;
            _bits = bits;
            _count = codes.Length / 2;
            Width = width;
            Height = height;
            Ascent = ascent;
            RowBytes = rowBytes;
        }

        /// <summary>Bytes per glyph row: 1 up to 8 px wide, 2 up to 16.</summary>
        public int RowBytes { get; private set; }

        /// <summary>Font name, for diagnostics.</summary>
        public string Name { get; private set; }

        /// <summary>Advance width of every glyph in pixels.</summary>
        public int Width { get; private set; }

        /// <summary>Cell height in pixels.</summary>
        public int Height { get; private set; }

        /// <summary>Pixels from the cell top to the baseline.</summary>
        public int Ascent { get; private set; }

        /// <summary>Number of glyphs.</summary>
        public int GlyphCount { get { return _count; } }

        /// <summary>The glyph rows (use with <see cref="GlyphOffset"/>).</summary>
        public byte[] Bits { get { return _bits; } }

        /// <summary>The code point of glyph <paramref name="index"/>.</summary>
        public char CharAt(int index)
        {
            return (char)((_codes[index * 2] << 8) | _codes[index * 2 + 1]);
        }

        /// <summary>Offset of <paramref name="c"/>'s rows in <see cref="Bits"/>, or -1 when the font lacks it.</summary>
        public int GlyphOffset(char c)
        {
            int lo = 0;
            int hi = _count - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                int code = (_codes[mid * 2] << 8) | _codes[mid * 2 + 1];
                if (code == c)
                {
                    return mid * Height * RowBytes;
                }
                if (code < c)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }
            return -1;
        }

        /// <summary>
        /// Width of the inked columns of the glyph at <paramref name="offset"/> (from <see cref="GlyphOffset"/>),
        /// with the first inked column in <paramref name="left"/>; 0 (and left 0) for a blank glyph.
        /// </summary>
        public int InkWidth(int offset, out int left)
        {
            int mask = 0;
            for (int r = 0; r < Height; r++)
            {
                int i = offset + r * RowBytes;
                mask |= RowBytes == 2 ? (_bits[i] << 8) | _bits[i + 1] : _bits[i] << 8;
            }
            left = 0;
            if (mask == 0)
            {
                return 0;
            }
            while ((mask & (0x8000 >> left)) == 0)
            {
                left++;
            }
            int right = 15;
            while ((mask & (0x8000 >> right)) == 0)
            {
                right--;
            }
            return right - left + 1;
        }

        /// <summary>True when the font has a glyph for <paramref name="c"/>.</summary>
        public bool Has(char c)
        {
            return GlyphOffset(c) >= 0;
        }
    }
}
