using nanoFramework.TestFramework;
using QrTerminal.Drivers;

namespace QrTerminal.Tests
{
    /// <summary>Golden byte sequences for SSD1306/SH1106 (datasheet + luma.oled test_ssd1306/test_sh1106 baselines).</summary>
    [TestClass]
    public class OledControllerTests
    {
        // Standard 128x64 init as asserted byte for byte by luma.oled and sent by Adafruit/u8g2/nanoFramework.
        private const string Init = "C:AE D5 80 A8 3F D3 00 40 8D 14 20 00 A1 C8 DA 12 81 CF D9 F1 DB 40 A4 A6 AF ";

        [TestMethod]
        public void Ssd1306InitThenWholeFrameInOneWindow()
        {
            RecordingDisplayBus bus = new RecordingDisplayBus();
            Ssd1306Controller c = new Ssd1306Controller(bus, new PageFrameBuffer(128, 64));
            c.Initialize();
            c.Flush(false);
            Assert.AreEqual(Init + "C:21 00 7F 22 00 07 D[1024] ", bus.Trace);
            bus.Clear();
            c.Flush(false);
            Assert.AreEqual("", bus.Trace, "nothing changed, nothing sent");
        }

        [TestMethod]
        public void Ssd1306SendsOnlyTheDirtyWindow()
        {
            RecordingDisplayBus bus = new RecordingDisplayBus();
            PageFrameBuffer f = new PageFrameBuffer(128, 64);
            Ssd1306Controller c = new Ssd1306Controller(bus, f);
            c.Flush(false);
            bus.Clear();
            f.FillRect(70, 50, 10, 5, true); // page 6, columns 70..79
            c.Flush(false);
            Assert.AreEqual("C:21 46 4F 22 06 06 D:7C 7C 7C 7C 7C 7C 7C 7C 7C 7C ", bus.Trace);
            bus.Clear();
            f.FillRect(0, 0, 2, 1, true);    // page 0
            f.FillRect(126, 63, 2, 1, true); // page 7
            c.Flush(false);
            Assert.AreEqual("C:21 00 01 22 00 00 D:01 01 C:21 7E 7F 22 07 07 D:80 80 ", bus.Trace);
        }

        [TestMethod]
        public void Ssd1306AdjacentDirtyPagesShareAWindow()
        {
            RecordingDisplayBus bus = new RecordingDisplayBus();
            PageFrameBuffer f = new PageFrameBuffer(128, 64);
            Ssd1306Controller c = new Ssd1306Controller(bus, f);
            c.Flush(false);
            bus.Clear();
            f.FillRect(10, 6, 2, 4, true); // pages 0 and 1, columns 10..11
            c.Flush(false);
            Assert.AreEqual("C:21 0A 0B 22 00 01 D:C0 C0 D:03 03 ", bus.Trace);
        }

        [TestMethod]
        public void Sh1106WritesPageByPageAtColumnOffsetTwo()
        {
            RecordingDisplayBus bus = new RecordingDisplayBus();
            PageFrameBuffer f = new PageFrameBuffer(128, 64);
            Sh1106Controller c = new Sh1106Controller(bus, f);
            c.Initialize();
            c.Flush(false);
            string expected = Init;
            for (int p = 0; p < 8; p++)
            {
                expected += "C:B" + p.ToString() + " 02 10 D[128] ";
            }
            Assert.AreEqual(expected, bus.Trace);
            bus.Clear();
            f.FillRect(70, 50, 10, 5, true);
            c.Flush(false);
            // column 70 + 2 = 0x48: lower nibble 08, upper 14.
            Assert.AreEqual("C:B6 08 14 D:7C 7C 7C 7C 7C 7C 7C 7C 7C 7C ", bus.Trace);
        }

        [TestMethod]
        public void ControllersRejectWrongFrames()
        {
            RecordingDisplayBus bus = new RecordingDisplayBus();
            Assert.ThrowsException(typeof(System.ArgumentException), () => new Ssd1306Controller(bus, new PageFrameBuffer(128, 32)));
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => new Sh1106Controller(null, new PageFrameBuffer(128, 64)));
        }
    }
}
