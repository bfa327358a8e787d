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
            // Smallest version that fits, segmenting once per version class (the last run is the one used).
            int version = -1, dataBits = 0, cls = -1;
            for (int v = options.MinVersion; v <= maxVersion; v++)
            {
                int c = QrTables.VersionClass(v);
                if (c != cls)
                {
                    cls = c;
                    dataBits = QrSegmenter.Segment(text, c, workspace.Modes);
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
            RecordSegments(workspace, text, dataBits);
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
            int bits = QrSegmenter.Segment(text, QrTables.VersionClass(version), ws.Modes);
            RecordSegments(ws, text, bits);
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

        // Turns per-char modes into segment runs.
        private static void RecordSegments(QrWorkspace ws, string text, int dataBits)
        {
            byte[] modes = ws.Modes;
            int count = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (i == 0 || modes[i] != modes[i - 1])
                {
                    ws.SegStart[count] = (short)i;
                    ws.SegMode[count] = modes[i];
                    count++;
                }
            }
            ws.SegCount = count;
            ws.HasEci = QrSegmenter.NeedsEci(text);
            ws.LastDataBits = dataBits;
            ws.LastText = text;
        }

        // Bit stream (ISO/IEC 18004 §7.4): ECI, segments, terminator, bit padding, pad codewords 0xEC 0x11.
        private static void WriteData(QrWorkspace ws, string text, int version, QrErrorCorrection ecc)
        {
            byte[] cw = ws.Codewords;
            int capacity = QrTables.DataCodewords(version, ecc);
            for (int i = 0; i < capacity; i++)
            {
                cw[i] = 0;
            }
            int cls = QrTables.VersionClass(version);
            int pos = 0;
            if (ws.HasEci)
            {
                pos = Put(cw, pos, (int)QrMode.Eci, 4);
                pos = Put(cw, pos, 26, 8);
            }
            for (int s = 0; s < ws.SegCount; s++)
            {
                int start = ws.SegStart[s];
                int end = s + 1 < ws.SegCount ? ws.SegStart[s + 1] : text.Length;
                int modeIndex = ws.SegMode[s];
                QrMode mode = QrSegmenter.ModeOf(modeIndex);
                int count = end - start;
                if (modeIndex == QrSegmenter.ByteIndex)
                {
                    count = 0;
                    for (int i = start; i < end; i++)
                    {
                        count += text[i] < 0x80 ? 1 : QrSegmenter.Utf8Length(text, i);
                    }
                }
                pos = Put(cw, pos, (int)mode, 4);
                pos = Put(cw, pos, count, QrTables.CountBits(mode, cls));
                if (modeIndex == QrSegmenter.NumericIndex)
                {
                    int i = start;
                    for (; i + 3 <= end; i += 3)
                    {
                        pos = Put(cw, pos, (text[i] - '0') * 100 + (text[i + 1] - '0') * 10 + (text[i + 2] - '0'), 10);
                    }
                    if (end - i == 2)
                    {
                        pos = Put(cw, pos, (text[i] - '0') * 10 + (text[i + 1] - '0'), 7);
                    }
                    else if (end - i == 1)
                    {
                        pos = Put(cw, pos, text[i] - '0', 4);
                    }
                }
                else if (modeIndex == QrSegmenter.AlnumIndex)
                {
                    int i = start;
                    for (; i + 2 <= end; i += 2)
                    {
                        pos = Put(cw, pos, QrSegmenter.AlphanumericValue(text[i]) * 45 + QrSegmenter.AlphanumericValue(text[i + 1]), 11);
                    }
                    if (i < end)
                    {
                        pos = Put(cw, pos, QrSegmenter.AlphanumericValue(text[i]), 6);
                    }
                }
                else
                {
                    for (int i = start; i < end; i++)
                    {
                        int c = text[i];
                        pos = c < 0x80 ? Put(cw, pos, c, 8) : PutUtf8(cw, pos, text, i);
                    }
                }
            }
            int capacityBits = capacity * 8;
            // Terminator (up to 4 zero bits) and zero bits to the byte boundary are already zero.
            int terminator = capacityBits - pos < 4 ? capacityBits - pos : 4;
            pos += terminator;
            pos = (pos + 7) / 8 * 8;
            for (int i = pos / 8, k = 0; i < capacity; i++, k++)
            {
                cw[i] = (byte)((k & 1) == 0 ? 0xEC : 0x11);
            }
        }

        // Error correction codewords of every block, after the data: short blocks first (§7.5.2).
        private static void WriteErrorCorrection(QrWorkspace ws, int version, QrErrorCorrection ecc)
        {
            QrReedSolomon.BlockRemainders(ws, ws.Codewords, QrTables.DataCodewords(version, ecc),
                QrTables.Blocks(version, ecc), QrTables.EccCodewordsPerBlock(version, ecc));
        }

        // ORs value's low count bits (at most 16, most significant first) at bit position pos; the buffer was
        // zeroed. Writes three whole bytes: the data area is always followed by error correction codewords
        // (overwritten later), so pos / 8 + 2 is inside the buffer.
        private static int Put(byte[] buffer, int pos, int value, int count)
        {
            int v = (value & ((1 << count) - 1)) << (24 - (pos & 7) - count);
            int i = pos >> 3;
            buffer[i] |= (byte)(v >> 16);
            buffer[i + 1] |= (byte)(v >> 8);
            buffer[i + 2] |= (byte)v;
            return pos + count;
        }

        // UTF-8 of text[i]; a valid surrogate pair is written on its high half, a lone surrogate as U+FFFD.
        private static int PutUtf8(byte[] buffer, int pos, string text, int i)
        {
            int c = text[i];
            int len = QrSegmenter.Utf8Length(text, i);
            if (len == 0)
            {
                return pos; // low half of a pair, already written
            }
            if (len == 1)
            {
                return Put(buffer, pos, c, 8);
            }
            if (len == 2)
            {
                pos = Put(buffer, pos, 0xC0 | (c >> 6), 8);
                return Put(buffer, pos, 0x80 | (c & 0x3F), 8);
            }
            if (len == 4)
            {
                int cp = 0x10000 + ((c - 0xD800) << 10) + (text[i + 1] - 0xDC00);
                pos = Put(buffer, pos, 0xF0 | (cp >> 18), 8);
                pos = Put(buffer, pos, 0x80 | ((cp >> 12) & 0x3F), 8);
                pos = Put(buffer, pos, 0x80 | ((cp >> 6) & 0x3F), 8);
                return Put(buffer, pos, 0x80 | (cp & 0x3F), 8);
            }
            if (c >= 0xD800 && c <= 0xDFFF)
            {
                c = 0xFFFD;
            }
            pos = Put(buffer, pos, 0xE0 | (c >> 12), 8);
            pos = Put(buffer, pos, 0x80 | ((c >> 6) & 0x3F), 8);
            return Put(buffer, pos, 0x80 | (c & 0x3F), 8);
        }
    }
}
