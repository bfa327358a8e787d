namespace QrTerminal.Qr
{
    /// <summary>
    /// Reed-Solomon error correction over GF(256) with the QR field polynomial x^8+x^4+x^3+x^2+1 (0x11D).
    /// The encoder packs the remainder in 64-bit words and adds a data byte's multiple of the generator with
    /// two nibble product lookups per word (tables in the workspace); the log/antilog form (one lookup per
    /// coefficient) stays as the reference.
    /// </summary>
    public static class QrReedSolomon
    {
        // Exp is doubled (510 entries) so log(a) + log(b) never needs a modulo.
        private static readonly byte[] Exp = new byte[512];
        private static readonly byte[] Log = new byte[256];
        // Generator polynomials by degree (1..30), as logs of the coefficients after the leading 1, highest first.
        private static readonly byte[][] GeneratorLogs = new byte[31][];

        static QrReedSolomon()
        {
            int x = 1;
            for (int i = 0; i < 255; i++)
            {
                Exp[i] = (byte)x;
                Exp[i + 255] = (byte)x;
                Log[x] = (byte)i;
                x <<= 1;
                if (x >= 256)
                {
                    x ^= 0x11D;
                }
            }
            Exp[510] = Exp[0];
            Exp[511] = Exp[1];
            byte[] coef = new byte[30];
            for (int degree = 1; degree <= 30; degree++)
            {
                ComputeGenerator(degree, coef);
                byte[] logs = new byte[degree];
                for (int i = 0; i < degree; i++)
                {
                    logs[i] = Log[coef[i]];
                }
                GeneratorLogs[degree] = logs;
            }
        }

        /// <summary>Product in GF(256).</summary>
        public static int Multiply(int a, int b)
        {
            if (a == 0 || b == 0)
            {
                return 0;
            }
            return Exp[Log[a] + Log[b]];
        }

        /// <summary>alpha^e for e in 0..254.</summary>
        public static int Power(int e)
        {
            return Exp[e % 255];
        }

        /// <summary>
        /// Writes the generator polynomial (x - a^0)(x - a^1)...(x - a^(degree-1)) without its leading 1,
        /// highest power first, into <paramref name="result"/>[0..degree).
        /// </summary>
        public static void ComputeGenerator(int degree, byte[] result)
        {
            if (degree < 1 || degree > 30)
            {
                throw new System.ArgumentOutOfRangeException("degree");
            }
            for (int i = 0; i < degree; i++)
            {
                result[i] = 0;
            }
            result[degree - 1] = 1;
            int root = 1;
            for (int i = 0; i < degree; i++)
            {
                for (int j = 0; j < degree; j++)
                {
                    int v = Multiply(result[j], root);
                    if (j + 1 < degree)
                    {
                        v ^= result[j + 1];
                    }
                    result[j] = (byte)v;
                }
                root = Multiply(root, 2);
            }
        }

        /// <summary>
        /// Computes the <paramref name="degree"/> error correction codewords of data[dataOffset..+dataLength)
        /// into ecc[eccOffset..+degree) with log/antilog tables, one lookup per coefficient. Allocates nothing;
        /// the encoder uses the faster overload with a workspace.
        /// </summary>
        public static void Remainder(byte[] data, int dataOffset, int dataLength, int degree, byte[] ecc, int eccOffset)
        {
            byte[] gen = GeneratorLogs[degree];
            byte[] exp = Exp;
            byte[] log = Log;
            int end = eccOffset + degree;
            for (int i = eccOffset; i < end; i++)
            {
                ecc[i] = 0;
            }
            int last = end - 1;
            for (int k = 0; k < dataLength; k++)
            {
                int factor = data[dataOffset + k] ^ ecc[eccOffset];
                if (factor == 0)
                {
                    for (int i = eccOffset; i < last; i++)
                    {
                        ecc[i] = ecc[i + 1];
                    }
                    ecc[last] = 0;
                }
                else
                {
                    // Shift by one coefficient and add factor * generator in the same pass.
                    int lf = log[factor];
                    int j = 0;
                    for (int i = eccOffset; i < last; i++, j++)
                    {
                        ecc[i] = (byte)(ecc[i + 1] ^ exp[lf + gen[j]]);
                    }
                    ecc[last] = exp[lf + gen[j]];
                }
            }
        }

        /// <summary>
        /// Same result as <see cref="Remainder(byte[], int, int, int, byte[], int)"/>, but the remainder is packed
        /// in up to four 64-bit words (first byte at the top of word 0), and each data byte costs one shift and two
        /// lookups per word in nibble product tables kept in <paramref name="ws"/> (rebuilt only when the degree
        /// changes). The ecc range may follow the data in the same array. Allocates nothing.
        /// </summary>
        public static void Remainder(QrWorkspace ws, byte[] data, int dataOffset, int dataLength, int degree, byte[] ecc, int eccOffset)
        {
            ulong[] t = Table(ws, degree);
            Single(t, data, dataOffset, dataLength, degree, ecc, eccOffset);
        }

        /// <summary>
        /// Error correction of every block of a QR symbol, in place: codewords[0..dataCodewords) is the data, split
        /// into <paramref name="blocks"/> blocks (the shorter ones first, the others one byte longer); block b's
        /// <paramref name="degree"/> codewords go to codewords[dataCodewords + b * degree..). Allocates nothing.
        /// </summary>
        public static void BlockRemainders(QrWorkspace ws, byte[] codewords, int dataCodewords, int blocks, int degree)
        {
            ulong[] t = Table(ws, degree);
            if (codewords == null)
            {
                throw new System.ArgumentNullException("codewords");
            }
            if (blocks < 1 || dataCodewords < blocks || dataCodewords + blocks * degree > codewords.Length)
            {
                throw new System.ArgumentOutOfRangeException("blocks");
            }
            int shortLen = dataCodewords / blocks;
            int numShort = blocks - dataCodewords % blocks;
            int offset = 0;
            int eccOffset = dataCodewords;
            int b = 0;
            // Two blocks at a time where the remainder fits three words: two independent dependency chains.
            if (degree <= 24)
            {
                for (; b + 1 < blocks; b += 2)
                {
                    int lenA = b < numShort ? shortLen : shortLen + 1;
                    int lenB = b + 1 < numShort ? shortLen : shortLen + 1;
                    Pair(t, codewords, offset, lenA, offset + lenA, lenB, degree, eccOffset);
                    offset += lenA + lenB;
                    eccOffset += 2 * degree;
                }
            }
            for (; b < blocks; b++)
            {
                int len = b < numShort ? shortLen : shortLen + 1;
                Single(t, codewords, offset, len, degree, codewords, eccOffset);
                offset += len;
                eccOffset += degree;
            }
        }

        // The product tables of ws for the degree, rebuilt if it holds another one.
        private static ulong[] Table(QrWorkspace ws, int degree)
        {
            if (ws == null)
            {
                throw new System.ArgumentNullException("ws");
            }
            if (degree < 1 || degree > 30)
            {
                throw new System.ArgumentOutOfRangeException("degree");
            }
            ulong[] t = ws.RsTable;
            if (ws.RsDegree != degree)
            {
                BuildTable(t, degree);
                ws.RsDegree = degree;
            }
            return t;
        }

        // Per data byte f = data ^ top remainder byte: remainder = (remainder << 8) ^ f * generator, and by
        // linearity f * generator = t[f & 15] ^ t[64 + (f >> 4)], plane w (t[16w..], t[64 + 16w..]) holding
        // remainder bytes 8w..8w+7. The masks and constant offsets let the JIT drop the bounds checks.
        private static void Single(ulong[] t, byte[] data, int offset, int length, int degree, byte[] ecc, int eccOffset)
        {
            if (t.Length < 128)
            {
                return; // never (RsTable has 128 words); tells the JIT the table indices are in range
            }
            ulong w0 = 0, w1 = 0, w2 = 0, w3 = 0;
            int end = offset + length;
            if (degree <= 16)
            {
                for (int k = offset; k < end; k++)
                {
                    int f = data[k] ^ (int)(w0 >> 56);
                    int a = f & 15, b = (f >> 4) & 15;
                    w0 = ((w0 << 8) | (w1 >> 56)) ^ t[a] ^ t[b + 64];
                    w1 = (w1 << 8) ^ t[a + 16] ^ t[b + 80];
                }
            }
            else if (degree <= 24)
            {
                for (int k = offset; k < end; k++)
                {
                    int f = data[k] ^ (int)(w0 >> 56);
                    int a = f & 15, b = (f >> 4) & 15;
                    w0 = ((w0 << 8) | (w1 >> 56)) ^ t[a] ^ t[b + 64];
                    w1 = ((w1 << 8) | (w2 >> 56)) ^ t[a + 16] ^ t[b + 80];
                    w2 = (w2 << 8) ^ t[a + 32] ^ t[b + 96];
                }
            }
            else
            {
                for (int k = offset; k < end; k++)
                {
                    int f = data[k] ^ (int)(w0 >> 56);
                    int a = f & 15, b = (f >> 4) & 15;
                    w0 = ((w0 << 8) | (w1 >> 56)) ^ t[a] ^ t[b + 64];
                    w1 = ((w1 << 8) | (w2 >> 56)) ^ t[a + 16] ^ t[b + 80];
                    w2 = ((w2 << 8) | (w3 >> 56)) ^ t[a + 32] ^ t[b + 96];
                    w3 = (w3 << 8) ^ t[a + 48] ^ t[b + 112];
                }
            }
            Unpack(w0, w1, w2, w3, degree, ecc, eccOffset);
        }

        // Blocks A and B (lenA <= lenB <= lenA + 1, degree <= 24) interleaved; their ecc goes to data[eccOffset..)
        // and data[eccOffset + degree..). B's extra first byte is one step from a zero remainder: its product.
        private static void Pair(ulong[] t, byte[] data, int offA, int lenA, int offB, int lenB, int degree, int eccOffset)
        {
            if (t.Length < 128)
            {
                return; // never, as in Single
            }
            ulong w0 = 0, w1 = 0, w2 = 0, x0 = 0, x1 = 0, x2 = 0;
            if (lenB > lenA)
            {
                int f = data[offB];
                int a = f & 15, b = (f >> 4) & 15;
                x0 = t[a] ^ t[b + 64];
                x1 = t[a + 16] ^ t[b + 80];
                x2 = t[a + 32] ^ t[b + 96];
                offB++;
            }
            int d = offB - offA;
            int end = offA + lenA;
            if (degree <= 16)
            {
                for (int k = offA; k < end; k++)
                {
                    int f = data[k] ^ (int)(w0 >> 56);
                    int a = f & 15, b = (f >> 4) & 15;
                    int g = data[k + d] ^ (int)(x0 >> 56);
                    int c = g & 15, e = (g >> 4) & 15;
                    w0 = ((w0 << 8) | (w1 >> 56)) ^ t[a] ^ t[b + 64];
                    w1 = (w1 << 8) ^ t[a + 16] ^ t[b + 80];
                    x0 = ((x0 << 8) | (x1 >> 56)) ^ t[c] ^ t[e + 64];
                    x1 = (x1 << 8) ^ t[c + 16] ^ t[e + 80];
                }
            }
            else
            {
                for (int k = offA; k < end; k++)
                {
                    int f = data[k] ^ (int)(w0 >> 56);
                    int a = f & 15, b = (f >> 4) & 15;
                    int g = data[k + d] ^ (int)(x0 >> 56);
                    int c = g & 15, e = (g >> 4) & 15;
                    w0 = ((w0 << 8) | (w1 >> 56)) ^ t[a] ^ t[b + 64];
                    w1 = ((w1 << 8) | (w2 >> 56)) ^ t[a + 16] ^ t[b + 80];
                    w2 = (w2 << 8) ^ t[a + 32] ^ t[b + 96];
                    x0 = ((x0 << 8) | (x1 >> 56)) ^ t[c] ^ t[e + 64];
                    x1 = ((x1 << 8) | (x2 >> 56)) ^ t[c + 16] ^ t[e + 80];
                    x2 = (x2 << 8) ^ t[c + 32] ^ t[e + 96];
                }
            }
            Unpack(w0, w1, w2, 0, degree, data, eccOffset);
            Unpack(x0, x1, x2, 0, degree, data, eccOffset + degree);
        }

        // Writes the top degree bytes of w0..w3, highest first.
        private static void Unpack(ulong w0, ulong w1, ulong w2, ulong w3, int degree, byte[] ecc, int offset)
        {
            int end = offset + degree;
            ulong w = w0;
            for (int i = offset; i < end; i += 8)
            {
                if (end - i >= 8)
                {
                    ecc[i] = (byte)(w >> 56);
                    ecc[i + 1] = (byte)(w >> 48);
                    ecc[i + 2] = (byte)(w >> 40);
                    ecc[i + 3] = (byte)(w >> 32);
                    ecc[i + 4] = (byte)(w >> 24);
                    ecc[i + 5] = (byte)(w >> 16);
                    ecc[i + 6] = (byte)(w >> 8);
                    ecc[i + 7] = (byte)w;
                }
                else
                {
                    for (int j = i; j < end; j++)
                    {
                        ecc[j] = (byte)(w >> 56);
                        w <<= 8;
                    }
                }
                w = w1;
                w1 = w2;
                w2 = w3;
            }
        }

        // Plane w of the table (w = 0..3): t[16w + j] = j * g and t[64 + 16w + j] = (j << 4) * g for j in 0..15,
        // packed like the remainder, where g is generator bytes 8w..8w+7 (zero beyond the degree, so the planes
        // past it are zero and a remainder may run in more words than it needs).
        private static void BuildTable(ulong[] t, int degree)
        {
            byte[] gen = GeneratorLogs[degree];
            for (int plane = 0; plane < 4; plane++)
            {
                ulong g = 0;
                for (int i = 0; i < 8; i++)
                {
                    int k = plane * 8 + i;
                    g = (g << 8) | (k < degree ? Exp[gen[k]] : 0u);
                }
                int lo = plane * 16, hi = 64 + plane * 16;
                t[lo] = 0;
                t[hi] = 0;
                // g * 2^i at lo + 1, 2, 4, 8 (i = 0..3) and hi + 1, 2, 4, 8 (i = 4..7).
                for (int i = 0; i < 8; i++)
                {
                    t[(i < 4 ? lo : hi) + (1 << (i & 3))] = g;
                    // g * 2 in every byte at once: shift, then reduce the bytes whose top bit fell out by 0x1D.
                    g = ((g & 0x7F7F7F7F7F7F7F7FUL) << 1) ^ (((g >> 7) & 0x0101010101010101UL) * 0x1DUL);
                }
                for (int p = 2; p < 16; p <<= 1)
                {
                    for (int k = 1; k < p; k++)
                    {
                        t[lo + p + k] = t[lo + p] ^ t[lo + k];
                        t[hi + p + k] = t[hi + p] ^ t[hi + k];
                    }
                }
            }
        }
    }
}
