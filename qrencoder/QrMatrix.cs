namespace QrTerminal.Qr
{
    /// <summary>
    /// Draws function patterns and places codewords into the workspace's bit-packed matrices
    /// (row-major and transposed), ISO/IEC 18004 §6.3 and §7.7.3.
    /// </summary>
    internal static class QrMatrix
    {
        /// <summary>Clears the matrices for a version and draws every function pattern (format bits for mask 0).</summary>
        public static void DrawFunctionPatterns(QrWorkspace ws, int version)
        {
            int size = QrTables.SizeOf(version);
            int words = (size + 31) / 32;
            int n = size * words;
            uint[] func = ws.Func, bas = ws.Base, funcT = ws.FuncT, baseT = ws.BaseT;
            if (ws.PatternVersion == version)
            {
                // Same version as the last encode: the function map and function modules are still in place
                // (format bits are redrawn per mask); only the data modules need clearing.
                for (int i = 0; i < n; i++)
                {
                    bas[i] &= func[i];
                    baseT[i] &= funcT[i];
                }
                return;
            }
            ws.PatternVersion = version;
            // Bits past the right edge are marked "function" so masking never touches them.
            int spare = words * 32 - size;
            uint pad = spare == 0 ? 0u : (0xFFFFFFFFu >> (32 - spare));
            for (int i = 0; i < n; i++)
            {
                bool last = (i % words) == words - 1;
                func[i] = last ? pad : 0u;
                funcT[i] = last ? pad : 0u;
                bas[i] = 0u;
                baseT[i] = 0u;
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
        }

        /// <summary>
        /// Writes the 15 format bits for a level and mask (both copies) and the dark module into the unmasked
        /// matrices; with markFunction also marks those modules as function modules.
        /// </summary>
        public static void DrawFormatBits(QrWorkspace ws, int version, QrErrorCorrection ecc, int mask, bool markFunction)
        {
            int size = QrTables.SizeOf(version);
            int words = (size + 31) / 32;
            int bits = QrTables.FormatBits(ecc, mask);
            // First copy, around the top-left finder.
            for (int i = 0; i <= 5; i++)
            {
                Format(ws, words, 8, i, bits, i, markFunction);
            }
            Format(ws, words, 8, 7, bits, 6, markFunction);
            Format(ws, words, 8, 8, bits, 7, markFunction);
            Format(ws, words, 7, 8, bits, 8, markFunction);
            for (int i = 9; i < 15; i++)
            {
                Format(ws, words, 14 - i, 8, bits, i, markFunction);
            }
            // Second copy, split between the top-right and bottom-left finders.
            for (int i = 0; i < 8; i++)
            {
                Format(ws, words, size - 1 - i, 8, bits, i, markFunction);
            }
            for (int i = 8; i < 15; i++)
            {
                Format(ws, words, 8, size - 15 + i, bits, i, markFunction);
            }
            if (markFunction)
            {
                SetFunction(ws, words, 8, size - 8, true);
            }
        }

        /// <summary>
        /// Places the interleaved codewords (data blocks then error correction blocks, ISO/IEC 18004 §7.6)
        /// in the two-column zigzag, skipping function modules. Remainder bits stay light.
        /// </summary>
        public static void PlaceCodewords(QrWorkspace ws, int version, QrErrorCorrection ecc)
        {
            int size = QrTables.SizeOf(version);
            int words = (size + 31) / 32;
            int blocks = QrTables.Blocks(version, ecc);
            int eccLen = QrTables.EccCodewordsPerBlock(version, ecc);
            int total = QrTables.TotalCodewords(version);
            int dataTotal = total - blocks * eccLen;
            int shortData = dataTotal / blocks;           // data codewords of a short block
            int numShort = blocks - dataTotal % blocks;  // blocks with shortData codewords; the rest have one more
            byte[] cw = ws.Codewords;
            uint[] func = ws.Func, bas = ws.Base, baseT = ws.BaseT;

            // Interleaving cursor: index i within blocks, block b, phase 0 = data, 1 = ecc.
            int ii = 0, b = 0, phase = 0, placed = 0;
            int current = 0, bitsLeft = 0;
            for (int right = size - 1; right >= 1; right -= 2)
            {
                if (right == 6)
                {
                    right = 5;
                }
                bool upward = ((right + 1) & 2) == 0;
                for (int vert = 0; vert < size; vert++)
                {
                    int y = upward ? size - 1 - vert : vert;
                    for (int j = 0; j < 2; j++)
                    {
                        int x = right - j;
                        int idx = y * words + (x >> 5);
                        uint bit = 0x80000000u >> (x & 31);
                        if ((func[idx] & bit) != 0)
                        {
                            continue;
                        }
                        if (bitsLeft == 0)
                        {
                            if (placed == total)
                            {
                                continue; // remainder bits
                            }
                            // Next codeword in interleaved order.
                            if (phase == 0)
                            {
                                current = cw[b * shortData + (b > numShort ? b - numShort : 0) + ii];
                                while (true)
                                {
                                    b++;
                                    if (b == blocks)
                                    {
                                        b = 0;
                                        ii++;
                                    }
                                    if (ii == shortData && b < numShort)
                                    {
                                        continue; // short blocks have no codeword at this index
                                    }
                                    break;
                                }
                                if (ii > shortData || (ii == shortData && numShort == blocks))
                                {
                                    phase = 1;
                                    ii = 0;
                                    b = 0;
                                }
                            }
                            else
                            {
                                current = cw[dataTotal + b * eccLen + ii];
                                b++;
                                if (b == blocks)
                                {
                                    b = 0;
                                    ii++;
                                }
                            }
                            placed++;
                            bitsLeft = 8;
                        }
                        bitsLeft--;
                        if (((current >> bitsLeft) & 1) != 0)
                        {
                            bas[idx] |= bit;
                            baseT[x * words + (y >> 5)] |= 0x80000000u >> (y & 31);
                        }
                    }
                }
            }
        }

        private static void Format(QrWorkspace ws, int words, int x, int y, int bits, int i, bool markFunction)
        {
            bool dark = ((bits >> i) & 1) != 0;
            if (markFunction)
            {
                SetFunction(ws, words, x, y, dark);
            }
            else
            {
                Put(ws.Base, words, x, y, dark);
                Put(ws.BaseT, words, y, x, dark);
            }
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
            Put(ws.FuncT, words, y, x, true);
            Put(ws.Base, words, x, y, dark);
            Put(ws.BaseT, words, y, x, dark);
        }

        private static void Put(uint[] m, int words, int x, int y, bool dark)
        {
            int i = y * words + (x >> 5);
            uint bit = 0x80000000u >> (x & 31);
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
