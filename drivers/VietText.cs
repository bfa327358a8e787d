using System.Text;

namespace QrTerminal.Drivers
{
    /// <summary>
    /// Composes decomposed Vietnamese (base letter + combining tone/vowel marks, as some keyboards and
    /// databases send it) into the precomposed letters the fonts carry. nanoFramework has no
    /// string.Normalize, so this uses the generated pair table in <see cref="VietComposition"/>.
    /// </summary>
    public static class VietText
    {
        private static char[] _bases;
        private static char[] _marks;
        private static char[] _results;

        /// <summary>True for U+0300..U+036F (combining diacritical marks).</summary>
        public static bool IsCombining(char c)
        {
            return c >= '\u0300' && c <= '\u036F';
        }

        /// <summary>
        /// Returns <paramref name="text"/> with every (letter, combining mark) pair that has a precomposed
        /// Vietnamese form composed. Marks that compose with nothing are kept (they draw as a replacement box).
        /// Returns the same instance when there is nothing to compose; null stays null.
        /// </summary>
        public static string Compose(string text)
        {
            if (text == null)
            {
                return null;
            }
            bool any = false;
            for (int i = 0; i < text.Length; i++)
            {
                if (IsCombining(text[i]))
                {
                    any = true;
                    break;
                }
            }
            if (!any)
            {
                return text;
            }
            EnsureTables();
            StringBuilder sb = new StringBuilder(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (IsCombining(c) && sb.Length > 0)
                {
                    char composed = Pair(sb[sb.Length - 1], c);
                    if (composed != '\0')
                    {
                        sb[sb.Length - 1] = composed;
                        continue;
                    }
                }
                sb.Append(c);
            }
            return sb.ToString();
        }

        private static char Pair(char letter, char mark)
        {
            for (int i = 0; i < _bases.Length; i++)
            {
                if (_bases[i] == letter && _marks[i] == mark)
                {
                    return _results[i];
                }
            }
            return '\0';
        }

        private static void EnsureTables()
        {
            if (_bases == null)
            {
                _marks = VietComposition.Marks.ToCharArray();
                _results = VietComposition.Results.ToCharArray();
                _bases = VietComposition.Bases.ToCharArray();
            }
        }
    }
}
