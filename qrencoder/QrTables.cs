namespace QrTerminal.Qr
{
    /// <summary>
    /// Symbol geometry and capacity of ISO/IEC 18004 Model 2 (versions 1 to 40).
    /// Block tables are indexed [ecc * 41 + version] with ecc in L, M, Q, H order.
    /// </summary>
    public static class QrTables
    {
        // Error correction codewords per block (ISO/IEC 18004 Table 9).
        private static readonly byte[] EccPerBlock = new byte[]
        {
            0,  7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
            0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
            0, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
            0, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30
        };

        // Number of error correction blocks (ISO/IEC 18004 Table 9).
        private static readonly byte[] BlockCount = new byte[]
        {
            0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4,  4,  4,  4,  4,  6,  6,  6,  6,  7,  8,  8,  9,  9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25,
            0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5,  5,  8,  9,  9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
            0, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8,  8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68,
            0, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81
        };

        /// <summary>Modules per side: 4 * version + 17.</summary>
        public static int SizeOf(int version)
        {
            return version * 4 + 17;
        }

        /// <summary>Modules available for data and error correction (everything but function patterns).</summary>
        public static int RawDataModules(int version)
        {
            int result = (16 * version + 128) * version + 64;
            if (version >= 2)
            {
                int align = version / 7 + 2;
                result -= (25 * align - 10) * align - 55;
                if (version >= 7)
                {
                    result -= 36;
                }
            }
            return result;
        }

        /// <summary>Total codewords (data + error correction); leftover remainder bits are not counted.</summary>
        public static int TotalCodewords(int version)
        {
            return RawDataModules(version) / 8;
        }

        /// <summary>Error correction codewords in each block.</summary>
        public static int EccCodewordsPerBlock(int version, QrErrorCorrection ecc)
        {
            return EccPerBlock[(int)ecc * 41 + version];
        }

        /// <summary>Number of error correction blocks.</summary>
        public static int Blocks(int version, QrErrorCorrection ecc)
        {
            return BlockCount[(int)ecc * 41 + version];
        }

        /// <summary>Data codewords the symbol carries.</summary>
        public static int DataCodewords(int version, QrErrorCorrection ecc)
        {
            int i = (int)ecc * 41 + version;
            return TotalCodewords(version) - EccPerBlock[i] * BlockCount[i];
        }

        /// <summary>Data bits the symbol carries (mode headers and payload, excluding terminator and padding).</summary>
        public static int DataBits(int version, QrErrorCorrection ecc)
        {
            return DataCodewords(version, ecc) * 8;
        }

        /// <summary>0 for versions 1-9, 1 for 10-26, 2 for 27-40: the character-count width class.</summary>
        public static int VersionClass(int version)
        {
            return version <= 9 ? 0 : (version <= 26 ? 1 : 2);
        }

        /// <summary>Character count indicator width for a mode in a version class (ISO/IEC 18004 Table 3).</summary>
        public static int CountBits(QrMode mode, int versionClass)
        {
            switch (mode)
            {
                case QrMode.Numeric: return versionClass == 0 ? 10 : (versionClass == 1 ? 12 : 14);
                case QrMode.Alphanumeric: return versionClass == 0 ? 9 : (versionClass == 1 ? 11 : 13);
                case QrMode.Byte: return versionClass == 0 ? 8 : 16;
                case QrMode.Kanji: return versionClass == 0 ? 8 : (versionClass == 1 ? 10 : 12);
                default: return 0;
            }
        }

        /// <summary>
        /// Writes the centre coordinates of the alignment patterns (same list for rows and columns) into
        /// <paramref name="result"/> and returns how many there are (0 for version 1, at most 7).
        /// </summary>
        public static int AlignmentPositions(int version, int[] result)
        {
            if (version == 1)
            {
                return 0;
            }
            int count = version / 7 + 2;
            int step = version == 32 ? 26 : (version * 4 + count * 2 + 1) / (count * 2 - 2) * 2;
            result[0] = 6;
            int pos = version * 4 + 10;
            for (int i = count - 1; i >= 1; i--)
            {
                result[i] = pos;
                pos -= step;
            }
            return count;
        }

        /// <summary>The 15 format bits (BCH(15,5) with generator 0x537, XOR 0x5412) for a level and mask.</summary>
        public static int FormatBits(QrErrorCorrection ecc, int mask)
        {
            // Level indicators: L=01, M=00, Q=11, H=10.
            int level = ecc == QrErrorCorrection.L ? 1 : (ecc == QrErrorCorrection.M ? 0 : (ecc == QrErrorCorrection.Q ? 3 : 2));
            return FormatTable[(level << 3) | mask];
        }

        // Format bits by 5-bit data (level indicator, mask); the mask search looks them up 8 times per encode.
        private static readonly int[] FormatTable = BuildFormatTable();

        private static int[] BuildFormatTable()
        {
            int[] table = new int[32];
            for (int data = 0; data < 32; data++)
            {
                int rem = data;
                for (int i = 0; i < 10; i++)
                {
                    rem = (rem << 1) ^ (((rem >> 9) & 1) * 0x537);
                }
                table[data] = ((data << 10) | (rem & 0x3FF)) ^ 0x5412;
            }
            return table;
        }

        /// <summary>The 18 version bits (BCH(18,6), generator 0x1F25) for versions 7 to 40.</summary>
        public static int VersionBits(int version)
        {
            int rem = version;
            for (int i = 0; i < 12; i++)
            {
                rem = (rem << 1) ^ (((rem >> 11) & 1) * 0x1F25);
            }
            return (version << 12) | (rem & 0xFFF);
        }
    }
}
