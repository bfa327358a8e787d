using nanoFramework.TestFramework;
using QrTerminal.Drivers;

namespace QrTerminal.Tests
{
    [TestClass]
    public class FontTests
    {
        // The 67 lowercase Vietnamese letters beyond ASCII, then their capitals (134 in all).
        private const string VietLower = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";
        private const string VietUpper = "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ";

        [TestMethod]
        public void EveryVietnameseLetterDongSignAndAsciiHasAGlyph()
        {
            Assert.AreEqual(67, VietLower.Length);
            Assert.AreEqual(67, VietUpper.Length);
            BitmapFont[] fonts = new BitmapFont[] { Fonts.Small, Fonts.Large };
            for (int f = 0; f < fonts.Length; f++)
            {
                for (int i = 0; i < 67; i++)
                {
                    Assert.IsTrue(fonts[f].Has(VietLower[i]), fonts[f].Name + " lacks " + VietLower[i]);
                    Assert.IsTrue(fonts[f].Has(VietUpper[i]), fonts[f].Name + " lacks " + VietUpper[i]);
                }
                Assert.IsTrue(fonts[f].Has('\u20AB'), "₫");
                for (char c = ' '; c <= '~'; c++)
                {
                    Assert.IsTrue(fonts[f].Has(c), fonts[f].Name + " lacks ASCII " + c);
                }
                Assert.IsFalse(fonts[f].Has('\u20AC'), "€ is not in the set");
            }
        }

        [TestMethod]
        public void LettersThatDifferOnlyByMarksHaveDifferentGlyphs()
        {
            BitmapFont f = Fonts.Small;
            Assert.IsFalse(SameGlyph(f, 'a', '\u1EA1'), "a vs ạ");
            Assert.IsFalse(SameGlyph(f, '\u1EB7', '\u1EAD'), "ặ vs ậ");
            Assert.IsFalse(SameGlyph(f, 'D', '\u0110'), "D vs Đ");
        }

        [TestMethod]
        public void CombiningMarksComposeInAnyOrder()
        {
            Assert.AreEqual("Việt Nam", VietText.Compose("Vie\u0323\u0302t Nam"));
            Assert.AreEqual("Việt", VietText.Compose("Vie\u0302\u0323t"));
            Assert.AreEqual("Đã thanh toán", VietText.Compose("Đa\u0303 thanh toa\u0301n"));
            Assert.AreEqual("Sẵn sàng", VietText.Compose("Sa\u0306\u0303n sa\u0300ng"));
            Assert.AreEqual("ỮỰ", VietText.Compose("U\u031B\u0303U\u0323\u031B"));
            string plain = "Sẵn sàng";
            Assert.AreSame(plain, VietText.Compose(plain), "nothing to compose: no copy");
            Assert.IsNull(VietText.Compose(null));
            Assert.AreEqual("\u0301x", VietText.Compose("\u0301x"), "a leading mark stays (drawn as a box)");
        }

        [TestMethod]
        public void DecomposedAndPrecomposedTextDrawTheSame()
        {
            PageFrameBuffer a = new PageFrameBuffer(128, 64);
            PageFrameBuffer b = new PageFrameBuffer(128, 64);
            TextRenderer.Draw(a, Fonts.Small, "Hết hạn", 0, 0, 1, true);
            TextRenderer.Draw(b, Fonts.Small, "He\u0302\u0301t ha\u0323n", 0, 0, 1, true);
            for (int i = 0; i < a.Buffer.Length; i++)
            {
                Assert.AreEqual(a.Buffer[i], b.Buffer[i]);
            }
        }

        [TestMethod]
        public void MissingCharacterDrawsAReplacementBox()
        {
            RowFrameBuffer f = new RowFrameBuffer(400, 300, 0);
            int advance = TextRenderer.Draw(f, Fonts.Large, "€", 10, 10, 1, false);
            Assert.AreEqual(10, advance);
            int dark = 0;
            for (int y = 10; y < 30; y++)
            {
                for (int x = 10; x < 20; x++)
                {
                    if (!f.GetPixel(x, y))
                    {
                        dark++;
                    }
                }
            }
            Assert.IsTrue(dark > 20, "box outline visible");
            Assert.IsTrue(f.GetPixel(14, 20), "box is hollow");
            // Surrogates, controls and stray marks never throw either.
            TextRenderer.Draw(f, Fonts.Small, "\uD83D\uDE00\u0007\u0301", 0, 100, 2, false);
        }

        [TestMethod]
        public void GlyphPixelsLandWhereTheTableSays()
        {
            PageFrameBuffer f = new PageFrameBuffer(128, 64);
            TextRenderer.Draw(f, Fonts.Small, "I", 0, 0, 1, true);
            int offset = Fonts.Small.GlyphOffset('I');
            for (int row = 0; row < Fonts.Small.Height; row++)
            {
                int bits = Fonts.Small.Bits[offset + row];
                for (int col = 0; col < 6; col++)
                {
                    Assert.AreEqual(((bits >> (7 - col)) & 1) != 0, f.GetPixel(col, row));
                }
            }
        }

        private static bool SameGlyph(BitmapFont f, char a, char b)
        {
            int oa = f.GlyphOffset(a);
            int ob = f.GlyphOffset(b);
            for (int i = 0; i < f.Height * f.RowBytes; i++)
            {
                if (f.Bits[oa + i] != f.Bits[ob + i])
                {
                    return false;
                }
            }
            return true;
        }
    }
}
