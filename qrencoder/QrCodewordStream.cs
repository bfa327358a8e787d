namespace QrTerminal.Qr
{
    /// <summary>
    /// Reads the final codeword sequence of ISO/IEC 18004 §7.6 straight out of the block-ordered buffer: data codewords
    /// round-robin over the blocks (short blocks end one codeword early), then error correction codewords round-robin,
    /// then zeros (remainder bits are light). Saves an interleaved copy of the codewords; one instance per workspace.
    /// </summary>
    internal sealed class QrCodewordStream
    {
        private byte[] _cw;
        private int _blocks, _eccLen, _total, _dataTotal, _shortData, _numShort;
        private int _next, _block, _index;

        /// <summary>Starts at the first codeword of <paramref name="cw"/> (data blocks, then EC blocks, block-ordered).</summary>
        public void Reset(byte[] cw, int blocks, int eccLen, int total, int dataTotal)
        {
            _cw = cw;
            _blocks = blocks;
            _eccLen = eccLen;
            _total = total;
            _dataTotal = dataTotal;
            _shortData = dataTotal / blocks;           // data codewords of a short block
            _numShort = blocks - dataTotal % blocks;   // blocks with _shortData codewords; the rest have one more
            _next = 0;
            _block = 0;
            _index = 0;
        }

        /// <summary>The next codeword in transmission order, or 0 after the last one.</summary>
        public int Next()
        {
            int value = 0;
            if (_next < _dataTotal)
            {
                // Data codeword _index of block _block; long blocks (from _numShort on) start one later per long block before them.
                value = _cw[_block * _shortData + (_block > _numShort ? _block - _numShort : 0) + _index];
                _block++;
                if (_block == _blocks)
                {
                    _block = 0;
                    _index++;
                    if (_index == _shortData)
                    {
                        _block = _numShort; // only the long blocks have a codeword at this index
                    }
                }
                if (_next + 1 == _dataTotal)
                {
                    _block = 0;
                    _index = 0;
                }
            }
            else if (_next < _total)
            {
                // Error correction codeword _index of block _block.
                value = _cw[_dataTotal + _block * _eccLen + _index];
                _block++;
                if (_block == _blocks)
                {
                    _block = 0;
                    _index++;
                }
            }
            _next++;
            return value;
        }
    }
}
