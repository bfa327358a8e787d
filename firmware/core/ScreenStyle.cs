using System;
using QrTerminal.Drivers;

namespace QrTerminal.Core
{
    /// <summary>Per-panel look: fonts, scales, spacing, icon size, and whether the UI is light-on-dark (OLED).</summary>
    public sealed class ScreenStyle
    {
        /// <summary>Body text font (scale 1).</summary>
        public BitmapFont Body;

        /// <summary>Fallback font for text too wide for <see cref="Body"/>.</summary>
        public BitmapFont Small;

        /// <summary>Headline/amount font.</summary>
        public BitmapFont Big;

        /// <summary>Scale for <see cref="Big"/>.</summary>
        public int BigScale;

        /// <summary>Pixels between lines.</summary>
        public int Gap;

        /// <summary>Icon (tick/cross) edge in pixels; 0 for none.</summary>
        public int Icon;

        /// <summary>
        /// OLED: unlit background, lit text (the QR and its quiet zone are always lit: normal polarity).
        /// E-paper: white background, black text.
        /// </summary>
        public bool DarkUi;

        /// <summary>
        /// Side of the square QR area at the left: the panel height, narrowed where the text column would
        /// otherwise be too thin for the amount in the body font.
        /// </summary>
        public int QrSide;

        /// <summary>True when the countdown shows whole minutes (e-paper refreshes are slow and visible).</summary>
        public bool CountdownInMinutes;

        /// <summary>Pixels kept clear at the panel edges by text (the QR's own quiet zone is its margin).</summary>
        public int Margin;

        /// <summary>Font for amounts; drawn tight (inked columns only) so "." and the space cost little.</summary>
        public BitmapFont AmountFont;

        /// <summary>Largest integer scale for amounts; the largest that fits the column is used.</summary>
        public int AmountScale;

        /// <summary>Pixels between glyphs of a tight amount.</summary>
        public int AmountGap;

        /// <summary>
        /// True when the QR square sits flush at the left edge: where the quiet zone has the background's colour
        /// (e-paper) it is the margin, and the text column gains the pixels.
        /// </summary>
        public bool QrFlushLeft;

        /// <summary>True when screens other than Idle carry the hospital/counter name as a header line.</summary>
        public bool Header;

        /// <summary>True when the header always uses <see cref="Small"/> (short panels), else it is fitted.</summary>
        public bool SmallHeader;

        /// <summary>The style for <paramref name="panel"/>.</summary>
        public static ScreenStyle For(PanelInfo panel)
        {
            ScreenStyle s = new ScreenStyle();
            s.Small = Fonts.Small;
            if (panel.IsEpaper)
            {
                s.Body = Fonts.Large;
                s.Big = Fonts.Large;
                s.BigScale = 2;
                s.Gap = panel.Height >= 300 ? 10 : 4;
                s.Icon = panel.Height >= 300 ? 64 : 28;
                s.DarkUi = false;
                s.CountdownInMinutes = true;
                s.Margin = panel.Height >= 300 ? 6 : 3;
                s.AmountFont = Fonts.Large;
                s.AmountScale = 2;
                s.AmountGap = 2;
                s.QrFlushLeft = true;
                s.Header = true;
                s.SmallHeader = panel.Height < 300;
            }
            else
            {
                s.Body = Fonts.Small;
                s.Big = Fonts.Small;
                s.BigScale = 2;
                s.Gap = 2;
                s.Icon = 14;
                s.DarkUi = true;
                s.CountdownInMinutes = false;
                s.Margin = 1;
                s.AmountFont = Fonts.Small;
                s.AmountScale = 1;
                s.AmountGap = 1;
                s.QrFlushLeft = false;
                s.Header = false;
                s.SmallHeader = true;
            }
            int column = s.Body.Width * 10 + 2 * s.Gap;
            s.QrSide = Math.Min(panel.Height, panel.Width - column);
            return s;
        }
    }
}
