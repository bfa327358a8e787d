using System;
using System.IO;
using System.Text;
using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using QrTerminal.Cli;
using QrTerminal.HostKit;

namespace QrTerminal.Tests
{
    /// <summary>`qrterminal encode`, run in-process with redirected console streams.</summary>
    [TestClass]
    public class QrEncoderCliTests
    {
        private static readonly object ConsoleLock = new object();

        private static (int Code, string Out, string Err) Run(string stdin, params string[] args)
        {
            lock (ConsoleLock)
            {
                TextReader oldIn = Console.In;
                TextWriter oldOut = Console.Out, oldErr = Console.Error;
                var o = new StringWriter();
                var e = new StringWriter();
                try
                {
                    Console.SetIn(new StringReader(stdin ?? ""));
                    Console.SetOut(o);
                    Console.SetError(e);
                    int code = EncodeCommand.Run(args);
                    return (code, o.ToString(), e.ToString());
                }
                finally
                {
                    Console.SetIn(oldIn);
                    Console.SetOut(oldOut);
                    Console.SetError(oldErr);
                }
            }
        }

        [TestMethod]
        public void JsonDescribesTheOptimalSymbol()
        {
            var r = Run(null, QrEncoderVectors.P2, "--json");
            Assert.AreEqual(0, r.Code, r.Err);
            string[] lines = r.Out.Trim().Split('\n');
            Assert.AreEqual(1, lines.Length);
            using JsonDocument doc = JsonDocument.Parse(lines[0]);
            JsonElement root = doc.RootElement;
            Assert.AreEqual(5, root.GetProperty("version").GetInt32());
            Assert.AreEqual("M", root.GetProperty("ecc").GetString());
            Assert.AreEqual(37, root.GetProperty("size").GetInt32());
            Assert.AreEqual(688, root.GetProperty("dataBits").GetInt32());
            int mask = root.GetProperty("mask").GetInt32();
            Assert.IsTrue(mask >= 0 && mask <= 7);
            var sb = new StringBuilder();
            foreach (JsonElement s in root.GetProperty("segments").EnumerateArray())
            {
                sb.Append(s.GetProperty("mode").GetString()[0]).Append(s.GetProperty("chars").GetInt32()).Append(' ');
            }
            Assert.AreEqual("n20 a1 n45 a8 n21 a49", sb.ToString().Trim());
        }

        [TestMethod]
        public void TerminalRenderingHasAQuietZoneAndDecodes()
        {
            foreach (bool lightBg in new[] { false, true })
            {
                var r = lightBg ? Run(null, QrEncoderVectors.P6, "--light-bg") : Run(null, QrEncoderVectors.P6);
                Assert.AreEqual(0, r.Code, r.Err);
                string[] lines = r.Out.TrimEnd('\n').Split('\n');
                int width = lines[0].Length;
                Assert.AreEqual(37 + 8, width, "v5 plus 4 modules each side");
                Assert.AreEqual((width + 1) / 2, lines.Length);
                // Rebuild the module grid from the glyphs: ink is light on a dark terminal, dark on a light one.
                var dark = new bool[width, width];
                for (int row = 0; row < lines.Length; row++)
                {
                    Assert.AreEqual(width, lines[row].Length);
                    for (int x = 0; x < width; x++)
                    {
                        char c = lines[row][x];
                        Assert.IsTrue(" ▀▄█".IndexOf(c) >= 0, "glyph " + c);
                        bool topInk = c == '█' || c == '▀', bottomInk = c == '█' || c == '▄';
                        dark[x, 2 * row] = topInk == lightBg;
                        if (2 * row + 1 < width) dark[x, 2 * row + 1] = bottomInk == lightBg;
                    }
                }
                for (int i = 0; i < width; i++)
                {
                    for (int q = 0; q < 4; q++)
                    {
                        Assert.IsFalse(dark[i, q] || dark[q, i] || dark[i, width - 1 - q] || dark[width - 1 - q, i], "quiet zone");
                    }
                }
                byte[] png = Png.Encode(width, width, (x, y) => dark[x, y], 3);
                Assert.AreEqual(QrEncoderVectors.P6, Zbar.DecodePng(png));
            }
        }

        [TestMethod]
        public void StdinBatchWritesOneJsonLineAndOnePngEach()
        {
            string dir = Path.Combine(Path.GetTempPath(), "qrcli-" + Guid.NewGuid().ToString("N"));
            try
            {
                string[] payloads = { QrEncoderVectors.P2, "HELLO WORLD", "Bệnh viện 150.000 ₫", QrEncoderVectors.PaymentVectors[8] };
                var r = Run(string.Join("\n", payloads) + "\n", "--png-dir", dir, "--scale", "2", "--ecc", "Q");
                Assert.AreEqual(0, r.Code, r.Err);
                string[] lines = r.Out.Trim().Split('\n');
                Assert.AreEqual(payloads.Length, lines.Length);
                for (int i = 0; i < payloads.Length; i++)
                {
                    using JsonDocument doc = JsonDocument.Parse(lines[i]);
                    int size = doc.RootElement.GetProperty("size").GetInt32();
                    Assert.AreEqual("Q", doc.RootElement.GetProperty("ecc").GetString());
                    byte[] png = File.ReadAllBytes(Path.Combine(dir, i + ".png"));
                    int w = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
                    Assert.AreEqual((size + 8) * 2, w, "scale 2 with a 4-module quiet zone");
                    Assert.AreEqual(payloads[i], Zbar.DecodePng(png), "png " + i);
                }
                string eci = lines[2];
                StringAssert.Contains(eci, "{\"mode\":\"eci\",\"chars\":0}");
            }
            finally
            {
                if (Directory.Exists(dir)) Directory.Delete(dir, true);
            }
        }

        [TestMethod]
        public void PngFileUsesScaleAndOptions()
        {
            string file = Path.Combine(Path.GetTempPath(), "qrcli-" + Guid.NewGuid().ToString("N") + ".png");
            try
            {
                var r = Run(null, "HELLO WORLD", "--png", file, "--scale", "3", "--mask", "6", "--min-version", "3", "--json");
                Assert.AreEqual(0, r.Code, r.Err);
                using JsonDocument doc = JsonDocument.Parse(r.Out);
                Assert.AreEqual(3, doc.RootElement.GetProperty("version").GetInt32());
                Assert.AreEqual(6, doc.RootElement.GetProperty("mask").GetInt32());
                Assert.AreEqual("M", doc.RootElement.GetProperty("ecc").GetString(), "no boost unless --boost");
                byte[] png = File.ReadAllBytes(file);
                Assert.AreEqual((29 + 8) * 3, (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19]);
                Assert.AreEqual("HELLO WORLD", Zbar.DecodePng(png));
                var boosted = Run(null, "HELLO WORLD", "--boost", "--json");
                StringAssert.Contains(boosted.Out, "\"ecc\":\"Q\"");
            }
            finally
            {
                File.Delete(file);
            }
        }

        [TestMethod]
        public void BadInputGetsClearErrorsAndExitCodes()
        {
            Assert.AreEqual(2, Run(null, "x", "--ecc", "Z").Code);
            Assert.AreEqual(2, Run(null, "x", "--mask", "8").Code);
            Assert.AreEqual(2, Run(null, "x", "--frobnicate").Code);
            Assert.AreEqual(2, Run(null, "x", "--png-dir", "d").Code);
            var tooLong = Run(null, new string('a', 3000), "--ecc", "L");
            Assert.AreEqual(1, tooLong.Code);
            StringAssert.Contains(tooLong.Err, "version 40-L holds 23648 bits");
            var batch = Run("ok\n" + new string('a', 3000) + "\n", "--ecc", "L");
            Assert.AreEqual(1, batch.Code);
            string[] lines = batch.Out.Trim().Split('\n');
            Assert.AreEqual(2, lines.Length);
            StringAssert.Contains(lines[1], "\"error\"");
        }
    }
}
