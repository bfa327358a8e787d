using nanoFramework.TestFramework;
using QrTerminal.Qr;

namespace QrTerminal.Tests
{
    // Inside namespace QrTerminal.*, the name QrEncoder means the namespace; alias the class.

    /// <summary>Core math of the encoder against the golden vectors in ../shared/reference/qr-encoders.md §3.</summary>
    [TestClass]
    public class QrEncoderTests
    {
        private static void AssertBytes(int[] expected, byte[] actual, int offset, string what)
        {
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.AreEqual(expected[i], (int)actual[offset + i], what + " [" + i.ToString() + "]");
            }
        }

        private static byte[] Bytes(int[] values, int extra)
        {
            byte[] b = new byte[values.Length + extra];
            for (int i = 0; i < values.Length; i++)
            {
                b[i] = (byte)values[i];
            }
            return b;
        }

        private static readonly int[] Data01234567 = { 0x10, 0x20, 0x0C, 0x56, 0x61, 0x80, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11 };
        private static readonly int[] Ecc01234567 = { 0xA5, 0x24, 0xD4, 0xC1, 0xED, 0x36, 0xC7, 0x87, 0x2C, 0x55 };
        private static readonly int[] HelloQData = { 32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236 };
        private static readonly int[] HelloQEcc = { 168, 72, 22, 82, 217, 54, 156, 0, 46, 15, 180, 122, 16 };
        private static readonly int[] HelloMData = { 32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17 };
        private static readonly int[] HelloMEcc = { 196, 35, 39, 119, 235, 215, 231, 226, 93, 23 };

        [TestMethod]
        public void GeneratorPolynomialsMatchTheAlphaExponents()
        {
            int[][] exponents =
            {
                new int[] { 0, 87, 229, 146, 149, 238, 102, 21 },
                new int[] { 0, 251, 67, 46, 61, 118, 70, 64, 94, 32, 45 },
                new int[] { 0, 74, 152, 176, 100, 86, 100, 106, 104, 130, 218, 206, 140, 78 }
            };
            byte[] g = new byte[30];
            for (int k = 0; k < exponents.Length; k++)
            {
                int degree = exponents[k].Length - 1;
                QrReedSolomon.ComputeGenerator(degree, g);
                for (int i = 0; i < degree; i++)
                {
                    Assert.AreEqual(QrReedSolomon.Power(exponents[k][i + 1]), (int)g[i], "degree " + degree.ToString() + " term " + i.ToString());
                }
            }
        }

        [TestMethod]
        public void FieldArithmeticUsesPolynomial0x11D()
        {
            Assert.AreEqual(0x1D, QrReedSolomon.Power(8)); // x^8 = x^4 + x^3 + x^2 + 1
            Assert.AreEqual(1, QrReedSolomon.Multiply(QrReedSolomon.Power(254), 2)); // alpha^255 = 1
            Assert.AreEqual(0, QrReedSolomon.Multiply(0, 77));
        }

        [TestMethod]
        public void ReedSolomonRemaindersMatchGoldenCodewords()
        {
            byte[] ecc = new byte[13];
            QrReedSolomon.Remainder(Bytes(Data01234567, 0), 0, 16, 10, ecc, 0);
            AssertBytes(Ecc01234567, ecc, 0, "01234567 1-M");
            QrReedSolomon.Remainder(Bytes(HelloQData, 0), 0, 13, 13, ecc, 0);
            AssertBytes(HelloQEcc, ecc, 0, "HELLO WORLD 1-Q");
            QrReedSolomon.Remainder(Bytes(HelloMData, 0), 0, 16, 10, ecc, 0);
            AssertBytes(HelloMEcc, ecc, 0, "HELLO WORLD 1-M");
        }

        // Product in GF(256) by shift and add (independent of the encoder's log tables).
        private static int GfMultiply(int a, int b)
        {
            int p = 0;
            while (b != 0)
            {
                if ((b & 1) != 0)
                {
                    p ^= a;
                }
                a <<= 1;
                if ((a & 0x100) != 0)
                {
                    a ^= 0x11D;
                }
                b >>= 1;
            }
            return p;
        }

        // Division remainder one coefficient at a time with GfMultiply (the reference for the packed path).
        private static byte[] ReferenceRemainder(byte[] data, int offset, int length, int degree)
        {
            byte[] g = new byte[30];
            QrReedSolomon.ComputeGenerator(degree, g);
            byte[] r = new byte[degree];
            for (int k = 0; k < length; k++)
            {
                int f = data[offset + k] ^ r[0];
                for (int i = 0; i < degree; i++)
                {
                    r[i] = (byte)((i + 1 < degree ? r[i + 1] : 0) ^ GfMultiply(f, g[i]));
                }
            }
            return r;
        }

        private static byte[] PseudoRandomBytes(int count, int seed)
        {
            byte[] b = new byte[count];
            uint x = (uint)seed * 2654435761u + 1u;
            for (int i = 0; i < count; i++)
            {
                x = x * 1664525u + 1013904223u;
                b[i] = (byte)(x >> 24);
            }
            return b;
        }

        [TestMethod]
        public void PackedReedSolomonEqualsTheReferenceForEveryDegree()
        {
            // One workspace for everything: its table is rebuilt on every degree change (ascending, descending,
            // then scattered degrees), and a stale table would show as a mismatch.
            QrWorkspace ws = new QrWorkspace(1);
            int[] lengths = { 0, 1, 2, 3, 7, 8, 9, 16, 27, 31, 43, 60, 123 };
            byte[] log = new byte[30];
            for (int pass = 0; pass < 3; pass++)
            {
                for (int n = 0; n < 24; n++)
                {
                    int degree = pass == 0 ? 7 + n : pass == 1 ? 30 - n : 7 + n * 7 % 24;
                    for (int li = 0; li < lengths.Length; li++)
                    {
                        int len = lengths[li];
                        byte[] data = PseudoRandomBytes(len + 5 + degree + 2, degree * 100 + len + pass);
                        byte[] expected = ReferenceRemainder(data, 5, len, degree);
                        QrReedSolomon.Remainder(data, 5, len, degree, log, 0);
                        // ecc right after the data, between two sentinels that must survive.
                        int eccAt = 5 + len + 1;
                        byte before = data[eccAt - 1], after = data[eccAt + degree];
                        QrReedSolomon.Remainder(ws, data, 5, len, degree, data, eccAt);
                        string what = "degree " + degree.ToString() + " length " + len.ToString();
                        for (int i = 0; i < degree; i++)
                        {
                            Assert.AreEqual((int)expected[i], (int)log[i], what + " log tables [" + i.ToString() + "]");
                            Assert.AreEqual((int)expected[i], (int)data[eccAt + i], what + " packed [" + i.ToString() + "]");
                        }
                        Assert.AreEqual((int)before, (int)data[eccAt - 1], what + " byte before");
                        Assert.AreEqual((int)after, (int)data[eccAt + degree], what + " byte after");
                    }
                }
            }
        }

        [TestMethod]
        public void BlockRemaindersEqualTheReferenceForEveryBlockLayout()
        {
            // Paired blocks (degree <= 24), the odd last block, short and long blocks, against one block at a time.
            QrWorkspace ws = new QrWorkspace(1);
            int[] degrees = { 7, 10, 16, 17, 18, 24, 26, 30, 22, 13 };
            for (int di = 0; di < degrees.Length; di++)
            {
                int degree = degrees[di];
                for (int blocks = 1; blocks <= 7; blocks++)
                {
                    for (int extra = 0; extra < blocks; extra += blocks > 2 ? 2 : 1)
                    {
                        int dataCodewords = blocks * (9 + degree % 5) + extra;
                        byte[] cw = PseudoRandomBytes(dataCodewords + blocks * degree + 1, degree * 31 + blocks * 7 + extra);
                        byte last = cw[cw.Length - 1];
                        QrReedSolomon.BlockRemainders(ws, cw, dataCodewords, blocks, degree);
                        int shortLen = dataCodewords / blocks, numShort = blocks - extra, offset = 0;
                        for (int b = 0; b < blocks; b++)
                        {
                            int len = b < numShort ? shortLen : shortLen + 1;
                            byte[] expected = ReferenceRemainder(cw, offset, len, degree);
                            offset += len;
                            for (int i = 0; i < degree; i++)
                            {
                                Assert.AreEqual((int)expected[i], (int)cw[dataCodewords + b * degree + i],
                                    "degree " + degree.ToString() + " blocks " + blocks.ToString() + " long " + extra.ToString()
                                    + " block " + b.ToString() + " [" + i.ToString() + "]");
                            }
                        }
                        Assert.AreEqual(dataCodewords, offset);
                        Assert.AreEqual((int)last, (int)cw[cw.Length - 1], "byte after the last block");
                    }
                }
            }
        }

        private static QrWorkspace EncodePinned(string text, QrErrorCorrection ecc, int version)
        {
            QrEncodeOptions o = new QrEncodeOptions();
            o.Ecc = ecc;
            o.MinVersion = version;
            o.MaxVersion = version;
            o.BoostEcc = false;
            QrWorkspace ws = new QrWorkspace(version);
            QrEncoder.EncodeInto(text, o, ws, QrCode.Allocate(version));
            return ws;
        }

        private static void AssertCodewords(QrWorkspace ws, int[] data, int[] ecc, string what)
        {
            Assert.AreEqual(data.Length + ecc.Length, ws.CodewordCount, what + " count");
            for (int i = 0; i < data.Length; i++)
            {
                Assert.AreEqual(data[i], ws.Codeword(i), what + " data " + i.ToString());
            }
            for (int i = 0; i < ecc.Length; i++)
            {
                Assert.AreEqual(ecc[i], ws.Codeword(data.Length + i), what + " ecc " + i.ToString());
            }
        }

        [TestMethod]
        public void EncoderProducesTheGoldenCodewords()
        {
            AssertCodewords(EncodePinned("01234567", QrErrorCorrection.M, 1), Data01234567, Ecc01234567, "01234567 1-M");
            AssertCodewords(EncodePinned("HELLO WORLD", QrErrorCorrection.Q, 1), HelloQData, HelloQEcc, "HELLO WORLD 1-Q");
            AssertCodewords(EncodePinned("HELLO WORLD", QrErrorCorrection.M, 1), HelloMData, HelloMEcc, "HELLO WORLD 1-M");
        }

        // Remainder of a GF(2) polynomial division, done top-down bit by bit (a check, not the encoder's method).
        private static int PolyMod(int value, int bits, int generator, int genDegree)
        {
            for (int i = bits - 1; i >= genDegree; i--)
            {
                if (((value >> i) & 1) != 0)
                {
                    value ^= generator << (i - genDegree);
                }
            }
            return value;
        }

        private static int Binary(string bits)
        {
            int v = 0;
            for (int i = 0; i < bits.Length; i++)
            {
                v = (v << 1) | (bits[i] == '1' ? 1 : 0);
            }
            return v;
        }

        [TestMethod]
        public void FormatBitsMatchExamplesAndAreBchCodewords()
        {
            Assert.AreEqual(Binary("101010000010010"), QrTables.FormatBits(QrErrorCorrection.M, 0));
            Assert.AreEqual(Binary("111011111000100"), QrTables.FormatBits(QrErrorCorrection.L, 0));
            Assert.AreEqual(Binary("011010101011111"), QrTables.FormatBits(QrErrorCorrection.Q, 0));
            Assert.AreEqual(Binary("000100000111011"), QrTables.FormatBits(QrErrorCorrection.H, 7));
            int[] levelBits = { 1, 0, 3, 2 }; // L, M, Q, H
            for (int e = 0; e < 4; e++)
            {
                for (int mask = 0; mask < 8; mask++)
                {
                    int word = QrTables.FormatBits((QrErrorCorrection)e, mask) ^ 0x5412;
                    Assert.AreEqual((levelBits[e] << 3) | mask, word >> 10, "data bits");
                    Assert.AreEqual(0, PolyMod(word, 15, 0x537, 10), "BCH(15,5) remainder");
                }
            }
        }

        [TestMethod]
        public void VersionBitsMatchExamplesAndEveryEntryIsABchCodeword()
        {
            Assert.AreEqual(0x07C94, QrTables.VersionBits(7));
            Assert.AreEqual(0x085BC, QrTables.VersionBits(8));
            Assert.AreEqual(0x09A99, QrTables.VersionBits(9));
            Assert.AreEqual(0x28C69, QrTables.VersionBits(40));
            for (int v = 7; v <= 40; v++)
            {
                int word = QrTables.VersionBits(v);
                Assert.AreEqual(v, word >> 12, "version in the top 6 bits");
                Assert.AreEqual(0, PolyMod(word, 18, 0x1F25, 12), "BCH(18,6) remainder of v" + v.ToString());
                // The code has minimum distance 8: a wrong table entry would sit closer to a neighbour.
                for (int u = 7; u < v; u++)
                {
                    int d = 0;
                    int x = word ^ QrTables.VersionBits(u);
                    while (x != 0)
                    {
                        d += x & 1;
                        x >>= 1;
                    }
                    Assert.IsTrue(d >= 8, "distance v" + u.ToString() + "-v" + v.ToString());
                }
            }
        }

        [TestMethod]
        public void DataCodewordCapacitiesMatchTheStandard()
        {
            int[] versions = { 1, 4, 5, 6, 8, 10 };
            int[] expected =
            {
                19, 16, 13, 9,
                80, 64, 48, 36,
                108, 86, 62, 46,
                136, 108, 76, 60,
                194, 154, 110, 86,
                274, 216, 154, 122
            };
            for (int i = 0; i < versions.Length; i++)
            {
                for (int e = 0; e < 4; e++)
                {
                    Assert.AreEqual(expected[i * 4 + e], QrTables.DataCodewords(versions[i], (QrErrorCorrection)e), "v" + versions[i].ToString());
                }
            }
            Assert.AreEqual(44, QrTables.DataCodewords(3, QrErrorCorrection.M));
            Assert.AreEqual(523, QrTables.DataCodewords(15, QrErrorCorrection.L));
            Assert.AreEqual(2956, QrTables.DataCodewords(40, QrErrorCorrection.L));
            Assert.AreEqual(1276, QrTables.DataCodewords(40, QrErrorCorrection.H));
            Assert.AreEqual(3706, QrTables.TotalCodewords(40));
            Assert.AreEqual(26, QrTables.TotalCodewords(1));
        }

        [TestMethod]
        public void AlignmentPatternCentresMatchTheStandard()
        {
            int[] pos = new int[7];
            Assert.AreEqual(0, QrTables.AlignmentPositions(1, pos));
            Assert.AreEqual(2, QrTables.AlignmentPositions(2, pos));
            Assert.AreEqual(18, pos[1]);
            Assert.AreEqual(3, QrTables.AlignmentPositions(7, pos));
            Assert.AreEqual(22, pos[1]);
            Assert.AreEqual(38, pos[2]);
            int[] v32 = { 6, 34, 60, 86, 112, 138 };
            Assert.AreEqual(6, QrTables.AlignmentPositions(32, pos));
            for (int i = 0; i < 6; i++)
            {
                Assert.AreEqual(v32[i], pos[i], "v32");
            }
            int[] v40 = { 6, 30, 58, 86, 114, 142, 170 };
            Assert.AreEqual(7, QrTables.AlignmentPositions(40, pos));
            for (int i = 0; i < 7; i++)
            {
                Assert.AreEqual(v40[i], pos[i], "v40");
            }
        }

        [TestMethod]
        public void SegmentBitLengthsAreCountedByHand()
        {
            // numeric: 4 + 10 + 10 + 10 + 7
            Assert.AreEqual(41, QrEncoder.DataBits("01234567", 1));
            // alphanumeric: 4 + 9 + 5 * 11 + 6
            Assert.AreEqual(74, QrEncoder.DataBits("HELLO WORLD", 1));
            // 12 digits (4 + 10 + 40) then 3 bytes (4 + 8 + 24) beats one byte segment (4 + 8 + 120)
            Assert.AreEqual(90, QrEncoder.DataBits("123456789012abc", 1));
            // from version 10 the counts are 12 and 16 bits wide: (4 + 12 + 40) + (4 + 16 + 24)
            Assert.AreEqual(100, QrEncoder.DataBits("123456789012abc", 10));
            // ECI(26) header 12 + byte header 12 + two UTF-8 bytes
            Assert.AreEqual(40, QrEncoder.DataBits("\u00e9", 1));
            // a surrogate pair is one 4-byte UTF-8 sequence
            Assert.AreEqual(12 + 12 + 32, QrEncoder.DataBits("\ud83d\ude00", 1));
            Assert.AreEqual(0, QrEncoder.DataBits("", 1));
        }

        [TestMethod]
        public void SegmentsDescribeTheModes()
        {
            QrSegment[] segs = QrEncoder.Segment("123456789012abc", 1);
            Assert.AreEqual(2, segs.Length);
            Assert.IsTrue(segs[0].Mode == QrMode.Numeric);
            Assert.AreEqual(12, segs[0].Chars);
            Assert.AreEqual(54, segs[0].Bits);
            Assert.IsTrue(segs[1].Mode == QrMode.Byte);
            Assert.AreEqual(3, segs[1].Chars);
            Assert.AreEqual("byte", QrSegment.ModeName(segs[1].Mode));
            QrSegment[] eci = QrEncoder.Segment("\u00e9", 1);
            Assert.AreEqual(2, eci.Length);
            Assert.IsTrue(eci[0].Mode == QrMode.Eci);
            Assert.AreEqual(26, eci[0].Count);
            Assert.AreEqual(2, eci[1].Count);
        }

        [TestMethod]
        public void EmptyTextIsVersion1()
        {
            QrCode qr = QrEncoder.Encode("", QrErrorCorrection.M);
            Assert.AreEqual(1, qr.Version);
            Assert.AreEqual(21, qr.Size);
            Assert.IsTrue(qr.Ecc == QrErrorCorrection.H, "boosted: nothing to carry");
            Assert.IsTrue(qr.IsDark(0, 0), "finder corner");
            Assert.IsFalse(qr.IsDark(-1, 0));
            Assert.IsFalse(qr.IsDark(21, 5));
        }

        [TestMethod]
        public void OptionsAreHonoured()
        {
            QrEncodeOptions o = new QrEncodeOptions();
            o.Ecc = QrErrorCorrection.L;
            Assert.IsTrue(QrEncoder.Encode("HELLO WORLD", o).Ecc == QrErrorCorrection.Q, "74 bits: boost L to Q, not H (72)");
            o.BoostEcc = false;
            Assert.IsTrue(QrEncoder.Encode("HELLO WORLD", o).Ecc == QrErrorCorrection.L);
            o.MinVersion = 7;
            o.Mask = 5;
            QrCode qr = QrEncoder.Encode("HELLO WORLD", o);
            Assert.AreEqual(7, qr.Version);
            Assert.AreEqual(5, qr.Mask);
            Assert.AreEqual(45, qr.Size);
            Assert.AreEqual(2, qr.WordsPerRow);
        }

        [TestMethod]
        public void NarrowPlacementAgreesAcrossWorkspaceSizesAndReuse()
        {
            // A workspace sized for one version holds that version's placement gaps; a large one, switching
            // versions and reusing its patterns, must give the same symbols.
            QrWorkspace big = new QrWorkspace(40);
            QrCode fromBig = QrCode.Allocate(40);
            for (int round = 0; round < 2; round++)
            {
                for (int version = 1; version <= 12; version++)
                {
                    for (int e = 0; e < 4; e++)
                    {
                        QrEncodeOptions o = new QrEncodeOptions();
                        o.Ecc = (QrErrorCorrection)e;
                        o.MinVersion = version;
                        o.MaxVersion = version;
                        o.BoostEcc = false;
                        int len = (QrTables.DataBits(version, o.Ecc) - 4 - (version <= 9 ? 8 : 16)) / 8;
                        char[] chars = new char[len];
                        for (int i = 0; i < len; i++)
                        {
                            chars[i] = (char)('a' + (i * 7 + version * 3 + e) % 26);
                        }
                        string text = new string(chars);
                        QrCode own = QrCode.Allocate(version);
                        QrEncoder.EncodeInto(text, o, new QrWorkspace(version), own);
                        QrEncoder.EncodeInto(text, o, big, fromBig);
                        QrEncoder.EncodeInto(text, o, big, fromBig);
                        Assert.AreEqual(own.Mask, fromBig.Mask);
                        for (int i = 0; i < own.Size * own.WordsPerRow; i++)
                        {
                            Assert.AreEqual(own.Rows[i], fromBig.Rows[i], "v" + version.ToString() + " level " + e.ToString());
                        }
                    }
                }
            }
        }

        [TestMethod]
        public void MinimumVersionReportsMinusOneInsteadOfThrowing()
        {
            Assert.AreEqual(1, QrEncoder.MinimumVersion("12345678901234567", QrErrorCorrection.H, 1, 40));
            Assert.AreEqual(2, QrEncoder.MinimumVersion("123456789012345678", QrErrorCorrection.H, 1, 40));
            Assert.AreEqual(-1, QrEncoder.MinimumVersion("123456789012345678", QrErrorCorrection.H, 1, 1));
            Assert.AreEqual(3, QrEncoder.MinimumVersion("1", QrErrorCorrection.H, 3, 40));
        }

        [TestMethod]
        public void OneCharacterTooLongThrowsNamingTheCapacity()
        {
            QrEncodeOptions o = new QrEncodeOptions();
            o.Ecc = QrErrorCorrection.H;
            o.MaxVersion = 1;
            // 1-H holds 72 bits: 17 digits need 4 + 10 + 5 * 10 + 7 = 71, 18 digits need 74.
            Assert.AreEqual(1, QrEncoder.Encode("12345678901234567", o).Version);
            QrDataTooLongException caught = null;
            try
            {
                QrEncoder.Encode("123456789012345678", o);
            }
            catch (QrDataTooLongException e)
            {
                caught = e;
            }
            Assert.IsNotNull(caught);
            Assert.AreEqual(74, caught.NeededBits);
            Assert.AreEqual(72, caught.CapacityBits);
            Assert.AreEqual(1, caught.Version);
            Assert.AreEqual("QR data too long: needs 74 data bits; version 1-H holds 72 bits", caught.Message);
        }

        [TestMethod]
        public void BadArgumentsThrowTypedExceptions()
        {
            QrEncodeOptions o = new QrEncodeOptions();
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => QrEncoder.Encode(null, o));
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => QrEncoder.Encode("x", (QrEncodeOptions)null));
            o.Mask = 8;
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => QrEncoder.Encode("x", o));
            o.Mask = -1;
            o.MinVersion = 0;
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => QrEncoder.Encode("x", o));
            o.MinVersion = 5;
            o.MaxVersion = 4;
            Assert.ThrowsException(typeof(System.ArgumentException), () => QrEncoder.Encode("x", o));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => new QrWorkspace(41));
            o.MinVersion = 3;
            o.MaxVersion = 40;
            Assert.ThrowsException(typeof(System.ArgumentException), () => QrEncoder.EncodeInto("x", o, new QrWorkspace(5), QrCode.Allocate(1)));
            Assert.ThrowsException(typeof(System.ArgumentException), () => QrEncoder.EncodeInto("x", o, new QrWorkspace(2), QrCode.Allocate(2)));
        }

        [TestMethod]
        public void WorkspaceForVersion10Needs5231Bytes()
        {
            // Documented in qrencoder/README.md: arrays of a v10 workspace plus the result rows.
            // 658 modes + 123 segments * 3 + 346 codewords + function map 57 rows * 8 + unmasked symbol 64 rows * 8
            // (the narrow placement transposes its columns into it in place) + 2 transposes * 64 rows * 8
            // + 2 line words * 8 + 7 ints + Reed-Solomon nibble tables 128 words * 8 + placement gaps 6 * 57.
            QrWorkspace ws = new QrWorkspace(10);
            Assert.AreEqual(658, ws.MaxChars);
            Assert.AreEqual(658 + 369 + 346 + 456 + 512 + 1024 + 16 + 28 + 1024 + 342, ws.BufferBytes);
            Assert.AreEqual(5231 - 456, ws.BufferBytes);
            Assert.AreEqual(456, QrWorkspace.ResultBytes(10));
        }
    }
}
