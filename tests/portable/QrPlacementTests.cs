using nanoFramework.TestFramework;
using QrTerminal.Core;
using QrTerminal.Drivers;
using QrTerminal.Qr;

namespace QrTerminal.Tests
{
    /// <summary>The placement rules, checked against the encoder's capacity answers rather than fixed numbers.</summary>
    [TestClass]
    public class QrPlacementTests
    {
        [TestMethod]
        public void ModuleSizeIsTheLargestThatFitsAndRulesHold()
        {
            string[] payloads = new string[]
            {
                "HELLO",
                "00020101021238570010A00000072701270006970436011300710001234560208QRIBFTTA53037045802VN6304ABCD",
                "https://pay.example.vn/i/7f3a9c2e1b4d?amount=1250000&ref=HD-000123&counter=3&hospital=bach-mai",
            };
            PanelInfo[] panels = PanelInfo.All;
            for (int i = 0; i < payloads.Length; i++)
            {
                for (int p = 0; p < panels.Length; p++)
                {
                    int side = ScreenStyle.For(panels[p]).QrSide;
                    QrPlacement q = QrPlacement.Choose(payloads[i], side, panels[p].PitchMm);
                    Assert.IsNotNull(q);
                    Assert.IsTrue(q.TotalPx <= side, "fits");
                    Assert.IsTrue(q.QuietZone >= 2 && q.QuietZone <= 4);
                    // One pixel more per module: not even version L with a 2-module quiet zone fits.
                    int bigger = side / (q.ModulePx + 1);
                    int vmax = (bigger - 4 - 17) / 4;
                    Assert.IsTrue(vmax < 1 || QrEncoder.MinimumVersion(payloads[i], QrErrorCorrection.L, 1, vmax > 40 ? 40 : vmax) < 0,
                        "module size not maximal on " + panels[p].Id);
                    int modules = side / q.ModulePx;
                    // A wider quiet zone would not have fitted.
                    if (q.QuietZone < 4)
                    {
                        int v4 = (modules - 8 - 17) / 4;
                        Assert.IsTrue(v4 < 1 || QrEncoder.MinimumVersion(payloads[i], QrErrorCorrection.L, 1, v4) < 0, "quiet zone 4 was possible");
                    }
                    // A stronger ECC would not have fitted in the same budget.
                    if (q.Ecc != QrErrorCorrection.H)
                    {
                        int budget = (modules - 2 * q.QuietZone - 17) / 4;
                        Assert.IsTrue(QrEncoder.MinimumVersion(payloads[i], (QrErrorCorrection)((int)q.Ecc + 1), 1, budget > 40 ? 40 : budget) < 0,
                            "ECC could be boosted on " + panels[p].Id);
                    }
                    Assert.AreEqual(q.ModulePx * panels[p].PitchMm, q.ModuleMm);
                }
            }
        }

        [TestMethod]
        public void EncodedSymbolMatchesThePlacement()
        {
            QrPlacement q = QrPlacement.Choose("HELLO WORLD 123", 128, 0.227);
            QrCode code = q.Encode("HELLO WORLD 123");
            Assert.AreEqual(q.Version, code.Version);
            Assert.AreEqual((int)q.Ecc, (int)code.Ecc);
        }

        [TestMethod]
        public void BadInputIsRejected()
        {
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => QrPlacement.Choose(null, 64, 0.17));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => QrPlacement.Choose("x", 10, 0.17));
            Assert.ThrowsException(typeof(System.ArgumentException), () => PanelInfo.Find("lcd"));
            Assert.AreSame(PanelInfo.Epd29, PanelInfo.Find("ssd1680-296x128"), "config file form");
            Assert.AreSame(PanelInfo.Ssd1306, PanelInfo.Find("ssd1306-128x64"));
        }
    }
}
