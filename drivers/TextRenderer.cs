namespace QrTerminal.Drivers
{
    /// <summary>
    /// Draws text with a <see cref="BitmapFont"/> at integer scale. Input is composed to precomposed
    /// Vietnamese first; a character the font lacks draws as a visible box, never an exception.
    /// </summary>
    public static class TextRenderer
    {
        /// <summary>Width in pixels of <paramref name="text"/> (after composition) at <paramref name="scale"/>.</summary>
        public static int Measure(BitmapFont font, string text, int scale)
        {
            text = VietText.Compose(text);
            return text == null ? 0 : text.Length * font.Width * scale;
        }

        /// <summary>
        /// Draws <paramref name="text"/> with its cell's top-left at (x, y), glyph pixels in
        /// <paramref name="light"/>; the background is left as is. Returns the advance in pixels.
        /// </summary>
        public static int Draw(FrameBuffer frame, BitmapFont font, string text, int x, int y, int scale, bool light)
        {
            text = VietText.Compose(text);
            if (text == null)
            {
                return 0;
            }
            int advance = font.Width * scale;
            int cx = x;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c != ' ')
                {
                    int offset = font.GlyphOffset(c);
                    if (offset >= 0)
                    {
                        frame.DrawRows(font.Bits, offset, font.Height, font.RowBytes, cx, y, scale, light);
                    }
                    else
                    {
                        DrawReplacementBox(frame, font, cx, y, scale, light);
                    }
                }
                cx += advance;
            }
            return cx - x;
        }

        /// <summary>Draws <paramref name="text"/> centred horizontally in [x, x + width).</summary>
        public static int DrawCentered(FrameBuffer frame, BitmapFont font, string text, int x, int width, int y, int scale, bool light)
        {
            int w = Measure(font, text, scale);
            return Draw(frame, font, text, x + (width - w) / 2, y, scale, light);
        }

        /// <summary>
        /// Width of <paramref name="text"/> set tight: each glyph takes only its inked columns (scaled by
        /// <paramref name="scaleX"/>), a space a third of a cell, with <paramref name="gapPx"/> between glyphs. For amounts,
        /// where the monospaced cell wastes a whole cell on each "." and the space (a third of a cell here). <paramref name="bold"/> adds one
        /// pixel to every glyph (drawn twice, one pixel apart: for strokes stretched thin by scaleY &gt; scaleX).
        /// </summary>
        public static int MeasureTight(BitmapFont font, string text, int scaleX, int gapPx, bool bold)
        {
            text = VietText.Compose(text);
            if (text == null || text.Length == 0)
            {
                return 0;
            }
            int total = 0;
            for (int i = 0; i < text.Length; i++)
            {
                int left;
                total += TightWidth(font, text[i], scaleX, bold, out left);
            }
            return total + gapPx * (text.Length - 1);
        }

        /// <summary>
        /// Draws <paramref name="text"/> set tight (see <see cref="MeasureTight"/>) from (x, y), each font pixel
        /// <paramref name="scaleX"/> × <paramref name="scaleY"/>. Returns the width drawn (no trailing gap).
        /// </summary>
        public static int DrawTight(FrameBuffer frame, BitmapFont font, string text, int x, int y, int scaleX, int scaleY, int gapPx, bool bold, bool light)
        {
            text = VietText.Compose(text);
            if (text == null || text.Length == 0)
            {
                return 0;
            }
            int cx = x;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                int left;
                int w = TightWidth(font, c, scaleX, bold, out left);
                if (c != ' ')
                {
                    int offset = font.GlyphOffset(c);
                    if (offset >= 0)
                    {
                        frame.DrawRows(font.Bits, offset, font.Height, font.RowBytes, cx - left * scaleX, y, scaleX, scaleY, light);
                        if (bold)
                        {
                            frame.DrawRows(font.Bits, offset, font.Height, font.RowBytes, cx + 1 - left * scaleX, y, scaleX, scaleY, light);
                        }
                    }
                    else
                    {
                        DrawReplacementBox(frame, font, cx, y, scaleX, scaleY, light);
                    }
                }
                cx += w + gapPx;
            }
            return cx - gapPx - x;
        }

        /// <summary>Draws tight text centred horizontally in [x, x + width).</summary>
        public static int DrawTightCentered(FrameBuffer frame, BitmapFont font, string text, int x, int width, int y, int scaleX, int scaleY, int gapPx, bool bold, bool light)
        {
            int w = MeasureTight(font, text, scaleX, gapPx, bold);
            return DrawTight(frame, font, text, x + (width - w) / 2, y, scaleX, scaleY, gapPx, bold, light);
        }

        // Advance of one character in tight setting, without the gap; left = first inked column.
        private static int TightWidth(BitmapFont font, char c, int scaleX, bool bold, out int left)
        {
            left = 0;
            int extra = bold ? 1 : 0;
            if (c == ' ')
            {
                return Max1(font.Width / 3) * scaleX;
            }
            int offset = font.GlyphOffset(c);
            if (offset < 0)
            {
                return (font.Width - 1) * scaleX + extra;
            }
            int w = font.InkWidth(offset, out left);
            // A blank glyph other than space (e.g. a no-break space) still takes a space's width.
            return w == 0 ? Max1(font.Width / 3) * scaleX : w * scaleX + extra;
        }

        private static int Max1(int v)
        {
            return v < 1 ? 1 : v;
        }

        /// <summary>The replacement glyph: a hollow box one pixel inside the cell, between cap height and baseline.</summary>
        public static void DrawReplacementBox(FrameBuffer frame, BitmapFont font, int x, int y, int scale, bool light)
        {
            DrawReplacementBox(frame, font, x, y, scale, scale, light);
        }

        private static void DrawReplacementBox(FrameBuffer frame, BitmapFont font, int x, int y, int scaleX, int scaleY, bool light)
        {
            int left = x;
            int top = y + 2 * scaleY;
            int width = (font.Width - 1) * scaleX;
            int height = (font.Ascent - 2) * scaleY;
            frame.FillRect(left, top, width, scaleY, light);
            frame.FillRect(left, top + height - scaleY, width, scaleY, light);
            frame.FillRect(left, top, scaleX, height, light);
            frame.FillRect(left + width - scaleX, top, scaleX, height, light);
        }
    }
}
