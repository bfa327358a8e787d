using System;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace QrTerminal.HostKit
{
    /// <summary>Writes black-and-white images as 8-bit greyscale PNG (no dependencies).</summary>
    public static class Png
    {
        private static readonly uint[] CrcTable = BuildCrcTable();

        /// <summary>
        /// Writes a width × height image where <paramref name="isBlack"/>(x, y) picks black (true) or white pixels,
        /// each source pixel drawn as a scale × scale block.
        /// </summary>
        public static byte[] Encode(int width, int height, Func<int, int, bool> isBlack, int scale = 1)
        {
            if (width <= 0 || height <= 0) throw new ArgumentOutOfRangeException(nameof(width), "image must not be empty");
            if (scale < 1) throw new ArgumentOutOfRangeException(nameof(scale));
            int w = width * scale, h = height * scale;
            var raw = new byte[(w + 1) * h];
            for (int y = 0; y < h; y++)
            {
                int row = y * (w + 1);
                raw[row] = 0; // filter: none
                for (int x = 0; x < w; x++)
                {
                    raw[row + 1 + x] = isBlack(x / scale, y / scale) ? (byte)0 : (byte)255;
                }
            }
            using var png = new MemoryStream();
            png.Write(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
            var ihdr = new byte[13];
            WriteBigEndian(ihdr, 0, (uint)w);
            WriteBigEndian(ihdr, 4, (uint)h);
            ihdr[8] = 8;  // bit depth
            ihdr[9] = 0;  // greyscale
            WriteChunk(png, "IHDR", ihdr);
            using (var z = new MemoryStream())
            {
                using (var zs = new ZLibStream(z, CompressionLevel.Optimal, leaveOpen: true))
                {
                    zs.Write(raw);
                }
                WriteChunk(png, "IDAT", z.ToArray());
            }
            WriteChunk(png, "IEND", Array.Empty<byte>());
            return png.ToArray();
        }

        /// <summary>Encodes and writes to <paramref name="path"/>, creating its folder.</summary>
        public static void Write(string path, int width, int height, Func<int, int, bool> isBlack, int scale = 1)
        {
            string dir = Path.GetDirectoryName(Path.GetFullPath(path));
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(path, Encode(width, height, isBlack, scale));
        }

        private static void WriteChunk(Stream s, string type, byte[] data)
        {
            var len = new byte[4];
            WriteBigEndian(len, 0, (uint)data.Length);
            s.Write(len);
            byte[] typeBytes = Encoding.ASCII.GetBytes(type);
            s.Write(typeBytes);
            s.Write(data);
            uint crc = 0xFFFFFFFF;
            crc = Crc(crc, typeBytes);
            crc = Crc(crc, data);
            var crcBytes = new byte[4];
            WriteBigEndian(crcBytes, 0, crc ^ 0xFFFFFFFF);
            s.Write(crcBytes);
        }

        private static uint Crc(uint crc, byte[] data)
        {
            foreach (byte b in data)
            {
                crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
            }
            return crc;
        }

        private static uint[] BuildCrcTable()
        {
            var table = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
                }
                table[n] = c;
            }
            return table;
        }

        private static void WriteBigEndian(byte[] b, int offset, uint v)
        {
            b[offset] = (byte)(v >> 24);
            b[offset + 1] = (byte)(v >> 16);
            b[offset + 2] = (byte)(v >> 8);
            b[offset + 3] = (byte)v;
        }
    }
}
