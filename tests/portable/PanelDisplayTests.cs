using nanoFramework.TestFramework;
using QrTerminal.Core;
using QrTerminal.Drivers;

namespace QrTerminal.Tests
{
    [TestClass]
    public class PanelDisplayTests
    {
        private const string Payload = "00020101021238570010A00000072701270006970436011300710001234560208QRIBFTTA5303704540712500005802VN62180114HD0001234567896304ABCD";

        private static ScreenModel Invoice(int seconds)
        {
            ScreenModel m = new ScreenModel();
            m.Kind = ScreenKind.Invoice;
            m.Amount = 150000;
            m.Reference = "HD-0042";
            m.QrPayload = Payload;
            m.SecondsLeft = seconds;
            return m;
        }

        [TestMethod]
        public void OledCountdownTickSendsOnlyTheChangedPages()
        {
            RecordingDisplayBus bus = new RecordingDisplayBus();
            PanelInfo panel = PanelInfo.Ssd1306;
            PanelDisplay d = new PanelDisplay(panel, panel.CreateController(bus, null));
            d.Show(Invoice(299));
            Assert.AreEqual(1024, bus.DataBytes, "first screen sends the whole frame");
            bus.Clear();
            d.Show(Invoice(298));
            string t = bus.Trace;
            Assert.IsTrue(t.StartsWith("C:21 "), t);
            Assert.AreEqual(t.LastIndexOf("C:21 "), 0, "one window: " + t);
            int firstPage = Hex(t, 14);
            int lastPage = Hex(t, 17);
            Assert.IsTrue(lastPage - firstPage <= 1, "at most two pages: " + t);
            Assert.IsTrue(bus.DataBytes <= 2 * 128 && bus.DataBytes > 0, "bytes " + bus.DataBytes.ToString());
            bus.Clear();
            d.Show(Invoice(298));
            Assert.AreEqual("", bus.Trace, "same second: nothing sent");
        }

        [TestMethod]
        public void EpaperFullForNewQrPartialForCountdownAndStatus()
        {
            RecordingDisplayBus bus = new RecordingDisplayBus();
            PanelInfo panel = PanelInfo.Epd29;
            PanelDisplay d = new PanelDisplay(panel, panel.CreateController(bus, bus));
            d.Show(Invoice(299));
            Assert.IsTrue(bus.Trace.IndexOf("C:22 D:F7 ") > 0, "new QR: full refresh");
            bus.Clear();
            d.Show(Invoice(290));
            Assert.AreEqual("", bus.Trace, "e-paper shows minutes: 4:59 and 4:50 are both 'Còn 5 phút'");
            d.Show(Invoice(239));
            Assert.IsTrue(bus.Trace.IndexOf("C:22 D:FF ") > 0, "minute change: partial");
            Assert.IsTrue(bus.DataBytes < 2 * 4736, "partial sends only the countdown rows");
            bus.Clear();
            ScreenModel offline = Invoice(239);
            offline.Offline = true;
            d.Show(offline);
            Assert.IsTrue(bus.Trace.IndexOf("C:22 D:FF ") > 0, "status change around the same QR: partial");
            bus.Clear();
            ScreenModel paid = Invoice(-1);
            paid.Kind = ScreenKind.Paid;
            paid.QrPayload = null;
            d.Show(paid);
            Assert.IsTrue(bus.Trace.IndexOf("C:22 D:F7 ") > 0, "QR gone: full refresh");
        }

        [TestMethod]
        public void CountdownFormats()
        {
            ScreenRenderer oled = new ScreenRenderer(PanelInfo.Sh1106);
            Assert.AreEqual("Còn 4:59", oled.CountdownText(299));
            Assert.AreEqual("Còn 0:05", oled.CountdownText(5));
            Assert.AreEqual("", oled.CountdownText(-1));
            ScreenRenderer epd = new ScreenRenderer(PanelInfo.Epd42);
            Assert.AreEqual("Còn 5 phút", epd.CountdownText(299));
            Assert.AreEqual("Còn 1 phút", epd.CountdownText(60));
            Assert.AreEqual("Còn dưới 1 phút", epd.CountdownText(59));
        }

        [TestMethod]
        public void EveryScreenRendersOnEveryPanel()
        {
            PanelInfo[] panels = PanelInfo.All;
            for (int p = 0; p < panels.Length; p++)
            {
                ScreenRenderer r = new ScreenRenderer(panels[p]);
                FrameBuffer f = panels[p].CreateFrame();
                for (int k = (int)ScreenKind.Boot; k <= (int)ScreenKind.Error; k++)
                {
                    ScreenModel m = Invoice(100);
                    m.Kind = (ScreenKind)k;
                    m.Title = "Bệnh viện Bạch Mai";
                    m.TerminalId = "QT-1";
                    m.Reason = "Mã QR không hợp lệ";
                    r.Render(f, m);
                    Assert.AreEqual(k == (int)ScreenKind.Invoice || k == (int)ScreenKind.Offline || k == (int)ScreenKind.Error,
                        r.Placement != null, "QR only on invoice/offline/error");
                }
            }
        }

        [TestMethod]
        public void TooLongPayloadShowsAMessageNotACrash()
        {
            ScreenRenderer r = new ScreenRenderer(PanelInfo.Ssd1306);
            FrameBuffer f = PanelInfo.Ssd1306.CreateFrame();
            ScreenModel m = Invoice(100);
            string big = "";
            for (int i = 0; i < 40; i++)
            {
                big += "abcdefghijklmnopqrstuvwxyz";
            }
            m.QrPayload = big;
            r.Render(f, m);
            Assert.IsNull(r.Placement);
        }

        private static int Hex(string s, int at)
        {
            const string digits = "0123456789ABCDEF";
            return digits.IndexOf(s[at]) * 16 + digits.IndexOf(s[at + 1]);
        }
    }
}
