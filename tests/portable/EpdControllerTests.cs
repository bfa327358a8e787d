using nanoFramework.TestFramework;
using QrTerminal.Drivers;

namespace QrTerminal.Tests
{
    /// <summary>
    /// Golden sequences for SSD1680/SSD1683 from the datasheet command table and the reference init
    /// (Waveshare EPD_2IN9_V2_Init / EPD_4in2_V2, GxEPD2 _InitDisplay): reset, 12, 01, 11, 3C, 18, windows
    /// 44/45 + cursor 4E/4F, RAM 24/26, 22 F7|FF + 20, deep sleep 10 01.
    /// </summary>
    [TestClass]
    public class EpdControllerTests
    {
        private const string Wake29 = "RESET BUSY C:12 BUSY C:01 D:27 01 00 C:11 D:03 C:3C D:05 C:18 D:80 ";
        private const string Full29Window = "C:44 D:00 0F C:45 D:00 00 27 01 C:4E D:00 C:4F D:00 00 ";

        [TestMethod]
        public void FirstFlushIsAFullRefreshOfBothRams()
        {
            RecordingDisplayBus bus = new RecordingDisplayBus();
            EpdController c = new EpdController(bus, bus, new RowFrameBuffer(128, 296, 90));
            c.Initialize();
            c.Flush(false);
            Assert.AreEqual(Wake29 + Full29Window + "C:24 D[4736] " + Full29Window + "C:26 D[4736] C:22 D:F7 C:20 BUSY C:10 D:01 ", bus.Trace);
        }

        [TestMethod]
        public void PartialRefreshWritesDirtyRowsAndKeepsPreviousRamInSync()
        {
            RecordingDisplayBus bus = new RecordingDisplayBus();
            RowFrameBuffer f = new RowFrameBuffer(128, 296, 90);
            EpdController c = new EpdController(bus, bus, f);
            c.Flush(false);
            bus.Clear();
            f.FillRect(100, 10, 20, 5, false); // native rows 176..195 = 0xB0..0xC3
            c.Flush(false);
            string window = "C:44 D:00 0F C:45 D:B0 00 C3 00 C:4E D:00 C:4F D:B0 00 ";
            Assert.AreEqual(Wake29 + window + "C:24 D[320] C:22 D:FF C:20 BUSY " + window + "C:26 D[320] C:10 D:01 ", bus.Trace);
            Assert.AreEqual(1, c.PartialsSinceFull);
        }

        [TestMethod]
        public void ForcedFullRefreshAfterNPartials()
        {
            RecordingDisplayBus bus = new RecordingDisplayBus();
            RowFrameBuffer f = new RowFrameBuffer(400, 300, 0);
            EpdController c = new EpdController(bus, bus, f);
            Assert.AreEqual(10, c.FullRefreshEvery, "default");
            c.FullRefreshEvery = 2;
            c.Flush(false);
            for (int i = 0; i < 2; i++)
            {
                f.SetPixel(i, 0, false);
                bus.Clear();
                c.Flush(false);
                Assert.IsTrue(bus.Trace.IndexOf("C:22 D:FF ") >= 0, "partial " + i.ToString());
            }
            f.SetPixel(5, 0, false);
            bus.Clear();
            c.Flush(false);
            Assert.IsTrue(bus.Trace.IndexOf("C:22 D:F7 ") >= 0, "third update is forced full");
            Assert.AreEqual(0, c.PartialsSinceFull);
            bus.Clear();
            c.Flush(false);
            Assert.AreEqual("", bus.Trace, "clean frame: the panel stays asleep");
            c.Flush(true);
            Assert.IsTrue(bus.Trace.IndexOf("C:22 D:F7 ") >= 0, "explicit full refresh");
        }

        [TestMethod]
        public void Ssd1683GeometryIn400x300Window()
        {
            RecordingDisplayBus bus = new RecordingDisplayBus();
            EpdController c = new EpdController(bus, bus, new RowFrameBuffer(400, 300, 0));
            c.Flush(false);
            Assert.IsTrue(bus.Trace.StartsWith("RESET BUSY C:12 BUSY C:01 D:2B 01 00 C:11 D:03 C:3C D:05 C:18 D:80 C:44 D:00 31 C:45 D:00 00 2B 01 C:4E D:00 C:4F D:00 00 C:24 D[15000] "), bus.Trace);
        }

        [TestMethod]
        public void BusyTimeoutIsATypedErrorAndForcesFullNextTime()
        {
            RecordingDisplayBus bus = new RecordingDisplayBus();
            RowFrameBuffer f = new RowFrameBuffer(128, 296, 90);
            EpdController c = new EpdController(bus, bus, f);
            c.Flush(false);
            bus.BusyClears = false;
            f.SetPixel(0, 0, false);
            Assert.ThrowsException(typeof(DisplayTimeoutException), () => c.Flush(false));
            bus.BusyClears = true;
            bus.Clear();
            c.Flush(false);
            Assert.IsTrue(bus.Trace.IndexOf("C:22 D:F7 ") >= 0, "after a timeout the RAM is not trusted");
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => c.FullRefreshEvery = -1);
        }
    }
}
