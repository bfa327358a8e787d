namespace QrTerminal.Qr
{
    /// <summary>
    /// Draws function patterns and places codewords into the workspace's bit-packed matrices, ISO/IEC 18004
    /// §6.3 and §7.7.3. Matrices use 64-bit words, module x of a row at bit 63 - x % 64 of word x / 64, so
    /// every line of a v1-v11 symbol is one word. Transposed copies are made with 64x64 block transposes.
    /// </summary>
    internal static class QrMatrix
    {
        private const ulong Top = 0x8000000000000000UL;

        /// <summary>Clears the matrices for a version and draws every function pattern (format bits for mask 0).</summary>
        public static void DrawFunctionPatterns(QrWorkspace ws, int version)
        {
            int size = QrTables.SizeOf(version);
            int words = (size + 63) >> 6;
            int n = size * words;
            ulong[] func = ws.Func, bas = ws.Base;
            if (ws.PatternVersion == version)
            {
                // Same version as the last encode: the function map and function modules are still in place
                // (format bits are redrawn per mask); only the data modules need clearing. Narrow placement
                // replaces the data modules of BaseT and rebuilds Base from it, so it needs nothing here.
                if (words > 1)
                {
                    for (int i = 0; i < n; i++)
                    {
                        bas[i] &= func[i];
                    }
                }
                return;
            }
            ws.PatternVersion = version;
            // Bits past the right edge are marked "function" so masking never touches them.
            ulong pad = PadBits(size, words);
            for (int i = 0; i < n; i++)
            {
                func[i] = (i % words) == words - 1 ? pad : 0UL;
                bas[i] = 0UL;
            }
            // Timing patterns.
            for (int i = 0; i < size; i++)
            {
                SetFunction(ws, words, 6, i, i % 2 == 0);
                SetFunction(ws, words, i, 6, i % 2 == 0);
            }
            // Finder patterns with separators (overwrite the timing ends).
            DrawFinder(ws, words, size, 3, 3);
            DrawFinder(ws, words, size, size - 4, 3);
            DrawFinder(ws, words, size, 3, size - 4);
            // Alignment patterns, except the three that would overlap finders.
            int count = QrTables.AlignmentPositions(version, ws.Align);
            for (int i = 0; i < count; i++)
            {
                for (int j = 0; j < count; j++)
                {
                    if ((i == 0 && j == 0) || (i == 0 && j == count - 1) || (i == count - 1 && j == 0))
                    {
                        continue;
                    }
                    for (int dy = -2; dy <= 2; dy++)
                    {
                        for (int dx = -2; dx <= 2; dx++)
                        {
                            int dist = Max(Abs(dx), Abs(dy));
                            SetFunction(ws, words, ws.Align[i] + dx, ws.Align[j] + dy, dist != 1);
                        }
                    }
                }
            }
            // Reserve the format areas (real bits are drawn per mask) and draw version information.
            DrawFormatBits(ws, version, QrErrorCorrection.M, 0, true);
            if (version >= 7)
            {
                int bits = QrTables.VersionBits(version);
                for (int i = 0; i < 18; i++)
                {
                    bool dark = ((bits >> i) & 1) != 0;
                    int a = size - 11 + i % 3;
                    int b = i / 3;
                    SetFunction(ws, words, a, b, dark);
                    SetFunction(ws, words, b, a, dark);
                }
            }
            // The transposed function map, with the same padding past the edge, and for the narrow placement the
            // transposed function modules (placement keeps them and replaces only the data modules).
            if (words == 1)
            {
                Transpose(bas, ws.BaseT, size, words);
            }
            Transpose(func, ws.FuncT, size, words);
            ulong[] funcT = ws.FuncT;
            for (int i = words - 1; i < n; i += words)
            {
                funcT[i] |= pad;
            }
            if (words == 1)
            {
                BuildGaps(ws, size);
            }
        }

        /// <summary>
        /// Describes the free modules of each column pair for PlaceNarrow. A pair is seen as two halves of 64
        /// interleaved positions in stream order (position 2k: right module of the k-th row visited, 2k + 1: left
        /// module); upward pairs are visited from row 63, so the rows past the edge come first. Per half: free
        /// positions, gap count, then (first position, length) of each run of function positions, top first.
        /// </summary>
        private static void BuildGaps(QrWorkspace ws, int size)
        {
            ulong[] funcT = ws.FuncT;
            byte[] gaps = ws.Gaps;
            int c = 0;
            for (int right = size - 1; right >= 1; right -= 2)
            {
                if (right == 6)
                {
                    right = 5;
                }
                // The function maps of the halves, interleaved (inverting PlaceNarrow's unzip).
                ulong fr = funcT[right], fl = funcT[right - 1];
                if (((right + 1) & 2) != 0)
                {
                    c = AddGaps(gaps, c, Shuffle((fr & 0xFFFFFFFF00000000UL) | (fl >> 32)));
                    c = AddGaps(gaps, c, Shuffle((fr << 32) | (fl & 0x00000000FFFFFFFFUL)));
                }
                else
                {
                    c = AddGaps(gaps, c, ReverseShuffle((fl << 32) | (fr & 0x00000000FFFFFFFFUL)));
                    c = AddGaps(gaps, c, ReverseShuffle((fl & 0xFFFFFFFF00000000UL) | (fr >> 32)));
                }
            }
        }

        // Appends a half with function map f (stream order from bit 63) to gaps at c; returns the next index.
        private static int AddGaps(byte[] gaps, int c, ulong f)
        {
            int head = c, t = 0;
            int free = 64 - QrMask.PopCount(f);
            c += 2;
            if (free == 0)
            {
                // No free position: PlaceNarrow skips the half.
                f = 0;
            }
            while (f != 0)
            {
                int z = QrMask.LeadingZeros(f);
                f <<= z;
                t += z;
                // f has a 1 at the top and zeros shifted in at the bottom, so ~f is not 0.
                int n = QrMask.LeadingZeros(~f);
                f <<= n;
                gaps[c++] = (byte)t;
                gaps[c++] = (byte)n;
                t += n;
            }
            gaps[head] = (byte)free;
            gaps[head + 1] = (byte)((c - head - 2) >> 1);
            return c;
        }

        /// <summary>
        /// Writes the 15 format bits for a level and mask (both copies) and the dark module into the unmasked
        /// matrix (and its transpose unless markFunction); with markFunction also marks them as function modules.
        /// Without markFunction only the bits that differ from the format drawn last are flipped (the mask search
        /// redraws the format 8 times per encode).
        /// </summary>
        public static void DrawFormatBits(QrWorkspace ws, int version, QrErrorCorrection ecc, int mask, bool markFunction)
        {
            int size = QrTables.SizeOf(version);
            int words = (size + 63) >> 6;
            int bits = QrTables.FormatBits(ecc, mask);
            if (!markFunction)
            {
                if (words == 1)
                {
                    FlipFormatNarrow(ws, size, bits ^ ws.DrawnFormat);
                }
                else
                {
                    FlipFormatBits(ws, words, size, bits ^ ws.DrawnFormat);
                }
                ws.DrawnFormat = bits;
                return;
            }
            for (int i = 0; i < 15; i++)
            {
                bool dark = ((bits >> i) & 1) != 0;
                SetFunction(ws, words, FormatX[i], FormatY[i], dark);
                if (i < 8)
                {
                    SetFunction(ws, words, size - 1 - i, 8, dark);
                }
                else
                {
                    SetFunction(ws, words, 8, size - 15 + i, dark);
                }
            }
            SetFunction(ws, words, 8, size - 8, true);
            ws.DrawnFormat = bits;
        }

        // Module of format bit i's first copy, around the top-left finder (ISO/IEC 18004 §7.9.1).
        private static readonly int[] FormatX = { 8, 8, 8, 8, 8, 8, 8, 8, 7, 5, 4, 3, 2, 1, 0 };
        private static readonly int[] FormatY = { 0, 1, 2, 3, 4, 5, 7, 8, 8, 8, 8, 8, 8, 8, 8 };

        // Inverts the format modules (both copies, in Base and BaseT) of the set bits of delta, lowest first.
        private static void FlipFormatBits(QrWorkspace ws, int words, int size, int delta)
        {
            ulong[] bas = ws.Base, baseT = ws.BaseT;
            while (delta != 0)
            {
                int i = LowBit[(int)(((uint)(delta & -delta) * 0x077CB531U) >> 27)];
                delta &= delta - 1;
                int ax = FormatX[i], ay = FormatY[i];
                int bx = i < 8 ? size - 1 - i : 8;
                int by = i < 8 ? 8 : size - 15 + i;
                bas[ay * words + (ax >> 6)] ^= Top >> (ax & 63);
                baseT[ax * words + (ay >> 6)] ^= Top >> (ay & 63);
                bas[by * words + (bx >> 6)] ^= Top >> (bx & 63);
                baseT[bx * words + (by >> 6)] ^= Top >> (by & 63);
            }
        }

        // Symbols up to 64 wide: the format modules of row 8 and of column 8 as two line words (bit 63 - x or 63 - y),
        // XORed into row 8 and column 8 whole and into the crossing lines one bit each (no branch per bit).
        private static void FlipFormatNarrow(QrWorkspace ws, int size, int delta)
        {
            ulong[] bas = ws.Base, baseT = ws.BaseT;
            // Row 8: bits 9..14 at x = 5..0, bit 8 at x = 7, bit 7 at x = 8, bits 0..7 at x = size - 1 - i.
            ulong row = ((ulong)(delta >> 9) << 58) | ((ulong)((delta >> 7) & 3) << 55) | ((ulong)(delta & 0xFF) << (64 - size));
            // Column 8: bits 0..5 at y = 0..5, bit 6 at y = 7, bit 7 at y = 8, bits 8..14 at y = size - 15 + i.
            ulong col = ((ulong)(Reverse7[delta & 0x3F] >> 1) << 58) | ((ulong)((delta >> 6) & 1) << 56)
                | ((ulong)((delta >> 7) & 1) << 55) | ((ulong)Reverse7[delta >> 8] << (64 - size));
            bas[8] ^= row;
            baseT[8] ^= col;
            // Module (8, 8) is in both words above; every other format module is on one crossing line (lines 6
            // and size - 8 have none: their words' bits are 0).
            for (int i = 0; i < 8; i++)
            {
                bas[i] ^= ((col << i) & Top) >> 8;
                baseT[i] ^= ((row << i) & Top) >> 8;
            }
            for (int i = size - 8; i < size; i++)
            {
                bas[i] ^= ((col << i) & Top) >> 8;
                baseT[i] ^= ((row << i) & Top) >> 8;
            }
        }

        // Bit reversal of 7-bit values.
        private static readonly byte[] Reverse7 = BuildReverse7();

        private static byte[] BuildReverse7()
        {
            byte[] table = new byte[128];
            for (int v = 0; v < 128; v++)
            {
                int r = 0;
                for (int b = 0; b < 7; b++)
                {
                    r |= ((v >> b) & 1) << (6 - b);
                }
                table[v] = (byte)r;
            }
            return table;
        }

        // Index of a single set bit b of a 32-bit value, at (b * 0x077CB531) >> 27 (de Bruijn sequence).
        private static readonly byte[] LowBit =
        {
            0, 1, 28, 2, 29, 14, 24, 3, 30, 22, 20, 15, 25, 17, 4, 8,
            31, 27, 13, 23, 21, 19, 16, 7, 26, 12, 18, 6, 11, 5, 10, 9,
        };

        /// <summary>
        /// Places the interleaved codewords (data blocks then error correction blocks, ISO/IEC 18004 §7.6)
        /// in the two-column zigzag, skipping function modules, then refreshes the transposed copy.
        /// Remainder bits stay light.
        /// </summary>
        public static void PlaceCodewords(QrWorkspace ws, int version, QrErrorCorrection ecc)
        {
            int size = QrTables.SizeOf(version);
            int words = (size + 63) >> 6;
            int blocks = QrTables.Blocks(version, ecc);
            int eccLen = QrTables.EccCodewordsPerBlock(version, ecc);
            int total = QrTables.TotalCodewords(version);
            int dataTotal = total - blocks * eccLen;
            if (words == 1)
            {
                PlaceNarrow(ws, size, blocks, eccLen, dataTotal);
                return;
            }
            QrCodewordStream stream = ws.Stream;
            stream.Reset(ws.Codewords, blocks, eccLen, total, dataTotal);
            ulong[] func = ws.Func, bas = ws.Base;

            // Bit reservoir: the next `have` bits of the interleaved stream, most significant first.
            ulong acc = 0;
            int have = 0;
            for (int right = size - 1; right >= 1; right -= 2)
            {
                if (right == 6)
                {
                    right = 5;
                }
                int left = right - 1;
                int wr = right >> 6, wl = left >> 6;
                int sr = 63 - (right & 63), sl = 63 - (left & 63);
                bool upward = ((right + 1) & 2) == 0;
                int step = upward ? -words : words;
                int o = upward ? (size - 1) * words : 0;
                for (int vert = 0; vert < size; vert++, o += step)
                {
                    if (have < 2)
                    {
                        // Past the last codeword the stream gives zeros: remainder bits are light.
                        acc |= (ulong)stream.Next() << (56 - have);
                        have += 8;
                    }
                    if (wr == wl)
                    {
                        // Bit 0: right module, bit 1: left module; 1 = function module.
                        int f = (int)(func[o + wr] >> sr) & 3;
                        if (f == 0)
                        {
                            // First stream bit to the right module, second to the left (no data-dependent branch).
                            bas[o + wr] |= ((acc >> 63) << sr) | (((acc >> 62) & 1UL) << sl);
                            acc <<= 2;
                            have -= 2;
                        }
                        else if (f != 3)
                        {
                            bas[o + wr] |= (acc >> 63) << (f == 1 ? sl : sr);
                            acc <<= 1;
                            have--;
                        }
                    }
                    else
                    {
                        // The pair straddles two words (symbols wider than 64 modules only).
                        if (((func[o + wr] >> sr) & 1UL) == 0)
                        {
                            bas[o + wr] |= (acc >> 63) << sr;
                            acc <<= 1;
                            have--;
                        }
                        if (((func[o + wl] >> sl) & 1UL) == 0)
                        {
                            bas[o + wl] |= (acc >> 63) << sl;
                            acc <<= 1;
                            have--;
                        }
                    }
                }
            }
            Transpose(bas, ws.BaseT, size, words);
        }

        /// <summary>
        /// Placement for symbols up to 64 wide. The interleaved codewords are packed into Base (free until the
        /// final transpose). Each half column pair takes its next stream bits as one word, opens its gaps
        /// (BuildGaps) with one shift each, and is unzipped into the two columns (upward halves reversed in the
        /// same 5 delta swaps). The columns go into the transposed matrix (its function modules are kept) and one
        /// 64x64 transpose gives the rows.
        /// </summary>
        private static void PlaceNarrow(QrWorkspace ws, int size, int blocks, int eccLen, int dataTotal)
        {
            ulong[] funcT = ws.FuncT, baseT = ws.BaseT, s = ws.Base;
            byte[] gaps = ws.Gaps;
            PackStream(ws.Codewords, s, blocks, eccLen, dataTotal);
            int c = 0, p = 0;
            for (int right = size - 1; right >= 1; right -= 2)
            {
                if (right == 6)
                {
                    right = 5;
                }
                ulong a = 0, b = 0;
                int free = gaps[c], n = gaps[c + 1];
                if (free != 0)
                {
                    a = Deposit(s, p, gaps, c + 2, n);
                    p += free;
                }
                c += 2 + 2 * n;
                free = gaps[c];
                n = gaps[c + 1];
                if (free != 0)
                {
                    b = Deposit(s, p, gaps, c + 2, n);
                    p += free;
                }
                c += 2 + 2 * n;
                ulong colR, colL;
                if (((right + 1) & 2) != 0)
                {
                    // Downward: unshuffle (odd bits, the right modules, to the high half).
                    a = Unshuffle(a);
                    b = Unshuffle(b);
                    colR = (a & 0xFFFFFFFF00000000UL) | (b >> 32);
                    colL = (a << 32) | (b & 0x00000000FFFFFFFFUL);
                }
                else
                {
                    // Upward: reverse then unshuffle (right modules to the low half), half a holds rows 63-32.
                    a = ReverseUnshuffle(a);
                    b = ReverseUnshuffle(b);
                    colR = (b << 32) | (a & 0x00000000FFFFFFFFUL);
                    colL = (b & 0xFFFFFFFF00000000UL) | (a >> 32);
                }
                int left = right - 1;
                baseT[right] = (baseT[right] & funcT[right]) | colR;
                baseT[left] = (baseT[left] & funcT[left]) | colL;
            }
            // The rows are the transpose of the columns (Base has 64 rows for this; rows past the edge stay 0).
            Transpose64(baseT, s);
        }

        // The next 64 stream bits from bit p, spread over the half's free positions: each gap moves the bits
        // below its start down by its length (the last free bit falls off, as do the bits after it).
        private static ulong Deposit(ulong[] s, int p, byte[] gaps, int c, int n)
        {
            int r = p & 63;
            int q = p >> 6;
            ulong x = (s[q] << r) | ((s[q + 1] >> 1) >> (63 - r));
            for (int end = c + 2 * n; c < end; c += 2)
            {
                ulong low = ~0UL >> gaps[c];
                x = (x & ~low) | ((x & low) >> gaps[c + 1]);
            }
            return x;
        }

        /// <summary>
        /// Packs the final codeword sequence (§7.6: data codewords round-robin over the blocks, short blocks ending
        /// one early, then error correction codewords round-robin) big-endian into s, followed by two zero words.
        /// </summary>
        private static void PackStream(byte[] cw, ulong[] s, int blocks, int eccLen, int dataTotal)
        {
            int shortData = dataTotal / blocks;
            int numShort = blocks - dataTotal % blocks;
            ulong acc = 0;
            int j = 0, w = 0;
            for (int i = 0; i < shortData; i++)
            {
                // Short blocks are shortData apart, long blocks (from numShort on) one more.
                int src = i;
                for (int b = 0; b < numShort; b++, src += shortData)
                {
                    acc = (acc << 8) | cw[src];
                    if ((++j & 7) == 0)
                    {
                        s[w++] = acc;
                    }
                }
                for (int b = numShort; b < blocks; b++, src += shortData + 1)
                {
                    acc = (acc << 8) | cw[src];
                    if ((++j & 7) == 0)
                    {
                        s[w++] = acc;
                    }
                }
            }
            for (int src = numShort * shortData + shortData; src < dataTotal; src += shortData + 1)
            {
                acc = (acc << 8) | cw[src];
                if ((++j & 7) == 0)
                {
                    s[w++] = acc;
                }
            }
            for (int i = 0; i < eccLen; i++)
            {
                for (int src = dataTotal + i, b = 0; b < blocks; b++, src += eccLen)
                {
                    acc = (acc << 8) | cw[src];
                    if ((++j & 7) == 0)
                    {
                        s[w++] = acc;
                    }
                }
            }
            if ((j & 7) != 0)
            {
                s[w++] = acc << ((8 - (j & 7)) << 3);
            }
            s[w] = 0;
            s[w + 1] = 0;
        }

        // Outer perfect unshuffle: odd bits (counted from bit 0) to the high half, even bits to the low half.
        private static ulong Unshuffle(ulong x)
        {
            ulong t = (x ^ (x >> 1)) & 0x2222222222222222UL;
            x ^= t ^ (t << 1);
            t = (x ^ (x >> 2)) & 0x0C0C0C0C0C0C0C0CUL;
            x ^= t ^ (t << 2);
            t = (x ^ (x >> 4)) & 0x00F000F000F000F0UL;
            x ^= t ^ (t << 4);
            t = (x ^ (x >> 8)) & 0x0000FF000000FF00UL;
            x ^= t ^ (t << 8);
            t = (x ^ (x >> 16)) & 0x00000000FFFF0000UL;
            return x ^ t ^ (t << 16);
        }

        // Unshuffle of the bit-reversed word: each swap also complements both index bits it exchanges.
        private static ulong ReverseUnshuffle(ulong x)
        {
            ulong t = (x ^ (x >> 3)) & 0x1111111111111111UL;
            x ^= t ^ (t << 3);
            t = (x ^ (x >> 6)) & 0x0303030303030303UL;
            x ^= t ^ (t << 6);
            t = (x ^ (x >> 12)) & 0x000F000F000F000FUL;
            x ^= t ^ (t << 12);
            t = (x ^ (x >> 24)) & 0x000000FF000000FFUL;
            x ^= t ^ (t << 24);
            t = (x ^ (x >> 48)) & 0x000000000000FFFFUL;
            return x ^ t ^ (t << 48);
        }

        // Inverse of Unshuffle (its swaps in reverse order).
        private static ulong Shuffle(ulong x)
        {
            ulong t = (x ^ (x >> 16)) & 0x00000000FFFF0000UL;
            x ^= t ^ (t << 16);
            t = (x ^ (x >> 8)) & 0x0000FF000000FF00UL;
            x ^= t ^ (t << 8);
            t = (x ^ (x >> 4)) & 0x00F000F000F000F0UL;
            x ^= t ^ (t << 4);
            t = (x ^ (x >> 2)) & 0x0C0C0C0C0C0C0C0CUL;
            x ^= t ^ (t << 2);
            t = (x ^ (x >> 1)) & 0x2222222222222222UL;
            return x ^ t ^ (t << 1);
        }

        // Inverse of ReverseUnshuffle.
        private static ulong ReverseShuffle(ulong x)
        {
            ulong t = (x ^ (x >> 48)) & 0x000000000000FFFFUL;
            x ^= t ^ (t << 48);
            t = (x ^ (x >> 24)) & 0x000000FF000000FFUL;
            x ^= t ^ (t << 24);
            t = (x ^ (x >> 12)) & 0x000F000F000F000FUL;
            x ^= t ^ (t << 12);
            t = (x ^ (x >> 6)) & 0x0303030303030303UL;
            x ^= t ^ (t << 6);
            t = (x ^ (x >> 3)) & 0x1111111111111111UL;
            return x ^ t ^ (t << 3);
        }

        /// <summary>
        /// dst = transpose of the size x size bit matrix src (words 64-bit words per row), one 64x64 tile at a
        /// time, each transposed in place in dst (whose row count is a multiple of 64, see QrWorkspace).
        /// </summary>
        public static void Transpose(ulong[] src, ulong[] dst, int size, int words)
        {
            for (int tr = 0; tr < words; tr++)
            {
                for (int tc = 0; tc < words; tc++)
                {
                    int rows = size - (tr << 6);
                    int d = (tc << 6) * words + tr;
                    for (int i = 0; i < 64; i++)
                    {
                        dst[d + i * words] = i < rows ? src[((tr << 6) + i) * words + tc] : 0UL;
                    }
                    Transpose64(dst, d, words);
                }
            }
        }

        // In-place transpose of the 64x64 bit block a[o], a[o + stride], ..., bit 63 of a[o] top left
        // (Hacker's Delight 7-3, widened to 64 bits). The six swap levels commute, so they run in two passes over
        // 8 words held in locals: rows k, k + 8, ..., k + 56 for the 32-, 16- and 8-bit swaps, then rows
        // 8k to 8k + 7 for the 4-, 2- and 1-bit swaps.
        private static void Transpose64(ulong[] a, int o, int stride)
        {
            int step = stride << 3;
            for (int k = 0; k < 8; k++)
            {
                int i = o + k * stride;
                ulong a0 = a[i], a1 = a[i + step], a2 = a[i + 2 * step], a3 = a[i + 3 * step];
                ulong a4 = a[i + 4 * step], a5 = a[i + 5 * step], a6 = a[i + 6 * step], a7 = a[i + 7 * step];
                ulong t = (a0 ^ (a4 >> 32)) & 0x00000000FFFFFFFFUL; a0 ^= t; a4 ^= t << 32;
                t = (a1 ^ (a5 >> 32)) & 0x00000000FFFFFFFFUL; a1 ^= t; a5 ^= t << 32;
                t = (a2 ^ (a6 >> 32)) & 0x00000000FFFFFFFFUL; a2 ^= t; a6 ^= t << 32;
                t = (a3 ^ (a7 >> 32)) & 0x00000000FFFFFFFFUL; a3 ^= t; a7 ^= t << 32;
                t = (a0 ^ (a2 >> 16)) & 0x0000FFFF0000FFFFUL; a0 ^= t; a2 ^= t << 16;
                t = (a1 ^ (a3 >> 16)) & 0x0000FFFF0000FFFFUL; a1 ^= t; a3 ^= t << 16;
                t = (a4 ^ (a6 >> 16)) & 0x0000FFFF0000FFFFUL; a4 ^= t; a6 ^= t << 16;
                t = (a5 ^ (a7 >> 16)) & 0x0000FFFF0000FFFFUL; a5 ^= t; a7 ^= t << 16;
                t = (a0 ^ (a1 >> 8)) & 0x00FF00FF00FF00FFUL; a0 ^= t; a1 ^= t << 8;
                t = (a2 ^ (a3 >> 8)) & 0x00FF00FF00FF00FFUL; a2 ^= t; a3 ^= t << 8;
                t = (a4 ^ (a5 >> 8)) & 0x00FF00FF00FF00FFUL; a4 ^= t; a5 ^= t << 8;
                t = (a6 ^ (a7 >> 8)) & 0x00FF00FF00FF00FFUL; a6 ^= t; a7 ^= t << 8;
                a[i] = a0; a[i + step] = a1; a[i + 2 * step] = a2; a[i + 3 * step] = a3;
                a[i + 4 * step] = a4; a[i + 5 * step] = a5; a[i + 6 * step] = a6; a[i + 7 * step] = a7;
            }
            for (int k = 0; k < 8; k++)
            {
                int i = o + k * step;
                ulong a0 = a[i], a1 = a[i + stride], a2 = a[i + 2 * stride], a3 = a[i + 3 * stride];
                ulong a4 = a[i + 4 * stride], a5 = a[i + 5 * stride], a6 = a[i + 6 * stride], a7 = a[i + 7 * stride];
                ulong t = (a0 ^ (a4 >> 4)) & 0x0F0F0F0F0F0F0F0FUL; a0 ^= t; a4 ^= t << 4;
                t = (a1 ^ (a5 >> 4)) & 0x0F0F0F0F0F0F0F0FUL; a1 ^= t; a5 ^= t << 4;
                t = (a2 ^ (a6 >> 4)) & 0x0F0F0F0F0F0F0F0FUL; a2 ^= t; a6 ^= t << 4;
                t = (a3 ^ (a7 >> 4)) & 0x0F0F0F0F0F0F0F0FUL; a3 ^= t; a7 ^= t << 4;
                t = (a0 ^ (a2 >> 2)) & 0x3333333333333333UL; a0 ^= t; a2 ^= t << 2;
                t = (a1 ^ (a3 >> 2)) & 0x3333333333333333UL; a1 ^= t; a3 ^= t << 2;
                t = (a4 ^ (a6 >> 2)) & 0x3333333333333333UL; a4 ^= t; a6 ^= t << 2;
                t = (a5 ^ (a7 >> 2)) & 0x3333333333333333UL; a5 ^= t; a7 ^= t << 2;
                t = (a0 ^ (a1 >> 1)) & 0x5555555555555555UL; a0 ^= t; a1 ^= t << 1;
                t = (a2 ^ (a3 >> 1)) & 0x5555555555555555UL; a2 ^= t; a3 ^= t << 1;
                t = (a4 ^ (a5 >> 1)) & 0x5555555555555555UL; a4 ^= t; a5 ^= t << 1;
                t = (a6 ^ (a7 >> 1)) & 0x5555555555555555UL; a6 ^= t; a7 ^= t << 1;
                a[i] = a0; a[i + stride] = a1; a[i + 2 * stride] = a2; a[i + 3 * stride] = a3;
                a[i + 4 * stride] = a4; a[i + 5 * stride] = a5; a[i + 6 * stride] = a6; a[i + 7 * stride] = a7;
            }
        }

        // Transpose64 of src[0..63] into a[0..63] with constant offsets: fewer index operations, and the length
        // check lets the JIT drop the bounds checks.
        private static void Transpose64(ulong[] src, ulong[] a)
        {
            if (src.Length < 64 || a.Length < 64)
            {
                return;
            }
            for (int k = 0; k < 8; k++)
            {
                ulong a0 = src[k], a1 = src[k + 8], a2 = src[k + 16], a3 = src[k + 24];
                ulong a4 = src[k + 32], a5 = src[k + 40], a6 = src[k + 48], a7 = src[k + 56];
                ulong t = (a0 ^ (a4 >> 32)) & 0x00000000FFFFFFFFUL; a0 ^= t; a4 ^= t << 32;
                t = (a1 ^ (a5 >> 32)) & 0x00000000FFFFFFFFUL; a1 ^= t; a5 ^= t << 32;
                t = (a2 ^ (a6 >> 32)) & 0x00000000FFFFFFFFUL; a2 ^= t; a6 ^= t << 32;
                t = (a3 ^ (a7 >> 32)) & 0x00000000FFFFFFFFUL; a3 ^= t; a7 ^= t << 32;
                t = (a0 ^ (a2 >> 16)) & 0x0000FFFF0000FFFFUL; a0 ^= t; a2 ^= t << 16;
                t = (a1 ^ (a3 >> 16)) & 0x0000FFFF0000FFFFUL; a1 ^= t; a3 ^= t << 16;
                t = (a4 ^ (a6 >> 16)) & 0x0000FFFF0000FFFFUL; a4 ^= t; a6 ^= t << 16;
                t = (a5 ^ (a7 >> 16)) & 0x0000FFFF0000FFFFUL; a5 ^= t; a7 ^= t << 16;
                t = (a0 ^ (a1 >> 8)) & 0x00FF00FF00FF00FFUL; a0 ^= t; a1 ^= t << 8;
                t = (a2 ^ (a3 >> 8)) & 0x00FF00FF00FF00FFUL; a2 ^= t; a3 ^= t << 8;
                t = (a4 ^ (a5 >> 8)) & 0x00FF00FF00FF00FFUL; a4 ^= t; a5 ^= t << 8;
                t = (a6 ^ (a7 >> 8)) & 0x00FF00FF00FF00FFUL; a6 ^= t; a7 ^= t << 8;
                a[k] = a0; a[k + 8] = a1; a[k + 16] = a2; a[k + 24] = a3;
                a[k + 32] = a4; a[k + 40] = a5; a[k + 48] = a6; a[k + 56] = a7;
            }
            for (int k = 0; k < 8; k++)
            {
                int i = k << 3;
                ulong a0 = a[i], a1 = a[i + 1], a2 = a[i + 2], a3 = a[i + 3];
                ulong a4 = a[i + 4], a5 = a[i + 5], a6 = a[i + 6], a7 = a[i + 7];
                ulong t = (a0 ^ (a4 >> 4)) & 0x0F0F0F0F0F0F0F0FUL; a0 ^= t; a4 ^= t << 4;
                t = (a1 ^ (a5 >> 4)) & 0x0F0F0F0F0F0F0F0FUL; a1 ^= t; a5 ^= t << 4;
                t = (a2 ^ (a6 >> 4)) & 0x0F0F0F0F0F0F0F0FUL; a2 ^= t; a6 ^= t << 4;
                t = (a3 ^ (a7 >> 4)) & 0x0F0F0F0F0F0F0F0FUL; a3 ^= t; a7 ^= t << 4;
                t = (a0 ^ (a2 >> 2)) & 0x3333333333333333UL; a0 ^= t; a2 ^= t << 2;
                t = (a1 ^ (a3 >> 2)) & 0x3333333333333333UL; a1 ^= t; a3 ^= t << 2;
                t = (a4 ^ (a6 >> 2)) & 0x3333333333333333UL; a4 ^= t; a6 ^= t << 2;
                t = (a5 ^ (a7 >> 2)) & 0x3333333333333333UL; a5 ^= t; a7 ^= t << 2;
                t = (a0 ^ (a1 >> 1)) & 0x5555555555555555UL; a0 ^= t; a1 ^= t << 1;
                t = (a2 ^ (a3 >> 1)) & 0x5555555555555555UL; a2 ^= t; a3 ^= t << 1;
                t = (a4 ^ (a5 >> 1)) & 0x5555555555555555UL; a4 ^= t; a5 ^= t << 1;
                t = (a6 ^ (a7 >> 1)) & 0x5555555555555555UL; a6 ^= t; a7 ^= t << 1;
                a[i] = a0; a[i + 1] = a1; a[i + 2] = a2; a[i + 3] = a3;
                a[i + 4] = a4; a[i + 5] = a5; a[i + 6] = a6; a[i + 7] = a7;
            }
        }

        /// <summary>Bits of the last word of a row that lie past the right edge.</summary>
        public static ulong PadBits(int size, int words)
        {
            int spare = words * 64 - size;
            return spare == 0 ? 0UL : (~0UL >> (64 - spare));
        }

        private static void DrawFinder(QrWorkspace ws, int words, int size, int cx, int cy)
        {
            for (int dy = -4; dy <= 4; dy++)
            {
                for (int dx = -4; dx <= 4; dx++)
                {
                    int x = cx + dx, y = cy + dy;
                    if (x < 0 || x >= size || y < 0 || y >= size)
                    {
                        continue;
                    }
                    int dist = Max(Abs(dx), Abs(dy));
                    SetFunction(ws, words, x, y, dist != 2 && dist != 4);
                }
            }
        }

        private static void SetFunction(QrWorkspace ws, int words, int x, int y, bool dark)
        {
            Put(ws.Func, words, x, y, true);
            Put(ws.Base, words, x, y, dark);
        }

        private static void Put(ulong[] m, int words, int x, int y, bool dark)
        {
            int i = y * words + (x >> 6);
            ulong bit = Top >> (x & 63);
            if (dark)
            {
                m[i] |= bit;
            }
            else
            {
                m[i] &= ~bit;
            }
        }

        private static int Abs(int v)
        {
            return v < 0 ? -v : v;
        }

        private static int Max(int a, int b)
        {
            return a > b ? a : b;
        }
    }
}
