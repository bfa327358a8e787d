using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using QrTerminal.Core;

namespace QrTerminal.Tests
{
    /// <summary>
    /// All 134 precomposed Vietnamese letters, derived from Unicode decomposition rather than copied from the firmware's
    /// table: a vowel a/e/i/o/u/y with at most one quality mark valid for it (ă â ê ô ơ ư) and at most one of the five
    /// tones (U+0300, 0301, 0303, 0309, 0323), plus đ/Đ.
    /// </summary>
    [TestClass]
    public class VietnameseFoldCoverageTests
    {
        // The repo builds with InvariantGlobalization, where string.Normalize is a no-op for non-ASCII, so the rule
        // above was evaluated over U+0080..U+FFFF with Python's unicodedata (Unicode 14.0) and its output pasted here.
        // When the test process does have ICU, ListMatchesNormalizeFormD re-derives it with .NET and compares.
        internal const string Letters =
            "\u0111\u0110\u00C0\u00C1\u00C2\u00C3\u00C8\u00C9\u00CA\u00CC\u00CD\u00D2\u00D3\u00D4\u00D5\u00D9" +
            "\u00DA\u00DD\u00E0\u00E1\u00E2\u00E3\u00E8\u00E9\u00EA\u00EC\u00ED\u00F2\u00F3\u00F4\u00F5\u00F9" +
            "\u00FA\u00FD\u0102\u0103\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0\u1EA1\u1EA2\u1EA3" +
            "\u1EA4\u1EA5\u1EA6\u1EA7\u1EA8\u1EA9\u1EAA\u1EAB\u1EAC\u1EAD\u1EAE\u1EAF\u1EB0\u1EB1\u1EB2\u1EB3" +
            "\u1EB4\u1EB5\u1EB6\u1EB7\u1EB8\u1EB9\u1EBA\u1EBB\u1EBC\u1EBD\u1EBE\u1EBF\u1EC0\u1EC1\u1EC2\u1EC3" +
            "\u1EC4\u1EC5\u1EC6\u1EC7\u1EC8\u1EC9\u1ECA\u1ECB\u1ECC\u1ECD\u1ECE\u1ECF\u1ED0\u1ED1\u1ED2\u1ED3" +
            "\u1ED4\u1ED5\u1ED6\u1ED7\u1ED8\u1ED9\u1EDA\u1EDB\u1EDC\u1EDD\u1EDE\u1EDF\u1EE0\u1EE1\u1EE2\u1EE3" +
            "\u1EE4\u1EE5\u1EE6\u1EE7\u1EE8\u1EE9\u1EEA\u1EEB\u1EEC\u1EED\u1EEE\u1EEF\u1EF0\u1EF1\u1EF2\u1EF3" +
            "\u1EF4\u1EF5\u1EF6\u1EF7\u1EF8\u1EF9";

        internal const string Bases =
            "dDAAAAEEEIIOOOOUUYaaaaeeeiioooouuyAaIiUuOoUuAaAaAaAaAaAaAaAaAaAaAaA" +
            "aEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy";

        private const char Grave = '\u0300', Acute = '\u0301', Tilde = '\u0303', Hook = '\u0309', DotBelow = '\u0323';
        private const char Circumflex = '\u0302', Breve = '\u0306', Horn = '\u031B';

        private static readonly char[] Tones = { Grave, Acute, Tilde, Hook, DotBelow };

        [TestMethod]
        public void ThereAre134AndEachFoldsToItsBaseLetter()
        {
            Assert.AreEqual(134, Letters.Length);
            Assert.AreEqual(134, Letters.Distinct().Count());
            Assert.AreEqual(67, Letters.Count(char.IsLower));
            for (int i = 0; i < Letters.Length; i++)
            {
                Assert.AreEqual(Bases[i].ToString(), VietnameseFold.ToAscii(Letters[i].ToString()), $"U+{(int)Letters[i]:X4} {Letters[i]}");
            }
        }

        [TestMethod]
        public void ListMatchesNormalizeFormD()
        {
            // The test project runs with ICU (InvariantGlobalization=false) so Normalize really decomposes.
            Assert.AreEqual(2, "\u00E9".Normalize(NormalizationForm.FormD).Length, "string.Normalize must be active for this cross-check");
            var derived = new StringBuilder("\u0111\u0110");
            for (int cp = 0x80; cp <= 0xFFFF; cp++)
            {
                if (cp >= 0xD800 && cp <= 0xDFFF)
                {
                    continue;
                }
                if (CharUnicodeInfo.GetUnicodeCategory((char)cp) == UnicodeCategory.OtherNotAssigned)
                {
                    continue;
                }
                string d = ((char)cp).ToString().Normalize(NormalizationForm.FormD);
                if (d.Length < 2 || "aeiouyAEIOUY".IndexOf(d[0]) < 0)
                {
                    continue;
                }
                char[] quality = d[1..].Where(m => !Tones.Contains(m)).ToArray();
                int tones = d[1..].Count(m => Tones.Contains(m));
                if (tones <= 1 && quality.Length <= 1 && (quality.Length == 0 || QualityFits(d[0], quality[0])))
                {
                    derived.Append((char)cp);
                }
            }
            Assert.AreEqual(Letters, derived.ToString());
        }

        [TestMethod]
        public void DecomposedFormsFoldToo()
        {
            // Decompose by hand: tone marks and quality marks as combining characters after the base letter.
            string[] tones = { "", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323" };
            string[] qualities = { "", "\u0302", "\u0306", "\u031B" };
            foreach (char vowel in "aeiouyAEIOUY")
            {
                foreach (string q in qualities)
                {
                    if (q.Length > 0 && !QualityFits(vowel, q[0]))
                    {
                        continue;
                    }
                    foreach (string t in tones)
                    {
                        string text = vowel + q + t;
                        Assert.AreEqual(vowel.ToString(), VietnameseFold.ToAscii(text), string.Join(" ", text.Select(c => $"U+{(int)c:X4}")));
                    }
                }
            }
            // Precomposed quality letter + combining tone (â + U+0300, ơ + U+0309), as some keyboards emit.
            Assert.AreEqual("aoAU", VietnameseFold.ToAscii("\u00E2\u0300\u01A1\u0309\u0102\u0323\u01AF\u0303"));
        }

        [TestMethod]
        public void WholeAlphabetTextFolds()
        {
            string text = Letters + " B\u1EC7nh vi\u1EC7n \u0110a khoa \u0110\u1EE9c Giang 123";
            Assert.AreEqual(Bases + " Benh vien Da khoa Duc Giang 123", VietnameseFold.ToAscii(text));
        }

        [TestMethod]
        public void NothingElseInTheLatinBlocksIsFolded()
        {
            // Other letters with diacritics (ä, ç, ñ, ǎ, ...) pass through unchanged, so the builder reports them as NonAscii.
            string punctuation = "\u00D0\u00A0\u2010\u2011\u2012\u2013\u2014\u2018\u2019\u201C\u201D";
            for (int cp = 0x80; cp <= 0x24F; cp++)
            {
                char c = (char)cp;
                if (Letters.IndexOf(c) < 0 && punctuation.IndexOf(c) < 0)
                {
                    Assert.AreEqual(c.ToString(), VietnameseFold.ToAscii(c.ToString()), $"U+{cp:X4}");
                }
            }
        }

        /// <summary>Test-side fold for expectations: the table above, combining marks dropped. Empty → null (builder omits it).</summary>
        internal static string Fold(string text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }
            var sb = new StringBuilder();
            foreach (char c in text)
            {
                if (c >= '\u0300' && c <= '\u036F')
                {
                    continue;
                }
                int i = Letters.IndexOf(c);
                sb.Append(i >= 0 ? Bases[i] : c);
            }
            return sb.ToString();
        }

        private static bool QualityFits(char vowel, char mark) => char.ToLowerInvariant(vowel) switch
        {
            'a' => mark == Circumflex || mark == Breve,
            'e' => mark == Circumflex,
            'o' => mark == Circumflex || mark == Horn,
            'u' => mark == Horn,
            _ => false,
        };
    }
}
