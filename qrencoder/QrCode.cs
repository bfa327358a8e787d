namespace QrTerminal.Qr
{
    /// <summary>
    /// An encoded QR Code symbol: a square of modules, bit-packed by rows.
    /// Row y occupies <see cref="WordsPerRow"/> words of <see cref="Rows"/> starting at y * WordsPerRow;
    /// module x of that row is bit (31 - x % 32) of word x / 32, so the leftmost module is the most significant bit.
    /// 1 means dark. Renderers can blit whole words without a call per module.
    /// </summary>
    public sealed class QrCode
    {
        private int _version;
        private int _size;
        private int _wordsPerRow;
        private QrErrorCorrection _ecc;
        private int _mask;
        private uint[] _rows;

        /// <summary>Wraps already-packed rows (see the class remarks for the layout).</summary>
        public QrCode(int version, QrErrorCorrection ecc, int mask, uint[] rows)
        {
            Reset(version, ecc, mask, rows);
        }

        /// <summary>
        /// A result container whose rows can hold any symbol up to <paramref name="maxVersion"/>, for
        /// <see cref="QrEncoder.EncodeInto"/>. Until the first encode it reads as an all-light symbol of that version.
        /// </summary>
        public static QrCode Allocate(int maxVersion)
        {
            if (maxVersion < 1 || maxVersion > 40)
            {
                throw new System.ArgumentOutOfRangeException("maxVersion");
            }
            int size = maxVersion * 4 + 17;
            return new QrCode(maxVersion, QrErrorCorrection.M, 0, new uint[size * ((size + 31) / 32)]);
        }

        /// <summary>Re-points this instance at new content, so an encode can reuse it without allocating.</summary>
        public void Reset(int version, QrErrorCorrection ecc, int mask, uint[] rows)
        {
            if (version < 1 || version > 40)
            {
                throw new System.ArgumentOutOfRangeException("version");
            }
            int size = version * 4 + 17;
            int words = (size + 31) / 32;
            if (rows == null || rows.Length < words * size)
            {
                throw new System.ArgumentException("rows must hold at least size * wordsPerRow words", "rows");
            }
            _version = version;
            _size = size;
            _wordsPerRow = words;
            _ecc = ecc;
            _mask = mask;
            _rows = rows;
        }

        /// <summary>Version 1 to 40.</summary>
        public int Version { get { return _version; } }

        /// <summary>Modules per side: 4 * Version + 17.</summary>
        public int Size { get { return _size; } }

        /// <summary>Error correction level actually used (after any boost).</summary>
        public QrErrorCorrection Ecc { get { return _ecc; } }

        /// <summary>Mask pattern 0 to 7.</summary>
        public int Mask { get { return _mask; } }

        /// <summary>32-bit words per packed row: (Size + 31) / 32.</summary>
        public int WordsPerRow { get { return _wordsPerRow; } }

        /// <summary>The packed module rows (may be longer than Size * WordsPerRow when buffers are reused).</summary>
        public uint[] Rows { get { return _rows; } }

        /// <summary>True when the module at column x, row y is dark. Outside the symbol is light.</summary>
        public bool IsDark(int x, int y)
        {
            if ((uint)x >= (uint)_size || (uint)y >= (uint)_size)
            {
                return false;
            }
            return ((_rows[y * _wordsPerRow + (x >> 5)] >> (31 - (x & 31))) & 1) != 0;
        }
    }
}
