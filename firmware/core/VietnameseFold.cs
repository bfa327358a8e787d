namespace QrTerminal.Core
{
    /// <summary>
    /// Folds Vietnamese text to plain ASCII letters, because EMVCo QR text fields (59, 60, 62-xx) allow only the
    /// printable ASCII "common character set" and banking apps treat diacritics inconsistently.
    /// Covers all 134 precomposed Vietnamese letters (both cases, đ/Đ → d/D) and decomposed text (base letter plus
    /// combining marks U+0300–U+036F, which are dropped). Characters it does not know stay as they are, so a caller
    /// that needs ASCII must still check the result. Case is kept; callers uppercase if they want.
    /// </summary>
    public static class VietnameseFold
    {
        // U+1EA0..U+1EF9 (Latin Extended Additional) holds only Vietnamese letters, as upper/lower pairs;
        // this is the base letter of each pair, in block order.
        private const string ExtendedAdditionalBases = "AAAAAAAAAAAAEEEEEEEEIIOOOOOOOOOOOOUUUUUUUYYYY";

        // The other 44 precomposed Vietnamese letters (Latin-1 Supplement, Latin Extended-A/B), plus Ð (U+00D0,
        // often typed for Đ), and a little typographic punctuation that word processors put in names.
        private const string OtherFrom =
            "\u00C0\u00C1\u00C2\u00C3\u00C8\u00C9\u00CA\u00CC\u00CD\u00D2\u00D3\u00D4\u00D5\u00D9\u00DA\u00DD" +
            "\u00E0\u00E1\u00E2\u00E3\u00E8\u00E9\u00EA\u00EC\u00ED\u00F2\u00F3\u00F4\u00F5\u00F9\u00FA\u00FD" +
            "\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0" +
            "\u00D0\u00A0\u2010\u2011\u2012\u2013\u2014\u2018\u2019\u201C\u201D";

        private const string OtherTo =
            "AAAAEEEIIOOOOUUY" +
            "aaaaeeeiioooouuy" +
            "AaDdIiUuOoUu" +
            "D -----''\"\"";

        /// <summary>Returns <paramref name="text"/> without Vietnamese diacritics; null stays null.</summary>
        public static string ToAscii(string text)
        {
            if (text == null)
            {
                return null;
            }
            char[] output = new char[text.Length];
            int length = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < 0x80)
                {
                    output[length++] = c;
                }
                else if (c >= '\u0300' && c <= '\u036F')
                {
                    // Combining diacritical mark of a decomposed letter: drop it, the base letter is already out.
                }
                else
                {
                    output[length++] = Fold(c);
                }
            }
            return new string(output, 0, length);
        }

        /// <summary>Folds one character; unknown characters are returned unchanged.</summary>
        public static char Fold(char c)
        {
            if (c >= '\u1EA0' && c <= '\u1EF9')
            {
                int offset = c - 0x1EA0;
                char upper = ExtendedAdditionalBases[offset >> 1];
                return (offset & 1) == 0 ? upper : (char)(upper + ('a' - 'A'));
            }
            int index = OtherFrom.IndexOf(c);
            return index >= 0 ? OtherTo[index] : c;
        }
    }
}
