using System;
using nanoFramework.TestFramework;
using QrTerminal.Core;

namespace QrTerminal.Tests
{
    /// <summary>The stand's policy: one test per rule, in the order they are checked.</summary>
    [TestClass]
    public class VietQrPolicyTests
    {
        // Notes vector 9 pays 970436:0011000123456 150000 VND for invoice HD2025000123.
        private const long InvoiceAmount = 150000;
        private const string Invoice = "HD2025000123";
        private const string Account38 = "38570010A00000072701270006970436011300110001234560208QRIBFTTA";
        private const string Tail62 = "62160112HD2025000123";

        private VietQrPolicy _policy;

        [Setup]
        public void Setup()
        {
            _policy = new VietQrPolicy(new string[] { "546034:123456789", "970436:0011000123456" }, ReferenceField.Any);
        }

        [TestMethod]
        public void HospitalVectorIsAccepted()
        {
            PolicyVerdict v = _policy.Check(VietQrTestVectors.HospitalDemo, InvoiceAmount, Invoice);
            Assert.IsTrue(v.Accepted, v.Detail);
            AssertRule(PolicyRule.None, v);
            Assert.IsNotNull(v.Payload);
            Assert.AreEqual("970436", v.Payload.Bin);
        }

        [TestMethod]
        public void MalformedCarriesTheParserReason()
        {
            PolicyVerdict v = _policy.Check("00020101021238570010A000000727012700069704220113113366668888020899998888530370454061000005802VN62230819THANH TOAN DON HANG6304BE36", 100000, "X");
            AssertRule(PolicyRule.Malformed, v);
            Assert.AreEqual(VietQrErrorText.Code(VietQrError.BadCrc), VietQrErrorText.Code(v.Error));
            Assert.StartsWith("BadCrc", v.Detail);
            Assert.IsNull(v.Payload);
            AssertRule(PolicyRule.Malformed, _policy.Check(null, InvoiceAmount, Invoice));
        }

        [TestMethod]
        public void StaticQrIsNotDynamic()
        {
            PolicyVerdict v = _policy.Check(VietQrTestVectors.Sign("000201010211" + Account38 + "530370454061500005802VN" + Tail62), InvoiceAmount, Invoice);
            AssertRule(PolicyRule.NotDynamic, v);
        }

        [TestMethod]
        public void OtherNetworkOrExtraAccountIsWrongGuid()
        {
            // VNPAY-QR (26 / A000000775), made dynamic: well formed but not NAPAS VietQR.
            AssertRule(PolicyRule.WrongGuid, _policy.Check(VietQrTestVectors.Sign("000201010212" + "26280010A00000077501100105313144" + "530370454061500005802VN" + Tail62), InvoiceAmount, Invoice));
            // 38 with another GUID.
            AssertRule(PolicyRule.WrongGuid, _policy.Check(VietQrTestVectors.Sign("000201010212" + "38570010A00000077501270006970436011300110001234560208QRIBFTTA" + "530370454061500005802VN" + Tail62), InvoiceAmount, Invoice));
            // The right 38 plus a VNPAY 26 the payer's app might pick instead.
            AssertRule(PolicyRule.WrongGuid, _policy.Check(VietQrTestVectors.Sign("000201010212" + "26280010A00000077501100105313144" + Account38 + "530370454061500005802VN" + Tail62), InvoiceAmount, Invoice));
        }

        [TestMethod]
        public void AccountOffTheAllowlistIsRejected()
        {
            // Notes vector 3 pays 970403:0011012345678.
            AssertRule(PolicyRule.AccountNotAllowed, _policy.Check(VietQrTestVectors.NapasDynamicAccount, 180000, "NPS6869"));
            // Allowed account number at a different bank.
            string otherBank = "38570010A00000072701270006970415011300110001234560208QRIBFTTA";
            AssertRule(PolicyRule.AccountNotAllowed, _policy.Check(VietQrTestVectors.Sign("000201010212" + otherBank + "530370454061500005802VN" + Tail62), InvoiceAmount, Invoice));
            // An empty allowlist allows nothing.
            var none = new VietQrPolicy(new string[0], ReferenceField.Any);
            AssertRule(PolicyRule.AccountNotAllowed, none.Check(VietQrTestVectors.HospitalDemo, InvoiceAmount, Invoice));
        }

        [TestMethod]
        public void NonNapasBinOnTheAllowlistIsAccepted()
        {
            var b = new VietQrBuilder();
            b.Bin = "546034";
            b.Account = "123456789";
            b.Amount = 42000;
            b.BillNumber = "HD9";
            PolicyVerdict v = _policy.Check(b.Build(), 42000, "HD9");
            Assert.IsTrue(v.Accepted, v.Detail);
        }

        [TestMethod]
        public void CurrencyOtherThanVndIsWrongCurrency()
        {
            AssertRule(PolicyRule.WrongCurrency, _policy.Check(VietQrTestVectors.Sign("000201010212" + Account38 + "530384054061500005802VN" + Tail62), InvoiceAmount, Invoice));
        }

        [TestMethod]
        public void CountryOtherThanVnIsWrongCountry()
        {
            AssertRule(PolicyRule.WrongCountry, _policy.Check(VietQrTestVectors.Sign("000201010212" + Account38 + "530370454061500005802US" + Tail62), InvoiceAmount, Invoice));
        }

        [TestMethod]
        public void AmountMustEqualTheInvoice()
        {
            AssertRule(PolicyRule.AmountMismatch, _policy.Check(VietQrTestVectors.HospitalDemo, InvoiceAmount + 1, Invoice));
            AssertRule(PolicyRule.AmountMismatch, _policy.Check(VietQrTestVectors.HospitalDemo, 15000, Invoice));
            // Dynamic without an amount lets the payer type any amount.
            AssertRule(PolicyRule.AmountMismatch, _policy.Check(VietQrTestVectors.Sign("000201010212" + Account38 + "53037045802VN" + Tail62), InvoiceAmount, Invoice));
            // A tip indicator lets the payer add to the total.
            AssertRule(PolicyRule.AmountMismatch, _policy.Check(VietQrTestVectors.Sign("000201010212" + Account38 + "53037045406150000550201" + "5802VN" + Tail62), InvoiceAmount, Invoice));
        }

        [TestMethod]
        public void AmountMustStayBelowTheNapasTransferLimit()
        {
            // 499,999,999 VND is one transfer; 500,000,000 is not (the amount matches the invoice in both).
            string below = VietQrTestVectors.Sign("000201010212" + Account38 + "5303704540949999999958" + "02VN" + Tail62);
            AssertRule(PolicyRule.None, _policy.Check(below, 499999999, Invoice));
            string at = VietQrTestVectors.Sign("000201010212" + Account38 + "5303704540950000000058" + "02VN" + Tail62);
            AssertRule(PolicyRule.AmountOverLimit, _policy.Check(at, 500000000, Invoice));
            string above = VietQrTestVectors.Sign("000201010212" + Account38 + "530370454101200000000" + "5802VN" + Tail62);
            AssertRule(PolicyRule.AmountOverLimit, _policy.Check(above, 1200000000, Invoice));
        }

        [TestMethod]
        public void InvoiceReferenceMustBeInField62()
        {
            AssertRule(PolicyRule.ReferenceMissing, _policy.Check(VietQrTestVectors.HospitalDemo, InvoiceAmount, "HD2025000124"));
            // A prefix of the reference in the payload is not the reference.
            AssertRule(PolicyRule.ReferenceMissing, _policy.Check(VietQrTestVectors.HospitalDemo, InvoiceAmount, "HD202500012"));
            AssertRule(PolicyRule.ReferenceMissing, _policy.Check(VietQrTestVectors.HospitalDemo, InvoiceAmount, null));
            AssertRule(PolicyRule.ReferenceMissing, _policy.Check(VietQrTestVectors.HospitalDemo, InvoiceAmount, ""));
            // No 62 at all.
            AssertRule(PolicyRule.ReferenceMissing, _policy.Check(VietQrTestVectors.Sign("000201010212" + Account38 + "530370454061500005802VN"), InvoiceAmount, Invoice));
        }

        [TestMethod]
        public void ReferenceFieldSelectsWhereToLook()
        {
            string allow = "970436:0011000123456";
            // Vector 9 carries the invoice in 62-01 and 62-08, not in 62-05.
            Assert.IsTrue(new VietQrPolicy(new string[] { allow }, ReferenceField.BillNumber).Check(VietQrTestVectors.HospitalDemo, InvoiceAmount, Invoice).Accepted);
            Assert.IsTrue(new VietQrPolicy(new string[] { allow }, ReferenceField.Purpose).Check(VietQrTestVectors.HospitalDemo, InvoiceAmount, Invoice).Accepted);
            AssertRule(PolicyRule.ReferenceMissing, new VietQrPolicy(new string[] { allow }, ReferenceField.ReferenceLabel).Check(VietQrTestVectors.HospitalDemo, InvoiceAmount, Invoice));
            // "QUAY05" is only in 62-07, which no setting reads.
            AssertRule(PolicyRule.ReferenceMissing, _policy.Check(VietQrTestVectors.HospitalDemo, InvoiceAmount, "QUAY05"));
        }

        [TestMethod]
        public void TokenMatchNeedsBoundaries()
        {
            Assert.IsTrue(VietQrPolicy.ContainsToken("VIEN PHI HD123", "HD123"));
            Assert.IsTrue(VietQrPolicy.ContainsToken("HD123", "HD123"));
            Assert.IsTrue(VietQrPolicy.ContainsToken("HD12 HD123-X", "HD123"));
            Assert.IsFalse(VietQrPolicy.ContainsToken("VIEN PHI HD1234", "HD123"));
            Assert.IsFalse(VietQrPolicy.ContainsToken("XHD123", "HD123"));
            Assert.IsFalse(VietQrPolicy.ContainsToken(null, "HD123"));
            Assert.IsFalse(VietQrPolicy.ContainsToken("HD1", "HD123"));
        }

        [TestMethod]
        public void BadAllowlistEntriesAreRefusedAtConstruction()
        {
            string[] bad = new string[] { "970436", "97043:123", "970436:", "97043X:123", "970436:01234567890123456789", "970436:1:2", null };
            for (int i = 0; i < bad.Length; i++)
            {
                string[] list = new string[] { bad[i] };
                Assert.ThrowsException(typeof(ArgumentException), () => new VietQrPolicy(list, ReferenceField.Any), "entry " + i);
            }
            Assert.ThrowsException(typeof(ArgumentNullException), () => new VietQrPolicy(null, ReferenceField.Any));
        }

        [TestMethod]
        public void EveryRuleHasItsOwnTexts()
        {
            PolicyRule[] rules = new PolicyRule[]
            {
                PolicyRule.None, PolicyRule.Malformed, PolicyRule.NotDynamic, PolicyRule.WrongGuid, PolicyRule.AccountNotAllowed,
                PolicyRule.WrongCurrency, PolicyRule.WrongCountry, PolicyRule.AmountMismatch, PolicyRule.AmountOverLimit,
                PolicyRule.ReferenceMissing
            };
            string[] codes = new string[]
            {
                "None", "Malformed", "NotDynamic", "WrongGuid", "AccountNotAllowed", "WrongCurrency", "WrongCountry", "AmountMismatch", "AmountOverLimit",
                "ReferenceMissing"
            };
            for (int i = 0; i < rules.Length; i++)
            {
                Assert.AreEqual(codes[i], PolicyRuleText.Code(rules[i]));
                for (int j = 0; j < i; j++)
                {
                    Assert.AreNotEqual(PolicyRuleText.Vietnamese(rules[j]), PolicyRuleText.Vietnamese(rules[i]));
                }
            }
            Assert.AreEqual("Sai t\u00E0i kho\u1EA3n nh\u1EADn", PolicyRuleText.Vietnamese(PolicyRule.AccountNotAllowed));
            Assert.AreEqual("Sai s\u1ED1 ti\u1EC1n", PolicyRuleText.Vietnamese(PolicyRule.AmountMismatch));
            Assert.AreEqual("M\u00E3 QR kh\u00F4ng h\u1EE3p l\u1EC7", PolicyRuleText.Vietnamese(PolicyRule.Malformed));
        }

        private static void AssertRule(PolicyRule expected, PolicyVerdict v)
        {
            Assert.AreEqual(PolicyRuleText.Code(expected), PolicyRuleText.Code(v.FailedRule), v.Detail);
            Assert.AreEqual(expected == PolicyRule.None, v.Accepted);
        }
    }
}
