using System;
using nanoFramework.TestFramework;
using QrTerminal.Core;
using QrTerminal.Drivers;

namespace QrTerminal.Tests
{
    /// <summary>Scaled and tight text, the large amount, and that no screen draws outside its panel or margins.</summary>
    [TestClass]
    public class ScreenLayoutTests
    {
        // Stacked marks (ẫ, Ở, ễ) at the top of the cell, a long name, Vietnamese description.
        private const string Title = "Bệnh viện Đa khoa Quảng Ngãi - Quầy Ở số 12 (tầng trệt)";
        private const string Description = "Viện phí khám bệnh ngoại trú, xét nghiệm máu và chẩn đoán hình ảnh";
        private const string Payload = "00020101021238570010A00000072701270006970436011301234567890120208QRIBFTTA53037045406150000"
            + "5802VN62340107HD00012308HD0001230818VIEN PHI KHAM BENH6304";

        [TestMethod]
        public void ScaledGlyphIsExactlyTwiceTheSizeInEachAxis()
        {
            BitmapFont f = Fonts.Large;
            FrameBuffer one = PanelInfo.Epd42.CreateFrame();
            FrameBuffer two = PanelInfo.Epd42.CreateFrame();
            FrameBuffer tall = PanelInfo.Epd42.CreateFrame();
            one.Fill(true);
            two.Fill(true);
            tall.Fill(true);
            int offset = f.GlyphOffset('\u1EAB'); // ẫ: stacked marks reach the cell's top rows
            one.DrawRows(f.Bits, offset, f.Height, f.RowBytes, 0, 0, 1, false);
            two.DrawRows(f.Bits, offset, f.Height, f.RowBytes, 0, 0, 2, false);
            tall.DrawRows(f.Bits, offset, f.Height, f.RowBytes, 0, 0, 1, 2, false);
            int inkOne = 0;
            for (int y = 0; y < 2 * f.Height + 2; y++)
            {
                for (int x = 0; x < 2 * f.Width + 2; x++)
                {
                    bool src = !one.GetPixel(x / 2, y / 2);
                    Assert.AreEqual(src, !two.GetPixel(x, y), "2x at " + x + "," + y);
                    Assert.AreEqual(!one.GetPixel(x, y / 2), !tall.GetPixel(x, y), "1x2 at " + x + "," + y);
                    if (x < f.Width && y < f.Height && !one.GetPixel(x, y))
                    {
                        inkOne++;
                    }
                }
            }
            Assert.IsTrue(inkOne > 10, "the glyph has ink");
            Assert.AreEqual(4 * inkOne, Ink(two, 0, 0, 2 * f.Width, 2 * f.Height));
            Assert.AreEqual(2 * inkOne, Ink(tall, 0, 0, f.Width, 2 * f.Height));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => one.DrawRows(f.Bits, offset, f.Height, f.RowBytes, 0, 0, 1, 0, false));
        }

        [TestMethod]
        public void TightTextMeasuresExactlyWhatItInks()
        {
            string[] texts = new string[] { "1.250.000 \u20AB", "125.000.000 \u20AB", "8", "-5.000 \u20AB" };
            for (int t = 0; t < texts.Length; t++)
            {
                for (int bold = 0; bold < 2; bold++)
                {
                    for (int sx = 1; sx <= 2; sx++)
                    {
                        FrameBuffer f = PanelInfo.Epd42.CreateFrame();
                        f.Fill(true);
                        int w = TextRenderer.MeasureTight(Fonts.Large, texts[t], sx, 2, bold == 1);
                        int drawn = TextRenderer.DrawTight(f, Fonts.Large, texts[t], 10, 10, sx, 2, 2, bold == 1, false);
                        Assert.AreEqual(w, drawn, texts[t]);
                        // First and last inked columns are exactly the measured span.
                        Assert.IsTrue(Ink(f, 10, 0, 1, 60) > 0, "ink at the left edge of " + texts[t]);
                        Assert.IsTrue(Ink(f, 10 + w - 1, 0, 1, 60) > 0, "ink at the right edge of " + texts[t]);
                        Assert.AreEqual(0, Ink(f, 0, 0, 10, 60), "nothing left of " + texts[t]);
                        Assert.AreEqual(0, Ink(f, 10 + w, 0, 60, 60), "nothing right of " + texts[t]);
                    }
                }
            }
            // Tight setting saves the wide cells of "." and " ": narrower than monospaced, and bold adds 1 px a glyph.
            string a = "1.250.000 \u20AB";
            Assert.IsTrue(TextRenderer.MeasureTight(Fonts.Large, a, 2, 2, false) < TextRenderer.Measure(Fonts.Large, a, 2) - 40);
            Assert.AreEqual(TextRenderer.MeasureTight(Fonts.Large, a, 1, 2, false) + 10, TextRenderer.MeasureTight(Fonts.Large, a, 1, 2, true));
        }

        [TestMethod]
        public void AmountIsTheLargestTextOnEpaperAndKeepsItsDongSign()
        {
            // epd29: 2x2 beside the QR and on Paid. epd42: the column right of the QR is too narrow for 2x2, so the
            // amount is as tall but narrower; Paid (no QR) has the width for 2x2.
            Check(PanelInfo.Epd29, ScreenKind.Invoice, 1250000, 2, 2);
            Check(PanelInfo.Epd29, ScreenKind.Paid, 1250000, 2, 2);
            Check(PanelInfo.Epd29, ScreenKind.Paid, 125000000, 2, 2);
            Check(PanelInfo.Epd42, ScreenKind.Invoice, 1250000, 1, 2);
            Check(PanelInfo.Epd42, ScreenKind.Invoice, 125000000, 1, 2);
            Check(PanelInfo.Epd42, ScreenKind.Paid, 1250000, 2, 2);
            Check(PanelInfo.Epd42, ScreenKind.Paid, 125000000, 2, 2);
            Check(PanelInfo.Ssd1306, ScreenKind.Invoice, 1250000, 1, 1);
            Check(PanelInfo.Sh1106, ScreenKind.Paid, 125000000, 1, 1);
        }

        [TestMethod]
        public void LongAmountsAndNamesStayInsideTheMargins()
        {
            long[] amounts = new long[] { 1, 150000, 1250000, 125000000, 1250000000, 999999999999999, long.MaxValue };
            ScreenKind[] kinds = new ScreenKind[] { ScreenKind.Invoice, ScreenKind.Paid, ScreenKind.Offline };
            PanelInfo[] panels = PanelInfo.All;
            for (int p = 0; p < panels.Length; p++)
            {
                ScreenRenderer r = new ScreenRenderer(panels[p]);
                CheckFrame f = new CheckFrame(panels[p], r.Style);
                for (int a = 0; a < amounts.Length; a++)
                {
                    for (int k = 0; k < kinds.Length; k++)
                    {
                        ScreenModel m = Model(kinds[k]);
                        m.Amount = amounts[a];
                        f.Reset();
                        r.Render(f, m);
                        f.AssertInside(panels[p].Id + " " + ((int)kinds[k]).ToString() + " " + amounts[a].ToString());
                        Assert.IsTrue(r.AmountScaleY > 0, "the amount is shown: " + panels[p].Id + " " + amounts[a].ToString());
                    }
                }
            }
        }

        [TestMethod]
        public void EveryScreenKindStaysInsideThePanelAndMargins()
        {
            PanelInfo[] panels = PanelInfo.All;
            for (int p = 0; p < panels.Length; p++)
            {
                ScreenRenderer r = new ScreenRenderer(panels[p]);
                CheckFrame f = new CheckFrame(panels[p], r.Style);
                for (int k = (int)ScreenKind.Boot; k <= (int)ScreenKind.Error; k++)
                {
                    for (int offline = 0; offline < 2; offline++)
                    {
                        ScreenModel m = Model((ScreenKind)k);
                        m.Offline = offline == 1;
                        f.Reset();
                        r.Render(f, m);
                        f.AssertInside(panels[p].Id + " kind " + k.ToString() + " offline " + offline.ToString());
                    }
                }
            }
        }

        private static ScreenModel Model(ScreenKind kind)
        {
            ScreenModel m = new ScreenModel();
            m.Kind = kind;
            m.Title = Title;
            m.TerminalId = "QT-0042";
            m.Amount = 1250000;
            m.Reference = "HD-2024-000123-Ở";
            m.Description = Description;
            m.SecondsLeft = 299;
            m.Reason = "Mã QR không hợp lệ: số tiền trên mã khác số tiền hóa đơn";
            m.Detail = "FT24159301234567890";
            if (kind == ScreenKind.Invoice || kind == ScreenKind.Offline || kind == ScreenKind.Error)
            {
                m.QrPayload = Payload;
            }
            return m;
        }

        private static void Check(PanelInfo panel, ScreenKind kind, long amount, int scaleX, int scaleY)
        {
            ScreenRenderer r = new ScreenRenderer(panel);
            CheckFrame f = new CheckFrame(panel, r.Style);
            ScreenModel m = Model(kind);
            m.Amount = amount;
            r.Render(f, m);
            string what = panel.Id + " " + amount.ToString();
            Assert.AreEqual(scaleX, r.AmountScaleX, what + " scale x");
            Assert.AreEqual(scaleY, r.AmountScaleY, what + " scale y");
            f.AssertInside(what);
        }

        private static int Ink(FrameBuffer f, int x0, int y0, int w, int h)
        {
            int n = 0;
            for (int y = y0; y < y0 + h; y++)
            {
                for (int x = x0; x < x0 + w; x++)
                {
                    if (!f.GetPixel(x, y) && x < f.Width && y < f.Height)
                    {
                        n++;
                    }
                }
            }
            return n;
        }

        /// <summary>A panel frame that records every fill leaving the frame, and ink beyond the side margins.</summary>
        private sealed class CheckFrame : FrameBuffer
        {
            private readonly FrameBuffer _inner;
            private readonly bool _ink;
            private readonly int _margin;
            private int _outside;
            private int _pastMargin;
            private string _first;

            public CheckFrame(PanelInfo panel, ScreenStyle style) : base(panel.Width, panel.Height)
            {
                _inner = panel.CreateFrame();
                _ink = style.DarkUi;
                _margin = style.Margin;
            }

            public void Reset()
            {
                _outside = 0;
                _pastMargin = 0;
                _first = null;
            }

            public void AssertInside(string what)
            {
                Assert.AreEqual(0, _outside, what + ": drawn outside the frame, first " + _first);
                Assert.AreEqual(0, _pastMargin, what + ": ink past the right margin, first " + _first);
            }

            public override byte[] Buffer { get { return _inner.Buffer; } }

            public override bool IsDirty { get { return _inner.IsDirty; } }

            public override void FillRect(int x, int y, int width, int height, bool light)
            {
                if (width > 0 && height > 0)
                {
                    string at = x.ToString() + "," + y.ToString() + " " + width.ToString() + "x" + height.ToString();
                    if (x < 0 || y < 0 || x + width > Width || y + height > Height)
                    {
                        _outside++;
                        if (_first == null)
                        {
                            _first = at;
                        }
                    }
                    else if (light == _ink && x + width > Width - _margin)
                    {
                        _pastMargin++;
                        if (_first == null)
                        {
                            _first = at;
                        }
                    }
                }
                _inner.FillRect(x, y, width, height, light);
            }

            public override bool GetPixel(int x, int y)
            {
                return _inner.GetPixel(x, y);
            }

            public override void ClearDirty()
            {
                _inner.ClearDirty();
            }

            public override void MarkAllDirty()
            {
                _inner.MarkAllDirty();
            }
        }
    }
}
