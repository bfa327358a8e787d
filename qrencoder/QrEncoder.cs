namespace QrTerminal.Qr
{
    /// <summary>
    /// QR Code Model 2 encoder (ISO/IEC 18004): optimal numeric/alphanumeric/byte segmentation, UTF-8 ECI
    /// only for non-ASCII text, versions 1-40, levels L/M/Q/H, automatic or fixed mask.
    /// <see cref="Encode(string, QrEncodeOptions)"/> allocates the symbol it returns;
    /// <see cref="EncodeInto"/> reuses a <see cref="QrWorkspace"/> and a result and allocates nothing.
    /// </summary>
    public static class QrEncoder
    {
        /// <summary>Encodes with default options at the given minimum level (boosted while the version does not grow).</summary>
        public static QrCode Encode(string text, QrErrorCorrection ecc)
        {
            QrEncodeOptions options = new QrEncodeOptions();
            options.Ecc = ecc;
            return Encode(text, options);
        }

        /// <summary>Encodes into a newly allocated symbol sized exactly for the chosen version.</summary>
        public static QrCode Encode(string text, QrEncodeOptions options)
        {
            Validate(text, options);
            int version = FindVersion(text, options.Ecc, options.MinVersion, options.MaxVersion);
            if (version < 0)
            {
                throw TooLong(text, options.Ecc, options.MaxVersion);
            }
            QrWorkspace ws = new QrWorkspace(version);
            QrCode result = QrCode.Allocate(version);
            EncodeInto(text, options, ws, result);
            return result;
        }

        /// <summary>
        /// Encodes into <paramref name="result"/> (whose rows must hold the chosen version; see
        /// <see cref="QrCode.Allocate"/>) using <paramref name="workspace"/>'s buffers. Allocates nothing unless it
        /// throws. Versions above <see cref="QrWorkspace.MaxVersion"/> are not used. Afterwards the workspace
        /// describes the segments (<see cref="QrWorkspace.SegmentCount"/>, <see cref="QrWorkspace.DataBits"/>).
        /// </summary>
        public static void EncodeInto(string text, QrEncodeOptions options, QrWorkspace workspace, QrCode result)
        {
            Validate(text, options);
            if (workspace == null)
            {
                throw new System.ArgumentNullException("workspace");
            }
            if (result == null)
            {
                throw new System.ArgumentNullException("result");
            }
            int maxVersion = options.MaxVersion < workspace.MaxVersion ? options.MaxVersion : workspace.MaxVersion;
            if (options.MinVersion > maxVersion)
            {
                throw new System.ArgumentException("MinVersion exceeds the workspace's MaxVersion", "options");
            }
            QrErrorCorrection ecc = options.Ecc;
            if (text.Length > workspace.MaxChars)
            {
                throw TooLong(text, ecc, maxVersion);
            }
            // Smallest version that fits, running the DP once per version class (the last run's records are used).
            int version = -1, packed = 0, dataBits = 0, cls = -1;
            for (int v = options.MinVersion; v <= maxVersion; v++)
            {
                int c = QrTables.VersionClass(v);
                if (c != cls)
                {
                    cls = c;
                    packed = QrSegmenter.Run(text, c, workspace.Modes);
                    dataBits = packed >> 3;
                }
                if (dataBits <= QrTables.DataBits(v, ecc))
                {
                    version = v;
                    break;
                }
            }
            if (version < 0)
            {
                throw TooLong(text, ecc, maxVersion);
            }
            int size = QrTables.SizeOf(version);
            if (result.Rows.Length < size * ((size + 31) / 32))
            {
                throw new System.ArgumentException("result rows are too small for version " + version.ToString(), "result");
            }

            if (options.BoostEcc)
            {
                for (int e = (int)ecc + 1; e <= (int)QrErrorCorrection.H; e++)
                {
                    if (dataBits <= QrTables.DataBits(version, (QrErrorCorrection)e))
                    {
                        ecc = (QrErrorCorrection)e;
                    }
                }
            }
            RecordSegments(workspace, text, packed);
            WriteData(workspace, text, version, ecc);
            WriteErrorCorrection(workspace, version, ecc);
            workspace.LastCodewords = QrTables.TotalCodewords(version);
            QrMatrix.DrawFunctionPatterns(workspace, version);
            QrMatrix.PlaceCodewords(workspace, version, ecc);

            int mask = options.Mask;
            if (mask < 0)
            {
                int best = int.MaxValue;
                for (int m = 0; m < 8; m++)
                {
                    QrMatrix.DrawFormatBits(workspace, version, ecc, m, false);
                    int score = QrMask.Score(workspace, size, m, best);
                    if (score < best)
                    {
                        best = score;
                        mask = m;
                    }
                }
            }
            QrMatrix.DrawFormatBits(workspace, version, ecc, mask, false);
            QrMask.Apply(workspace, size, mask, result.Rows);
            result.Reset(version, ecc, mask, result.Rows);
        }

        /// <summary>
        /// Smallest version in [minVersion, maxVersion] that holds the text at the level, or -1 when none does.
        /// Never throws for text that is too long; allocates nothing.
        /// </summary>
        public static int MinimumVersion(string text, QrErrorCorrection ecc, int minVersion, int maxVersion)
        {
            if (text == null)
            {
                throw new System.ArgumentNullException("text");
            }
            CheckRange(minVersion, maxVersion);
            CheckEcc(ecc);
            return FindVersion(text, ecc, minVersion, maxVersion);
        }

        /// <summary>Minimum data bits (ECI and segment headers included) of the text at a version.</summary>
        public static int DataBits(string text, int version)
        {
            if (text == null)
            {
                throw new System.ArgumentNullException("text");
            }
            CheckRange(version, version);
            return QrSegmenter.OptimalBits(text, QrTables.VersionClass(version));
        }

        /// <summary>The optimal segments of the text at a version, ECI header first when needed (allocates).</summary>
        public static QrSegment[] Segment(string text, int version)
        {
            if (text == null)
            {
                throw new System.ArgumentNullException("text");
            }
            CheckRange(version, version);
            QrWorkspace ws = new QrWorkspace(40);
            if (text.Length > ws.MaxChars)
            {
                throw TooLong(text, QrErrorCorrection.L, 40);
            }
            RecordSegments(ws, text, QrSegmenter.Run(text, QrTables.VersionClass(version), ws.Modes));
            return ws.GetSegments(version);
        }

        /// <summary>"L", "M", "Q" or "H" (Enum.ToString prints numbers on the device).</summary>
        public static string EccName(QrErrorCorrection ecc)
        {
            switch (ecc)
            {
                case QrErrorCorrection.L: return "L";
                case QrErrorCorrection.M: return "M";
                case QrErrorCorrection.Q: return "Q";
                default: return "H";
            }
        }

        private static int FindVersion(string text, QrErrorCorrection ecc, int minVersion, int maxVersion)
        {
            int cls = -1;
            int bits = 0;
            for (int v = minVersion; v <= maxVersion; v++)
            {
                int c = QrTables.VersionClass(v);
                if (c != cls)
                {
                    cls = c;
                    bits = QrSegmenter.OptimalBits(text, c);
                }
                if (bits <= QrTables.DataBits(v, ecc))
                {
                    return v;
                }
            }
            return -1;
        }

        private static QrDataTooLongException TooLong(string text, QrErrorCorrection ecc, int maxVersion)
        {
            int needed = QrSegmenter.OptimalBits(text, QrTables.VersionClass(maxVersion));
            return new QrDataTooLongException(needed, QrTables.DataBits(maxVersion, ecc), maxVersion, ecc);
        }

        private static void Validate(string text, QrEncodeOptions options)
        {
            if (text == null)
            {
                throw new System.ArgumentNullException("text");
            }
            if (options == null)
            {
                throw new System.ArgumentNullException("options");
            }
            CheckRange(options.MinVersion, options.MaxVersion);
            CheckEcc(options.Ecc);
            if (options.Mask < -1 || options.Mask > 7)
            {
                throw new System.ArgumentOutOfRangeException("options", "Mask must be -1 (auto) or 0-7");
            }
        }

        private static void CheckRange(int minVersion, int maxVersion)
        {
            if (minVersion < 1 || minVersion > 40 || maxVersion < 1 || maxVersion > 40)
            {
                throw new System.ArgumentOutOfRangeException("version", "versions must be 1-40");
            }
            if (minVersion > maxVersion)
            {
                throw new System.ArgumentException("MinVersion must not exceed MaxVersion", "version");
            }
        }

        private static void CheckEcc(QrErrorCorrection ecc)
        {
            if ((int)ecc < 0 || (int)ecc > 3)
            {
                throw new System.ArgumentOutOfRangeException("ecc");
            }
        }

        // Segments from the DP's run records (packed: QrSegmenter.Run's result).
        private static void RecordSegments(QrWorkspace ws, string text, int packed)
        {
            ws.SegCount = QrSegmenter.Backtrack(ws.Modes, text.Length, packed, ws.SegStart, ws.SegMode);
            ws.HasEci = (packed & 4) != 0;
            ws.LastDataBits = packed >> 3;
            ws.LastText = text;
        }

        // Bit stream (ISO/IEC 18004 §7.4): ECI, segments, terminator, bit padding, pad codewords 0xEC 0x11.
        // acc's low `bits` bits are not yet written; they go out 4 bytes at a time once 32 are pending, so
        // bits stays below 32 between items and below 64 after adding one (at most 32 bits).
        private static void WriteData(QrWorkspace ws, string text, int version, QrErrorCorrection ecc)
        {
            byte[] cw = ws.Codewords;
            byte[] table = QrSegmenter.AsciiAlnum;
            int capacity = QrTables.DataCodewords(version, ecc);
            int cls = QrTables.VersionClass(version);
            int countB = QrTables.CountBits(QrMode.Byte, cls);
            int countA = QrTables.CountBits(QrMode.Alphanumeric, cls);
            int countN = QrTables.CountBits(QrMode.Numeric, cls);
            ulong acc = 0;
            int bits = 0;
            int p = 0;
            if (ws.HasEci)
            {
                acc = ((int)QrMode.Eci << 8) | 26;
                bits = 12;
            }
            int segCount = ws.SegCount;
            for (int s = 0; s < segCount; s++)
            {
                int i = ws.SegStart[s];
                int end = s + 1 < segCount ? ws.SegStart[s + 1] : text.Length;
                int modeIndex = ws.SegMode[s];
                if (modeIndex == QrSegmenter.NumericIndex)
                {
                    acc = (acc << (4 + countN)) | (uint)(((int)QrMode.Numeric << countN) | (end - i));
                    bits += 4 + countN;
                    // Two 10-bit groups (6 digits) per step.
                    for (; i + 6 <= end; i += 6)
                    {
                        if (bits >= 32)
                        {
                            bits -= 32;
                            p = Write32(cw, p, (uint)(acc >> bits));
                        }
                        int g = text[i] * 100 + text[i + 1] * 10 + text[i + 2] - 111 * '0';
                        int h = text[i + 3] * 100 + text[i + 4] * 10 + text[i + 5] - 111 * '0';
                        acc = (acc << 20) | (uint)((g << 10) | h);
                        bits += 20;
                    }
                    if (bits >= 32)
                    {
                        bits -= 32;
                        p = Write32(cw, p, (uint)(acc >> bits));
                    }
                    int left = end - i;
                    if (left >= 3)
                    {
                        acc = (acc << 10) | (uint)(text[i] * 100 + text[i + 1] * 10 + text[i + 2] - 111 * '0');
                        bits += 10;
                        i += 3;
                        left -= 3;
                    }
                    if (left == 2)
                    {
                        acc = (acc << 7) | (uint)(text[i] * 10 + text[i + 1] - 11 * '0');
                        bits += 7;
                    }
                    else if (left == 1)
                    {
                        acc = (acc << 4) | (uint)(text[i] - '0');
                        bits += 4;
                    }
                }
                else if (modeIndex == QrSegmenter.AlnumIndex)
                {
                    acc = (acc << (4 + countA)) | (uint)(((int)QrMode.Alphanumeric << countA) | (end - i));
                    bits += 4 + countA;
                    // Two 11-bit pairs per step (values are table entries - 1).
                    for (; i + 4 <= end; i += 4)
                    {
                        if (bits >= 32)
                        {
                            bits -= 32;
                            p = Write32(cw, p, (uint)(acc >> bits));
                        }
                        int g = table[text[i]] * 45 + table[text[i + 1]] - 46;
                        int h = table[text[i + 2]] * 45 + table[text[i + 3]] - 46;
                        acc = (acc << 22) | (uint)((g << 11) | h);
                        bits += 22;
                    }
                    if (bits >= 32)
                    {
                        bits -= 32;
                        p = Write32(cw, p, (uint)(acc >> bits));
                    }
                    if (i + 2 <= end)
                    {
                        acc = (acc << 11) | (uint)(table[text[i]] * 45 + table[text[i + 1]] - 46);
                        bits += 11;
                        i += 2;
                    }
                    if (i < end)
                    {
                        acc = (acc << 6) | (uint)(table[text[i]] - 1);
                        bits += 6;
                    }
                }
                else
                {
                    int count = end - i;
                    if (ws.HasEci)
                    {
                        count = 0;
                        for (int k = i; k < end; k++)
                        {
                            count += text[k] < 0x80 ? 1 : QrSegmenter.Utf8Length(text, k);
                        }
                    }
                    acc = (acc << (4 + countB)) | (uint)(((int)QrMode.Byte << countB) | count);
                    bits += 4 + countB;
                    for (; i < end; i++)
                    {
                        if (bits >= 32)
                        {
                            bits -= 32;
                            p = Write32(cw, p, (uint)(acc >> bits));
                        }
                        int c = text[i];
                        if (c < 0x80)
                        {
                            acc = (acc << 8) | (uint)c;
                            bits += 8;
                        }
                        else
                        {
                            int len = QrSegmenter.Utf8Length(text, i);
                            acc = (acc << (8 * len)) | Utf8(text, i, len);
                            bits += 8 * len;
                        }
                    }
                }
                if (bits >= 32)
                {
                    bits -= 32;
                    p = Write32(cw, p, (uint)(acc >> bits));
                }
            }
            // Terminator (up to 4 zero bits), zero bits to the byte boundary, then pad codewords.
            int pos = p * 8 + bits;
            int terminator = capacity * 8 - pos < 4 ? capacity * 8 - pos : 4;
            int padStart = (pos + terminator + 7) >> 3;
            while (bits >= 8)
            {
                bits -= 8;
                cw[p++] = (byte)(acc >> bits);
            }
            if (bits > 0)
            {
                cw[p++] = (byte)(acc << (8 - bits));
            }
            while (p < padStart)
            {
                cw[p++] = 0;
            }
            for (int k = 0; p < capacity; p++, k++)
            {
                cw[p] = (byte)((k & 1) == 0 ? 0xEC : 0x11);
            }
        }

        // Error correction codewords of every block, after the data: short blocks first (§7.5.2).
        private static void WriteErrorCorrection(QrWorkspace ws, int version, QrErrorCorrection ecc)
        {
            QrReedSolomon.BlockRemainders(ws, ws.Codewords, QrTables.DataCodewords(version, ecc),
                QrTables.Blocks(version, ecc), QrTables.EccCodewordsPerBlock(version, ecc));
        }

        // Writes w big-endian at cw[p..p + 4) and returns p + 4.
        private static int Write32(byte[] cw, int p, uint w)
        {
            cw[p] = (byte)(w >> 24);
            cw[p + 1] = (byte)(w >> 16);
            cw[p + 2] = (byte)(w >> 8);
            cw[p + 3] = (byte)w;
            return p + 4;
        }

        // The len (0, 2, 3 or 4) UTF-8 bytes of text[i] (not ASCII) as one number, first byte highest; a valid
        // surrogate pair is written on its high half (its low half gives 0 bytes), a lone surrogate as U+FFFD.
        private static uint Utf8(string text, int i, int len)
        {
            int c = text[i];
            if (len == 2)
            {
                return (uint)(0xC080 | ((c << 2) & 0x1F00) | (c & 0x3F));
            }
            if (len == 4)
            {
                int cp = 0x10000 + ((c - 0xD800) << 10) + (text[i + 1] - 0xDC00);
                return (uint)(0xF0808080 | (uint)(((cp << 6) & 0x07000000) | ((cp << 4) & 0x3F0000) | ((cp << 2) & 0x3F00) | (cp & 0x3F)));
            }
            if (len == 3)
            {
                if (c >= 0xD800 && c <= 0xDFFF)
                {
                    c = 0xFFFD;
                }
                return (uint)(0xE08080 | ((c << 4) & 0x0F0000) | ((c << 2) & 0x3F00) | (c & 0x3F));
            }
            return 0;
        }
    }
}
