using nanoFramework.TestFramework;
using QrTerminal.Core;

namespace QrTerminal.Tests
{
    [TestClass]
    public class ConfigTests
    {
        private static string FieldOf(string json)
        {
            try
            {
                ConfigParser.Parse(json);
            }
            catch (ConfigException e)
            {
                return e.Field;
            }

            return null;
        }

        [TestMethod]
        public void ValidConfigGetsDefaults()
        {
            StandConfig c = ConfigParser.Parse(StandDocs.Config(null));
            Assert.AreEqual("https://gw.benhvien.local:8443", c.BaseUrl, "trailing slash removed");
            Assert.AreEqual("quay-03", c.TerminalId);
            Assert.AreEqual("BV-Staff", c.WifiSsid);
            Assert.AreEqual("ssd1306-128x64", c.Panel.Id);
            Assert.AreEqual(21, c.Panel.Pin("sda", -1));
            Assert.AreEqual(-1, c.Panel.Pin("busy", -1));
            Assert.AreEqual("970436:0011000123456", c.Allowlist[0]);
            Assert.AreEqual("billNumber", c.ReferenceField);
            Assert.AreEqual(25, c.LongPollSeconds);
            Assert.AreEqual(3, c.PollIntervalSeconds);
            Assert.AreEqual(1000, c.BackoffInitialMs);
            Assert.AreEqual(30000, c.BackoffMaxMs);
            Assert.AreEqual(15, c.PaidScreenSeconds);
            Assert.AreEqual(10, c.Panel.FullRefreshEvery);
        }

        [TestMethod]
        public void OptionalSectionsOverrideDefaults()
        {
            StandConfig c = ConfigParser.Parse(StandDocs.Config(
                "\"polling\":{\"longPollSeconds\":0,\"pollIntervalSeconds\":5,\"backoffInitialMs\":500,\"backoffMaxMs\":60000}," +
                "\"display\":{\"fullRefreshEvery\":5,\"paidSeconds\":20,\"expiredSeconds\":8}," +
                "\"device\":{\"buzzerPin\":25,\"ledPin\":2,\"rebootAfterFailures\":0,\"heartbeatSeconds\":60}"));
            Assert.AreEqual(0, c.LongPollSeconds);
            Assert.AreEqual(5, c.PollIntervalSeconds);
            Assert.AreEqual(60000, c.BackoffMaxMs);
            Assert.AreEqual(5, c.Panel.FullRefreshEvery);
            Assert.AreEqual(20, c.PaidScreenSeconds);
            Assert.AreEqual(8, c.ExpiredScreenSeconds);
            Assert.AreEqual(25, c.BuzzerPin);
            Assert.AreEqual(0, c.RebootAfterFailures);
        }

        [TestMethod]
        public void WifiSectionIsOptionalForNetworkDeployment()
        {
            string c = StandDocs.Swap(StandDocs.Config(null), "\"wifi\":{\"ssid\":\"BV-Staff\",\"password\":\"secret-pass\"},", string.Empty);
            Assert.IsNull(ConfigParser.Parse(c).WifiSsid);
        }

        [TestMethod]
        public void EveryBadFieldIsNamed()
        {
            string ok = StandDocs.Config(null);
            Assert.AreEqual("(file)", FieldOf(string.Empty));
            Assert.AreEqual("(file)", FieldOf("{\"backend\":"));
            Assert.AreEqual("(file)", FieldOf("[]"));
            Assert.AreEqual("backend", FieldOf("{}"));
            Assert.AreEqual("backend.baseUrl", FieldOf(StandDocs.Swap(ok, "https://gw.benhvien.local:8443/", "http://gw")));
            Assert.AreEqual("backend.baseUrl", FieldOf(StandDocs.Swap(ok, "https://gw.benhvien.local:8443/", "https://")));
            Assert.AreEqual("backend.terminalId", FieldOf(StandDocs.Swap(ok, "quay-03", "quay/03")));
            Assert.AreEqual("backend.token", FieldOf(StandDocs.Swap(ok, "0123456789abcdef0123", "short")));
            Assert.AreEqual("backend.rootCaPem", FieldOf(StandDocs.Swap(ok, "-----BEGIN CERTIFICATE-----", "BEGIN")));
            Assert.AreEqual("wifi.password", FieldOf(StandDocs.Swap(ok, "secret-pass", "short")));
            Assert.AreEqual("wifi.ssid", FieldOf(StandDocs.Swap(ok, "BV-Staff", string.Empty)));
            Assert.AreEqual("panel.id", FieldOf(StandDocs.Swap(ok, "\"id\":\"ssd1306-128x64\"", "\"id\":7")));
            Assert.AreEqual("panel.pins.sda", FieldOf(StandDocs.Swap(ok, "\"sda\":21", "\"sda\":40")));
            Assert.AreEqual("policy.allowlist[0]", FieldOf(StandDocs.Swap(ok, "970436:0011000123456", "97043:0011000123456")));
            Assert.AreEqual("policy.allowlist", FieldOf(StandDocs.Swap(ok, "[\"970436:0011000123456\"]", "[]")));
            Assert.AreEqual("policy.referenceField", FieldOf(StandDocs.Swap(ok, "billNumber", "bill")));
            Assert.AreEqual("polling.longPollSeconds", FieldOf(StandDocs.Config("\"polling\":{\"longPollSeconds\":31}")));
            Assert.AreEqual("polling.backoffMaxMs", FieldOf(StandDocs.Config("\"polling\":{\"backoffInitialMs\":5000,\"backoffMaxMs\":1000}")));
            Assert.AreEqual("display.paidSeconds", FieldOf(StandDocs.Config("\"display\":{\"paidSeconds\":\"10\"}")));
            Assert.AreEqual("device.buzzerPin", FieldOf(StandDocs.Config("\"device\":{\"buzzerPin\":99}")));
        }

        [TestMethod]
        public void InsecureHttpOnlyWhenAskedFor()
        {
            string lab = StandDocs.Swap(StandDocs.Swap(StandDocs.Config(null), "https://gw.benhvien.local:8443/", "http://192.168.1.10:5080"),
                "\"rootCaPem\":\"-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----\\n\"", "\"allowInsecureHttp\":true");
            StandConfig c = ConfigParser.Parse(lab);
            Assert.AreEqual("http://192.168.1.10:5080", c.BaseUrl);
            Assert.IsNull(c.RootCaPem);
        }

        [TestMethod]
        public void BinAccountFormat()
        {
            Assert.IsTrue(ConfigParser.IsBinAccount("970436:0011000123456"));
            Assert.IsTrue(ConfigParser.IsBinAccount("970422:A1"));
            Assert.IsFalse(ConfigParser.IsBinAccount("970436:"));
            Assert.IsFalse(ConfigParser.IsBinAccount("97043a:1"));
            Assert.IsFalse(ConfigParser.IsBinAccount("970436:12345678901234567890"));
            Assert.IsFalse(ConfigParser.IsBinAccount("970436:12:3"));
        }
    }
}
