using nanoFramework.TestFramework;
using QrTerminal.Core;

namespace QrTerminal.Tests
{
    /// <summary>The strict parser: every verified vector parses; each fault is refused with its own reason.</summary>
    [TestClass]
    public class VietQrParserTests
    {
        // Pieces of notes vector 3 (NAPAS §6.1.3), reassembled below around one fault at a time.
        private const string Dynamic = "000201010212";
        private const string Static = "000201010211";
        private const string Account38 = "38570010A00000072701270006970403011300110123456780208QRIBFTTA";
        private const string Money = "530370454061800005802VN";
        private const string Additional = "62340107NPS68690819thanh toan don hang";

        [TestMethod]
        public void EveryVerifiedVectorParsesWithTheCrcFromTheNotes()
        {
            for (int i = 0; i < VietQrTestVectors.Valid.Length; i++)
            {
                VietQrPayload p = VietQrParser.Parse(VietQrTestVectors.Valid[i]);
                Assert.AreEqual(VietQrTestVectors.ValidCrc[i], p.Crc, "vector " + i);
                Assert.AreEqual(VietQrTestVectors.Valid[i], p.Raw);
            }
        }

        [TestMethod]
        public void NapasStaticAccountExampleHasTheNotesCrcButAnInnerLengthTypo()
        {
            // Notes vector 1 (NAPAS §6.1.1): the CRC F4E5 is right, but 38-01-01 says "12" in front of the
            // 13-digit account 0011012345678 (vector 3 writes the same account as "0113"); the outer lengths 57/27
            // count 13. A strict parser must refuse the leftover digit.
            string v = VietQrTestVectors.NapasStaticAccountAsPrinted;
            Assert.AreEqual(0xF4E5, Crc16Ccitt.Compute(v, 0, v.Length - 4));
            VietQrException e = AssertRejects(VietQrError.TrailingBytes, v);
            Assert.AreEqual("38.01", e.Field);
        }

        [TestMethod]
        public void NapasStaticAccountFields()
        {
            VietQrPayload p = VietQrParser.Parse(VietQrTestVectors.NapasStaticAccount);
            Assert.AreEqual("11", p.PointOfInitiation);
            Assert.IsFalse(p.IsDynamic);
            Assert.AreEqual(38, p.MerchantAccountId);
            Assert.AreEqual(1, p.MerchantAccountCount);
            Assert.AreEqual("A000000727", p.Guid);
            Assert.AreEqual("970403", p.Bin);
            Assert.AreEqual("0011012345678", p.Account);
            Assert.AreEqual("QRIBFTTA", p.ServiceCode);
            Assert.AreEqual("704", p.Currency);
            Assert.AreEqual(-1L, p.Amount);
            Assert.IsNull(p.AmountText);
            Assert.AreEqual("VN", p.Country);
            Assert.IsNull(p.Mcc);
            Assert.IsNull(p.Purpose);
        }

        [TestMethod]
        public void NapasDynamicCardFields()
        {
            VietQrPayload p = VietQrParser.Parse(VietQrTestVectors.NapasDynamicCard);
            Assert.IsTrue(p.IsDynamic);
            Assert.AreEqual("9704031101234567", p.Account);
            Assert.AreEqual("QRIBFTTC", p.ServiceCode);
            Assert.AreEqual(180000L, p.Amount);
            Assert.AreEqual("NPS6869", p.BillNumber);
            Assert.AreEqual("thanh toan don hang", p.Purpose);
        }

        [TestMethod]
        public void QrPushWithoutServiceCodeFields()
        {
            VietQrPayload p = VietQrParser.Parse(VietQrTestVectors.LiopayQrPush);
            Assert.AreEqual("2112995044604025", p.Account);
            Assert.IsNull(p.ServiceCode);
            Assert.AreEqual("5812", p.Mcc);
            Assert.AreEqual("PHUONG CAC", p.MerchantName);
            Assert.AreEqual("HANOI", p.City);
            Assert.AreEqual("NPS6869", p.StoreLabel);
        }

        [TestMethod]
        public void VnpayTemplate26ParsesWithoutNapasFields()
        {
            VietQrPayload p = VietQrParser.Parse(VietQrTestVectors.VnpayCellphones);
            Assert.AreEqual(26, p.MerchantAccountId);
            Assert.AreEqual("A000000775", p.Guid);
            Assert.IsNull(p.Bin);
            Assert.IsNull(p.Account);
            Assert.AreEqual(21090000L, p.Amount);
            Assert.AreEqual("CELLPHONES", p.MerchantName);
            Assert.AreEqual("CellphoneS", p.Purpose);
            Assert.AreEqual("ONLHN", p.TerminalLabel);
            Assert.AreEqual("02190806161312785", p.ReferenceLabel);
        }

        [TestMethod]
        public void HospitalVectorFields()
        {
            VietQrPayload p = VietQrParser.Parse(VietQrTestVectors.HospitalDemo);
            Assert.AreEqual("970436", p.Bin);
            Assert.AreEqual("0011000123456", p.Account);
            Assert.AreEqual("8062", p.Mcc);
            Assert.AreEqual(150000L, p.Amount);
            Assert.AreEqual("BENH VIEN DEMO", p.MerchantName);
            Assert.AreEqual("HA NOI", p.City);
            Assert.AreEqual("HD2025000123", p.BillNumber);
            Assert.AreEqual("QUAY05", p.TerminalLabel);
            Assert.AreEqual("VIEN PHI HD2025000123", p.Purpose);
        }

        [TestMethod]
        public void NonNapasBinsAreValid()
        {
            // CAKE 546034, Timo 963388, MoMo 971025 (notes §1 "Bank BINs"): not 9704xx, still VietQR.
            string[] bins = new string[] { "546034", "963388", "971025" };
            for (int i = 0; i < bins.Length; i++)
            {
                string body = Dynamic + "38570010A0000007270127" + "0006" + bins[i] + "01130011012345678" + "0208QRIBFTTA" + Money;
                Assert.AreEqual(bins[i], VietQrParser.Parse(VietQrTestVectors.Sign(body)).Bin);
            }
        }

        [TestMethod]
        public void AmountWithTrailingDotIsValidPerNapas()
        {
            // NAPAS table for 54: "50000." is valid.
            VietQrPayload p = VietQrParser.Parse(VietQrTestVectors.Sign(Dynamic + Account38 + "5303704" + "540650000." + "5802VN"));
            Assert.AreEqual(50000L, p.Amount);
            Assert.AreEqual("50000.", p.AmountText);
        }

        [TestMethod]
        public void OptionalObjectsThatFollowTheRulesAreAccepted()
        {
            string body = Dynamic + Account38 + Money + "550202" + "56045000" + "6106700000" + "62170107NPS68690902AM"
                + "64190002VI0109BENH VIEN" + "6504RFU1" + "8016" + "0004ABCD" + "01041234";
            VietQrPayload p = VietQrParser.Parse(VietQrTestVectors.Sign(body));
            Assert.AreEqual("02", p.TipIndicator);
            Assert.AreEqual("700000", p.PostalCode);
        }

        // ---- Known-bad samples from the notes ----

        [TestMethod]
        public void NapasSpecTypoWithCrcA203OnTheStaticCardIsBadCrc()
        {
            // Notes: first line printed in NAPAS §6.1.4: header 11, no amount, CRC A203; its correct CRC is 4F52.
            AssertRejects(VietQrError.BadCrc, "00020101021138600010A00000072701300006970403011697040311012345670208QRIBFTTC53037045802VN6304A203");
        }

        [TestMethod]
        public void PayOsSampleIsRejected()
        {
            // payOS API reference qrCode sample (notes §1 negative vectors): CRC does not match.
            AssertRejects(VietQrError.BadCrc, "00020101021238570010A000000727012700069704220113113366668888020899998888530370454061000005802VN62230819THANH TOAN DON HANG6304BE36");
        }

        [TestMethod]
        public void VietQrTsComplianceSamplesHaveBadCrc()
        {
            // binhnguyenduc/vietqr-ts tests/compliance/napas-parsing.test.ts, CRCs B682 and E6A9 (notes: do not match).
            AssertRejects(VietQrError.BadCrc, "00020101021138560010A0000007270138000697042201120123456789020208QRIBFTTA53037045802VN6304B682");
            AssertRejects(VietQrError.BadCrc, "00020101021238560010A0000007270138000697042201120123456789020208QRIBFTTA53037045405100005802VN62140810Thanh toan6304E6A9");
        }

        [TestMethod]
        public void VietQrTsServiceCodeNestedInBeneficiaryIsUnexpectedField()
        {
            // binhnguyenduc/vietqr-ts tests/fixtures/vietqr-samples.ts DYNAMIC_FULL: valid CRC, 02 nested inside 38-01.
            VietQrException e = AssertRejects(VietQrError.UnexpectedField,
                "00020101021238570010A00000072701390006970422011301234567890200208QRIBFTTA53037045405500005802VN62160812Test Payment630495B6");
            Assert.AreEqual("38.01.02", e.Field);
        }

        [TestMethod]
        public void VietQrTsUtf8MessageIsNonAscii()
        {
            // vietqr-samples.ts WITH_UTF8_MESSAGE: diacritics in 62-08 (LEN counted in bytes).
            AssertRejects(VietQrError.NonAscii,
                "00020101021238570010A00000072701390006970422011301234567890200208QRIBFTTA53037045405100005802VN62260822Thanh to\u00E1n h\u00F3a \u0111\u01A1n630432F8");
        }

        [TestMethod]
        public void DynamicCode22IsBadPointOfInitiation()
        {
            // giautm/emvqr-go README calls "22" dynamic; the correct value is 12.
            AssertRejects(VietQrError.BadPointOfInitiation, VietQrTestVectors.Sign("000201010222" + Account38 + Money));
        }

        // ---- One test per reason ----

        [TestMethod]
        public void NullAndEmptyAreEmpty()
        {
            AssertRejects(VietQrError.Empty, null);
            AssertRejects(VietQrError.Empty, "");
        }

        [TestMethod]
        public void Over512CharactersIsTooLong()
        {
            string filler = "";
            for (int i = 0; i < 5; i++)
            {
                filler += "6599" + new string('X', 99);
            }
            string payload = VietQrTestVectors.Sign(Dynamic + Account38 + Money + filler);
            Assert.IsTrue(payload.Length > 512);
            AssertRejects(VietQrError.TooLong, payload);
        }

        [TestMethod]
        public void ControlCharacterIsNonAscii()
        {
            AssertRejects(VietQrError.NonAscii, VietQrTestVectors.Sign(Dynamic + Account38 + Money + "5905A\tB C"));
        }

        [TestMethod]
        public void WrongFormatIndicatorIsMissingHeader()
        {
            // vietqr-samples.ts INVALID_FORMAT: "000299...".
            AssertRejects(VietQrError.MissingHeader, "00029901021138570010A00000072701390006970422011301234567890200208QRIBFTTA53037045802VN6304XXXX");
            AssertRejects(VietQrError.MissingHeader, VietQrTestVectors.Sign("0102120002" + "01" + Account38 + Money));
        }

        [TestMethod]
        public void NoCrcObjectIsMissingCrc()
        {
            // vietqr-samples.ts MISSING_CRC.
            AssertRejects(VietQrError.MissingCrc, "00020101021138570010A00000072701390006970422011301234567890200208QRIBFTTA53037045802VN");
            AssertRejects(VietQrError.MissingCrc, "000201");
        }

        [TestMethod]
        public void LowercaseOrWrongCrcIsBadCrc()
        {
            string good = VietQrTestVectors.NapasDynamicAccount;
            AssertRejects(VietQrError.BadCrc, good.Substring(0, good.Length - 4) + "2e2e");
            AssertRejects(VietQrError.BadCrc, good.Substring(0, good.Length - 4) + "2E2F");
            AssertRejects(VietQrError.BadCrc, good.Substring(0, good.Length - 4) + "2E2G");
        }

        [TestMethod]
        public void LetterInIdIsNonNumericId()
        {
            AssertRejects(VietQrError.NonNumericId, VietQrTestVectors.Sign(Dynamic + Account38 + "5X037045802VN"));
        }

        [TestMethod]
        public void LetterInLengthIsNonNumericLength()
        {
            VietQrException e = AssertRejects(VietQrError.NonNumericLength, VietQrTestVectors.Sign(Dynamic + Account38 + "530X7045802VN"));
            Assert.AreEqual("53", e.Field);
        }

        [TestMethod]
        public void LengthZeroIsZeroLength()
        {
            AssertRejects(VietQrError.ZeroLength, VietQrTestVectors.Sign(Dynamic + Account38 + Money + "6500"));
        }

        [TestMethod]
        public void LengthPastParentIsLengthOverflow()
        {
            // 38-01 claims 45 characters; only 39 are left inside 38.
            VietQrException e = AssertRejects(VietQrError.LengthOverflow,
                VietQrTestVectors.Sign(Dynamic + "38570010A00000072701450006970403011300110123456780208QRIBFTTA" + Money));
            Assert.AreEqual("38.01", e.Field);
            // 62 claims 99 characters at the root.
            AssertRejects(VietQrError.LengthOverflow, VietQrTestVectors.Sign(Dynamic + Account38 + Money + "62990107NPS6869"));
        }

        [TestMethod]
        public void LeftoverInsideTemplateIsTrailingBytes()
        {
            VietQrException e = AssertRejects(VietQrError.TrailingBytes, VietQrTestVectors.Sign(Dynamic + Account38 + Money + "62140107NPS6869123"));
            Assert.AreEqual("62", e.Field);
        }

        [TestMethod]
        public void SameIdTwiceIsDuplicateId()
        {
            AssertRejects(VietQrError.DuplicateId, VietQrTestVectors.Sign(Dynamic + Account38 + "5303704" + Money));
            AssertRejects(VietQrError.DuplicateId, VietQrTestVectors.Sign(Dynamic + Account38 + Money + "63041234"));
            AssertRejects(VietQrError.DuplicateId, VietQrTestVectors.Sign(Dynamic + Account38 + Money + "62220107NPS68690107NPS6869"));
        }

        [TestMethod]
        public void CrcSwallowedByPreviousObjectIsCrcNotLast()
        {
            // "6508" makes the trailing "6304XXXX" the value of 65.
            string body = Dynamic + Account38 + Money + "6508";
            string payload = body + "6304" + VietQrTestVectors.ReferenceCrc(body + "6304").ToString("X4");
            AssertRejects(VietQrError.CrcNotLast, payload);
        }

        [TestMethod]
        public void AbsentMandatoryObjectsAreMissingField()
        {
            AssertField(VietQrError.MissingField, "01", VietQrTestVectors.Sign("000201" + Account38 + Money));
            AssertField(VietQrError.MissingField, "38", VietQrTestVectors.Sign(Dynamic + Money));
            AssertField(VietQrError.MissingField, "53", VietQrTestVectors.Sign(Dynamic + Account38 + "5802VN"));
            AssertField(VietQrError.MissingField, "58", VietQrTestVectors.Sign(Dynamic + Account38 + "5303704"));
            AssertField(VietQrError.MissingField, "38.01", VietQrTestVectors.Sign(Dynamic + "38260010A0000007270208QRIBFTTA" + Money));
            AssertField(VietQrError.MissingField, "38.01.00", VietQrTestVectors.Sign(Dynamic + "38470010A00000072701170113001101234567802" + "08QRIBFTTA" + Money));
            AssertField(VietQrError.MissingField, "38.01.01", VietQrTestVectors.Sign(Dynamic + "38400010A0000007270110000697040302" + "08QRIBFTTA" + Money));
            AssertField(VietQrError.MissingField, "64.00", VietQrTestVectors.Sign(Dynamic + Account38 + Money + "64090105NAME1"));
        }

        [TestMethod]
        public void TemplateWithoutGuidIsRejected()
        {
            AssertField(VietQrError.TemplateWithoutGuid, "26", VietQrTestVectors.Sign(Dynamic + "261401100105313144" + Money));
            AssertField(VietQrError.TemplateWithoutGuid, "80", VietQrTestVectors.Sign(Dynamic + Account38 + Money + "800801041234"));
            AssertField(VietQrError.TemplateWithoutGuid, "62.50", VietQrTestVectors.Sign(Dynamic + Account38 + Money + "62125008010412 4"));
            AssertField(VietQrError.TemplateWithoutGuid, "38", VietQrTestVectors.Sign(Dynamic + "38310127000697040301130011012345678" + Money));
        }

        [TestMethod]
        public void UndefinedSubFieldsAreUnexpectedField()
        {
            AssertField(VietQrError.UnexpectedField, "38.03", VietQrTestVectors.Sign(Dynamic + "38650010A00000072701270006970403011300110123456780208QRIBFTTA0304ABCD" + Money));
            AssertField(VietQrError.UnexpectedField, "62.00", VietQrTestVectors.Sign(Dynamic + Account38 + Money + "62080004ABCD"));
        }

        [TestMethod]
        public void BadAmountsAreMalformedAmount()
        {
            string[] amounts = new string[] { "0", "050000", "50 000", "500.5", "1.000", "-5000", "+5000", "12345678901234", "1234567890123.", ".", "5e4" };
            for (int i = 0; i < amounts.Length; i++)
            {
                string a = amounts[i];
                string field = "54" + (a.Length < 10 ? "0" + a.Length : a.Length.ToString()) + a;
                AssertField(VietQrError.MalformedAmount, "54", VietQrTestVectors.Sign(Dynamic + Account38 + "5303704" + field + "5802VN"));
            }
            // 13 digits is the maximum that parses.
            Assert.AreEqual(9999999999999L, VietQrParser.Parse(VietQrTestVectors.Sign(Dynamic + Account38 + "5303704" + "54139999999999999" + "5802VN")).Amount);
        }

        [TestMethod]
        public void WrongFormatsAreInvalidField()
        {
            AssertField(VietQrError.InvalidField, "38.01.00", VietQrTestVectors.Sign(Dynamic + "38560010A0000007270126000597040011300110123456780208QRIBFTTA" + Money));
            AssertField(VietQrError.InvalidField, "38.01.00", VietQrTestVectors.Sign(Dynamic + "38570010A0000007270127000697040X01130011012345678" + "0208QRIBFTTA" + Money));
            AssertField(VietQrError.InvalidField, "52", VietQrTestVectors.Sign(Dynamic + Account38 + "5203806" + Money));
            AssertField(VietQrError.InvalidField, "53", VietQrTestVectors.Sign(Dynamic + Account38 + "5303VND" + "5802VN"));
            AssertField(VietQrError.InvalidField, "58", VietQrTestVectors.Sign(Dynamic + Account38 + "5303704" + "5802vn"));
            AssertField(VietQrError.InvalidField, "62.09", VietQrTestVectors.Sign(Dynamic + Account38 + Money + "62060902AA"));
            AssertField(VietQrError.InvalidField, "62.09", VietQrTestVectors.Sign(Dynamic + Account38 + Money + "62060902AX"));
        }

        [TestMethod]
        public void OverlongFieldsAreFieldTooLong()
        {
            string name26 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
            AssertField(VietQrError.FieldTooLong, "59", VietQrTestVectors.Sign(Dynamic + Account38 + Money + "5926" + name26));
            AssertField(VietQrError.FieldTooLong, "60", VietQrTestVectors.Sign(Dynamic + Account38 + Money + "6016" + "HO CHI MINH CITY"));
            AssertField(VietQrError.FieldTooLong, "62.08", VietQrTestVectors.Sign(Dynamic + Account38 + Money + "62300826" + name26));
            AssertField(VietQrError.FieldTooLong, "38.01.01", VietQrTestVectors.Sign(Dynamic + "38640010A00000072701340006970403012001234567890123456789" + "0208QRIBFTTA" + Money));
            AssertField(VietQrError.FieldTooLong, "38.02", VietQrTestVectors.Sign(Dynamic + "38600010A0000007270127000697040301130011012345678" + "0211QRIBFTTAXXX" + Money));
        }

        [TestMethod]
        public void ContradictoryTipFieldsAreTipInconsistent()
        {
            AssertField(VietQrError.TipInconsistent, "56", VietQrTestVectors.Sign(Dynamic + Account38 + Money + "550202"));
            AssertField(VietQrError.TipInconsistent, "55", VietQrTestVectors.Sign(Dynamic + Account38 + Money + "56045000"));
            AssertField(VietQrError.TipInconsistent, "55", VietQrTestVectors.Sign(Dynamic + Account38 + Money + "550209"));
            AssertField(VietQrError.TipInconsistent, "57", VietQrTestVectors.Sign(Dynamic + Account38 + Money + "550203" + "570500.00"));
            AssertField(VietQrError.TipInconsistent, "55", VietQrTestVectors.Sign(Dynamic + Account38 + Money + "550201" + "56045000"));
        }

        [TestMethod]
        public void StaticPayloadsParse()
        {
            Assert.IsFalse(VietQrParser.Parse(VietQrTestVectors.Sign(Static + Account38 + Money + Additional)).IsDynamic);
        }

        private static VietQrException AssertRejects(VietQrError expected, string payload)
        {
            try
            {
                VietQrParser.Parse(payload);
            }
            catch (VietQrException e)
            {
                Assert.AreEqual(VietQrErrorText.Code(expected), VietQrErrorText.Code(e.Error), e.Message);
                return e;
            }
            Assert.IsTrue(false, "accepted: " + payload);
            return null;
        }

        private static void AssertField(VietQrError expected, string field, string payload)
        {
            VietQrException e = AssertRejects(expected, payload);
            Assert.AreEqual(field, e.Field, e.Message);
        }
    }
}
