using System;
using System.Collections.Generic;
using System.Text;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using QrTerminal.Qr;

namespace QrTerminal.Tests
{

    /// <summary>
    /// Optimal segmentation against oracles written here with different algorithms: exhaustive enumeration of
    /// every per-char mode assignment (short strings) and Dijkstra over "segment [i, j) in mode m" edges (any length).
    /// </summary>
    [TestClass]
    public class QrEncoderSegmentationTests
    {
        private const string Alnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

        private static int CountBits(int mode, int version) => mode switch
        {
            0 => version <= 9 ? 10 : version <= 26 ? 12 : 14, // numeric
            1 => version <= 9 ? 9 : version <= 26 ? 11 : 13,  // alphanumeric
            _ => version <= 9 ? 8 : 16,                      // byte
        };

        private static bool Allowed(int mode, char c) => mode switch
        {
            0 => c >= '0' && c <= '9',
            1 => Alnum.IndexOf(c) >= 0,
            _ => true,
        };

        /// <summary>Bits of text[i..j) as one segment of a mode (header included), or -1.</summary>
        private static int SegmentBits(string text, int i, int j, int mode, int version)
        {
            for (int k = i; k < j; k++) if (!Allowed(mode, text[k])) return -1;
            int n = j - i;
            int payload = mode switch
            {
                0 => 10 * (n / 3) + new[] { 0, 4, 7 }[n % 3],
                1 => 11 * (n / 2) + 6 * (n % 2),
                _ => 8 * Encoding.UTF8.GetByteCount(text.Substring(i, n)),
            };
            return 4 + CountBits(mode, version) + payload;
        }

        private static int Eci(string text)
        {
            foreach (char c in text) if (c >= 0x80) return 12;
            return 0;
        }

        /// <summary>Shortest path from 0 to n over edges i -> j labelled with a mode, cost = that segment's bits.</summary>
        internal static int DijkstraBits(string text, int version)
        {
            int n = text.Length;
            if (n == 0) return 0;
            var dist = new int[n + 1];
            Array.Fill(dist, int.MaxValue);
            dist[0] = 0;
            var queue = new PriorityQueue<int, int>();
            queue.Enqueue(0, 0);
            var done = new bool[n + 1];
            while (queue.TryDequeue(out int i, out int d))
            {
                if (done[i]) continue;
                done[i] = true;
                if (i == n) break;
                for (int mode = 0; mode < 3; mode++)
                {
                    for (int j = i + 1; j <= n; j++)
                    {
                        // Never split a surrogate pair between segments.
                        if (j < n && char.IsLowSurrogate(text[j])) continue;
                        int bits = SegmentBits(text, i, j, mode, version);
                        if (bits < 0) break; // a longer segment in this mode contains the same bad char
                        if (d + bits < dist[j])
                        {
                            dist[j] = d + bits;
                            queue.Enqueue(j, dist[j]);
                        }
                    }
                }
            }
            return dist[n] + Eci(text);
        }

        /// <summary>Tries every assignment of a mode to each char (3^n) and sums the runs.</summary>
        private static int ExhaustiveBits(string text, int version)
        {
            int n = text.Length;
            if (n == 0) return 0;
            var modes = new int[n];
            int best = int.MaxValue;
            int total = 1;
            for (int i = 0; i < n; i++) total *= 3;
            for (int code = 0; code < total; code++)
            {
                int c = code;
                for (int i = 0; i < n; i++) { modes[i] = c % 3; c /= 3; }
                int bits = 0;
                for (int i = 0; i < n && bits >= 0;)
                {
                    int j = i + 1;
                    while (j < n && modes[j] == modes[i]) j++;
                    int b = SegmentBits(text, i, j, modes[i], version);
                    bits = b < 0 ? -1 : bits + b;
                    i = j;
                }
                if (bits >= 0 && bits < best) best = bits;
            }
            return best + Eci(text);
        }

        private static readonly Gen<string> ShortMixed =
            Gen.Char["0123456789ABZ $:/-abcé"].Array[0, 9].Select(a => new string(a));

        [TestMethod]
        public void DpEqualsExhaustiveSearchOnShortStrings()
        {
            ShortMixed.Sample(text =>
            {
                foreach (int version in new[] { 1, 10, 27 })
                {
                    Assert.AreEqual(ExhaustiveBits(text, version), QrEncoder.DataBits(text, version), "'" + text + "' v" + version);
                }
            }, iter: 400);
        }

        private static readonly Gen<string> LongMixed =
            Gen.OneOf(
                Gen.Char["0123456789"].Array[1, 30].Select(a => new string(a)),
                Gen.Char["0123456789ABCDEFXYZ $%*+-./:"].Array[1, 30].Select(a => new string(a)),
                Gen.Char["abcdefghxyz!?@#"].Array[1, 20].Select(a => new string(a)),
                Gen.String[Gen.Char.AlphaNumeric, 1, 20],
                Gen.Const("Bệnh viện Đức Giang ₫ 😀"))
            .Array[1, 12].Select(parts => string.Concat(parts));

        [TestMethod]
        public void DpEqualsDijkstraOnLongMixedStrings()
        {
            LongMixed.Sample(text =>
            {
                foreach (int version in new[] { 5, 20, 35 })
                {
                    Assert.AreEqual(DijkstraBits(text, version), QrEncoder.DataBits(text, version), text.Length + " chars v" + version);
                }
            }, iter: 300);
        }

        [TestMethod]
        public void SegmentsReportedByTheApiAddUpToTheBits()
        {
            LongMixed.Sample(text =>
            {
                QrSegment[] segs = QrEncoder.Segment(text, 8);
                int bits = 0, chars = 0;
                foreach (QrSegment s in segs)
                {
                    bits += s.Bits;
                    chars += s.Chars;
                    if (s.Mode == QrMode.Byte) Assert.AreEqual(Encoding.UTF8.GetByteCount(text.Substring(s.Start, s.Chars)), s.Count);
                }
                Assert.AreEqual(text.Length, chars);
                Assert.AreEqual(QrEncoder.DataBits(text, 8), bits);
            }, iter: 200);
        }

        /// <summary>
        /// The per-char DP the run-stepping one replaced: one step per char, switches compared with the same
        /// tie-breaks (stay, then byte, alphanumeric, numeric). Returns the bits and fills the mode index per char.
        /// </summary>
        private static int PerCharDp(string text, int version, int[] modes)
        {
            int n = text.Length;
            if (n == 0) return 0;
            const int Inf = 1 << 29;
            int[] head = { (4 + CountBits(2, version)) * 6, (4 + CountBits(1, version)) * 6, (4 + CountBits(0, version)) * 6 };
            var cost = new int[n + 1, 3];
            var from = new int[n, 3];
            for (int m = 0; m < 3; m++) cost[0, m] = head[m]; // before the text: every path pays its header
            bool eci = false;
            for (int i = 0; i < n; i++)
            {
                char c = text[i];
                eci |= c >= 0x80;
                int[] step =
                {
                    48 * (c < 0x80 ? 1 : char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]) ? 0
                        : char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]) ? 4 : Encoding.UTF8.GetByteCount(c.ToString())),
                    Alnum.IndexOf(c) >= 0 ? 33 : -1,
                    c >= '0' && c <= '9' ? 20 : -1,
                };
                for (int m = 0; m < 3; m++)
                {
                    if (step[m] < 0) { cost[i + 1, m] = Inf; continue; }
                    int best = cost[i, m], f = m;
                    for (int o = 0; o < 3; o++)
                    {
                        if (o == m || cost[i, o] >= Inf) continue;
                        int switched = (cost[i, o] + 5) / 6 * 6 + head[m];
                        if (switched < best) { best = switched; f = o; }
                    }
                    cost[i + 1, m] = best + step[m];
                    from[i, m] = f;
                }
            }
            int mode = 0;
            for (int m = 1; m < 3; m++) if ((cost[n, m] + 5) / 6 < (cost[n, mode] + 5) / 6) mode = m;
            int bits = (cost[n, mode] + 5) / 6 + (eci ? 12 : 0);
            for (int i = n - 1; i >= 0; i--) { modes[i] = mode; mode = from[i, mode]; }
            return bits;
        }

        private static readonly Gen<string> LongRuns =
            Gen.OneOf(
                Gen.Char["0123456789"].Array[200, 600].Select(a => new string(a)),
                Gen.Char["ABC $:"].Array[1, 300].Select(a => new string(a)),
                Gen.Char["abc\u00e9\ud83d\ude00\ud800\udc00"].Array[1, 300].Select(a => new string(a)),
                LongMixed)
            .Array[1, 4].Select(parts => string.Concat(parts));

        [TestMethod]
        public void RunDpChoosesTheSameModesAsAPerCharDp()
        {
            Gen.OneOf(LongMixed, ShortMixed, LongRuns).Sample(text =>
            {
                var modes = new byte[text.Length];
                var expected = new int[text.Length];
                foreach (int version in new[] { 5, 20, 35 })
                {
                    int bits = QrSegmenter.Segment(text, QrTables.VersionClass(version), modes);
                    Assert.AreEqual(PerCharDp(text, version, expected), bits, text.Length + " chars v" + version);
                    for (int i = 0; i < text.Length; i++) Assert.AreEqual(expected[i], modes[i], "char " + i + " of " + text.Length + " v" + version);
                }
            }, iter: 300);
        }

        private static void AssertVersion(string text, QrErrorCorrection ecc, int expectedVersion)
        {
            int v = QrEncoder.MinimumVersion(text, ecc, 1, 40);
            Assert.AreEqual(expectedVersion, v, ecc + " version");
            // The oracle agrees that it fits there and not one version lower.
            Assert.IsTrue(DijkstraBits(text, v) <= QrTables.DataBits(v, ecc));
            if (v > 1) Assert.IsTrue(DijkstraBits(text, v - 1) > QrTables.DataBits(v - 1, ecc));
        }

        [TestMethod]
        public void P2IsVersion5AtMFillingItExactly()
        {
            string p2 = QrEncoderVectors.P2;
            Assert.AreEqual(144, p2.Length);
            AssertVersion(p2, QrErrorCorrection.M, 5);
            Assert.AreEqual(688, QrEncoder.DataBits(p2, 5));
            Assert.AreEqual(688, QrTables.DataBits(5, QrErrorCorrection.M));
            Assert.AreEqual(688, DijkstraBits(p2, 5));
            AssertVersion(p2, QrErrorCorrection.L, 5);
            AssertVersion(p2, QrErrorCorrection.Q, 7);
            AssertVersion(p2, QrErrorCorrection.H, 8);
            // Optimal segments from the notes: N20 A1 N45 A8 N21 A49.
            QrSegment[] segs = QrEncoder.Segment(p2, 5);
            var sb = new StringBuilder();
            foreach (QrSegment s in segs) sb.Append(s.Mode == QrMode.Numeric ? "N" : s.Mode == QrMode.Alphanumeric ? "A" : "B").Append(s.Chars).Append(' ');
            Assert.AreEqual("N20 A1 N45 A8 N21 A49", sb.ToString().Trim());
        }

        [TestMethod]
        public void P3IsVersion6AtM()
        {
            Assert.AreEqual(145, QrEncoderVectors.P3.Length);
            AssertVersion(QrEncoderVectors.P3, QrErrorCorrection.M, 6);
            Assert.AreEqual(735, QrEncoder.DataBits(QrEncoderVectors.P3, 6));
            AssertVersion(QrEncoderVectors.P3, QrErrorCorrection.L, 5);
            AssertVersion(QrEncoderVectors.P3, QrErrorCorrection.Q, 8);
            AssertVersion(QrEncoderVectors.P3, QrErrorCorrection.H, 9);
        }

        [TestMethod]
        public void P6IsVersion5AtMAnd4AtL()
        {
            string p6 = QrEncoderVectors.P6;
            Assert.AreEqual(125, p6.Length);
            AssertVersion(p6, QrErrorCorrection.M, 5);
            Assert.AreEqual(640, QrEncoder.DataBits(p6, 5));
            AssertVersion(p6, QrErrorCorrection.L, 4);
            AssertVersion(p6, QrErrorCorrection.Q, 7);
            AssertVersion(p6, QrErrorCorrection.H, 8);
        }

        [TestMethod]
        public void EveryPaymentVectorGetsTheOracleOptimum()
        {
            foreach (string text in QrEncoderVectors.PaymentVectors)
            {
                foreach (QrErrorCorrection ecc in new[] { QrErrorCorrection.L, QrErrorCorrection.M, QrErrorCorrection.Q, QrErrorCorrection.H })
                {
                    int v = QrEncoder.MinimumVersion(text, ecc, 1, 40);
                    int oracle = 1;
                    while (DijkstraBits(text, oracle) > QrTables.DataBits(oracle, ecc)) oracle++;
                    Assert.AreEqual(oracle, v, text + " " + ecc);
                    Assert.AreEqual(DijkstraBits(text, v), QrEncoder.DataBits(text, v));
                }
                Console.WriteLine(text.Length + " chars: M v" + QrEncoder.MinimumVersion(text, QrErrorCorrection.M, 1, 40)
                    + " (" + QrEncoder.DataBits(text, 5) + " bits at v1-9)");
            }
        }
    }
}
