using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using QrTerminal.Core;
using QrTerminal.Drivers;
using QrTerminal.HostKit;

namespace QrTerminal.Tests
{
    /// <summary>Rendered screens, decoded by zbar: what a phone camera would read off each panel.</summary>
    [TestClass]
    public class DisplayRenderTests
    {
        public static IEnumerable<object[]> Panels()
        {
            foreach (PanelInfo p in PanelInfo.All) yield return new object[] { p.Id };
        }

        /// <summary>50 valid VietQR payloads of varied banks, amounts and lengths (fixed seed).</summary>
        public static List<string> Payloads()
        {
            var rng = new Random(20240605);
            string[] bins = { "970436", "970415", "970418", "970422", "970407", "970432", "970423", "970403" };
            string[] words = { "VIEN PHI", "KHAM BENH", "XET NGHIEM", "THUOC", "NOI TRU", "NGOAI TRU", "BN NGUYEN VAN AN", "KHOA NHI", "HD" };
            var list = new List<string>();
            for (int i = 0; i < 50; i++)
            {
                string account = rng.NextInt64(100000000L, 99999999999999L).ToString();
                long amount = rng.Next(1, 200) * 5000L * (i % 5 == 0 ? 100 : 1);
                string bill = "HD" + rng.Next(100000, 99999999).ToString();
                string purpose = "";
                int n = rng.Next(1, 6);
                for (int k = 0; k < n; k++) purpose += (k > 0 ? " " : "") + words[rng.Next(words.Length)];
                list.Add(VietQrSample.Build(bins[i % bins.Length], account, amount, bill, purpose + " " + bill));
            }
            return list;
        }

        [TestMethod]
        [DynamicData(nameof(Panels))]
        public void FiftyInvoiceScreensDecodeToTheExactPayload(string panelId)
        {
            PanelInfo panel = PanelInfo.Find(panelId);
            var renderer = new ScreenRenderer(panel);
            FrameBuffer frame = panel.CreateFrame();
            var failures = new List<string>();
            foreach (string payload in Payloads())
            {
                var m = new ScreenModel { Kind = ScreenKind.Invoice, Amount = 150000, Reference = "HD-1", QrPayload = payload, SecondsLeft = 240 };
                renderer.Render(frame, m);
                Assert.IsNotNull(renderer.Placement, payload);
                // Upscale OLED/e-paper pixels so zbar sees several image pixels per module, as a camera would.
                int zoom = Math.Max(1, 8 / renderer.Placement.ModulePx);
                string decoded = Zbar.DecodePng(FramePng.Encode(frame, zoom));
                if (decoded != payload) failures.Add($"{payload.Length} chars v{renderer.Placement.Version}: got '{decoded}'");
            }
            Assert.AreEqual(0, failures.Count, string.Join("\n", failures));
        }

        [TestMethod]
        [DynamicData(nameof(Panels))]
        public void OfflineScreenKeepsAReadableQr(string panelId)
        {
            PanelInfo panel = PanelInfo.Find(panelId);
            string payload = VietQrSample.Typical();
            var (frame, renderer) = Cli.RenderCommand.Render(panel, Cli.RenderCommand.Model("offline", payload, 150000, "HD-9"));
            Assert.AreEqual(payload, Zbar.DecodePng(FramePng.Encode(frame, Math.Max(1, 8 / renderer.Placement.ModulePx))));
        }

        [TestMethod]
        [DynamicData(nameof(Panels))]
        public void LargeAmountsAndLongNamesNeverCoverTheQr(string panelId)
        {
            PanelInfo panel = PanelInfo.Find(panelId);
            string payload = VietQrSample.Typical();
            foreach (long amount in new[] { 1250000L, 125000000L, 999999999999999L })
            {
                foreach (string screen in new[] { "invoice", "offline", "error" })
                {
                    ScreenModel m = Cli.RenderCommand.Model(screen, payload, amount, "HD-2024-000123-Ở");
                    m.Title = "Bệnh viện Đa khoa Quảng Ngãi - Quầy Ở số 12 (tầng trệt)";
                    m.Description = "Viện phí khám bệnh ngoại trú, xét nghiệm máu và chẩn đoán hình ảnh";
                    var (frame, renderer) = Cli.RenderCommand.Render(panel, m);
                    Assert.IsTrue(renderer.AmountScaleY > 0, $"{screen} {amount}: amount shown");
                    Assert.AreEqual(payload, Zbar.DecodePng(FramePng.Encode(frame, Math.Max(1, 8 / renderer.Placement.ModulePx))), $"{screen} {amount}");
                }
            }
        }

        [TestMethod]
        public void SnapshotsInDocsAreUpToDate()
        {
            string dir = Path.Combine(Path.GetTempPath(), "qrt-snapshots-" + Guid.NewGuid().ToString("N"));
            try
            {
                var stdout = Console.Out;
                Console.SetOut(TextWriter.Null);
                try { Cli.RenderCommand.WriteSnapshots(dir); } finally { Console.SetOut(stdout); }
                foreach (string fresh in Directory.GetFiles(dir, "*.png"))
                {
                    string committed = RepoPaths.Combine("docs", "screens", Path.GetFileName(fresh));
                    Assert.IsTrue(File.Exists(committed), committed + " missing: run `dotnet run --project tools/cli -- render --snapshots docs/screens`");
                    CollectionAssert.AreEqual(File.ReadAllBytes(fresh), File.ReadAllBytes(committed),
                        committed + " is stale: run `dotnet run --project tools/cli -- render --snapshots docs/screens`");
                }
            }
            finally
            {
                if (Directory.Exists(dir)) Directory.Delete(dir, true);
            }
        }

        [TestMethod]
        public void HardwareNotesPanelTableIsTheComputedOne()
        {
            string notes = File.ReadAllText(RepoPaths.Combine("hardware-notes.md"));
            StringAssert.Contains(notes, Cli.RenderCommand.PanelTable(VietQrSample.Typical()).TrimEnd(),
                "hardware-notes.md must carry the output of `dotnet run --project tools/cli -- render --table`");
        }

        [TestMethod]
        public void OledPolarityIsNormalLitQuietZone()
        {
            var (frame, renderer) = Cli.RenderCommand.Render(PanelInfo.Ssd1306, Cli.RenderCommand.Model("invoice", VietQrSample.Typical(), 150000, "HD-9"));
            QrPlacement p = renderer.Placement;
            int qx = (64 - p.TotalPx) / 2;
            // Quiet zone corner is lit (light), the finder's top-left module is unlit (dark).
            Assert.IsTrue(frame.GetPixel(qx, qx));
            Assert.IsFalse(frame.GetPixel(qx + p.QuietZone * p.ModulePx, qx + p.QuietZone * p.ModulePx));
            Assert.AreEqual(0, frame.Buffer[127] & 1, "OLED text area background is unlit");
        }

        [TestMethod]
        public void RenderCommandWritesPngAndJson()
        {
            string png = Path.Combine(Path.GetTempPath(), "qrt-render-" + Guid.NewGuid().ToString("N") + ".png");
            var stdout = Console.Out;
            var sw = new StringWriter();
            Console.SetOut(sw);
            int rc;
            try
            {
                rc = Cli.RenderCommand.Run(new[] { "--panel", "epd29", "--screen", "invoice", "--payload", "HELLO VIETQR", "--amount", "150000", "--reference", "R1", "--png", png, "--json", "--zoom", "3" });
            }
            finally { Console.SetOut(stdout); }
            try
            {
                Assert.AreEqual(0, rc);
                StringAssert.Contains(sw.ToString(), "\"panel\":\"epd29\"");
                StringAssert.Contains(sw.ToString(), "\"modulePx\":");
                Assert.AreEqual("HELLO VIETQR", Zbar.DecodeFile(png));
                Assert.AreEqual(2, Cli.RenderCommand.Run(new[] { "--panel", "lcd", "--screen", "idle", "--png", png }));
            }
            finally { File.Delete(png); }
        }
    }
}
