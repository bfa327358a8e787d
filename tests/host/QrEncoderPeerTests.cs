using System;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using QRCoder;
using QrTerminal.Qr;

namespace QrTerminal.Tests
{
    // Inside namespace QrTerminal.*, the name QrEncoder means the namespace; alias the class.

    /// <summary>
    /// Differential tests against QRCoder 1.8.1. QRCoder has no mask override, so each case reads QRCoder's
    /// chosen mask from its format bits and pins ours to it (auto-mask choice is not portable between libraries).
    /// </summary>
    [TestClass]
    public class QrEncoderPeerTests
    {
        private const int Quiet = 4; // QRCoder's ModuleMatrix includes a 4-module quiet zone.

        internal static bool[,] PeerMatrix(QRCodeData data)
        {
            int n = data.ModuleMatrix.Count - 2 * Quiet;
            var m = new bool[n, n];
            for (int y = 0; y < n; y++)
            {
                for (int x = 0; x < n; x++)
                {
                    m[x, y] = data.ModuleMatrix[y + Quiet][x + Quiet];
                }
            }
            return m;
        }

        /// <summary>Reads (level bits, mask) from the first format copy around the top-left finder, independently of our code.</summary>
        internal static int ReadMask(bool[,] m, out int levelBits)
        {
            int bits = 0;
            for (int i = 0; i <= 5; i++) bits |= (m[8, i] ? 1 : 0) << i;
            bits |= (m[8, 7] ? 1 : 0) << 6;
            bits |= (m[8, 8] ? 1 : 0) << 7;
            bits |= (m[7, 8] ? 1 : 0) << 8;
            for (int i = 9; i < 15; i++) bits |= (m[14 - i, 8] ? 1 : 0) << i;
            bits ^= 0x5412;
            levelBits = (bits >> 13) & 3;
            return (bits >> 10) & 7;
        }

        internal static void AssertSameMatrix(bool[,] expected, QrCode actual, string what)
        {
            int n = expected.GetLength(0);
            Assert.AreEqual(n, actual.Size, what + ": size");
            int diff = 0;
            string first = null;
            for (int y = 0; y < n; y++)
            {
                for (int x = 0; x < n; x++)
                {
                    if (expected[x, y] != actual.IsDark(x, y))
                    {
                        diff++;
                        first ??= "(" + x + "," + y + ")";
                    }
                }
            }
            Assert.AreEqual(0, diff, what + ": modules differ, first at " + first);
        }

        private static QRCodeGenerator.ECCLevel Peer(QrErrorCorrection e) => e switch
        {
            QrErrorCorrection.L => QRCodeGenerator.ECCLevel.L,
            QrErrorCorrection.M => QRCodeGenerator.ECCLevel.M,
            QrErrorCorrection.Q => QRCodeGenerator.ECCLevel.Q,
            _ => QRCodeGenerator.ECCLevel.H,
        };

        private static QrCode Pinned(string text, QrErrorCorrection ecc, int version, int mask, QrWorkspace ws = null)
        {
            var o = new QrEncodeOptions { Ecc = ecc, MinVersion = version, MaxVersion = version, Mask = mask, BoostEcc = false };
            ws ??= new QrWorkspace(version);
            QrCode result = QrCode.Allocate(version);
            QrEncoder.EncodeInto(text, o, ws, result);
            return result;
        }

        [TestMethod]
        public void HelloWorld1QMatchesQRCoderModuleForModule()
        {
            using var gen = new QRCodeGenerator();
            bool[,] peer = PeerMatrix(gen.CreateQrCode("HELLO WORLD", QRCodeGenerator.ECCLevel.Q));
            Assert.AreEqual(21, peer.GetLength(0));
            int mask = ReadMask(peer, out int level);
            Assert.AreEqual(3, level, "Q level bits");
            QrCode ours = Pinned("HELLO WORLD", QrErrorCorrection.Q, 1, mask);
            AssertSameMatrix(peer, ours, "HELLO WORLD 1-Q mask " + mask);
        }

        [TestMethod]
        public void Numeric01234567At1MMatchesQRCoderModuleForModule()
        {
            using var gen = new QRCodeGenerator();
            bool[,] peer = PeerMatrix(gen.CreateQrCode("01234567", QRCodeGenerator.ECCLevel.M));
            int mask = ReadMask(peer, out int level);
            Assert.AreEqual(0, level, "M level bits");
            QrCode ours = Pinned("01234567", QrErrorCorrection.M, 1, mask);
            AssertSameMatrix(peer, ours, "01234567 1-M mask " + mask);
        }

        [TestMethod]
        public void ByteModeMatchesQRCoderAtEveryVersionAndLevel()
        {
            // Lowercase text is a single byte segment for both encoders; QRCoder is told the version, we are
            // told its version and its mask. Covers every version 1-40 at every level: all block structures.
            using var gen = new QRCodeGenerator();
            var rng = new Random(1234);
            var ws = new QrWorkspace(40);
            int masksAgreed = 0, cases = 0;
            for (int version = 1; version <= 40; version++)
            {
                foreach (QrErrorCorrection ecc in new[] { QrErrorCorrection.L, QrErrorCorrection.M, QrErrorCorrection.Q, QrErrorCorrection.H })
                {
                    int capacityBytes = (QrTables.DataBits(version, ecc) - 4 - (version <= 9 ? 8 : 16)) / 8;
                    int len = 1 + rng.Next(capacityBytes);
                    var sb = new StringBuilder();
                    for (int i = 0; i < len; i++) sb.Append((char)('a' + rng.Next(26)));
                    string text = sb.ToString();
                    bool[,] peer = PeerMatrix(gen.CreateQrCode(text, Peer(ecc), forceUtf8: true, requestedVersion: version));
                    int mask = ReadMask(peer, out _);
                    QrCode ours = Pinned(text, ecc, version, mask, ws);
                    Assert.AreEqual(1, ws.SegmentCount);
                    Assert.AreEqual(QrMode.Byte, ws.SegmentMode(0));
                    AssertSameMatrix(peer, ours, "v" + version + "-" + ecc + " len " + len + " mask " + mask);
                    // Auto-mask agreement is information only: the libraries read N3 differently.
                    var auto = new QrEncodeOptions { Ecc = ecc, MinVersion = version, MaxVersion = version, BoostEcc = false };
                    QrCode mine = QrCode.Allocate(40);
                    QrEncoder.EncodeInto(text, auto, ws, mine);
                    if (mine.Mask == mask) masksAgreed++;
                    cases++;
                }
            }
            Console.WriteLine("auto mask agreed with QRCoder in " + masksAgreed + " of " + cases + " symbols");
        }

        [TestMethod]
        public void BinaryApiOfQRCoderPicksTheSameVersionAsOurByteSegments()
        {
            using var gen = new QRCodeGenerator();
            var rng = new Random(99);
            for (int k = 0; k < 60; k++)
            {
                int len = 1 + rng.Next(1200);
                var sb = new StringBuilder();
                for (int i = 0; i < len; i++) sb.Append((char)('a' + rng.Next(26)));
                string text = sb.ToString();
                var ecc = (QrErrorCorrection)rng.Next(4);
                if (QrEncoder.MinimumVersion(text, ecc, 1, 40) < 0) continue;
                QRCodeData data = gen.CreateQrCode(Encoding.ASCII.GetBytes(text), Peer(ecc));
                int peerVersion = (data.ModuleMatrix.Count - 2 * Quiet - 17) / 4;
                Assert.AreEqual(peerVersion, QrEncoder.MinimumVersion(text, ecc, 1, 40), "len " + len + " " + ecc);
            }
        }
    }
}
