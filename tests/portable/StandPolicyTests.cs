using nanoFramework.TestFramework;
using QrTerminal.Core;

namespace QrTerminal.Tests
{
    /// <summary>The stand with the real VietQR policy behind <see cref="VietQrInvoiceVerifier"/>.</summary>
    [TestClass]
    public class StandPolicyTests
    {
        private static string Payload(string bin, string account, long amount, string bill)
        {
            VietQrBuilder b = new VietQrBuilder();
            b.Bin = bin;
            b.Account = account;
            b.Amount = amount;
            b.BillNumber = bill;
            return b.Build();
        }

        private static InvoiceInfo Invoice(string payload, long amount, string reference)
        {
            InvoiceInfo i = new InvoiceInfo();
            i.Id = "INV-1";
            i.Amount = amount;
            i.Currency = "704";
            i.Reference = reference;
            i.QrPayload = payload;
            return i;
        }

        [TestMethod]
        public void AcceptsAnAllowlistedInvoice()
        {
            IInvoiceVerifier v = VietQrInvoiceVerifier.FromConfig(ConfigParser.Parse(StandDocs.Config(null)));
            InvoiceCheck c = v.Verify(Invoice(Payload("970436", "0011000123456", 150000, "HD7"), 150000, "HD7"));
            Assert.IsTrue(c.Accepted, c.Detail);
        }

        [TestMethod]
        public void RejectsWithTheRuleCodeAndVietnameseReason()
        {
            IInvoiceVerifier v = VietQrInvoiceVerifier.FromConfig(ConfigParser.Parse(StandDocs.Config(null)));
            InvoiceCheck account = v.Verify(Invoice(Payload("970436", "999999", 150000, "HD7"), 150000, "HD7"));
            Assert.IsFalse(account.Accepted);
            Assert.AreEqual("AccountNotAllowed", account.ReasonCode);
            Assert.AreEqual(PolicyRuleText.Vietnamese(PolicyRule.AccountNotAllowed), account.ReasonText);
            InvoiceCheck amount = v.Verify(Invoice(Payload("970436", "0011000123456", 150001, "HD7"), 150000, "HD7"));
            Assert.AreEqual("AmountMismatch", amount.ReasonCode);
            InvoiceCheck garbage = v.Verify(Invoice("not a qr", 150000, "HD7"));
            Assert.AreEqual("Malformed", garbage.ReasonCode);
        }

        [TestMethod]
        public void ReferenceFieldNamesMapToThePolicy()
        {
            Assert.AreEqual((int)ReferenceField.BillNumber, (int)VietQrInvoiceVerifier.ReferenceFieldOf("billNumber"));
            Assert.AreEqual((int)ReferenceField.ReferenceLabel, (int)VietQrInvoiceVerifier.ReferenceFieldOf("referenceLabel"));
            Assert.AreEqual((int)ReferenceField.Purpose, (int)VietQrInvoiceVerifier.ReferenceFieldOf("purpose"));
            Assert.AreEqual((int)ReferenceField.Any, (int)VietQrInvoiceVerifier.ReferenceFieldOf("any"));
        }

        [TestMethod]
        public void StandNeverShowsAQrThePolicyRejects()
        {
            FakeClock clock = new FakeClock();
            ScriptedTransport transport = new ScriptedTransport(clock);
            RecordingDisplay display = new RecordingDisplay();
            StandConfig config = ConfigParser.Parse(StandDocs.Config(null));
            Stand stand = new Stand(config, transport, display, clock, new FakeRandom(), new FakeLink(),
                VietQrInvoiceVerifier.FromConfig(config), new FakeDevice());
            string bad = Payload("970422", "0011000123456", 150000, "HDINV-1");
            transport.Enqueue(StandDocs.Json(StandDocs.Invoice(1, "INV-1", 150000, bad, 300)));
            stand.Step();
            Assert.AreEqual((int)StandState.Rejected, (int)stand.State);
            Assert.AreEqual(0, display.QrScreens());

            string good = Payload("970436", "0011000123456", 150000, "HDINV-2");
            transport.Enqueue(StandDocs.Json(StandDocs.Invoice(2, "INV-2", 150000, good, 300)));
            clock.Advance(stand.Step());
            clock.Advance(stand.Step());
            Assert.AreEqual((int)StandState.Invoice, (int)stand.State);
            Assert.AreEqual(good, display.Last.QrPayload);
        }
    }
}
