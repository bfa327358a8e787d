namespace QrTerminal.Qr
{
    /// <summary>One segment of an encoded symbol's bit stream (a run of characters in one mode, or the ECI header).</summary>
    public sealed class QrSegment
    {
        private readonly QrMode _mode;
        private readonly int _start;
        private readonly int _chars;
        private readonly int _count;
        private readonly int _bits;

        /// <summary>Creates a segment description.</summary>
        public QrSegment(QrMode mode, int start, int chars, int count, int bits)
        {
            _mode = mode;
            _start = start;
            _chars = chars;
            _count = count;
            _bits = bits;
        }

        /// <summary>Mode of the segment.</summary>
        public QrMode Mode { get { return _mode; } }

        /// <summary>Index of the first char (UTF-16 unit) of the text in this segment.</summary>
        public int Start { get { return _start; } }

        /// <summary>Chars (UTF-16 units) of the text in this segment; 0 for ECI.</summary>
        public int Chars { get { return _chars; } }

        /// <summary>Value of the character count indicator: chars, or UTF-8 bytes for byte mode; the designator for ECI.</summary>
        public int Count { get { return _count; } }

        /// <summary>Bits the segment takes, header included.</summary>
        public int Bits { get { return _bits; } }

        /// <summary>Lower-case mode name ("numeric", "alphanumeric", "byte", "eci", "kanji"); Enum.ToString is numeric on the device.</summary>
        public static string ModeName(QrMode mode)
        {
            switch (mode)
            {
                case QrMode.Numeric: return "numeric";
                case QrMode.Alphanumeric: return "alphanumeric";
                case QrMode.Byte: return "byte";
                case QrMode.Eci: return "eci";
                default: return "kanji";
            }
        }
    }
}
