using System;
using System.Linq;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using QrTerminal.Core;

namespace QrTerminal.Tests
{
    /// <summary>Build → parse round trip over random valid fields (CsCheck).</summary>
    [TestClass]
    public class VietQrPropertyTests
    {
        // Printable ASCII plus Vietnamese letters in both cases, so folding is part of the round trip.
        private const string TextChars =
            " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~" +
            "\u0103\u00E2\u0111\u00EA\u00F4\u01A1\u01B0\u00E0\u00E1\u1EA3\u00E3\u1EA1\u1EC7\u1EEF\u1EF9\u0110\u1EC6\u1EEE\u00C1\u01AF";

        private const string AlphaNumeric = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

        private static Gen<string> Text(int min, int max) => Gen.Char[TextChars].Array[min, max].Select(a => new string(a));

        private static Gen<string> OptionalText(int max) => Gen.Frequency((1, Gen.Const((string)null)), (3, Text(0, max)));

        private sealed record Fields(
            string Bin, string Account, long Amount, bool Dynamic, string Service, string Mcc,
            string Name, string City, string Bill, string Reference, string Terminal, string Purpose);

        private static readonly Gen<Fields> AnyFields =
            Gen.Select(
                Gen.Select(
                    Gen.Char['0', '9'].Array[6].Select(a => new string(a)),
                    Gen.Char[AlphaNumeric].Array[1, 19].Select(a => new string(a)),
                    // Hospital fees (below the NAPAS247 limit) as often as any amount the builder takes.
                    Gen.Frequency((1, Gen.Long[1, VietQrPolicy.NapasTransferLimit - 1]), (1, Gen.Long[1, VietQrBuilder.MaxAmount])),
                    Gen.Bool,
                    Gen.Bool.Select(card => card ? VietQrBuilder.ServiceToCard : VietQrBuilder.ServiceToAccount),
                    Gen.Frequency((1, Gen.Const((string)null)), (1, Gen.Char['0', '9'].Array[4].Select(a => new string(a))))),
                Gen.Select(OptionalText(25), OptionalText(15), OptionalText(20), OptionalText(20), OptionalText(20), OptionalText(20)),
                Gen.Bool,
                (a, b, staticWithoutAmount) => new Fields(
                    a.Item1, a.Item2, !a.Item4 && staticWithoutAmount ? 0 : a.Item3, a.Item4, a.Item5, a.Item6,
                    b.Item1, b.Item2, b.Item3, b.Item4, b.Item5, b.Item6));

        [TestMethod]
        public void BuildThenParseGivesTheFieldsBack()
        {
            AnyFields.Sample(f =>
            {
                string payload = Builder(f).Build();
                VietQrPayload p = VietQrParser.Parse(payload);
                Assert.AreEqual(payload, p.Raw);
                Assert.AreEqual(f.Dynamic, p.IsDynamic);
                Assert.AreEqual(VietQrPayload.NapasGuid, p.Guid);
                Assert.AreEqual(f.Bin, p.Bin);
                Assert.AreEqual(f.Account, p.Account);
                Assert.AreEqual(f.Service, p.ServiceCode);
                Assert.AreEqual(f.Mcc, p.Mcc);
                Assert.AreEqual("704", p.Currency);
                Assert.AreEqual("VN", p.Country);
                Assert.AreEqual(f.Amount == 0 ? -1 : f.Amount, p.Amount);
                Assert.AreEqual(Fold(f.Name), p.MerchantName);
                Assert.AreEqual(Fold(f.City), p.City);
                Assert.AreEqual(Fold(f.Bill), p.BillNumber);
                Assert.AreEqual(Fold(f.Reference), p.ReferenceLabel);
                Assert.AreEqual(Fold(f.Terminal), p.TerminalLabel);
                Assert.AreEqual(Fold(f.Purpose), p.Purpose);
                // The CRC the parser accepted is the one an independent implementation computes.
                Assert.AreEqual(VietQrTestVectors.ReferenceCrc(payload[..^4]).ToString("X4"), p.Crc);
                // Building again from what was parsed gives the same bytes.
                Assert.AreEqual(payload, Rebuild(p));
            }, iter: 5000, seed: null);
        }

        [TestMethod]
        public void BuiltDynamicPayloadsPassThePolicyForTheirOwnInvoice()
        {
            AnyFields.Where(f => f.Dynamic && !string.IsNullOrEmpty(Fold(f.Bill)) && Fold(f.Bill).Any(char.IsLetterOrDigit)).Sample(f =>
            {
                string bill = Fold(f.Bill);
                var policy = new VietQrPolicy(new[] { f.Bin + ":" + f.Account }, ReferenceField.BillNumber);
                string payload = Builder(f).Build();
                PolicyVerdict ok = policy.Check(payload, f.Amount, bill);
                if (f.Amount >= VietQrPolicy.NapasTransferLimit)
                {
                    // More than one NAPAS247 transfer can carry: refused even for its own invoice.
                    Assert.AreEqual(PolicyRule.AmountOverLimit, ok.FailedRule, ok.Detail);
                }
                else
                {
                    Assert.IsTrue(ok.Accepted, ok.Detail);
                }
                long other = f.Amount == 1 ? 2 : f.Amount - 1;
                Assert.AreEqual(PolicyRule.AmountMismatch, policy.Check(payload, other, bill).FailedRule);
            }, iter: 2000);
        }

        private static VietQrBuilder Builder(Fields f) => new VietQrBuilder
        {
            Bin = f.Bin,
            Account = f.Account,
            Amount = f.Amount,
            Dynamic = f.Dynamic,
            ServiceCode = f.Service,
            Mcc = f.Mcc,
            MerchantName = f.Name,
            City = f.City,
            BillNumber = f.Bill,
            ReferenceLabel = f.Reference,
            TerminalLabel = f.Terminal,
            Purpose = f.Purpose,
        };

        private static string Rebuild(VietQrPayload p) => new VietQrBuilder
        {
            Bin = p.Bin,
            Account = p.Account,
            Amount = p.Amount < 0 ? 0 : p.Amount,
            Dynamic = p.IsDynamic,
            ServiceCode = p.ServiceCode,
            Mcc = p.Mcc,
            MerchantName = p.MerchantName,
            City = p.City,
            BillNumber = p.BillNumber,
            ReferenceLabel = p.ReferenceLabel,
            TerminalLabel = p.TerminalLabel,
            Purpose = p.Purpose,
        }.Build();

        private static string Fold(string text) => VietnameseFoldCoverageTests.Fold(text);
    }
}
