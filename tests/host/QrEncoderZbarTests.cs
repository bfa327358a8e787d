using System;
using System.Text;
using System.Threading;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using QrTerminal.HostKit;
using QrTerminal.Qr;

namespace QrTerminal.Tests
{

    /// <summary>Round trips through zbar (zbarimg), an independent real decoder.</summary>
    [TestClass]
    public class QrEncoderZbarTests
    {
        /// <summary>PNG of the symbol with a 4-module light quiet zone.</summary>
        internal static byte[] Png(QrCode qr, int scale)
        {
            int n = qr.Size + 8;
            return HostKit.Png.Encode(n, n, (x, y) => qr.IsDark(x - 4, y - 4), scale);
        }

        private static string Expected(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));

        private static readonly Gen<string> Part = Gen.OneOf(
            Gen.Char["0123456789"].Array[1, 60].Select(a => new string(a)),
            Gen.Char["0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"].Array[1, 60].Select(a => new string(a)),
            Gen.Char["abcdefghijklmnopqrstuvwxyz"].Array[1, 40].Select(a => new string(a)),
            Gen.Char[' ', '~'].Array[1, 40].Select(a => new string(a)),
            Gen.Char["àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđĐ₫"].Array[1, 20].Select(a => new string(a)),
            Gen.Const("😀🏥"),
            Gen.Const("000201010212"));

        private static readonly Gen<(string Text, int Ecc, int MinVersion, int Mask, bool Boost)> Case =
            Gen.Select(Part.Array[1, 8].Select(p => string.Concat(p)), Gen.Int[0, 3], Gen.Int[1, 40], Gen.Int[-1, 7], Gen.Bool);

        [TestMethod]
        public void ThousandRandomSymbolsDecodeWithZbar()
        {
            // Random inputs (CsCheck picks new cases every run; a failure prints the seed to replay it).
            // Version coverage is guaranteed separately by EveryVersionAtEveryLevelDecodesWhenNearlyFull.
            int decoded = 0;
            var levels = new bool[4];
            Case.Sample(c =>
            {
                var o = new QrEncodeOptions { Ecc = (QrErrorCorrection)c.Ecc, MinVersion = c.MinVersion, Mask = c.Mask, BoostEcc = c.Boost };
                QrCode qr = QrEncoder.Encode(c.Text, o);
                Assert.IsTrue(qr.Version >= c.MinVersion);
                if (c.Mask >= 0) Assert.AreEqual(c.Mask, qr.Mask);
                string got = Zbar.DecodePng(Png(qr, 2));
                Assert.AreEqual(Expected(c.Text), got, "v" + qr.Version + "-" + QrEncoder.EccName(qr.Ecc) + " mask " + qr.Mask);
                lock (levels)
                {
                    levels[(int)qr.Ecc] = true;
                }
                Interlocked.Increment(ref decoded);
            }, iter: 1050, threads: 1);
            Assert.IsTrue(decoded >= 1000, decoded + " decoded");
            for (int e = 0; e < 4; e++) Assert.IsTrue(levels[e], "level " + e + " never generated");
        }

        [TestMethod]
        public void EveryVersionAtEveryLevelDecodesWhenNearlyFull()
        {
            // For each of the 160 version/level pairs: the longest mixed text (digits, letters, lowercase, Vietnamese)
            // that still fits that exact version, found by binary search on MinimumVersion, decodes with zbar.
            const string alphabet = "0123456789012345678901234567890123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:abcdefghijklmnopqrstuvwxyzệữĐ";
            for (int v = 1; v <= 40; v++)
            {
                for (int e = 0; e < 4; e++)
                {
                    var ecc = (QrErrorCorrection)e;
                    var rng = new Random(v * 4 + e);
                    var full = new StringBuilder();
                    for (int i = 0; i < 7100; i++) full.Append(alphabet[rng.Next(alphabet.Length)]);
                    int lo = 0, hi = full.Length; // fits(lo) holds, fits(hi) does not
                    while (hi - lo > 1)
                    {
                        int mid = (lo + hi) / 2;
                        if (QrEncoder.MinimumVersion(full.ToString(0, mid), ecc, 1, v) >= 0) lo = mid; else hi = mid;
                    }
                    string text = full.ToString(0, lo);
                    QrCode qr = QrEncoder.Encode(text, new QrEncodeOptions { Ecc = ecc, MinVersion = v, MaxVersion = v, BoostEcc = false });
                    Assert.AreEqual(v, qr.Version);
                    Assert.AreEqual(text, Zbar.DecodePng(Png(qr, 2)), "v" + v + "-" + QrEncoder.EccName(ecc) + " with " + text.Length + " chars");
                }
            }
        }

        [TestMethod]
        public void EveryPaymentVectorDecodesAtEveryLevel()
        {
            foreach (string text in QrEncoderVectors.PaymentVectors)
            {
                foreach (QrErrorCorrection ecc in new[] { QrErrorCorrection.L, QrErrorCorrection.M, QrErrorCorrection.Q, QrErrorCorrection.H })
                {
                    QrCode qr = QrEncoder.Encode(text, new QrEncodeOptions { Ecc = ecc, BoostEcc = false });
                    Assert.AreEqual(text, Zbar.DecodePng(Png(qr, 3)), text + " " + ecc);
                }
            }
            foreach (string text in new[] { QrEncoderVectors.P2, QrEncoderVectors.P3, QrEncoderVectors.P6 })
            {
                QrCode qr = QrEncoder.Encode(text, QrErrorCorrection.M);
                Assert.AreEqual(text, Zbar.DecodePng(Png(qr, 3)));
            }
        }

        [TestMethod]
        public void LargestPayloadPerModeAtVersion40LDecodes()
        {
            // ISO/IEC 18004 Table 7, 40-L: 7089 digits, 4296 alphanumeric, 2953 bytes. One more does not fit.
            var rng = new Random(7);
            foreach ((string alphabet, int max) in new[] { ("0123456789", 7089), ("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:", 4296), ("abcdefghijklmnopqrstuvwxyz", 2953) })
            {
                var sb = new StringBuilder();
                for (int i = 0; i < max; i++) sb.Append(alphabet[rng.Next(alphabet.Length)]);
                string text = sb.ToString();
                var o = new QrEncodeOptions { Ecc = QrErrorCorrection.L, BoostEcc = false };
                QrCode qr = QrEncoder.Encode(text, o);
                Assert.AreEqual(40, qr.Version);
                Assert.AreEqual(text, Zbar.DecodePng(Png(qr, 3)), alphabet.Length + " symbols");
                var ex = Assert.ThrowsExactly<QrDataTooLongException>(() => QrEncoder.Encode(text + alphabet[0], o));
                Assert.AreEqual(23648, ex.CapacityBits);
                Assert.AreEqual(40, ex.Version);
                StringAssert.Contains(ex.Message, "40-L holds 23648 bits");
            }
        }

        [TestMethod]
        public void BufferReusingEncodeDecodesAndAllocatesNothing()
        {
            var ws = new QrWorkspace(10);
            QrCode result = QrCode.Allocate(10);
            var o = new QrEncodeOptions();
            string[] texts = { QrEncoderVectors.P2, QrEncoderVectors.P6, QrEncoderVectors.PaymentVectors[8], "Bệnh viện 150.000 ₫" };
            foreach (string t in texts) QrEncoder.EncodeInto(t, o, ws, result); // warm up (JIT, statics)
            foreach (string t in texts)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                QrEncoder.EncodeInto(t, o, ws, result);
                long after = GC.GetAllocatedBytesForCurrentThread();
                Assert.AreEqual(0L, after - before, "bytes allocated encoding " + t);
                Assert.AreEqual(t, Zbar.DecodePng(Png(result, 3)));
            }
        }
    }
}
