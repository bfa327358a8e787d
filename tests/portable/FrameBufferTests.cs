using nanoFramework.TestFramework;
using QrTerminal.Drivers;
using QrTerminal.Qr;

namespace QrTerminal.Tests
{
    [TestClass]
    public class FrameBufferTests
    {
        [TestMethod]
        public void PagePixelIsVerticalStripWithD0OnTop()
        {
            PageFrameBuffer f = new PageFrameBuffer(128, 64);
            f.SetPixel(3, 10, true);
            Assert.AreEqual((byte)0x04, f.Buffer[3 + 128], "y=10 is page 1, bit 2");
            f.SetPixel(127, 63, true);
            Assert.AreEqual((byte)0x80, f.Buffer[127 + 7 * 128]);
            Assert.IsTrue(f.GetPixel(3, 10));
            Assert.IsFalse(f.GetPixel(3, 11));
        }

        [TestMethod]
        public void PageFillSpansPagesWithMasks()
        {
            PageFrameBuffer f = new PageFrameBuffer(128, 64);
            f.FillRect(5, 4, 2, 8, true);
            Assert.AreEqual((byte)0xF0, f.Buffer[5]);
            Assert.AreEqual((byte)0x0F, f.Buffer[5 + 128]);
            Assert.AreEqual((byte)0xF0, f.Buffer[6]);
            Assert.AreEqual((byte)0x00, f.Buffer[7]);
            f.FillRect(5, 6, 1, 1, false);
            Assert.AreEqual((byte)0xB0, f.Buffer[5]);
            f.FillRect(-10, -10, 500, 500, true);
            Assert.AreEqual((byte)0xFF, f.Buffer[1023], "clipped fill covers the frame");
        }

        [TestMethod]
        public void RowPixelIsMsbFirstOneIsWhite()
        {
            RowFrameBuffer f = new RowFrameBuffer(400, 300, 0);
            Assert.AreEqual((byte)0xFF, f.Buffer[0], "starts white");
            f.SetPixel(9, 2, false);
            Assert.AreEqual((byte)0xBF, f.Buffer[2 * 50 + 1]);
            f.FillRect(0, 0, 12, 1, false);
            Assert.AreEqual((byte)0x00, f.Buffer[0]);
            Assert.AreEqual((byte)0x0F, f.Buffer[1]);
        }

        [TestMethod]
        public void Rotation90MapsLandscapeOntoPortraitRam()
        {
            RowFrameBuffer f = new RowFrameBuffer(128, 296, 90);
            Assert.AreEqual(296, f.Width);
            Assert.AreEqual(128, f.Height);
            f.SetPixel(0, 0, false);
            // logical (0,0) -> native x 0, row 295.
            Assert.AreEqual((byte)0x7F, f.Buffer[295 * 16]);
            f.SetPixel(295, 127, false);
            // logical (295,127) -> native x 127, row 0.
            Assert.AreEqual((byte)0xFE, f.Buffer[15]);
            Assert.IsFalse(f.GetPixel(0, 0));
            Assert.IsTrue(f.GetPixel(1, 0));
        }

        [TestMethod]
        public void BlitMatchesModulesOnEveryLayout()
        {
            QrCode code = Pattern(2);
            FrameBuffer[] frames = new FrameBuffer[]
            {
                new PageFrameBuffer(128, 64), new RowFrameBuffer(128, 296, 90), new RowFrameBuffer(400, 300, 0),
                new RowFrameBuffer(128, 296, 270), new RowFrameBuffer(400, 300, 180)
            };
            for (int i = 0; i < frames.Length; i++)
            {
                FrameBuffer f = frames[i];
                int scale = f.Height >= 128 ? 3 : 2;
                f.Fill(false);
                f.BlitQr(code.Rows, code.WordsPerRow, code.Size, 5, 3, scale);
                int wrong = 0;
                for (int y = 0; y < code.Size * scale; y++)
                {
                    for (int x = 0; x < code.Size * scale; x++)
                    {
                        if (f.GetPixel(5 + x, 3 + y) == code.IsDark(x / scale, y / scale))
                        {
                            wrong++;
                        }
                    }
                }
                Assert.AreEqual(0, wrong, "frame " + i.ToString() + ": pixels that disagree with their module");
                Assert.IsFalse(f.GetPixel(4, 3), "outside the symbol is untouched");
            }
        }

        [TestMethod]
        public void BlitRejectsInconsistentRows()
        {
            PageFrameBuffer f = new PageFrameBuffer(128, 64);
            Assert.ThrowsException(typeof(System.ArgumentException), () => f.BlitQr(new uint[10], 1, 21, 0, 0, 1));
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => f.BlitQr(null, 1, 21, 0, 0, 1));
        }

        [TestMethod]
        public void DirtyTracksPagesAndColumns()
        {
            PageFrameBuffer f = new PageFrameBuffer(128, 64);
            Assert.IsTrue(f.IsDirty, "a new frame must be sent once");
            f.ClearDirty();
            Assert.IsFalse(f.IsDirty);
            f.FillRect(70, 50, 10, 5, true);
            Assert.AreEqual(70, f.DirtyFrom(6));
            Assert.AreEqual(79, f.DirtyTo(6));
            Assert.AreEqual(-1, f.DirtyFrom(5));
            Assert.AreEqual(-1, f.DirtyFrom(7));

            RowFrameBuffer r = new RowFrameBuffer(128, 296, 90);
            r.ClearDirty();
            r.FillRect(100, 10, 20, 5, false);
            // logical x 100..119 -> native rows 296-120 .. 296-101
            Assert.AreEqual(176, r.DirtyFrom);
            Assert.AreEqual(195, r.DirtyTo);
        }

        /// <summary>A version-1 symbol whose modules follow a fixed non-trivial pattern (not a real QR).</summary>
        public static QrCode Pattern(int seed)
        {
            uint[] rows = new uint[21];
            uint s = (uint)seed * 2654435761u + 1u;
            for (int y = 0; y < 21; y++)
            {
                s = s * 1103515245u + 12345u;
                rows[y] = s & 0xFFFFF800u;
            }
            return new QrCode(1, QrErrorCorrection.L, 0, rows);
        }
    }
}
