namespace QrTerminal.Qr
{
    /// <summary>
    /// Optimal segmentation: a dynamic program in units of 1/6 bit, so numeric (10/3 bits per digit) and
    /// alphanumeric (11/2 bits per char) costs are exact integers, with one state per mode (byte, alphanumeric,
    /// numeric). The open segment's fractional cost is rounded up only when the path switches mode, and rounding is
    /// monotonic, so keeping the cheapest path per (position, mode) gives the exact minimum total bit length for a
    /// version class. Byte mode carries UTF-8; an ECI(26) header is added when the text is not ASCII.
    /// The DP steps over runs of chars of one class (digit, other alphanumeric, byte only), not single chars: an
    /// optimal path never switches mode inside such a run (moving the switch to the run's end that favours the
    /// cheaper mode saves at least 2.5m - 0.5, 8m - (10m + 2)/3 or 5.5m - 0.5 - (10m + 2)/3 bits for m moved chars,
    /// all positive), and at run starts the comparisons and tie-breaks are those of a per-char DP, so the chosen path
    /// is the same as a per-char DP's.
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

        // Longest run the DP takes in one step, so its length fits the byte kept for the backtrack. Splitting a
        // run only adds switch points that an optimal path does not use.
        private const int MaxRun = 255;

        /// <summary>Bits of the ECI header that announces UTF-8: mode 0111 + 8-bit designator 26.</summary>
        public const int EciBits = 12;

        // Alphanumeric value + 1 of each ASCII char (0: byte only). 1-10 are the digits, so the value also gives
        // the DP's char class with one lookup.
        internal static readonly byte[] AsciiAlnum = BuildAsciiAlnum();

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
            return Run(text, versionClass, null) >> 3;
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
            int packed = Run(text, versionClass, modes);
            int mode = packed & 3;
            for (int end = text.Length; end > 0;)
            {
                int b = modes[end - 1];
                int start = end - ((b & 0x80) != 0 ? 1 : modes[end - 2]);
                int prev = (b >> (mode * 2)) & 3;
                for (int i = start; i < end; i++)
                {
                    modes[i] = (byte)mode;
                }
                mode = prev;
                end = start;
            }
            return packed >> 3;
        }

        /// <summary>
        /// Follows the run records left by <see cref="Run"/> (packed result and the same text) and writes the
        /// segments' first chars and mode indexes in text order; returns the segment count.
        /// </summary>
        internal static int Backtrack(byte[] back, int n, int packed, short[] segStart, byte[] segMode)
        {
            int mode = packed & 3;
            int count = 0;
            for (int end = n; end > 0;)
            {
                int b = back[end - 1];
                int start = end - ((b & 0x80) != 0 ? 1 : back[end - 2]);
                int prev = (b >> (mode * 2)) & 3;
                if (prev != mode || start == 0)
                {
                    segStart[count] = (short)start;
                    segMode[count] = (byte)mode;
                    count++;
                }
                mode = prev;
                end = start;
            }
            for (int i = 0, j = count - 1; i < j; i++, j--)
            {
                short s = segStart[i];
                segStart[i] = segStart[j];
                segStart[j] = s;
                byte m = segMode[i];
                segMode[i] = segMode[j];
                segMode[j] = m;
            }
            return count;
        }

        /// <summary>
        /// The DP. Returns bits &lt;&lt; 3 | (ECI used) &lt;&lt; 2 | final mode index. With back (text.Length bytes),
        /// each run leaves one byte at its last char: bits 0-5 the predecessor mode of each mode's path (2 bits
        /// per mode index), bit 7 set for a one-char run, else the run length in the byte before.
        /// </summary>
        internal static int Run(string text, int versionClass, byte[] back)
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
            // Before the text, each state is its own header, so every path "stays" into the first run and pays it.
            int cb = hb, ca = ha, cn = hn;
            int eci = 0;
            byte[] table = AsciiAlnum;
            int i = 0;
            while (i < n)
            {
                int start = i;
                int limit = n - i > MaxRun ? i + MaxRun : n;
                int c = text[i];
                int k = c < 0x80 ? table[c] : 0;
                i++;
                // Closed (rounded-up) totals of the three paths.
                int rb = (cb + 5) / 6 * 6;
                int ra = (ca + 5) / 6 * 6;
                int rn = (cn + 5) / 6 * 6;

                // Byte: continue, or switch from alnum / numeric.
                int best = cb;
                int from = ByteIndex;
                if (ra + hb < best) { best = ra + hb; from = AlnumIndex; }
                if (rn + hb < best) { best = rn + hb; from = NumericIndex; }
                int bp = from;
                if (k == 0)
                {
                    int bytes = 1;
                    if (c >= 0x80)
                    {
                        bytes = Utf8Length(text, start);
                        eci = 4;
                    }
                    while (i < limit)
                    {
                        c = text[i];
                        if (c < 0x80)
                        {
                            if (table[c] != 0)
                            {
                                break;
                            }
                            bytes++;
                        }
                        else
                        {
                            bytes += Utf8Length(text, i);
                            eci = 4;
                        }
                        i++;
                    }
                    cb = best + 48 * bytes;
                    ca = Infinity;
                    cn = Infinity;
                }
                else
                {
                    if (k > 10)
                    {
                        while (i < limit && (c = text[i]) < 0x80 && table[c] > 10)
                        {
                            i++;
                        }
                    }
                    else
                    {
                        while (i < limit && (uint)(text[i] - '0') <= 9)
                        {
                            i++;
                        }
                    }
                    int len = i - start;
                    cb = best + 48 * len;

                    best = ca;
                    from = AlnumIndex;
                    if (rb + ha < best) { best = rb + ha; from = ByteIndex; }
                    if (rn + ha < best) { best = rn + ha; from = NumericIndex; }
                    ca = best + 33 * len;
                    bp |= from << 2;

                    if (k > 10)
                    {
                        cn = Infinity;
                    }
                    else
                    {
                        best = cn;
                        from = NumericIndex;
                        if (rb + hn < best) { best = rb + hn; from = ByteIndex; }
                        if (ra + hn < best) { best = ra + hn; from = AlnumIndex; }
                        cn = best + 20 * len;
                        bp |= from << 4;
                    }
                }
                if (back != null)
                {
                    if (i - start == 1)
                    {
                        back[start] = (byte)(bp | 0x80);
                    }
                    else
                    {
                        back[i - 1] = (byte)bp;
                        back[i - 2] = (byte)(i - start);
                    }
                }
            }
            int fb = (cb + 5) / 6;
            int fa = (ca + 5) / 6;
            int fn = (cn + 5) / 6;
            int mode = ByteIndex;
            int bits = fb;
            if (fa < bits) { bits = fa; mode = AlnumIndex; }
            if (fn < bits) { bits = fn; mode = NumericIndex; }
            return (bits + (eci != 0 ? EciBits : 0)) << 3 | eci | mode;
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
