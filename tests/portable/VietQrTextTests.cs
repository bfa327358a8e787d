using nanoFramework.TestFramework;
using QrTerminal.Core;

namespace QrTerminal.Tests
{
    /// <summary>The small helpers behind VietQR: CRC, Vietnamese folding, dong formatting.</summary>
    [TestClass]
    public class VietQrTextTests
    {
        [TestMethod]
        public void CrcCheckValue()
        {
            // CRC-16/CCITT-FALSE catalogue check value (notes: "123456789" → 0x29B1).
            Assert.AreEqual(0x29B1, Crc16Ccitt.Compute("123456789"));
            Assert.AreEqual(0xFFFF, Crc16Ccitt.Compute(""));
            Assert.AreEqual(0x29B1, Crc16Ccitt.Compute("xx123456789yy", 2, 9));
        }

        [TestMethod]
        public void CrcHexIsFourUppercaseDigits()
        {
            Assert.AreEqual("29B1", Crc16Ccitt.ToHex(0x29B1));
            Assert.AreEqual("000A", Crc16Ccitt.ToHex(0x000A));
            Assert.AreEqual("FFFF", Crc16Ccitt.ToHex(0xFFFF));
            Assert.AreEqual("0000", Crc16Ccitt.ToHex(0));
        }

        [TestMethod]
        public void VndFormatGroupsWithDotsAndAppendsDongSign()
        {
            Assert.AreEqual("1.250.000 \u20AB", VndFormat.Format(1250000));
            Assert.AreEqual("0 \u20AB", VndFormat.Format(0));
            Assert.AreEqual("7 \u20AB", VndFormat.Format(7));
            Assert.AreEqual("999 \u20AB", VndFormat.Format(999));
            Assert.AreEqual("1.000 \u20AB", VndFormat.Format(1000));
            Assert.AreEqual("100.000 \u20AB", VndFormat.Format(100000));
            Assert.AreEqual("499.999.999 \u20AB", VndFormat.Format(499999999));
            Assert.AreEqual("9.999.999.999.999 \u20AB", VndFormat.Format(9999999999999L));
            Assert.AreEqual("-5.000 \u20AB", VndFormat.Format(-5000));
            Assert.AreEqual("9.223.372.036.854.775.807 \u20AB", VndFormat.Format(long.MaxValue));
            Assert.AreEqual("-9.223.372.036.854.775.808 \u20AB", VndFormat.Format(long.MinValue));
        }

        [TestMethod]
        public void FoldsTheIssueExample()
        {
            // "Bệnh viện Đa khoa Đức Giang" → "BENH VIEN DA KHOA DUC GIANG" when uppercased.
            string folded = VietnameseFold.ToAscii("B\u1EC7nh vi\u1EC7n \u0110a khoa \u0110\u1EE9c Giang");
            Assert.AreEqual("Benh vien Da khoa Duc Giang", folded);
            Assert.AreEqual("BENH VIEN DA KHOA DUC GIANG", folded.ToUpper());
        }

        [TestMethod]
        public void FoldsDecomposedText()
        {
            // e + circumflex (U+0302) + dot below (U+0323); u + horn (U+031B) + acute (U+0301); a + breve + tilde.
            Assert.AreEqual("Benh Duc an", VietnameseFold.ToAscii("Be\u0302\u0323nh \u0110u\u031B\u0301c a\u0306\u0303n"));
            // Tone marks on precomposed base vowels: ầ written as â + grave, ở as ơ + hook above.
            Assert.AreEqual("ao", VietnameseFold.ToAscii("\u00E2\u0300\u01A1\u0309"));
            Assert.AreEqual("a", VietnameseFold.ToAscii("a\u0300\u0301\u0303\u0309\u0323"));
        }

        [TestMethod]
        public void FoldsEveryTonedVowelSeries()
        {
            // One series per base vowel, tones in the order: none, grave, acute, hook, tilde, dot below.
            Assert.AreEqual("aaaaaa", VietnameseFold.ToAscii("a\u00E0\u00E1\u1EA3\u00E3\u1EA1"));
            Assert.AreEqual("aaaaaa", VietnameseFold.ToAscii("\u0103\u1EB1\u1EAF\u1EB3\u1EB5\u1EB7"));
            Assert.AreEqual("AAAAAA", VietnameseFold.ToAscii("\u00C2\u1EA6\u1EA4\u1EA8\u1EAA\u1EAC"));
            Assert.AreEqual("eeeeee", VietnameseFold.ToAscii("\u00EA\u1EC1\u1EBF\u1EC3\u1EC5\u1EC7"));
            Assert.AreEqual("IIIII", VietnameseFold.ToAscii("\u00CC\u00CD\u1EC8\u0128\u1ECA"));
            Assert.AreEqual("oooooo", VietnameseFold.ToAscii("\u01A1\u1EDD\u1EDB\u1EDF\u1EE1\u1EE3"));
            Assert.AreEqual("UUUUUU", VietnameseFold.ToAscii("\u01AF\u1EEA\u1EE8\u1EEC\u1EEE\u1EF0"));
            Assert.AreEqual("yyyyy", VietnameseFold.ToAscii("\u1EF3\u00FD\u1EF7\u1EF9\u1EF5"));
            Assert.AreEqual("dD", VietnameseFold.ToAscii("\u0111\u0110"));
        }

        [TestMethod]
        public void LeavesAsciiAndUnknownCharactersAlone()
        {
            Assert.IsNull(VietnameseFold.ToAscii(null));
            Assert.AreEqual("", VietnameseFold.ToAscii(""));
            Assert.AreEqual("HD-2025/01 (x)", VietnameseFold.ToAscii("HD-2025/01 (x)"));
            Assert.AreEqual("\u20AC\u4E2D", VietnameseFold.ToAscii("\u20AC\u4E2D"));
            Assert.AreEqual("a - 'b'", VietnameseFold.ToAscii("a\u00A0\u2013\u00A0\u2018b\u2019"));
        }
    }
}
