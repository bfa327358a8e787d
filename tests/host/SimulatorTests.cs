using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using QrTerminal.Core;
using QrTerminal.Gateway;
using QrTerminal.HostKit;
using QrTerminal.Simulator;

namespace QrTerminal.Tests
{
    /// <summary>The simulator's host adapters: the HTTP transport against real faults, the terminal QR, the config.</summary>
    [TestClass]
    public sealed class SimulatorTests
    {
        [TestMethod]
        public void TerminalQrIsScannable()
        {
            // Turn the half-block text back into pixels and let zbar read it, as a phone reads the screen.
            string payload = "00020101021238570010A00000072701270006970436011300110001234560208QRIBFTTA53037045406150000" +
                             "5802VN62180114HD2026112200076304ABCD";
            string text = TerminalQr.Render(payload, ansi: false);
            string[] lines = text.TrimEnd('\n').Split('\n');
            int w = lines[0].Length, h = lines.Length * 2;
            bool Light(int x, int y)
            {
                char c = lines[y / 2][x];
                return c == '█' || (y % 2 == 0 ? c == '▀' : c == '▄');
            }
            byte[] png = Png.Encode(w, h, (x, y) => !Light(x, y), scale: 4);
            Assert.AreEqual(payload, Zbar.DecodePng(png));
            StringAssert.StartsWith(TerminalQr.Render(payload), "\u001b[97;40m");
        }

        [TestMethod]
        public async Task TransportMapsEveryWireFaultToItsTypedFault()
        {
            await using var g = await GatewayHarness.StartAsync();
            g.Server.Faults.Delay = TimeSpan.FromSeconds(3);
            // The gateway's first answer (JIT, database) comes before the 1 s cap below, so only faults can hit it.
            using (var warm = new HttpStandTransport(g.BaseUrl, "quay-1", GatewayHarness.Token("quay-1")))
            {
                warm.GetState(0, 0, 30000);
            }
            using var t = new HttpStandTransport(g.BaseUrl, "quay-1", GatewayHarness.Token("quay-1"), maxTimeoutMs: 1000);
            HttpResult ok = t.GetState(0, 0, 5000);
            Assert.AreEqual(200, ok.StatusCode);
            Assert.IsTrue(Protocol.IsJsonContentType(ok.ContentType));
            Assert.IsTrue(ok.BodyLength > 0);
            var expected = new Dictionary<GatewayFault, Fault>
            {
                [GatewayFault.Delay] = Fault.Timeout,
                [GatewayFault.TruncatedBody] = Fault.Network,
                [GatewayFault.DropConnection] = Fault.Network,
                [GatewayFault.OversizedBody] = Fault.BodyTooLarge,
                [GatewayFault.OversizedChunked] = Fault.BodyTooLarge,
            };
            foreach (var (fault, typed) in expected)
            {
                g.Server.Faults.Enqueue("quay-1", fault);
                var e = Assert.ThrowsExactly<TransportException>(() => t.GetState(0, 0, 5000), fault.ToString());
                Assert.AreEqual(typed, e.Fault, fault.ToString());
            }
            g.Server.Faults.Enqueue("quay-1", GatewayFault.Status500);
            Assert.AreEqual(500, t.GetState(0, 0, 5000).StatusCode);
            Assert.AreEqual(304, t.GetState(long.MaxValue - 1, 0, 5000).StatusCode);
            using var wrong = new HttpStandTransport(g.BaseUrl, "quay-1", GatewayHarness.Token("quay-2"));
            Assert.AreEqual(401, wrong.GetState(0, 0, 5000).StatusCode);
            Assert.AreEqual(204, t.PostEvent(new StandEvent { Type = StandEvent.TypeBoot, Firmware = "sim", AtMs = 1_790_000_000_000 }, 5000));
            StringAssert.Contains(g.Server.Service.RecentEvents("quay-1", 1).Single().Body, "\"firmware\":\"sim\"");
            // Nothing listening: a network fault, not an exception of another kind.
            using var nowhere = new HttpStandTransport("http://127.0.0.1:9", "quay-1", GatewayHarness.Token("quay-1"));
            Assert.AreEqual(Fault.Network, Assert.ThrowsExactly<TransportException>(() => nowhere.GetState(0, 0, 3000)).Fault);
        }

        [TestMethod]
        public void SettingsBecomeAValidatedDeviceConfig()
        {
            var s = new StandSettings
            {
                BaseUrl = "http://127.0.0.1:8080", TerminalId = "quay-1", Token = GatewayHarness.Token("quay-1"),
                Allowlist = new[] { "970436:0011000123456" }, ReferenceField = "purpose", LongPollSeconds = 7,
            };
            StandConfig c = s.ToConfig();
            Assert.AreEqual("quay-1", c.TerminalId);
            Assert.AreEqual("purpose", c.ReferenceField);
            Assert.AreEqual(7, c.LongPollSeconds);
            CollectionAssert.AreEqual(new[] { "970436:0011000123456" }, c.Allowlist);
            s.Token = "short";
            Assert.AreEqual("backend.token", Assert.ThrowsExactly<ConfigException>(() => s.ToConfig()).Field);
        }

        [TestMethod]
        public void RecordingDisplayWritesFramesAndReportsChangesOnly()
        {
            string dir = Path.Combine(Path.GetTempPath(), "qrterminal-frames-" + Guid.NewGuid().ToString("N"));
            try
            {
                var d = new QrTerminal.Simulator.RecordingDisplay(PanelFrameRenderer.For("epd29"), dir);
                var changes = new List<ScreenKind>();
                d.Changed += r => changes.Add(r.Model.Kind);
                const string qr = "00020101021238570010A00000072701270006970436011300110001234565204806253037045406150000" +
                                  "5802VN62180114HD20261122000763041D3A";
                d.Show(new ScreenModel { Kind = ScreenKind.Idle });
                d.Show(new ScreenModel { Kind = ScreenKind.Invoice, InvoiceId = "I1", Amount = 150000, QrPayload = qr, SecondsLeft = 60 });
                d.Show(new ScreenModel { Kind = ScreenKind.Invoice, InvoiceId = "I1", Amount = 150000, QrPayload = qr, SecondsLeft = 59 });
                d.Show(new ScreenModel { Kind = ScreenKind.Paid, InvoiceId = "I1", Amount = 150000 });
                CollectionAssert.AreEqual(new[] { ScreenKind.Idle, ScreenKind.Invoice, ScreenKind.Paid }, changes);
                Assert.AreEqual(4, Directory.GetFiles(dir, "frame-*.png").Length);
                Assert.AreEqual(qr, Zbar.DecodeFile(d.Screens[1].PngPath));
                Assert.IsNull(Zbar.DecodeFile(d.Screens[3].PngPath));
                Assert.AreEqual(ScreenKind.Paid, d.WaitFor(r => r.Model.Kind == ScreenKind.Paid, TimeSpan.Zero).Model.Kind);
                Assert.IsNull(d.WaitFor(r => r.Model.Kind == ScreenKind.Expired, TimeSpan.FromMilliseconds(50)));
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
