namespace QrTerminal.Qr
{
    /// <summary>What <see cref="QrEncoder"/> may choose. Fields, so a caller can keep one instance and reuse it.</summary>
    public sealed class QrEncodeOptions
    {
        /// <summary>Minimum error correction level (may be raised by <see cref="BoostEcc"/>).</summary>
        public QrErrorCorrection Ecc = QrErrorCorrection.M;

        /// <summary>Smallest version to use (1-40).</summary>
        public int MinVersion = 1;

        /// <summary>Largest version allowed (1-40); text that needs more throws <see cref="QrDataTooLongException"/>.</summary>
        public int MaxVersion = 40;

        /// <summary>Mask pattern 0-7, or -1 to choose by the ISO penalty rules N1-N4.</summary>
        public int Mask = -1;

        /// <summary>Raise the error correction level as far as the chosen version still holds the data.</summary>
        public bool BoostEcc = true;
    }
}
