namespace QrTerminal.Qr
{
    /// <summary>
    /// Optimal segmentation: a dynamic program over the characters with one state per mode (byte, alphanumeric,
    /// numeric), in units of 1/6 bit so numeric (10/3 bits per digit) and alphanumeric (11/2 bits per char) are
    /// exact integers. The open segment's fractional cost is rounded up only when the path switches mode, and
    /// rounding is monotonic, so keeping the cheapest path per (char, mode) gives the exact minimum total bit
    /// length for a version class. Byte mode carries UTF-8; an ECI(26) header is added when the text is not ASCII.
    /// </summary>
    public static class QrSegmenter
    {
        /// <summary>Mode index used by the DP and <see cref="QrWorkspace"/>: byte.</summary>
        public const int ByteIndex = 0;
        /// <summary>Mode index: alphanumeric.</summary>
        public const int AlnumIndex = 1;
        /// <summary>Mode index: numeric.</summary>
        public const int NumericIndex = 2;

        private const int Infinity = 0x3FFFFFFF;

        /// <summary>Bits of the ECI header that announces UTF-8: mode 0111 + 8-bit designator 26.</summary>
        public const int EciBits = 12;

        // Alphanumeric value + 1 of each ASCII char (0: not alphanumeric), so the DP and the bit writer classify a
        // char with one lookup.
        private static readonly byte[] AsciiAlnum = BuildAsciiAlnum();

        private static byte[] BuildAsciiAlnum()
        {
            byte[] table = new byte[128];
            const string chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
            for (int i = 0; i < chars.Length; i++)
            {
                table[chars[i]] = (byte)(i + 1);
            }
            return table;
        }

        /// <summary>Value 0-44 of an alphanumeric-mode character, or -1.</summary>
        public static int AlphanumericValue(char c)
        {
            return c < 128 ? AsciiAlnum[c] - 1 : -1;
        }

        /// <summary>
        /// UTF-8 bytes contributed by text[i]: a surrogate pair counts 4 on its high half and 0 on its low half;
        /// a lone surrogate counts 3 (encoded as U+FFFD, as .NET's Encoding.UTF8 does).
        /// </summary>
        public static int Utf8Length(string text, int i)
        {
            char c = text[i];
            if (c < 0x80)
            {
                return 1;
            }
            if (c < 0x800)
            {
                return 2;
            }
            if (c >= 0xD800 && c <= 0xDBFF)
            {
                return i + 1 < text.Length && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF ? 4 : 3;
            }
            if (c >= 0xDC00 && c <= 0xDFFF)
            {
                return i > 0 && text[i - 1] >= 0xD800 && text[i - 1] <= 0xDBFF ? 0 : 3;
            }
            return 3;
        }

        /// <summary>True when some char is outside ASCII (so byte segments need the UTF-8 ECI).</summary>
        public static bool NeedsEci(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] >= 0x80)
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>Minimum data bits (headers included, ECI included when needed) for a version class 0-2. Allocates nothing.</summary>
        public static int OptimalBits(string text, int versionClass)
        {
            return Run(text, versionClass, null);
        }

        /// <summary>
        /// Runs the DP and writes the mode index of every char into modes[0..text.Length); returns the total data bits.
        /// modes must hold text.Length bytes. Allocates nothing.
        /// </summary>
        public static int Segment(string text, int versionClass, byte[] modes)
        {
            if (modes == null || modes.Length < text.Length)
            {
                throw new System.ArgumentException("modes must hold one byte per char", "modes");
            }
            return Run(text, versionClass, modes);
        }

        private static int Run(string text, int versionClass, byte[] back)
        {
            int n = text.Length;
            if (n == 0)
            {
                return 0;
            }
            // Header costs (mode indicator + count) in sixths of a bit.
            int hb = (4 + QrTables.CountBits(QrMode.Byte, versionClass)) * 6;
            int ha = (4 + QrTables.CountBits(QrMode.Alphanumeric, versionClass)) * 6;
            int hn = (4 + QrTables.CountBits(QrMode.Numeric, versionClass)) * 6;
            int cb = 0, ca = 0, cn = 0;
            bool eci = false;
            byte[] alnumTable = AsciiAlnum;
            for (int i = 0; i < n; i++)
            {
                char c = text[i];
                int byteCost = 48;
                bool alnum = false;
                if (c < 0x80)
                {
                    alnum = alnumTable[c] != 0;
                }
                else
                {
                    byteCost = 48 * Utf8Length(text, i);
                    eci = true;
                }
                bool numeric = c >= '0' && c <= '9';
                int nb, na, nn;
                int bp = 0;
                if (i == 0)
                {
                    nb = hb + byteCost;
                    na = alnum ? ha + 33 : Infinity;
                    nn = numeric ? hn + 20 : Infinity;
                    bp = 0x3F; // no predecessor
                }
                else
                {
                    // Closed (rounded-up) totals of the three paths.
                    int rb = (cb + 5) / 6 * 6;
                    int ra = (ca + 5) / 6 * 6;
                    int rn = (cn + 5) / 6 * 6;

                    // Byte: continue, or switch from alnum / numeric.
                    int best = cb;
                    int from = ByteIndex;
                    if (ra + hb < best) { best = ra + hb; from = AlnumIndex; }
                    if (rn + hb < best) { best = rn + hb; from = NumericIndex; }
                    nb = best + byteCost;
                    bp = from;

                    if (alnum)
                    {
                        best = ca;
                        from = AlnumIndex;
                        if (rb + ha < best) { best = rb + ha; from = ByteIndex; }
                        if (rn + ha < best) { best = rn + ha; from = NumericIndex; }
                        na = best + 33;
                        bp |= from << 2;
                    }
                    else
                    {
                        na = Infinity;
                    }

                    if (numeric)
                    {
                        best = cn;
                        from = NumericIndex;
                        if (rb + hn < best) { best = rb + hn; from = ByteIndex; }
                        if (ra + hn < best) { best = ra + hn; from = AlnumIndex; }
                        nn = best + 20;
                        bp |= from << 4;
                    }
                    else
                    {
                        nn = Infinity;
                    }
                }
                if (nb > Infinity) nb = Infinity;
                if (na > Infinity) na = Infinity;
                if (nn > Infinity) nn = Infinity;
                cb = nb;
                ca = na;
                cn = nn;
                if (back != null)
                {
                    back[i] = (byte)bp;
                }
            }
            int fb = (cb + 5) / 6;
            int fa = (ca + 5) / 6;
            int fn = (cn + 5) / 6;
            int mode = ByteIndex;
            int bits = fb;
            if (fa < bits) { bits = fa; mode = AlnumIndex; }
            if (fn < bits) { bits = fn; mode = NumericIndex; }
            if (back != null)
            {
                // Backtrack, replacing each predecessor entry with the char's own mode.
                for (int i = n - 1; i >= 0; i--)
                {
                    int prev = (back[i] >> (mode * 2)) & 3;
                    back[i] = (byte)mode;
                    mode = prev;
                }
            }
            return bits + (eci ? EciBits : 0);
        }

        /// <summary>Bits of a segment's payload (without header) for a count in a mode index.</summary>
        public static int PayloadBits(int modeIndex, int count)
        {
            if (modeIndex == NumericIndex)
            {
                return count / 3 * 10 + (count % 3 == 0 ? 0 : (count % 3 == 1 ? 4 : 7));
            }
            if (modeIndex == AlnumIndex)
            {
                return count / 2 * 11 + (count % 2) * 6;
            }
            return count * 8;
        }

        /// <summary>QrMode of a mode index.</summary>
        public static QrMode ModeOf(int modeIndex)
        {
            return modeIndex == NumericIndex ? QrMode.Numeric : (modeIndex == AlnumIndex ? QrMode.Alphanumeric : QrMode.Byte);
        }
    }
}
