namespace QrTerminal.Qr
{
    /// <summary>
    /// Reed-Solomon error correction over GF(256) with the QR field polynomial x^8+x^4+x^3+x^2+1 (0x11D),
    /// table driven: log/antilog tables and generator polynomials kept as logarithms, so the inner loop is
    /// one table lookup and one XOR per coefficient.
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
        /// into ecc[eccOffset..+degree). Allocates nothing.
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
    }
}
