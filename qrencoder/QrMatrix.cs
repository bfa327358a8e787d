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
                // (format bits are redrawn per mask); only the data modules need clearing.
                for (int i = 0; i < n; i++)
                {
                    bas[i] &= func[i];
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
            QrCodewordStream stream = ws.Stream;
            stream.Reset(ws.Codewords, blocks, eccLen, total, dataTotal);
            ulong[] func = ws.Func, bas = ws.Base;
            if (words == 1)
            {
                PlaceNarrow(ws, size, stream);
                return;
            }

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
        /// Placement for symbols up to 64 wide: each column pair is built in two registers in stream order (the
        /// first row visited at bit 63), 8 rows (16 stream bits, unzipped) at a time where all 16 modules are free,
        /// and merged into the transposed matrix; one 64x64 transpose then gives the rows.
        /// </summary>
        private static void PlaceNarrow(QrWorkspace ws, int size, QrCodewordStream stream)
        {
            ulong[] funcT = ws.FuncT, baseT = ws.BaseT, bas = ws.Base;
            ulong acc = 0;
            int have = 0;
            int flip = 64 - size;
            for (int right = size - 1; right >= 1; right -= 2)
            {
                if (right == 6)
                {
                    right = 5;
                }
                int left = right - 1;
                bool upward = ((right + 1) & 2) == 0;
                // Free modules in stream order (bit 63 - k = k-th row visited).
                ulong freeR = ~funcT[right], freeL = ~funcT[left];
                if (upward)
                {
                    freeR = Reverse(freeR) << flip;
                    freeL = Reverse(freeL) << flip;
                }
                ulong colR = 0, colL = 0;
                for (int k = 0; k < size; k += 8)
                {
                    if (have < 16)
                    {
                        while (have <= 56)
                        {
                            acc |= (ulong)stream.Next() << (56 - have);
                            have += 8;
                        }
                    }
                    ulong fr = (freeR << k) >> 56, fl = (freeL << k) >> 56;
                    if ((fr & fl) == 0xFF)
                    {
                        // 8 rows, both modules free: even stream bits go right, odd ones left.
                        ulong t = acc >> 48;
                        ulong r = (t >> 1) & 0x5555UL, l = t & 0x5555UL;
                        r = (r | (r >> 1)) & 0x3333UL; l = (l | (l >> 1)) & 0x3333UL;
                        r = (r | (r >> 2)) & 0x0F0FUL; l = (l | (l >> 2)) & 0x0F0FUL;
                        r = (r | (r >> 4)) & 0xFFUL; l = (l | (l >> 4)) & 0xFFUL;
                        colR |= r << (56 - k);
                        colL |= l << (56 - k);
                        acc <<= 16;
                        have -= 16;
                    }
                    else
                    {
                        // Row by row (at most 16 bits, so the reservoir suffices).
                        for (int j = 0; j < 8; j++)
                        {
                            int sh = 63 - k - j;
                            if (sh < flip)
                            {
                                break;
                            }
                            if (((fr >> (7 - j)) & 1UL) != 0)
                            {
                                colR |= (acc >> 63) << sh;
                                acc <<= 1;
                                have--;
                            }
                            if (((fl >> (7 - j)) & 1UL) != 0)
                            {
                                colL |= (acc >> 63) << sh;
                                acc <<= 1;
                                have--;
                            }
                        }
                    }
                }
                if (upward)
                {
                    colR = Reverse(colR) << flip;
                    colL = Reverse(colL) << flip;
                }
                // The function modules of the last encode (same version) stay; the data modules are replaced.
                baseT[right] = (baseT[right] & funcT[right]) | colR;
                baseT[left] = (baseT[left] & funcT[left]) | colL;
            }
            // The rows are the transpose of the columns (Base has 64 rows for this; rows past the edge stay 0).
            for (int x = 0; x < 64; x++)
            {
                bas[x] = baseT[x];
            }
            Transpose64(bas, 0, 1);
        }

        // Bit reversal of a 64-bit word.
        private static ulong Reverse(ulong v)
        {
            v = ((v >> 1) & 0x5555555555555555UL) | ((v & 0x5555555555555555UL) << 1);
            v = ((v >> 2) & 0x3333333333333333UL) | ((v & 0x3333333333333333UL) << 2);
            v = ((v >> 4) & 0x0F0F0F0F0F0F0F0FUL) | ((v & 0x0F0F0F0F0F0F0F0FUL) << 4);
            v = ((v >> 8) & 0x00FF00FF00FF00FFUL) | ((v & 0x00FF00FF00FF00FFUL) << 8);
            v = ((v >> 16) & 0x0000FFFF0000FFFFUL) | ((v & 0x0000FFFF0000FFFFUL) << 16);
            return (v >> 32) | (v << 32);
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
        // (Hacker's Delight 7-3, widened to 64 bits).
        private static void Transpose64(ulong[] a, int o, int stride)
        {
            ulong m = 0x00000000FFFFFFFFUL;
            for (int j = 32; j != 0; )
            {
                for (int k = 0; k < 64; k = (k + j + 1) & ~j)
                {
                    int i0 = o + k * stride, i1 = o + (k + j) * stride;
                    ulong t = (a[i0] ^ (a[i1] >> j)) & m;
                    a[i0] ^= t;
                    a[i1] ^= t << j;
                }
                j >>= 1;
                m ^= m << j;
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
