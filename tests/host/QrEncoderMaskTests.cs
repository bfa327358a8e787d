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
            return ReferencePenalty(qr.Size, qr.IsDark);
        }

        private static int ReferencePenalty(int size, Func<int, int, bool> isDark)
        {
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
                        bool dark = pass == 0 ? isDark(b, a) : isDark(a, b);
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
                    bool c = isDark(x, y);
                    if (c == isDark(x + 1, y) && c == isDark(x, y + 1) && c == isDark(x + 1, y + 1)) result += 3;
                }
            }
            int darkCount = 0;
            for (int y = 0; y < size; y++) for (int x = 0; x < size; x++) if (isDark(x, y)) darkCount++;
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
    
        [TestMethod]
        public void ScoreOfEveryMaskEqualsTheReferencePenalty()
        {
            // The exact score (no early exit) and the early-exit contract, for every mask of real symbols.
            var ws = new QrWorkspace(40);
            var qr = QrCode.Allocate(40);
            Case.Sample(c =>
            {
                var o = new QrEncodeOptions { Ecc = (QrErrorCorrection)c.Ecc, MinVersion = c.Version, BoostEcc = false };
                for (int mask = 0; mask < 8; mask++)
                {
                    o.Mask = mask;
                    QrEncoder.EncodeInto(c.Text, o, ws, qr);
                    CheckScore(ws, qr.Size, mask, ReferencePenalty(qr), "v" + qr.Version + " mask " + mask);
                }
            }, iter: 60, threads: 1);
        }

        [TestMethod]
        public void FinderGuaranteesNeverStopTheScanBelowTheExactScore()
        {
            // The narrow scan stops once its total plus what the finder patterns guarantee in unscanned lines reaches
            // the limit. With the limit one above the exact score it must never stop, for every narrow version,
            // level and mask (and with the limit at the score it must report at least the limit).
            var ws = new QrWorkspace(11);
            var qr = QrCode.Allocate(11);
            var rnd = new Random(20261123);
            const string chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:abcdefghij";
            for (int version = 1; version <= 11; version++)
            {
                for (int ecc = 0; ecc < 4; ecc++)
                {
                    for (int sample = 0; sample < 3; sample++)
                    {
                        int maxBytes = QrTables.DataBits(version, (QrErrorCorrection)ecc) / 8 - 3;
                        var text = new char[rnd.Next(maxBytes / 2, maxBytes + 1)];
                        for (int i = 0; i < text.Length; i++) text[i] = chars[rnd.Next(chars.Length)];
                        var o = new QrEncodeOptions { Ecc = (QrErrorCorrection)ecc, MinVersion = version, MaxVersion = version, BoostEcc = false };
                        for (int mask = 0; mask < 8; mask++)
                        {
                            o.Mask = mask;
                            QrEncoder.EncodeInto(new string(text), o, ws, qr);
                            int expected = ReferencePenalty(qr);
                            string what = "v" + version + " ecc " + ecc + " mask " + mask + " " + new string(text);
                            Assert.AreEqual(expected, QrMask.Score(ws, qr.Size, mask, expected + 1), what);
                            Assert.IsTrue(QrMask.Score(ws, qr.Size, mask, expected) >= expected, what);
                        }
                    }
                }
            }
        }

        [TestMethod]
        public void ScoreCountsPlantedFinderLikePatternsAtEveryScale()
        {
            // Synthetic matrices (no function modules) whose lines are random or built from 1:1:3:1:1 patterns at
            // scales 1-4 with random light margins, so every N3 path (scale 1, scale 2, run walking) is exercised,
            // in symbols up to and wider than 64 modules.
            var ws = new QrWorkspace(40);
            Gen.Select(Gen.Int[1, 40], Gen.Int[0, 7], Gen.Int).Sample(t =>
            {
                int version = t.Item1, mask = t.Item2;
                int size = version * 4 + 17;
                var rnd = new Random(t.Item3);
                var m = new bool[size, size];
                for (int y = 0; y < size; y++)
                {
                    FillLine(rnd, size, (x, v) => m[x, y] = v);
                }
                for (int x = 0; x < size; x++)
                {
                    if (rnd.Next(3) == 0)
                    {
                        FillLine(rnd, size, (y, v) => m[x, y] = v);
                    }
                }
                // The score reads Base ^ (pattern & ~Func), so Base is the unmasked matrix and Func only the padding.
                int words = (size + 63) >> 6;
                ulong pad = QrMatrix.PadBits(size, words);
                Array.Clear(ws.Base);
                Array.Clear(ws.Func);
                for (int y = 0; y < size; y++)
                {
                    ws.Func[y * words + words - 1] = pad;
                    for (int x = 0; x < size; x++)
                    {
                        if (m[x, y]) ws.Base[y * words + (x >> 6)] |= 0x8000000000000000UL >> (x & 63);
                    }
                }
                QrMatrix.Transpose(ws.Base, ws.BaseT, size, words);
                QrMatrix.Transpose(ws.Func, ws.FuncT, size, words);
                for (int x = 0; x < size; x++) ws.FuncT[x * words + words - 1] |= pad;
                ws.PatternVersion = 0; // the next encode redraws the function patterns
                int expected = ReferencePenalty(size, (x, y) => m[x, y] ^ QrMask.Inverts(mask, x, y));
                CheckScore(ws, size, mask, expected, "size " + size + " mask " + mask + " seed " + t.Item3);
            }, iter: 400, threads: 1);
        }

        private static void CheckScore(QrWorkspace ws, int size, int mask, int expected, string what)
        {
            Assert.AreEqual(expected, QrMask.Score(ws, size, mask, int.MaxValue), what);
            Assert.AreEqual(expected, QrMask.Score(ws, size, mask, expected + 1), what + " (limit above)");
            Assert.IsTrue(QrMask.Score(ws, size, mask, expected) >= expected, what + " (limit reached)");
        }

        // One line: random modules, or runs that often form finder-like patterns at scale 1-4.
        private static void FillLine(Random rnd, int size, Action<int, bool> set)
        {
            if (rnd.Next(4) == 0)
            {
                for (int i = 0; i < size; i++) set(i, rnd.Next(2) == 1);
                return;
            }
            int pos = 0;
            while (pos < size)
            {
                if (rnd.Next(2) == 0)
                {
                    int s = rnd.Next(1, 5);
                    int[] runs = { rnd.Next(0, 5 * s), s, s, 3 * s, s, s, rnd.Next(0, 5 * s) };
                    for (int r = 0; r < runs.Length; r++)
                    {
                        for (int k = 0; k < runs[r] && pos < size; k++) set(pos++, r % 2 == 1);
                    }
                }
                else
                {
                    bool dark = rnd.Next(2) == 1;
                    int len = rnd.Next(1, 7);
                    for (int k = 0; k < len && pos < size; k++) set(pos++, dark);
                }
            }
        }
    }
}
