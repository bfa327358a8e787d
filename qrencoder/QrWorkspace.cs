namespace QrTerminal.Qr
{
    /// <summary>
    /// Reusable work buffers for encoding symbols up to <see cref="MaxVersion"/>. Create one (it allocates
    /// <see cref="BufferBytes"/> bytes of arrays once), then <see cref="QrEncoder.EncodeInto"/> allocates nothing.
    /// Not thread-safe: one workspace per encoding thread. After an encode it describes the segments used.
    /// </summary>
    public sealed class QrWorkspace
    {
        private readonly int _maxVersion;
        private readonly int _maxChars;

        // One byte per char: the DP's run records (QrSegmenter.Run), read back into the segment table.
        internal readonly byte[] Modes;
        // Segments of the last encode (ECI not included; see HasEci).
        internal readonly short[] SegStart;
        internal readonly byte[] SegMode;
        internal int SegCount;
        internal bool HasEci;
        internal int LastDataBits;
        internal string LastText;
        internal int LastCodewords;
        // Version whose function patterns are currently drawn in Func/Base (0: none).
        internal int PatternVersion;
        // Format bits (15-bit value) currently drawn in Base and BaseT.
        internal int DrawnFormat;

        // Data codewords followed by the error correction codewords of every block (not interleaved).
        internal readonly byte[] Codewords;
        internal readonly QrCodewordStream Stream = new QrCodewordStream();

        // Bit-packed matrices, (size + 63) / 64 64-bit words per row: function-module map and unmasked symbol,
        // plus their transposes so column scans of the penalty are row scans too. The transposes have a multiple
        // of 64 rows, so each 64x64 tile can be transposed in place.
        internal readonly ulong[] Func;
        internal readonly ulong[] Base;
        internal readonly ulong[] FuncT;
        internal readonly ulong[] BaseT;
        // Two masked rows (previous and current) for the penalty scan of symbols wider than 64 modules.
        internal readonly ulong[] Line;
        internal readonly int[] Align = new int[7];
        // Reed-Solomon products of a byte's low and high nibble with the generator of degree RsDegree (0: none),
        // 4 planes of 16 words each (QrReedSolomon.BuildTable).
        internal readonly ulong[] RsTable = new ulong[128];
        internal int RsDegree;
        // Free positions and gaps of each column pair of the drawn version, for narrow placement (QrMatrix.BuildGaps).
        internal readonly byte[] Gaps;

        /// <summary>Allocates buffers for symbols up to <paramref name="maxVersion"/> (1-40).</summary>
        public QrWorkspace(int maxVersion)
        {
            if (maxVersion < 1 || maxVersion > 40)
            {
                throw new System.ArgumentOutOfRangeException("maxVersion", "version must be 1-40");
            }
            _maxVersion = maxVersion;
            int capacityBits = QrTables.DataBits(maxVersion, QrErrorCorrection.L);
            // Every char costs at least 10/3 bits, so no text that fits has more chars than this.
            _maxChars = capacityBits * 3 / 10 + 1;
            Modes = new byte[_maxChars];
            // A segment costs at least 18 bits (numeric header 14 + one digit 4).
            int maxSegments = capacityBits / 18 + 2;
            SegStart = new short[maxSegments];
            SegMode = new byte[maxSegments];
            Codewords = new byte[QrTables.TotalCodewords(maxVersion)];
            int size = QrTables.SizeOf(maxVersion);
            int words = (size + 63) / 64;
            Func = new ulong[size * words];
            // Narrow symbols transpose the columns into Base in place, so it needs 64 rows.
            Base = new ulong[words == 1 ? 64 : size * words];
            FuncT = new ulong[words * 64 * words];
            BaseT = new ulong[words * 64 * words];
            Line = new ulong[words * 2];
            // At most 5.7 bytes per module of width at v1-v11 (measured for each); wider symbols do not use it.
            Gaps = new byte[6 * QrTables.SizeOf(maxVersion < 11 ? maxVersion : 11)];
        }

        /// <summary>Largest version this workspace can encode.</summary>
        public int MaxVersion { get { return _maxVersion; } }

        /// <summary>Longest text (in chars) this workspace can segment.</summary>
        public int MaxChars { get { return _maxChars; } }

        /// <summary>Bytes held in this workspace's arrays (payload only, without object headers).</summary>
        public int BufferBytes
        {
            get
            {
                return Modes.Length + SegStart.Length * 2 + SegMode.Length + Codewords.Length
                    + (Func.Length + Base.Length + FuncT.Length + BaseT.Length + Line.Length + RsTable.Length) * 8
                    + Align.Length * 4 + Gaps.Length;
            }
        }

        /// <summary>Bytes of the result rows a symbol of this version needs (what <see cref="QrCode.Allocate"/> allocates).</summary>
        public static int ResultBytes(int version)
        {
            int size = QrTables.SizeOf(version);
            return size * ((size + 31) / 32) * 4;
        }

        /// <summary>Codewords of the last encode: data codewords, then each block's error correction codewords (not interleaved).</summary>
        public int CodewordCount { get { return LastCodewords; } }

        /// <summary>Codeword i of the last encode (see <see cref="CodewordCount"/>).</summary>
        public int Codeword(int i)
        {
            if (i < 0 || i >= LastCodewords)
            {
                throw new System.ArgumentOutOfRangeException("i");
            }
            return Codewords[i];
        }

        /// <summary>Data bits of the last encode (segment headers and ECI included; terminator and padding excluded).</summary>
        public int DataBits { get { return LastDataBits; } }

        /// <summary>True when the last encode started with the ECI(26) UTF-8 header.</summary>
        public bool UsedEci { get { return HasEci; } }

        /// <summary>Number of data segments in the last encode (the ECI header is not counted).</summary>
        public int SegmentCount { get { return SegCount; } }

        /// <summary>Mode of data segment i of the last encode.</summary>
        public QrMode SegmentMode(int i)
        {
            CheckSegment(i);
            return QrSegmenter.ModeOf(SegMode[i]);
        }

        /// <summary>First char index of data segment i of the last encode.</summary>
        public int SegmentStart(int i)
        {
            CheckSegment(i);
            return SegStart[i];
        }

        /// <summary>Chars (UTF-16 units) in data segment i of the last encode.</summary>
        public int SegmentChars(int i)
        {
            CheckSegment(i);
            int end = i + 1 < SegCount ? SegStart[i + 1] : LastText.Length;
            return end - SegStart[i];
        }

        /// <summary>The segments of the last encode, ECI header first when used (allocates the array).</summary>
        public QrSegment[] GetSegments(int version)
        {
            int cls = QrTables.VersionClass(version);
            int extra = HasEci ? 1 : 0;
            QrSegment[] result = new QrSegment[SegCount + extra];
            if (HasEci)
            {
                result[0] = new QrSegment(QrMode.Eci, 0, 0, 26, QrSegmenter.EciBits);
            }
            for (int i = 0; i < SegCount; i++)
            {
                int start = SegStart[i];
                int chars = SegmentChars(i);
                int modeIndex = SegMode[i];
                int count = chars;
                if (modeIndex == QrSegmenter.ByteIndex)
                {
                    count = 0;
                    for (int k = start; k < start + chars; k++)
                    {
                        count += QrSegmenter.Utf8Length(LastText, k);
                    }
                }
                QrMode mode = QrSegmenter.ModeOf(modeIndex);
                int bits = 4 + QrTables.CountBits(mode, cls) + QrSegmenter.PayloadBits(modeIndex, count);
                result[i + extra] = new QrSegment(mode, start, chars, count, bits);
            }
            return result;
        }

        private void CheckSegment(int i)
        {
            if (i < 0 || i >= SegCount)
            {
                throw new System.ArgumentOutOfRangeException("i");
            }
        }
    }
}
