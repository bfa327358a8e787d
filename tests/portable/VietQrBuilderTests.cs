using nanoFramework.TestFramework;
using QrTerminal.Core;

namespace QrTerminal.Tests
{
    /// <summary>The builder reproduces the verified vectors byte for byte and refuses bad fields with a typed reason.</summary>
    [TestClass]
    public class VietQrBuilderTests
    {
        [TestMethod]
        public void ReproducesNapasStaticAccount()
        {
            // Vector 1 with its inner length typo corrected (see VietQrTestVectors.NapasStaticAccount).
            var b = new VietQrBuilder();
            b.Bin = "970403";
            b.Account = "0011012345678";
            b.Dynamic = false;
            Assert.AreEqual(VietQrTestVectors.NapasStaticAccount, b.Build());
        }

        [TestMethod]
        public void ReproducesNapasStaticCard()
        {
            var b = new VietQrBuilder();
            b.Bin = "970403";
            b.Account = "9704031101234567";
            b.ServiceCode = VietQrBuilder.ServiceToCard;
            b.Dynamic = false;
            Assert.AreEqual(VietQrTestVectors.NapasStaticCard, b.Build());
        }

        [TestMethod]
        public void ReproducesNapasDynamicAccountAndCard()
        {
            var b = new VietQrBuilder();
            b.Bin = "970403";
            b.Account = "0011012345678";
            b.Amount = 180000;
            b.BillNumber = "NPS6869";
            b.Purpose = "thanh toan don hang";
            Assert.AreEqual(VietQrTestVectors.NapasDynamicAccount, b.Build());
            b.Account = "9704031101234567";
            b.ServiceCode = "QRIBFTTC";
            Assert.AreEqual(VietQrTestVectors.NapasDynamicCard, b.Build());
        }

        [TestMethod]
        public void FoldsVietnamesePurposeLikeTheLibraries()
        {
            // subiz/vietqr README: "ủng hộ lũ lụt" is sent as "ung ho lu lut".
            var b = new VietQrBuilder();
            b.Bin = "970415";
            b.Account = "0011001932418";
            b.Amount = 120000;
            b.Purpose = "\u1EE7ng h\u1ED9 l\u0169 l\u1EE5t";
            Assert.AreEqual(VietQrTestVectors.SubizVietinBank, b.Build());

            b.Bin = "970436";
            b.Account = "1017595600";
            b.Amount = 180000;
            b.Purpose = "thanh to\u00E1n \u0111\u01A1n h\u00E0ng";
            Assert.AreEqual(VietQrTestVectors.LiopayVietcombank, b.Build());
        }

        [TestMethod]
        public void ReproducesTheHospitalVector()
        {
            var b = new VietQrBuilder();
            b.Bin = "970436";
            b.Account = "0011000123456";
            b.Amount = 150000;
            b.Mcc = "8062";
            b.MerchantName = "B\u1EC6NH VI\u1EC6N DEMO";
            b.City = "H\u00C0 N\u1ED8I";
            b.BillNumber = "HD2025000123";
            b.TerminalLabel = "QUAY05";
            b.Purpose = "VI\u1EC6N PH\u00CD HD2025000123";
            Assert.AreEqual(VietQrTestVectors.HospitalDemo, b.Build());
        }

        [TestMethod]
        public void ReferenceLabelGoesTo6205()
        {
            var b = Valid();
            b.ReferenceLabel = "REF42";
            string payload = b.Build();
            Assert.Contains("0505REF42", payload);
            Assert.AreEqual("REF42", VietQrParser.Parse(payload).ReferenceLabel);
        }

        [TestMethod]
        public void EmptyTextFieldsAreOmitted()
        {
            var b = Valid();
            b.MerchantName = "";
            b.Purpose = "";
            string payload = b.Build();
            Assert.IsFalse(payload.IndexOf("5900") >= 0);
            Assert.IsNull(VietQrParser.Parse(payload).Purpose);
        }

        [TestMethod]
        public void BadBinAndAccount()
        {
            AssertBuildFails(VietQrError.MissingField, "Bin", Valid(), "Bin", null);
            AssertBuildFails(VietQrError.InvalidField, "Bin", Valid(), "Bin", "97040");
            AssertBuildFails(VietQrError.InvalidField, "Bin", Valid(), "Bin", "97040X");
            AssertBuildFails(VietQrError.MissingField, "Account", Valid(), "Account", "");
            AssertBuildFails(VietQrError.FieldTooLong, "Account", Valid(), "Account", "01234567890123456789");
            AssertBuildFails(VietQrError.InvalidField, "Account", Valid(), "Account", "0011-0001");
            AssertBuildFails(VietQrError.InvalidField, "ServiceCode", Valid(), "ServiceCode", "QRPUSH");
            AssertBuildFails(VietQrError.InvalidField, "Mcc", Valid(), "Mcc", "806");
        }

        [TestMethod]
        public void BadAmounts()
        {
            var b = Valid();
            b.Amount = 0;
            AssertBuildFails(VietQrError.MalformedAmount, "Amount", b);
            b.Amount = -1;
            AssertBuildFails(VietQrError.MalformedAmount, "Amount", b);
            b.Amount = VietQrBuilder.MaxAmount + 1;
            AssertBuildFails(VietQrError.MalformedAmount, "Amount", b);
            b.Amount = VietQrBuilder.MaxAmount;
            Assert.AreEqual(VietQrBuilder.MaxAmount, VietQrParser.Parse(b.Build()).Amount);
            b.Dynamic = false;
            b.Amount = 0;
            Assert.AreEqual(-1L, VietQrParser.Parse(b.Build()).Amount);
        }

        [TestMethod]
        public void TextLimitsAndCharset()
        {
            AssertBuildFails(VietQrError.FieldTooLong, "MerchantName", Valid(), "MerchantName", "BENH VIEN DA KHOA DUC GIAN");
            AssertBuildFails(VietQrError.FieldTooLong, "City", Valid(), "City", "THANH PHO HA NOI");
            AssertBuildFails(VietQrError.FieldTooLong, "Purpose", Valid(), "Purpose", "VIEN PHI HOA DON 20250001234");
            AssertBuildFails(VietQrError.NonAscii, "Purpose", Valid(), "Purpose", "VIEN PHI \u20AC");
            AssertBuildFails(VietQrError.NonAscii, "BillNumber", Valid(), "BillNumber", "HD\n1");
            // Exactly 25 after folding fits: "Bệnh viện Đa khoa Đức Gia" is 25 letters and spaces.
            var b = Valid();
            b.MerchantName = "B\u1EC7nh vi\u1EC7n \u0110a khoa \u0110\u1EE9c Gia";
            Assert.AreEqual("Benh vien Da khoa Duc Gia", VietQrParser.Parse(b.Build()).MerchantName);
        }

        [TestMethod]
        public void AdditionalDataOver99IsFieldTooLong()
        {
            var b = Valid();
            b.BillNumber = "BBBBBBBBBBBBBBBBBBBBBBBBB";
            b.ReferenceLabel = "RRRRRRRRRRRRRRRRRRRRRRRRR";
            b.TerminalLabel = "TTTTTTTTTTTTTTTTTTTTTTTTT";
            b.Purpose = "PPPPPPPPPPPPPPPPPPPPP";
            // 3 × (4 + 25) + (4 + 21) = 112.
            AssertBuildFails(VietQrError.FieldTooLong, "62", b);
            b.Purpose = "PP";
            b.TerminalLabel = "T";
            // 2 × 29 + 6 + 5 = 69: fits.
            Assert.AreEqual("PP", VietQrParser.Parse(b.Build()).Purpose);
        }

        private static VietQrBuilder Valid()
        {
            var b = new VietQrBuilder();
            b.Bin = "970436";
            b.Account = "0011000123456";
            b.Amount = 150000;
            b.Purpose = "VIEN PHI HD1";
            return b;
        }

        private static void AssertBuildFails(VietQrError expected, string field, VietQrBuilder b, string property, string value)
        {
            switch (property)
            {
                case "Bin": b.Bin = value; break;
                case "Account": b.Account = value; break;
                case "ServiceCode": b.ServiceCode = value; break;
                case "Mcc": b.Mcc = value; break;
                case "MerchantName": b.MerchantName = value; break;
                case "City": b.City = value; break;
                case "Purpose": b.Purpose = value; break;
                case "BillNumber": b.BillNumber = value; break;
                default: Assert.IsTrue(false, "unknown property " + property); break;
            }
            AssertBuildFails(expected, field, b);
        }

        private static void AssertBuildFails(VietQrError expected, string field, VietQrBuilder b)
        {
            try
            {
                b.Build();
            }
            catch (VietQrException e)
            {
                Assert.AreEqual(VietQrErrorText.Code(expected), VietQrErrorText.Code(e.Error), e.Message);
                Assert.AreEqual(field, e.Field, e.Message);
                return;
            }
            Assert.IsTrue(false, "built despite a bad " + field);
        }
    }
}
