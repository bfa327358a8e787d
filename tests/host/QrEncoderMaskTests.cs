using System;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using QrTerminal.Qr;

namespace QrTerminal.Tests
{

    /// <summary>
    /// The fast packed-row penalty (transition bits, transposed columns, early exit) against a straightforward
    /// module-by-module penalty written here after Nayuki's getPenaltyScore: the auto mask must be the first mask
    /// with the lowest reference score.
    /// </summary>
    [TestClass]
    public class QrEncoderMaskTests
    {
        private static int ReferencePenalty(QrCode qr)
        {
            int size = qr.Size;
            int result = 0;
            for (int pass = 0; pass < 2; pass++)
            {
                for (int a = 0; a < size; a++)
                {
                    bool runColor = false;
                    int run = 0;
                    var history = new int[7];
                    for (int b = 0; b < size; b++)
                    {
                        bool dark = pass == 0 ? qr.IsDark(b, a) : qr.IsDark(a, b);
                        if (dark == runColor)
                        {
                            run++;
                            if (run == 5) result += 3;
                            else if (run > 5) result++;
                        }
                        else
                        {
                            AddHistory(run, history, size);
                            if (!runColor) result += CountPatterns(history) * 40;
                            runColor = dark;
                            run = 1;
                        }
                    }
                    if (runColor)
                    {
                        AddHistory(run, history, size);
                        run = 0;
                    }
                    run += size;
                    AddHistory(run, history, size);
                    result += CountPatterns(history) * 40;
                }
            }
            for (int y = 0; y < size - 1; y++)
            {
                for (int x = 0; x < size - 1; x++)
                {
                    bool c = qr.IsDark(x, y);
                    if (c == qr.IsDark(x + 1, y) && c == qr.IsDark(x, y + 1) && c == qr.IsDark(x + 1, y + 1)) result += 3;
                }
            }
            int darkCount = 0;
            for (int y = 0; y < size; y++) for (int x = 0; x < size; x++) if (qr.IsDark(x, y)) darkCount++;
            int total = size * size;
            int k = (Math.Abs(darkCount * 20 - total * 10) + total - 1) / total - 1;
            return result + k * 10;
        }

        private static void AddHistory(int run, int[] history, int size)
        {
            if (history[0] == 0) run += size;
            Array.Copy(history, 0, history, 1, 6);
            history[0] = run;
        }

        private static int CountPatterns(int[] h)
        {
            int n = h[1];
            bool core = n > 0 && h[2] == n && h[3] == n * 3 && h[4] == n && h[5] == n;
            return (core && h[0] >= n * 4 && h[6] >= n ? 1 : 0) + (core && h[6] >= n * 4 && h[0] >= n ? 1 : 0);
        }

        private static readonly Gen<(string Text, int Ecc, int Version)> Case = Gen.Select(
            Gen.String[Gen.Char["0123456789ABCDEFGH abcxyz:/-é"], 0, 300], Gen.Int[0, 3], Gen.Int[1, 40]);

        [TestMethod]
        public void AutoMaskIsTheFirstMaskWithTheLowestReferencePenalty()
        {
            var ws = new QrWorkspace(40);
            var qr = QrCode.Allocate(40);
            Case.Sample(c =>
            {
                var o = new QrEncodeOptions { Ecc = (QrErrorCorrection)c.Ecc, MinVersion = c.Version, BoostEcc = false };
                int best = int.MaxValue, bestMask = -1;
                for (int mask = 0; mask < 8; mask++)
                {
                    o.Mask = mask;
                    QrEncoder.EncodeInto(c.Text, o, ws, qr);
                    int p = ReferencePenalty(qr);
                    if (p < best) { best = p; bestMask = mask; }
                }
                o.Mask = -1;
                QrEncoder.EncodeInto(c.Text, o, ws, qr);
                Assert.AreEqual(bestMask, qr.Mask, "v" + qr.Version + " " + c.Text);
            }, iter: 150, threads: 1);
        }
    }
}
