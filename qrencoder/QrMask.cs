namespace QrTerminal.Qr
{
    /// <summary>
    /// The eight data masks (ISO/IEC 18004 §7.8.2) as precomputed 32-bit row words, and the penalty score
    /// N1-N4 (§7.8.3) with Nayuki's reading of N3 (1:1:3:1:1 at any scale, 4 light on one side and 1 on the
    /// other, the symbol edge counting as light, both sides counted). The score works on whole row words:
    /// 2x2 blocks and dark count are bit-parallel, runs come from transition bits, columns are rows of the
    /// transposed matrix, and it stops as soon as the partial score cannot beat the best mask so far.
    /// </summary>
    internal static class QrMask
    {
        /// <summary>Penalty weights N1-N4.</summary>
        public const int N1 = 3, N2 = 3, N3 = 40, N4 = 10;

        // Every mask has period 6 across columns and 12 down rows, and 32 = 2 (mod 6) / 8 (mod 12), so a row
        // word depends only on (mask, row % 12, word % 3). Pattern is for rows, PatternT for transposed rows.
        private static readonly uint[] Pattern = new uint[8 * 12 * 3];
        private static readonly uint[] PatternT = new uint[8 * 12 * 3];

        static QrMask()
        {
            for (int mask = 0; mask < 8; mask++)
            {
                for (int r = 0; r < 12; r++)
                {
                    for (int p = 0; p < 3; p++)
                    {
                        uint w = 0, wt = 0;
                        for (int i = 0; i < 32; i++)
                        {
                            int c = 32 * p + i;
                            if (Inverts(mask, c, r))
                            {
                                w |= 0x80000000u >> i;
                            }
                            if (Inverts(mask, r, c))
                            {
                                wt |= 0x80000000u >> i;
                            }
                        }
                        Pattern[(mask * 12 + r) * 3 + p] = w;
                        PatternT[(mask * 12 + r) * 3 + p] = wt;
                    }
                }
            }
        }

        /// <summary>True when mask inverts the module at column x, row y.</summary>
        public static bool Inverts(int mask, int x, int y)
        {
            switch (mask)
            {
                case 0: return (x + y) % 2 == 0;
                case 1: return y % 2 == 0;
                case 2: return x % 3 == 0;
                case 3: return (x + y) % 3 == 0;
                case 4: return (x / 3 + y / 2) % 2 == 0;
                case 5: return x * y % 2 + x * y % 3 == 0;
                case 6: return (x * y % 2 + x * y % 3) % 2 == 0;
                default: return ((x + y) % 2 + x * y % 3) % 2 == 0;
            }
        }

        /// <summary>Writes the masked symbol (format bits as currently drawn in Base) into rows.</summary>
        public static void Apply(QrWorkspace ws, int size, int mask, uint[] rows)
        {
            int words = (size + 31) / 32;
            uint[] bas = ws.Base, func = ws.Func;
            for (int y = 0; y < size; y++)
            {
                int pr = (mask * 12 + y % 12) * 3;
                int o = y * words;
                for (int w = 0; w < words; w++)
                {
                    rows[o + w] = bas[o + w] ^ (Pattern[pr + w % 3] & ~func[o + w]);
                }
            }
        }

        /// <summary>
        /// Penalty of the symbol under mask (format bits for that mask must already be drawn). Returns the exact
        /// score when it is below limit, otherwise some value at least limit (the scan stops early).
        /// </summary>
        public static int Score(QrWorkspace ws, int size, int mask, int limit)
        {
            int words = (size + 31) / 32;
            uint[] line = ws.Line;
            int total = 0;
            int dark = 0;
            // Positions x with a full 2x2 block at x..x+1 in the last word: x < size - 1.
            int validLast = size - 1 - (words - 1) * 32;
            uint lastMask = validLast >= 32 ? 0xFFFFFFFFu : ~(0xFFFFFFFFu >> validLast);

            // Rows: runs and finder-like patterns, 2x2 blocks against the previous row, dark modules.
            uint[] bas = ws.Base, func = ws.Func;
            for (int y = 0; y < size; y++)
            {
                int cur = (y & 1) * words;
                int prev = words - cur;
                int pr = (mask * 12 + y % 12) * 3;
                int o = y * words;
                for (int w = 0; w < words; w++)
                {
                    uint v = bas[o + w] ^ (Pattern[pr + w % 3] & ~func[o + w]);
                    line[cur + w] = v;
                    dark += PopCount(v);
                }
                total += LineScoreFast(line, cur, words, size);
                if (y > 0)
                {
                    int blocks = 0;
                    for (int w = 0; w < words; w++)
                    {
                        uint a = line[prev + w], b = line[cur + w];
                        uint an = w + 1 < words ? line[prev + w + 1] : 0u;
                        uint bn = w + 1 < words ? line[cur + w + 1] : 0u;
                        uint a2 = (a << 1) | (an >> 31);
                        uint b2 = (b << 1) | (bn >> 31);
                        uint same = ~(a ^ b) & ~(a2 ^ b2) & ~(a ^ a2);
                        if (w == words - 1)
                        {
                            same &= lastMask;
                        }
                        blocks += PopCount(same);
                    }
                    total += blocks * N2;
                }
                if (total >= limit)
                {
                    return total;
                }
            }
            // Balance of dark and light modules.
            int modules = size * size;
            int diff = dark * 20 - modules * 10;
            if (diff < 0)
            {
                diff = -diff;
            }
            total += ((diff + modules - 1) / modules - 1) * N4;
            if (total >= limit)
            {
                return total;
            }

            // Columns: the same run scan over the transposed matrix.
            uint[] baseT = ws.BaseT, funcT = ws.FuncT;
            for (int x = 0; x < size; x++)
            {
                int pr = (mask * 12 + x % 12) * 3;
                int o = x * words;
                for (int w = 0; w < words; w++)
                {
                    line[w] = baseT[o + w] ^ (PatternT[pr + w % 3] & ~funcT[o + w]);
                }
                total += LineScoreFast(line, 0, words, size);
                if (total >= limit)
                {
                    return total;
                }
            }
            return total;
        }

        /// <summary>
        /// N1 and N3 of one line, bit-parallel over words: runs of 5+ equal modules are window matches, finder-like
        /// patterns at scale 1 are 1011101 matches bounded by light with 4 more light on either side (beyond the
        /// edge is light). A pattern at scale 2 or more needs 2 light then 6 dark modules; only lines containing
        /// that (rare) take the exact run-walking path.
        /// </summary>
        private static int LineScoreFast(uint[] line, int offset, int words, int size)
        {
            int n1 = 0, n3 = 0;
            uint prevW4 = 0;
            for (int w = 0; w < words; w++)
            {
                uint c = line[offset + w];
                uint p = w > 0 ? line[offset + w - 1] : 0u;
                uint nx = w + 1 < words ? line[offset + w + 1] : 0u;
                // dk = module at x + k, bk = module at x - k (0 = light beyond the edges).
                uint d1 = (c << 1) | (nx >> 31);
                uint d2 = (c << 2) | (nx >> 30);
                uint d3 = (c << 3) | (nx >> 29);
                uint d4 = (c << 4) | (nx >> 28);
                uint d5 = (c << 5) | (nx >> 27);
                uint d6 = (c << 6) | (nx >> 26);
                uint d7 = (c << 7) | (nx >> 25);
                if ((~c & ~d1 & d2 & d3 & d4 & d5 & d6 & d7) != 0)
                {
                    return LineScore(line, offset, words, size);
                }
                // Windows of 5 equal modules that lie inside the line (x <= size - 5).
                int inside = size - 4 - (w << 5);
                uint valid = inside >= 32 ? 0xFFFFFFFFu : (inside <= 0 ? 0u : ~(0xFFFFFFFFu >> inside));
                uint w4 = ((c & d1 & d2 & d3 & d4) | ~(c | d1 | d2 | d3 | d4)) & valid;
                if (w4 != 0)
                {
                    // A run of length L >= 5 has L - 4 windows and scores L - 2 = windows + 2 per run.
                    n1 += PopCount(w4) + 2 * PopCount(w4 & ~((w4 >> 1) | (prevW4 << 31)));
                }
                prevW4 = w4;
                uint core = ~((c >> 1) | (p << 31)) & c & ~d1 & d2 & d3 & d4 & ~d5 & d6 & ~d7;
                if (core != 0)
                {
                    uint d8 = (c << 8) | (nx >> 24);
                    uint d9 = (c << 9) | (nx >> 23);
                    uint d10 = (c << 10) | (nx >> 22);
                    uint b2 = (c >> 2) | (p << 30);
                    uint b3 = (c >> 3) | (p << 29);
                    uint b4 = (c >> 4) | (p << 28);
                    n3 += PopCount(core & ~(d8 | d9 | d10)) + PopCount(core & ~(b2 | b3 | b4));
                }
            }
            return n1 + n3 * N3;
        }

        /// <summary>N1 and N3 of one line, walking runs via transition bits (one step per run, not per module).</summary>
        private static int LineScore(uint[] line, int offset, int words, int size)
        {
            int result = 0;
            // Run history, h0 the most recent run. The first run gets the light border of width size.
            int h0 = 0, h1 = 0, h2 = 0, h3 = 0, h4 = 0, h5 = 0, h6 = 0;
            bool first = true;
            int pos = 0;
            bool dark = false;
            uint prevBit = 0;
            for (int w = 0; w < words; w++)
            {
                uint v = line[offset + w];
                uint t = v ^ ((v >> 1) | (prevBit << 31));
                prevBit = v & 1u;
                int baseX = w << 5;
                while (t != 0)
                {
                    int lz = LeadingZeros(t);
                    int x = baseX + lz;
                    if (x >= size)
                    {
                        break;
                    }
                    t &= ~(0x80000000u >> lz);
                    int len = x - pos;
                    if (len >= 5)
                    {
                        result += N1 + len - 5;
                    }
                    if (first)
                    {
                        len += size;
                        first = false;
                    }
                    h6 = h5; h5 = h4; h4 = h3; h3 = h2; h2 = h1; h1 = h0; h0 = len;
                    if (!dark)
                    {
                        result += FinderLike(h0, h1, h2, h3, h4, h5, h6) * N3;
                    }
                    dark = !dark;
                    pos = x;
                }
            }
            // The final run, then the light border beyond the edge.
            int last = size - pos;
            if (last >= 5)
            {
                result += N1 + last - 5;
            }
            if (dark)
            {
                h6 = h5; h5 = h4; h4 = h3; h3 = h2; h2 = h1; h1 = h0; h0 = last;
                last = 0;
            }
            last += size;
            if (first)
            {
                last += size;
            }
            h6 = h5; h5 = h4; h4 = h3; h3 = h2; h2 = h1; h1 = h0; h0 = last;
            result += FinderLike(h0, h1, h2, h3, h4, h5, h6) * N3;
            return result;
        }

        // Dark-light-dark(3)-light-dark core at scale n, with 4n light after and n before, or the reverse.
        private static int FinderLike(int h0, int h1, int h2, int h3, int h4, int h5, int h6)
        {
            int n = h1;
            if (n <= 0 || h2 != n || h3 != n * 3 || h4 != n || h5 != n)
            {
                return 0;
            }
            int count = 0;
            if (h0 >= n * 4 && h6 >= n)
            {
                count++;
            }
            if (h6 >= n * 4 && h0 >= n)
            {
                count++;
            }
            return count;
        }

        /// <summary>Number of set bits (SWAR; no intrinsics on nanoFramework).</summary>
        public static int PopCount(uint v)
        {
            v = v - ((v >> 1) & 0x55555555u);
            v = (v & 0x33333333u) + ((v >> 2) & 0x33333333u);
            return (int)((((v + (v >> 4)) & 0x0F0F0F0Fu) * 0x01010101u) >> 24);
        }

        /// <summary>Leading zero bits of a non-zero word.</summary>
        public static int LeadingZeros(uint v)
        {
            int n = 0;
            if (v <= 0x0000FFFFu) { n = 16; v <<= 16; }
            if (v <= 0x00FFFFFFu) { n += 8; v <<= 8; }
            if (v <= 0x0FFFFFFFu) { n += 4; v <<= 4; }
            if (v <= 0x3FFFFFFFu) { n += 2; v <<= 2; }
            if (v <= 0x7FFFFFFFu) { n += 1; }
            return n;
        }
    }
}
