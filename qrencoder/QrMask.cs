namespace QrTerminal.Qr
{
    /// <summary>
    /// The eight data masks (ISO/IEC 18004 §7.8.2) as precomputed 64-bit pattern words, and the penalty score
    /// N1-N4 (§7.8.3) with Nayuki's reading of N3 (1:1:3:1:1 at any scale, 4 light on one side and 1 on the
    /// other, the symbol edge counting as light, both sides counted). The score works on whole line words:
    /// "equal to the next module" bits give runs, 2x2 blocks and finder-like cores bit-parallel; columns are
    /// rows of the transposed matrix; it stops as soon as the partial score, plus what the finder patterns
    /// guarantee in the lines not scanned yet, cannot beat the best mask so far.
    /// Lines of v1-v11 symbols fit one word and take a straight-line path.
    /// </summary>
    internal static class QrMask
    {
        /// <summary>Penalty weights N1-N4.</summary>
        public const int N1 = 3, N2 = 3, N3 = 40, N4 = 10;

        // Penalty points every symbol's finder patterns (with separators) give whatever the data and mask, used by
        // the early exit for lines not scanned yet. Per finder and direction: the middle lines 1011101 that end at
        // the symbol's edge are finder-like (3 x N3); the 7-module borders are runs of exactly 7 (2 x 5), the light
        // ring's sides runs of exactly 5 (2 x 3) and the separator a run of at least 8 (6): 22 N1 points. The centre
        // 3x3 holds 4 2x2 blocks (4 x N2, rows only).
        private const int BandGuarantee = 3 * N3 + 22;
        private const int ColumnsGuarantee = 3 * BandGuarantee;
        private const int FinderCenterBlocks = 4 * N2;

        private const ulong Top = 0x8000000000000000UL;
        private const ulong M1 = 0x5555555555555555UL, M2 = 0x3333333333333333UL, M4 = 0x0F0F0F0F0F0F0F0FUL;
        private const ulong H01 = 0x0101010101010101UL;

        // Masks repeat every 6 columns and every 12 rows. RowPattern[mask * 12 + y % 12] is row y's pattern from
        // column 0; ColPattern[mask * 6 + x % 6] is column x's pattern from row 0 (the transposed row).
        // Words further right are the same pattern rotated by the phase 64 * w mod 6 (or mod 12).
        private static readonly ulong[] RowPattern = new ulong[8 * 12];
        private static readonly ulong[] ColPattern = new ulong[8 * 6];

        static QrMask()
        {
            for (int mask = 0; mask < 8; mask++)
            {
                for (int r = 0; r < 12; r++)
                {
                    ulong w = 0, wt = 0;
                    for (int i = 0; i < 64; i++)
                    {
                        if (Inverts(mask, i, r))
                        {
                            w |= Top >> i;
                        }
                        if (r < 6 && Inverts(mask, r, i))
                        {
                            wt |= Top >> i;
                        }
                    }
                    RowPattern[mask * 12 + r] = w;
                    if (r < 6)
                    {
                        ColPattern[mask * 6 + r] = wt;
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

        // Word w of a line whose pattern from position 0 is p0 with the given period (6 or 12).
        private static ulong PatternWord(ulong p0, int w, int period)
        {
            int phase = (w << 6) % period;
            return phase == 0 ? p0 : (p0 << phase) | (p0 >> (period - phase));
        }

        /// <summary>Writes the masked symbol (format bits as currently drawn in Base) into 32-bit result rows.</summary>
        public static void Apply(QrWorkspace ws, int size, int mask, uint[] rows)
        {
            int words = (size + 63) >> 6;
            int words32 = (size + 31) >> 5;
            ulong[] bas = ws.Base, func = ws.Func;
            if (words32 == 2)
            {
                // 33 to 64 modules (v4-v11): one 64-bit word per row, two result words.
                ulong[] pattern = RowPattern;
                int p = mask * 12, pEnd = p + 12;
                for (int y = 0; y < size; y++)
                {
                    ulong v = bas[y] ^ (pattern[p] & ~func[y]);
                    rows[2 * y] = (uint)(v >> 32);
                    rows[2 * y + 1] = (uint)v;
                    if (++p == pEnd)
                    {
                        p -= 12;
                    }
                }
                return;
            }
            for (int y = 0; y < size; y++)
            {
                ulong p0 = RowPattern[mask * 12 + y % 12];
                int o = y * words;
                int o32 = y * words32;
                for (int w = 0; w < words; w++)
                {
                    ulong v = bas[o + w] ^ (PatternWord(p0, w, 6) & ~func[o + w]);
                    rows[o32 + 2 * w] = (uint)(v >> 32);
                    if (2 * w + 1 < words32)
                    {
                        rows[o32 + 2 * w + 1] = (uint)v;
                    }
                }
            }
        }

        /// <summary>
        /// Penalty of the symbol under mask (format bits for that mask must already be drawn). Returns the exact
        /// score when it is below limit, otherwise some value at least limit (the scan stops early).
        /// </summary>
        public static int Score(QrWorkspace ws, int size, int mask, int limit)
        {
            return size <= 64 ? ScoreNarrow(ws, size, mask, limit) : ScoreWide(ws, size, mask, limit);
        }

        /// <summary>
        /// Symbols up to 64 modules wide: each line is one word with module x at bit 63 - x and zeros past the
        /// edge. Rows first (with 2x2 blocks against the previous row and the dark count), then columns. The scan
        /// stops once the total plus what the finder patterns guarantee in the lines not scanned yet reaches the
        /// limit; each direction ends with the band of its last finder, whose guarantee is dropped when it starts.
        /// </summary>
        private static int ScoreNarrow(QrWorkspace ws, int size, int mask, int limit)
        {
            ulong[] bas = ws.Base, func = ws.Func, rowPattern = RowPattern;
            // e bit x: module x equals module x + 1, for x <= size - 2.
            ulong inside = ~0UL << (65 - size);
            // Finder-like cores start at x <= size - 7.
            ulong coreInside = ~0UL << (70 - size);
            // Lines 2-4 and size-5..size-3 cross a finder pattern's middle (rows and columns alike).
            ulong finderLines = (7UL << 59) | (7UL << (66 - size));
            // The early exit also counts what the finder patterns guarantee in lines not scanned yet (only for real
            // symbols, whose function patterns are drawn): the total stops once total + guarantee >= limit.
            int real = ws.PatternVersion == (size - 17) >> 2 ? 1 : 0;
            int unit = real * N3;
            int bound = limit - real * (ColumnsGuarantee + BandGuarantee + FinderCenterBlocks);
            int total = 0;
            int dark = 0;
            ulong prevC = 0, prevE = 0;
            int p = mask * 12, pEnd = p + 12;
            int y = 0;
            // Rows above the bottom-left finder's band (rows size-8..size-1), then the band.
            for (int end = size - 8; ; end = size)
            {
                for (; y < end; y++)
                {
                    ulong c = bas[y] ^ (rowPattern[p] & ~func[y]);
                    if (++p == pEnd)
                    {
                        p -= 12;
                    }
                    ulong e = ~(c ^ (c << 1)) & inside;
                    ulong e2 = e & (e << 1);
                    ulong e4 = e2 & (e2 << 2);
                    // N1: a run of L >= 5 has L - 4 windows of 5 (bits of e4) and scores L - 2, so each run of e4 bits
                    // is stretched by 2 (different runs' window bits are at least 4 apart). N2: 2x2 blocks. Both are
                    // summed per byte, then once across the word.
                    ulong n1 = e4 | (e4 >> 1) | (e4 >> 2);
                    ulong n2 = e & prevE & ~(c ^ prevC);
                    n1 -= (n1 >> 1) & M1;
                    n2 -= (n2 >> 1) & M1;
                    n1 = (n1 & M2) + ((n1 >> 2) & M2);
                    n2 = (n2 & M2) + ((n2 >> 2) & M2);
                    n1 = ((n1 + (n1 >> 4)) & M4) + ((n2 + (n2 >> 4)) & M4) * N2;
                    total += (int)((n1 * H01) >> 56);
                    // N3 at scale 1: light, 1011101 (x..x+6), light, i.e. transitions at x-1..x+1 and x+4..x+6.
                    ulong tt = ~(e | (e << 1));
                    ulong t3 = ((tt >> 1) | Top) & tt;
                    ulong core = c & t3 & (e2 << 2) & (t3 << 5) & coreInside;
                    // Scale 2 or more needs 2 light then 6 dark modules somewhere (rare).
                    ulong wide = ~c & e & ~(e << 1) & (e4 << 2) & (e << 6);
                    if (((finderLines << y) & Top) != 0)
                    {
                        ulong edge = core & (Top | (1UL << (70 - size)));
                        total += EdgeCores(c, edge, size) * N3;
                        core ^= edge;
                        if (y > 4)
                        {
                            bound += unit;
                        }
                    }
                    if (wide != 0)
                    {
                        total += Finders(ws, c, e, e4, core, wide, size);
                    }
                    else if (core != 0)
                    {
                        total += PopCount(CoreHits(c, core)) * N3;
                    }
                    prevC = c;
                    prevE = e;
                    dark += PopCount(c);
                    if (total >= bound)
                    {
                        return total + (limit - bound);
                    }
                }
                if (end == size)
                {
                    break;
                }
                // The band starts: its guarantee is dropped, its finder middles are counted as they are scanned.
                bound = limit - real * ColumnsGuarantee - 3 * unit;
            }
            total += BalancePenalty(dark, size);
            bound = limit - real * ColumnsGuarantee;
            if (total >= bound)
            {
                return total + (limit - bound);
            }
            // Columns before the top-right finder's band, then the band (columns size-8..size-1).
            bound = limit - real * BandGuarantee;
            ulong[] baseT = ws.BaseT, funcT = ws.FuncT, colPattern = ColPattern;
            p = mask * 6;
            pEnd = p + 6;
            int x = 0;
            for (int end = size - 8; ; end = size)
            {
                for (; x < end; x++)
                {
                    ulong c = baseT[x] ^ (colPattern[p] & ~funcT[x]);
                    if (++p == pEnd)
                    {
                        p -= 6;
                    }
                    ulong e = ~(c ^ (c << 1)) & inside;
                    ulong e2 = e & (e << 1);
                    ulong e4 = e2 & (e2 << 2);
                    total += PopCount(e4 | (e4 >> 1) | (e4 >> 2));
                    ulong tt = ~(e | (e << 1));
                    ulong t3 = ((tt >> 1) | Top) & tt;
                    ulong core = c & t3 & (e2 << 2) & (t3 << 5) & coreInside;
                    ulong wide = ~c & e & ~(e << 1) & (e4 << 2) & (e << 6);
                    if (((finderLines << x) & Top) != 0)
                    {
                        ulong edge = core & (Top | (1UL << (70 - size)));
                        total += EdgeCores(c, edge, size) * N3;
                        core ^= edge;
                        if (x > 4)
                        {
                            bound += unit;
                        }
                    }
                    if (wide != 0)
                    {
                        total += Finders(ws, c, e, e4, core, wide, size);
                    }
                    else if (core != 0)
                    {
                        total += PopCount(CoreHits(c, core)) * N3;
                    }
                    if (total >= bound)
                    {
                        return total + (limit - bound);
                    }
                }
                if (end == size)
                {
                    break;
                }
                // The band starts: only its finder middles are counted, as they are scanned.
                bound = limit - 3 * unit;
            }
            return total;
        }

        /// <summary>
        /// Finder-like patterns among the scale-1 cores at x = 0 and x = size - 7 of a one-word line (edge holds
        /// those core bits): the symbol's edge is light on one side, so each counts once, and once more when the
        /// other side's 3 modules past the light neighbour are light too.
        /// </summary>
        private static int EdgeCores(ulong c, ulong edge, int size)
        {
            return (int)(edge >> 63) * (2 - (int)((((c >> 53) & 7) + 7) >> 3))
                + (int)((edge >> (70 - size)) & 1) * (2 - (int)((((c >> (72 - size)) & 7) + 7) >> 3));
        }

        /// <summary>
        /// One bit per finder-like pattern among scale-1 cores: four light modules after (x+7 is light already) or
        /// before (x-1 is light already). Cores are at least 6 apart, so "before" bits moved one place right never
        /// meet "after" bits.
        /// </summary>
        private static ulong CoreHits(ulong c, ulong core)
        {
            return (core & ~((c << 8) | (c << 9) | (c << 10))) | ((core & ~((c >> 2) | (c >> 3) | (c >> 4))) >> 1);
        }

        /// <summary>
        /// N3 of a one-word line that has a scale-1 core candidate or 2 light then 6 dark modules: counts the
        /// scale-1 cores in core with 4 light modules after or before, plus scale 2 bit-parallel, or walks the runs
        /// when scale 3 or more is possible (less the edge cores the caller counted already).
        /// </summary>
        // Kept out of line: inlined, this rare path makes the host JIT spill the scan loop's registers.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private static int Finders(QrWorkspace ws, ulong c, ulong e, ulong e4, ulong core, ulong wide, int size)
        {
            if (wide != 0 && (~c & e & (e << 1) & ~(e << 2) & (e4 << 3) & (e4 << 7)) != 0)
            {
                // 3 light then 9 dark: scale 3 or more is possible, so walk the runs exactly. N1 and the scale-1
                // cores the caller removed from core (edge cores of finder lines) are counted already.
                ulong tt = ~(e | (e << 1));
                ulong t3 = ((tt >> 1) | Top) & tt;
                ulong counted = c & t3 & (e << 2) & (e << 3) & (t3 << 5) & (~0UL << (70 - size)) & ~core;
                ws.Line[0] = c;
                return LineScore(ws.Line, 0, 1, size) - PopCount(e4 | (e4 >> 1) | (e4 >> 2))
                    - PopCount(CoreHits(c, counted)) * N3;
            }
            int n3 = 0;
            if (core != 0)
            {
                n3 = PopCount(CoreHits(c, core));
            }
            if (wide != 0)
            {
                n3 += Scale2(c, e, e << 1, e4);
            }
            return n3 * N3;
        }

        /// <summary>
        /// Finder-like patterns at scale 2 in a one-word line: light, 11 00 111111 00 11 (x..x+13), light, with
        /// 8 light after and 2 before or 8 before and 2 after (beyond the edge is light).
        /// </summary>
        private static int Scale2(ulong c, ulong e, ulong e1, ulong e4)
        {
            ulong ne = ~e;
            ulong core = c & ~(c >> 1) & e & ~e1 & (e << 2) & (ne << 3) & (e4 << 4) & (e << 8)
                & (ne << 9) & (e << 10) & (ne << 11) & (e << 12) & (ne << 13);
            if (core == 0)
            {
                return 0;
            }
            // x-1 and x+14 are light already.
            ulong next8 = c | (c << 1);
            next8 |= next8 << 2;
            next8 |= next8 << 4;                   // a dark module in x..x+7
            ulong prev8 = c | (c >> 1);
            prev8 |= prev8 >> 2;
            prev8 |= prev8 >> 4;                   // a dark module in x-7..x
            ulong after = core & ~(next8 << 14) & ~(c >> 2);
            ulong before = core & ~(prev8 >> 1) & ~(c << 15);
            return PopCount(after) + PopCount(before);
        }

        /// <summary>Symbols wider than 64 modules: the same rules over several words per line.</summary>
        private static int ScoreWide(QrWorkspace ws, int size, int mask, int limit)
        {
            int words = (size + 63) >> 6;
            ulong[] line = ws.Line;
            int total = 0;
            int dark = 0;
            // Positions x with a full 2x2 block at x..x+1 in the last word: x < size - 1.
            int validLast = size - 1 - (words - 1) * 64;
            ulong lastMask = validLast >= 64 ? ~0UL : ~(~0UL >> validLast);

            // Rows: runs and finder-like patterns, 2x2 blocks against the previous row, dark modules.
            ulong[] bas = ws.Base, func = ws.Func;
            for (int y = 0; y < size; y++)
            {
                int cur = (y & 1) * words;
                int prev = words - cur;
                ulong p0 = RowPattern[mask * 12 + y % 12];
                int o = y * words;
                for (int w = 0; w < words; w++)
                {
                    ulong v = bas[o + w] ^ (PatternWord(p0, w, 6) & ~func[o + w]);
                    line[cur + w] = v;
                    dark += PopCount(v);
                }
                total += LineScoreWide(line, cur, words, size);
                if (y > 0)
                {
                    int blocks = 0;
                    for (int w = 0; w < words; w++)
                    {
                        ulong a = line[prev + w], b = line[cur + w];
                        ulong an = w + 1 < words ? line[prev + w + 1] : 0UL;
                        ulong bn = w + 1 < words ? line[cur + w + 1] : 0UL;
                        ulong a2 = (a << 1) | (an >> 63);
                        ulong b2 = (b << 1) | (bn >> 63);
                        ulong same = ~(a ^ b) & ~(a2 ^ b2) & ~(a ^ a2);
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
            total += BalancePenalty(dark, size);
            if (total >= limit)
            {
                return total;
            }

            // Columns: the same run scan over the transposed matrix.
            ulong[] baseT = ws.BaseT, funcT = ws.FuncT;
            for (int x = 0; x < size; x++)
            {
                ulong p0 = ColPattern[mask * 6 + x % 6];
                int o = x * words;
                for (int w = 0; w < words; w++)
                {
                    line[w] = baseT[o + w] ^ (PatternWord(p0, w, 12) & ~funcT[o + w]);
                }
                total += LineScoreWide(line, 0, words, size);
                if (total >= limit)
                {
                    return total;
                }
            }
            return total;
        }

        // N4: 10 points for each full 5% that the dark share deviates from 50%.
        private static int BalancePenalty(int dark, int size)
        {
            int modules = size * size;
            int diff = dark * 20 - modules * 10;
            if (diff < 0)
            {
                diff = -diff;
            }
            return ((diff + modules - 1) / modules - 1) * N4;
        }

        /// <summary>
        /// N1 and N3 of one multi-word line, bit-parallel: runs of 5+ equal modules are window matches,
        /// finder-like patterns at scale 1 are 1011101 matches bounded by light with 4 more light on either side
        /// (beyond the edge is light). A pattern at scale 2 or more needs 2 light then 6 dark modules; only lines
        /// containing that take the exact run-walking path.
        /// </summary>
        private static int LineScoreWide(ulong[] line, int offset, int words, int size)
        {
            int n1 = 0, n3 = 0;
            ulong prevW4 = 0;
            for (int w = 0; w < words; w++)
            {
                ulong c = line[offset + w];
                ulong p = w > 0 ? line[offset + w - 1] : 0UL;
                ulong nx = w + 1 < words ? line[offset + w + 1] : 0UL;
                // dk = module at x + k, bk = module at x - k (0 = light beyond the edges).
                ulong d1 = (c << 1) | (nx >> 63);
                ulong d2 = (c << 2) | (nx >> 62);
                ulong d3 = (c << 3) | (nx >> 61);
                ulong d4 = (c << 4) | (nx >> 60);
                ulong d5 = (c << 5) | (nx >> 59);
                ulong d6 = (c << 6) | (nx >> 58);
                ulong d7 = (c << 7) | (nx >> 57);
                if ((~c & ~d1 & d2 & d3 & d4 & d5 & d6 & d7) != 0)
                {
                    return LineScore(line, offset, words, size);
                }
                // Windows of 5 equal modules that lie inside the line (x <= size - 5).
                int inside = size - 4 - (w << 6);
                ulong valid = inside >= 64 ? ~0UL : (inside <= 0 ? 0UL : ~(~0UL >> inside));
                ulong w4 = ((c & d1 & d2 & d3 & d4) | ~(c | d1 | d2 | d3 | d4)) & valid;
                if (w4 != 0)
                {
                    // A run of length L >= 5 has L - 4 windows and scores L - 2 = windows + 2 per run.
                    n1 += PopCount(w4) + 2 * PopCount(w4 & ~((w4 >> 1) | (prevW4 << 63)));
                }
                prevW4 = w4;
                ulong core = ~((c >> 1) | (p << 63)) & c & ~d1 & d2 & d3 & d4 & ~d5 & d6 & ~d7;
                if (core != 0)
                {
                    ulong d8 = (c << 8) | (nx >> 56);
                    ulong d9 = (c << 9) | (nx >> 55);
                    ulong d10 = (c << 10) | (nx >> 54);
                    ulong b2 = (c >> 2) | (p << 62);
                    ulong b3 = (c >> 3) | (p << 61);
                    ulong b4 = (c >> 4) | (p << 60);
                    n3 += PopCount(core & ~(d8 | d9 | d10)) + PopCount(core & ~(b2 | b3 | b4));
                }
            }
            return n1 + n3 * N3;
        }

        /// <summary>N1 and N3 of one line, walking runs via transition bits (one step per run, not per module).</summary>
        private static int LineScore(ulong[] line, int offset, int words, int size)
        {
            int result = 0;
            // Run history, h0 the most recent run. The first run gets the light border of width size.
            int h0 = 0, h1 = 0, h2 = 0, h3 = 0, h4 = 0, h5 = 0, h6 = 0;
            bool first = true;
            int pos = 0;
            bool dark = false;
            ulong prevBit = 0;
            for (int w = 0; w < words; w++)
            {
                ulong v = line[offset + w];
                ulong t = v ^ ((v >> 1) | (prevBit << 63));
                prevBit = v & 1UL;
                int baseX = w << 6;
                while (t != 0)
                {
                    int lz = LeadingZeros(t);
                    int x = baseX + lz;
                    if (x >= size)
                    {
                        break;
                    }
                    t &= ~(Top >> lz);
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
        public static int PopCount(ulong v)
        {
            v -= (v >> 1) & M1;
            v = (v & M2) + ((v >> 2) & M2);
            return (int)((((v + (v >> 4)) & M4) * H01) >> 56);
        }

        /// <summary>Leading zero bits of a non-zero word.</summary>
        public static int LeadingZeros(ulong v)
        {
            int n = 0;
            if (v <= 0x00000000FFFFFFFFUL) { n = 32; v <<= 32; }
            if (v <= 0x0000FFFFFFFFFFFFUL) { n += 16; v <<= 16; }
            if (v <= 0x00FFFFFFFFFFFFFFUL) { n += 8; v <<= 8; }
            if (v <= 0x0FFFFFFFFFFFFFFFUL) { n += 4; v <<= 4; }
            if (v <= 0x3FFFFFFFFFFFFFFFUL) { n += 2; v <<= 2; }
            if (v <= 0x7FFFFFFFFFFFFFFFUL) { n += 1; }
            return n;
        }
    }
}
