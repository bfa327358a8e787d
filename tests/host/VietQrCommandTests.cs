using System.IO;
using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using QrTerminal.Cli;

namespace QrTerminal.Tests
{
    /// <summary>`qrterminal vietqr`: exit codes and JSON.</summary>
    [TestClass]
    public class VietQrCommandTests
    {
        private static (int Code, string Out, string Err) Run(params string[] args)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int code = VietQrCommand.Run(args, stdout, stderr);
            return (code, stdout.ToString(), stderr.ToString());
        }

        [TestMethod]
        public void CheckValidPayloadPrintsFieldsAndExits0()
        {
            var (code, output, _) = Run("check", VietQrTestVectors.HospitalDemo);
            Assert.AreEqual(0, code);
            using var json = JsonDocument.Parse(output);
            Assert.IsTrue(json.RootElement.GetProperty("valid").GetBoolean());
            JsonElement fields = json.RootElement.GetProperty("fields");
            Assert.AreEqual("970436", fields.GetProperty("bin").GetString());
            Assert.AreEqual(150000, fields.GetProperty("amount").GetInt64());
            Assert.AreEqual("CFAF", fields.GetProperty("crc").GetString());
            Assert.AreEqual("150.000 \u20AB", fields.GetProperty("amountText").GetString());
        }

        [TestMethod]
        public void CheckMalformedPayloadExits1WithTheReason()
        {
            var (code, output, _) = Run("check", "00020101021238570010A000000727012700069704220113113366668888020899998888530370454061000005802VN62230819THANH TOAN DON HANG6304BE36");
            Assert.AreEqual(1, code);
            using var json = JsonDocument.Parse(output);
            Assert.IsFalse(json.RootElement.GetProperty("valid").GetBoolean());
            Assert.AreEqual("BadCrc", json.RootElement.GetProperty("error").GetString());
        }

        [TestMethod]
        public void CheckWithPolicyExits0WhenAcceptedAnd1WhenRejected()
        {
            var accepted = Run("check", VietQrTestVectors.HospitalDemo, "--allow", "970436:0011000123456", "--amount", "150000", "--reference", "HD2025000123", "--reference-field", "bill");
            Assert.AreEqual(0, accepted.Code, accepted.Err);
            using (var json = JsonDocument.Parse(accepted.Out))
            {
                Assert.IsTrue(json.RootElement.GetProperty("policy").GetProperty("accepted").GetBoolean());
            }

            var rejected = Run("check", VietQrTestVectors.HospitalDemo, "--allow", "970436:0011000123456", "--allow", "546034:1", "--amount", "150001", "--reference", "HD2025000123");
            Assert.AreEqual(1, rejected.Code);
            using (var json = JsonDocument.Parse(rejected.Out))
            {
                JsonElement policy = json.RootElement.GetProperty("policy");
                Assert.IsFalse(policy.GetProperty("accepted").GetBoolean());
                Assert.AreEqual("AmountMismatch", policy.GetProperty("failedRule").GetString());
                Assert.AreEqual("Sai s\u1ED1 ti\u1EC1n", policy.GetProperty("reason").GetString());
                // The payload itself is well formed.
                Assert.IsTrue(json.RootElement.GetProperty("valid").GetBoolean());
            }
        }

        [TestMethod]
        public void UsageErrorsExit2()
        {
            Assert.AreEqual(2, Run().Code);
            Assert.AreEqual(2, Run("frobnicate").Code);
            Assert.AreEqual(2, Run("check").Code);
            Assert.AreEqual(2, Run("check", VietQrTestVectors.HospitalDemo, "--amount").Code);
            Assert.AreEqual(2, Run("check", VietQrTestVectors.HospitalDemo, "--amount", "15.000").Code);
            Assert.AreEqual(2, Run("check", VietQrTestVectors.HospitalDemo, "--amount", "150000").Code, "policy options come together");
            Assert.AreEqual(2, Run("check", VietQrTestVectors.HospitalDemo, "--allow", "bad", "--amount", "1", "--reference", "x").Code);
            Assert.AreEqual(2, Run("check", VietQrTestVectors.HospitalDemo, "--reference-field", "memo").Code);
            Assert.AreEqual(2, Run("check", "a", "b").Code);
            Assert.AreEqual(2, Run("build", "--bin", "970436").Code);
            Assert.AreEqual(2, Run("build", "--bin", "970436", "--account", "1", "--amount", "x").Code);
            Assert.AreEqual(2, Run("build", "--what").Code);
        }

        [TestMethod]
        public void BuildPrintsThePayloadAndRefusesBadFieldsWithExit1()
        {
            var (code, output, _) = Run("build", "--bin", "970436", "--account", "0011000123456", "--amount", "150000", "--mcc", "8062",
                "--name", "B\u1EC6NH VI\u1EC6N DEMO", "--city", "H\u00C0 N\u1ED8I", "--bill", "HD2025000123", "--terminal", "QUAY05",
                "--purpose", "VI\u1EC6N PH\u00CD HD2025000123");
            Assert.AreEqual(0, code);
            Assert.AreEqual(VietQrTestVectors.HospitalDemo, output.Trim());

            var stat = Run("build", "--bin", "970403", "--account", "9704031101234567", "--card", "--static");
            Assert.AreEqual(0, stat.Code);
            Assert.AreEqual(VietQrTestVectors.NapasStaticCard, stat.Out.Trim());

            var bad = Run("build", "--bin", "97043", "--account", "1", "--amount", "1");
            Assert.AreEqual(1, bad.Code);
            StringAssert.Contains(bad.Err, "InvalidField");
        }
    }
}
