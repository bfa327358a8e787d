using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using QrTerminal.HostKit;
using QRCoder;

namespace QrTerminal.Tests
{
    /// <summary>The PNG writer and the zbar wrapper that every QR test relies on.</summary>
    [TestClass]
    public class HostKitTests
    {
        [TestMethod]
        public void PngOfPeerSymbolDecodesWithZbar()
        {
            // QRCoder's matrix includes a 4-module quiet zone; drawing it through our PNG writer must decode.
            const string text = "Bệnh viện Đa khoa Đức Giang 150.000 ₫";
            using var gen = new QRCodeGenerator();
            QRCodeData data = gen.CreateQrCode(text, QRCodeGenerator.ECCLevel.M, forceUtf8: true);
            int n = data.ModuleMatrix.Count;
            byte[] png = Png.Encode(n, n, (x, y) => data.ModuleMatrix[y][x], scale: 4);
            Assert.AreEqual(text, Zbar.DecodePng(png));
        }

        [TestMethod]
        public void BlankImageDecodesToNull()
        {
            byte[] png = Png.Encode(40, 40, (x, y) => false, scale: 2);
            Assert.IsNull(Zbar.DecodePng(png));
        }

        [TestMethod]
        public void PngHasSignatureAndScaledSize()
        {
            byte[] png = Png.Encode(3, 2, (x, y) => (x + y) % 2 == 0, scale: 5);
            CollectionAssert.AreEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
            // IHDR width and height, big-endian, right after the chunk header.
            Assert.AreEqual(15, (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19]);
            Assert.AreEqual(10, (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23]);
        }
    }
}
