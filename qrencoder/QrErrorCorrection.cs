namespace QrTerminal.Qr
{
    /// <summary>QR error correction level (ISO/IEC 18004 §7.5.1), in increasing strength.</summary>
    public enum QrErrorCorrection
    {
        /// <summary>Recovers about 7% of codewords.</summary>
        L = 0,
        /// <summary>Recovers about 15% of codewords.</summary>
        M = 1,
        /// <summary>Recovers about 25% of codewords.</summary>
        Q = 2,
        /// <summary>Recovers about 30% of codewords.</summary>
        H = 3
    }
}
