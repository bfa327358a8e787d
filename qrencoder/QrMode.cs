namespace QrTerminal.Qr
{
    /// <summary>Segment modes; the values are the 4-bit mode indicators of ISO/IEC 18004 Table 2.</summary>
    public enum QrMode
    {
        /// <summary>Digits 0-9, 10 bits per 3 digits.</summary>
        Numeric = 1,
        /// <summary>0-9 A-Z space $ % * + - . / :, 11 bits per 2 characters.</summary>
        Alphanumeric = 2,
        /// <summary>UTF-8 bytes, 8 bits each.</summary>
        Byte = 4,
        /// <summary>Extended Channel Interpretation designator (this encoder emits only 26 = UTF-8).</summary>
        Eci = 7,
        /// <summary>Shift JIS double-byte characters (count widths only; this encoder does not emit Kanji).</summary>
        Kanji = 8
    }
}
