namespace QrTerminal.Qr
{
    /// <summary>Thrown when the text does not fit the largest allowed version at the requested level.</summary>
    public sealed class QrDataTooLongException : System.Exception
    {
        private readonly int _neededBits;
        private readonly int _capacityBits;
        private readonly int _version;
        private readonly QrErrorCorrection _ecc;

        /// <summary>Creates the exception; the message names the need and the capacity.</summary>
        public QrDataTooLongException(int neededBits, int capacityBits, int version, QrErrorCorrection ecc)
            : base("QR data too long: needs " + neededBits.ToString() + " data bits; version " + version.ToString() + "-"
                   + QrEncoder.EccName(ecc) + " holds " + capacityBits.ToString() + " bits")
        {
            _neededBits = neededBits;
            _capacityBits = capacityBits;
            _version = version;
            _ecc = ecc;
        }

        /// <summary>Data bits the optimal segmentation needs at <see cref="Version"/>.</summary>
        public int NeededBits { get { return _neededBits; } }

        /// <summary>Data bits <see cref="Version"/> holds at <see cref="Ecc"/>.</summary>
        public int CapacityBits { get { return _capacityBits; } }

        /// <summary>The largest version that was allowed.</summary>
        public int Version { get { return _version; } }

        /// <summary>The requested error correction level.</summary>
        public QrErrorCorrection Ecc { get { return _ecc; } }
    }
}
