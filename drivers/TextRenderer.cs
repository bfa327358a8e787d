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

        /// <summary>The replacement glyph: a hollow box one pixel inside the cell, between cap height and baseline.</summary>
        public static void DrawReplacementBox(FrameBuffer frame, BitmapFont font, int x, int y, int scale, bool light)
        {
            int top = y + 2 * scale;
            int height = (font.Ascent - 2) * scale;
            frame.DrawRect(x, top, (font.Width - 1) * scale, height, scale, light);
        }
    }
}
