namespace QrTerminal.Drivers
{
    /// <summary>
    /// The built-in fonts. Each covers printable ASCII, the 134 precomposed Vietnamese letters and ₫.
    /// Small: misc-fixed 6x13 (public domain), 4 lines on a 64-px OLED, 21 characters per 128 px.
    /// Large: misc-fixed 10x20 (public domain), for e-paper text; drawn at scale 2 it is the amount font.
    /// </summary>
    public static class Fonts
    {
        private static BitmapFont _small;
        private static BitmapFont _large;

        /// <summary>misc-fixed 6x13.</summary>
        public static BitmapFont Small
        {
            get
            {
                if (_small == null)
                {
                    _small = new BitmapFont("fixed-6x13", FontFixed6x13.Codes, FontFixed6x13.Bits,
                        FontFixed6x13.Width, FontFixed6x13.Height, FontFixed6x13.Ascent, FontFixed6x13.RowBytes);
                }
                return _small;
            }
        }

        /// <summary>misc-fixed 10x20.</summary>
        public static BitmapFont Large
        {
            get
            {
                if (_large == null)
                {
                    _large = new BitmapFont("fixed-10x20", FontFixed10x20.Codes, FontFixed10x20.Bits,
                        FontFixed10x20.Width, FontFixed10x20.Height, FontFixed10x20.Ascent, FontFixed10x20.RowBytes);
                }
                return _large;
            }
        }
    }
}
