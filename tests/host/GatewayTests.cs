using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using QrTerminal.Gateway;

namespace QrTerminal.Tests
{
    /// <summary>The dev terminal gateway over real HTTP on loopback, against docs/protocol.md.</summary>
    [TestClass]
    public sealed class GatewayTests
    {
        [TestMethod]
        public async Task StateNeedsTheTerminalsOwnToken()
        {
            await using var g = await GatewayHarness.StartAsync();
            using (var r = await g.GetState("quay-1", 0, 0, token: null)) Assert.AreEqual(HttpStatusCode.Unauthorized, r.StatusCode);
            using (var r = await g.GetState("quay-1", 0, 0, token: GatewayHarness.Token("quay-2"))) Assert.AreEqual(HttpStatusCode.Unauthorized, r.StatusCode);
            using (var r = await g.GetState("quay-1", 0, 0, token: GatewayHarness.Token("quay-1") + "x")) Assert.AreEqual(HttpStatusCode.Unauthorized, r.StatusCode);
            using (var r = await g.GetState("nobody", 0, 0, token: GatewayHarness.Token("nobody")))
            {
                Assert.AreEqual(HttpStatusCode.Unauthorized, r.StatusCode);
                Assert.AreEqual("unauthorized", (await GatewayHarness.Json(r)).GetProperty("error").GetString());
            }
            using (var r = await g.GetState("bad%20id", 0, 0)) Assert.AreEqual(HttpStatusCode.BadRequest, r.StatusCode);
            using (var r = await g.GetState("quay-1", 0, 0)) Assert.AreEqual(HttpStatusCode.OK, r.StatusCode);
        }

        [TestMethod]
        public async Task IdleAtBootThen304WhenNothingIsNewer()
        {
            await using var g = await GatewayHarness.StartAsync();
            using HttpResponseMessage first = await g.GetState("quay-1", 0, 0);
            Assert.AreEqual(HttpStatusCode.OK, first.StatusCode);
            Assert.AreEqual("application/json", first.Content.Headers.ContentType.MediaType);
            JsonElement doc = await GatewayHarness.Json(first);
            Assert.AreEqual("idle", doc.GetProperty("state").GetString());
            Assert.IsFalse(doc.TryGetProperty("invoice", out _));
            long v = doc.GetProperty("version").GetInt64();
            Assert.IsTrue(v >= 1);
            using (var r = await g.GetState("quay-1", v, 0)) Assert.AreEqual(HttpStatusCode.NotModified, r.StatusCode);
            using (var r = await g.GetState("quay-1", v, 1))
            {
                Assert.AreEqual(HttpStatusCode.NotModified, r.StatusCode);
                Assert.AreEqual(0, (await r.Content.ReadAsByteArrayAsync()).Length);
            }
            using (var r = await g.GetState("quay-1", -1, 0)) Assert.AreEqual(HttpStatusCode.BadRequest, r.StatusCode);
            using (var r = await g.GetState("quay-1", 0, 999)) Assert.AreEqual(HttpStatusCode.OK, r.StatusCode); // wait is clamped
        }

        [TestMethod]
        public async Task LongPollWakesWhenAnInvoiceIsCreated()
        {
            await using var g = await GatewayHarness.StartAsync();
            long v = (await g.StateDoc("quay-1")).GetProperty("version").GetInt64();
            Task<HttpResponseMessage> poll = g.GetState("quay-1", v, 5);
            await GatewayHarness.Until(() => g.Server.Service.LastSeen("quay-1") != null, "the poll to arrive");
            JsonElement created = await g.CreateInvoice("quay-1", 150000, reference: "HD20261122007");
            using HttpResponseMessage r = await poll;
            Assert.AreEqual(HttpStatusCode.OK, r.StatusCode);
            JsonElement doc = await GatewayHarness.Json(r);
            Assert.AreEqual("invoice", doc.GetProperty("state").GetString());
            Assert.IsTrue(doc.GetProperty("version").GetInt64() > v);
            JsonElement inv = doc.GetProperty("invoice");
            Assert.AreEqual(created.GetProperty("id").GetString(), inv.GetProperty("id").GetString());
            Assert.AreEqual(150000, inv.GetProperty("amount").GetInt64());
            Assert.AreEqual("704", inv.GetProperty("currency").GetString());
            Assert.AreEqual("HD20261122007", inv.GetProperty("reference").GetString());
            Assert.AreEqual("Viện phí khám bệnh", inv.GetProperty("description").GetString());
            DateTime server = doc.GetProperty("serverTime").GetDateTime();
            DateTime expires = inv.GetProperty("expiresAt").GetDateTime();
            Assert.AreEqual(300, (expires - server).TotalSeconds, 2);
        }

        [TestMethod]
        public async Task InvoicePayloadIsADynamicVietQrForTheMerchantWithTheReferenceIn62()
        {
            GatewayOptions o = GatewayHarness.TestOptions();
            o.Merchant = new MerchantAccount { Bin = "970418", Account = "1234567890", Name = "BV DA KHOA DUC GIANG", City = "HA NOI" };
            o.ReferenceField = "referenceLabel";
            await using var g = await GatewayHarness.StartAsync(o);
            await g.CreateInvoice("quay-2", 275000, reference: "HD777");
            string qr = (await g.StateDoc("quay-2")).GetProperty("invoice").GetProperty("qrPayload").GetString();
            Dictionary<string, string> top = Tlv.Parse(qr);
            Assert.AreEqual("12", top["01"]);
            Dictionary<string, string> acct = Tlv.Parse(top["38"]);
            Assert.AreEqual("A000000727", acct["00"]);
            Dictionary<string, string> bene = Tlv.Parse(acct["01"]);
            Assert.AreEqual("970418", bene["00"]);
            Assert.AreEqual("1234567890", bene["01"]);
            Assert.AreEqual("8062", top["52"]);
            Assert.AreEqual("704", top["53"]);
            Assert.AreEqual("275000", top["54"]);
            Assert.AreEqual("VN", top["58"]);
            Assert.AreEqual("HD777", Tlv.Parse(top["62"])["05"]);
            Assert.AreEqual("HD777", Tlv.Parse(top["62"])["08"]);
            Assert.AreEqual(Tlv.Crc(qr.Substring(0, qr.Length - 4)), top["63"]);
        }

        [TestMethod]
        public async Task PaymentMovesTheTerminalToPaidWithAHigherVersion()
        {
            await using var g = await GatewayHarness.StartAsync();
            JsonElement inv = await g.CreateInvoice("quay-1", 150000);
            string id = inv.GetProperty("id").GetString();
            long vInvoice = (await g.StateDoc("quay-1")).GetProperty("version").GetInt64();
            Assert.AreEqual(HttpStatusCode.Conflict, await g.Pay(id, 149000)); // underpaid: not confirmed
            Assert.AreEqual(HttpStatusCode.Conflict, await g.Pay(id, 150001)); // overpaid: needs a person
            using (var r = await g.GetState("quay-1", vInvoice, 0)) Assert.AreEqual(HttpStatusCode.NotModified, r.StatusCode);
            Assert.AreEqual(HttpStatusCode.OK, await g.Pay(id, 150000, "FT26326123456789"));
            JsonElement doc = await g.StateDoc("quay-1", vInvoice);
            Assert.AreEqual("paid", doc.GetProperty("state").GetString());
            Assert.IsTrue(doc.GetProperty("version").GetInt64() > vInvoice);
            Assert.AreEqual(id, doc.GetProperty("invoice").GetProperty("id").GetString());
            JsonElement paid = doc.GetProperty("paid");
            Assert.AreEqual(150000, paid.GetProperty("amount").GetInt64());
            Assert.AreEqual("FT26326123456789", paid.GetProperty("transactionRef").GetString());
            // Paying again (new bank ref) does not confirm twice.
            Assert.AreEqual(HttpStatusCode.Conflict, await g.Pay(id, 150000));
        }

        [TestMethod]
        public async Task CancelAndInvoiceRules()
        {
            await using var g = await GatewayHarness.StartAsync();
            string id = (await g.CreateInvoice("quay-1", 50000)).GetProperty("id").GetString();
            using (var r = await g.Cashier(HttpMethod.Post, "/api/v1/terminals/quay-1/invoices", new { amount = 1000 }))
            {
                Assert.AreEqual(HttpStatusCode.Conflict, r.StatusCode);
                Assert.AreEqual("invoice_pending", (await GatewayHarness.Json(r)).GetProperty("error").GetString());
            }
            Assert.AreEqual(HttpStatusCode.OK, await g.CancelInvoice(id));
            Assert.AreEqual("cancelled", (await g.StateDoc("quay-1")).GetProperty("state").GetString());
            Assert.AreEqual(HttpStatusCode.Conflict, await g.CancelInvoice(id));
            Assert.AreEqual(HttpStatusCode.Conflict, await g.Pay(id));
            Assert.AreEqual(HttpStatusCode.NotFound, await g.CancelInvoice("INV-NOPE"));
            foreach (string bad in new[] { "{\"amount\": 0}", "{\"amount\": 1.5}", "{\"amount\": \"100\"}", "{}", "{\"amount\": 100, \"reference\": \"HD-1\"}",
                         "{\"amount\": 100, \"ttlSeconds\": 0}", "not json" })
            {
                using var r = await g.Cashier(HttpMethod.Post, "/api/v1/terminals/quay-1/invoices", bad);
                Assert.AreEqual(HttpStatusCode.BadRequest, r.StatusCode, bad);
            }
            using (var r = await g.Cashier(HttpMethod.Post, "/api/v1/terminals/quay-9/invoices", new { amount = 1000 })) Assert.AreEqual(HttpStatusCode.NotFound, r.StatusCode);
            using (var r = await g.Cashier(HttpMethod.Post, "/api/v1/terminals/quay-1/invoices", new { amount = 1000 }, key: "wrong")) Assert.AreEqual(HttpStatusCode.Unauthorized, r.StatusCode);
            using (var r = await g.Cashier(HttpMethod.Get, "/api/v1/terminals", key: null)) Assert.AreEqual(HttpStatusCode.Unauthorized, r.StatusCode);
        }

        [TestMethod]
        public async Task InvoiceExpiresAndLatePaymentIsNotConfirmed()
        {
            await using var g = await GatewayHarness.StartAsync();
            string id = (await g.CreateInvoice("quay-1", 20000, ttlSeconds: 1)).GetProperty("id").GetString();
            await GatewayHarness.Until(() => g.Server.Service.Snapshot("quay-1").Terminal.State == "expired", "expiry");
            JsonElement doc = await g.StateDoc("quay-1");
            Assert.AreEqual("expired", doc.GetProperty("state").GetString());
            Assert.AreEqual(id, doc.GetProperty("invoice").GetProperty("id").GetString());
            Assert.AreEqual(HttpStatusCode.Conflict, await g.Pay(id));
            Assert.AreEqual("expired", g.Server.Service.GetInvoice(id).Status.ToString().ToLowerInvariant());
        }

        [TestMethod]
        public async Task FinishedTerminalReturnsToIdle()
        {
            GatewayOptions o = GatewayHarness.TestOptions();
            o.IdleAfterSeconds = 1;
            await using var g = await GatewayHarness.StartAsync(o);
            string id = (await g.CreateInvoice("quay-1", 20000)).GetProperty("id").GetString();
            Assert.AreEqual(HttpStatusCode.OK, await g.Pay(id));
            await GatewayHarness.Until(() => g.Server.Service.Snapshot("quay-1").Terminal.State == "idle", "idle");
            JsonElement doc = await g.StateDoc("quay-1");
            Assert.IsFalse(doc.TryGetProperty("invoice", out _));
        }

        [TestMethod]
        public void PayOsSignatureMatchesThePublishedVector()
        {
            // payOS documentation sample (webhook "kiểm tra dữ liệu với signature"); expected value from the reference notes.
            using JsonDocument d = JsonDocument.Parse(PayOsSampleData);
            Assert.AreEqual("412e915d2871504ed31be63c8f62a149a4410d34c4c42affc9006ef9917eaa03", PayOsSignature.Compute(d.RootElement, GatewayHarness.PayOsKey));
            Assert.IsTrue(PayOsSignature.Verify(d.RootElement, "412E915D2871504ED31BE63C8F62A149A4410D34C4C42AFFC9006EF9917EAA03", GatewayHarness.PayOsKey));
            using JsonDocument tampered = JsonDocument.Parse(PayOsSampleData.Replace("\"amount\":3000", "\"amount\":3001"));
            Assert.IsFalse(PayOsSignature.Verify(tampered.RootElement, "412e915d2871504ed31be63c8f62a149a4410d34c4c42affc9006ef9917eaa03", GatewayHarness.PayOsKey));
            Assert.IsFalse(PayOsSignature.Verify(d.RootElement, "412e915d", GatewayHarness.PayOsKey));
        }

        [TestMethod]
        public async Task PayOsWebhookConfirmsOnceAndIgnoresUnderpaidAndForgeries()
        {
            await using var g = await GatewayHarness.StartAsync();
            JsonElement inv = await g.CreateInvoice("quay-1", 3000);
            long order = inv.GetProperty("orderCode").GetInt64();
            long vInvoice = (await g.StateDoc("quay-1")).GetProperty("version").GetInt64();

            // Unsigned / wrongly signed: refused.
            string forged = Webhook(order, 3000, "FT1", key: "not-the-key");
            using (var r = await g.Cashier(HttpMethod.Post, "/api/v1/webhooks/payos", forged, key: null)) Assert.AreEqual(HttpStatusCode.Unauthorized, r.StatusCode);
            // Underpaid: accepted (200) but not confirmed.
            using (var r = await g.Cashier(HttpMethod.Post, "/api/v1/webhooks/payos", Webhook(order, 2000, "FT2"), key: null))
            {
                Assert.AreEqual(HttpStatusCode.OK, r.StatusCode);
                Assert.AreEqual("underpaid", (await GatewayHarness.Json(r)).GetProperty("outcome").GetString());
            }
            using (var r = await g.Cashier(HttpMethod.Post, "/api/v1/webhooks/payos", Webhook(order, 3000, "FT3", status: "UNDERPAID"), key: null))
            {
                Assert.AreEqual("underpaid", (await GatewayHarness.Json(r)).GetProperty("outcome").GetString());
            }
            using (var r = await g.GetState("quay-1", vInvoice, 0)) Assert.AreEqual(HttpStatusCode.NotModified, r.StatusCode);
            // Exact: confirmed.
            using (var r = await g.Cashier(HttpMethod.Post, "/api/v1/webhooks/payos", Webhook(order, 3000, "FT4"), key: null))
            {
                Assert.AreEqual("confirmed", (await GatewayHarness.Json(r)).GetProperty("outcome").GetString());
            }
            long vPaid = (await g.StateDoc("quay-1", vInvoice)).GetProperty("version").GetInt64();
            // The same notification again (payOS retries): duplicate, no new version.
            using (var r = await g.Cashier(HttpMethod.Post, "/api/v1/webhooks/payos", Webhook(order, 3000, "FT4"), key: null))
            {
                Assert.AreEqual("duplicate", (await GatewayHarness.Json(r)).GetProperty("outcome").GetString());
            }
            using (var r = await g.GetState("quay-1", vPaid, 0)) Assert.AreEqual(HttpStatusCode.NotModified, r.StatusCode);
            Assert.AreEqual("FT4", g.Server.Service.GetInvoice(inv.GetProperty("id").GetString()).TransactionRef);
            // payOS's own test call (unknown order code) still gets a 200.
            using (var r = await g.Cashier(HttpMethod.Post, "/api/v1/webhooks/payos", Webhook(999999, 3000, "FT5"), key: null))
            {
                Assert.AreEqual("unknown_invoice", (await GatewayHarness.Json(r)).GetProperty("outcome").GetString());
            }
        }

        [TestMethod]
        public async Task EventsAreStoredAndBadOnesRefused()
        {
            await using var g = await GatewayHarness.StartAsync();
            using (var r = await PostEvent(g, "quay-1", "{\"type\":\"rejected\",\"invoiceId\":\"INV-1\",\"reason\":\"AccountNotAllowed\",\"detail\":\"970415:888800001234\",\"freeHeap\":61234}", "application/json"))
            {
                Assert.AreEqual(HttpStatusCode.NoContent, r.StatusCode);
            }
            using (var r = await PostEvent(g, "quay-1", "{\"type\":\"boot\"}", "text/plain")) Assert.AreEqual(HttpStatusCode.BadRequest, r.StatusCode);
            using (var r = await PostEvent(g, "quay-1", "{\"reason\":\"x\"}", "application/json")) Assert.AreEqual(HttpStatusCode.BadRequest, r.StatusCode);
            using (var r = await PostEvent(g, "quay-1", "{\"type\":\"boot\",\"detail\":\"" + new string('x', 5000) + "\"}", "application/json")) Assert.AreEqual(HttpStatusCode.BadRequest, r.StatusCode);
            using (var r = await PostEvent(g, "quay-1", "{\"type\":\"boot\"}", "application/json", token: GatewayHarness.Token("quay-2"))) Assert.AreEqual(HttpStatusCode.Unauthorized, r.StatusCode);
            TerminalEvent ev = g.Server.Service.RecentEvents("quay-1", 10).Single();
            Assert.AreEqual("rejected", ev.Type);
            Assert.AreEqual("AccountNotAllowed", ev.Reason);
            Assert.AreEqual("INV-1", ev.InvoiceId);
            using HttpResponseMessage list = await g.Cashier(HttpMethod.Get, "/api/v1/terminals");
            JsonElement t = (await GatewayHarness.Json(list)).GetProperty("terminals").EnumerateArray().First(x => x.GetProperty("id").GetString() == "quay-1");
            Assert.AreEqual("AccountNotAllowed", t.GetProperty("lastEvent").GetProperty("reason").GetString());
        }

        [TestMethod]
        public async Task RestartKeepsInvoiceAndVersions()
        {
            string db = GatewayHarness.TempDb();
            try
            {
                await using var g = await GatewayHarness.StartAsync(GatewayHarness.TestOptions(db));
                string id = (await g.CreateInvoice("quay-1", 88000)).GetProperty("id").GetString();
                long v = (await g.StateDoc("quay-1")).GetProperty("version").GetInt64();
                await g.RestartAsync();
                JsonElement after = await g.StateDoc("quay-1");
                Assert.AreEqual(v, after.GetProperty("version").GetInt64());
                Assert.AreEqual(id, after.GetProperty("invoice").GetProperty("id").GetString());
                Assert.AreEqual(HttpStatusCode.OK, await g.Pay(id));
                Assert.IsTrue((await g.StateDoc("quay-1", v)).GetProperty("version").GetInt64() > v);
            }
            finally
            {
                Directory.Delete(Path.GetDirectoryName(db), recursive: true);
            }
        }

        [TestMethod]
        public async Task FreshDatabaseStartsAboveOldVersions()
        {
            // A gateway that lost its database must not hand out versions its stands would ignore as replays.
            await using var g = await GatewayHarness.StartAsync();
            long v = (await g.StateDoc("quay-1")).GetProperty("version").GetInt64();
            Assert.IsTrue(v >= DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60);
        }

        [TestMethod]
        public async Task CashierPageServesHtml()
        {
            await using var g = await GatewayHarness.StartAsync();
            using var http = new HttpClient();
            using HttpResponseMessage r = await http.GetAsync(g.BaseUrl + "/");
            Assert.AreEqual("text/html", r.Content.Headers.ContentType.MediaType);
            string html = await r.Content.ReadAsStringAsync();
            StringAssert.Contains(html, "/api/v1/terminals");
            StringAssert.Contains(html, "simulate-payment");
        }

        [TestMethod]
        public async Task InjectedFaultsMisbehaveOnTheWire()
        {
            await using var g = await GatewayHarness.StartAsync();
            FaultPlan f = g.Server.Faults;
            using (var r = await g.Cashier(HttpMethod.Post, "/api/v1/dev/terminals/quay-1/faults", new { faults = new[] { "Status500", "WrongContentType" } }))
            {
                Assert.AreEqual(2, (await GatewayHarness.Json(r)).GetProperty("pending").GetInt32());
            }
            using (var r = await g.GetState("quay-1", 0, 0)) Assert.AreEqual(HttpStatusCode.InternalServerError, r.StatusCode);
            using (var r = await g.GetState("quay-1", 0, 0)) Assert.AreEqual("text/html", r.Content.Headers.ContentType.MediaType);
            using (var r = await g.Cashier(HttpMethod.Post, "/api/v1/dev/terminals/quay-1/faults", new { faults = new[] { "Nope" } })) Assert.AreEqual(HttpStatusCode.BadRequest, r.StatusCode);

            f.Enqueue("quay-1", GatewayFault.MalformedJson);
            using (var r = await g.GetState("quay-1", 0, 0))
            {
                Assert.Throws<JsonException>(() => JsonDocument.Parse(r.Content.ReadAsStringAsync().Result));
            }
            f.Enqueue("quay-1", GatewayFault.OversizedBody);
            using (var r = await g.GetState("quay-1", 0, 0)) Assert.IsTrue(r.Content.Headers.ContentLength > 64 * 1024);
            f.Enqueue("quay-1", GatewayFault.OversizedChunked);
            using (var r = await g.GetState("quay-1", 0, 0))
            {
                Assert.IsTrue(r.Headers.TransferEncodingChunked == true);
                Assert.IsTrue((await r.Content.ReadAsByteArrayAsync()).Length > 64 * 1024);
            }
            f.Enqueue("quay-1", GatewayFault.TruncatedBody);
            await Assert.ThrowsAsync<HttpRequestException>(async () => (await g.GetState("quay-1", 0, 0)).Dispose());
            f.Enqueue("quay-1", GatewayFault.DropConnection);
            await Assert.ThrowsAsync<HttpRequestException>(async () => (await g.GetState("quay-1", 0, 0)).Dispose());
            // Replay: the last paid document, verbatim, with its old version.
            string id = (await g.CreateInvoice("quay-1", 1000)).GetProperty("id").GetString();
            await g.Pay(id);
            JsonElement paid = await g.StateDoc("quay-1");
            string second = (await g.CreateInvoice("quay-1", 2000)).GetProperty("id").GetString();
            f.Enqueue("quay-1", GatewayFault.ReplayOldPaid);
            JsonElement replay = await g.StateDoc("quay-1");
            Assert.AreEqual(paid.GetRawText(), replay.GetRawText());
            // Payload faults wait for an invoice and change only the QR.
            f.Enqueue("quay-1", GatewayFault.ForeignAccount, GatewayFault.WrongAmount);
            string good = g.Server.Service.GetInvoice(second).QrPayload;
            string foreign = (await g.StateDoc("quay-1")).GetProperty("invoice").GetProperty("qrPayload").GetString();
            string wrongAmount = (await g.StateDoc("quay-1")).GetProperty("invoice").GetProperty("qrPayload").GetString();
            Assert.AreNotEqual(Tlv.Parse(Tlv.Parse(Tlv.Parse(good)["38"])["01"])["01"], Tlv.Parse(Tlv.Parse(Tlv.Parse(foreign)["38"])["01"])["01"]);
            Assert.AreNotEqual(Tlv.Parse(good)["54"], Tlv.Parse(wrongAmount)["54"]);
            Assert.AreEqual(good, (await g.StateDoc("quay-1")).GetProperty("invoice").GetProperty("qrPayload").GetString());
            Assert.AreEqual(0, f.Pending("quay-1"));
        }

        private static async Task<HttpResponseMessage> PostEvent(GatewayHarness g, string terminal, string json, string contentType, string token = null)
        {
            using var http = new HttpClient();
            var req = new HttpRequestMessage(HttpMethod.Post, $"{g.BaseUrl}/api/v1/terminals/{terminal}/events")
            {
                Content = new ByteArrayContent(Encoding.UTF8.GetBytes(json)),
            };
            req.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
            req.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token ?? GatewayHarness.Token(terminal));
            return await http.SendAsync(req);
        }

        private const string PayOsSampleData =
            "{\"orderCode\":123,\"amount\":3000,\"description\":\"VQRIO123\",\"accountNumber\":\"12345678\",\"reference\":\"TF230204212323\"," +
            "\"transactionDateTime\":\"2023-02-04 18:25:00\",\"currency\":\"VND\",\"paymentLinkId\":\"124c33293c43417ab7879e14c8d9eb18\"," +
            "\"code\":\"00\",\"desc\":\"Thành công\",\"counterAccountBankId\":\"\",\"counterAccountBankName\":\"\",\"counterAccountName\":\"\"," +
            "\"counterAccountNumber\":\"\",\"virtualAccountName\":\"\",\"virtualAccountNumber\":\"\"}";

        /// <summary>A payOS-shaped webhook body signed with <paramref name="key"/> by the test's own HMAC (not the gateway's).</summary>
        internal static string Webhook(long orderCode, long amount, string reference, string key = GatewayHarness.PayOsKey, string status = null)
        {
            var data = new SortedDictionary<string, object>(StringComparer.Ordinal)
            {
                ["orderCode"] = orderCode, ["amount"] = amount, ["description"] = "HD" + orderCode, ["accountNumber"] = "0011000123456",
                ["reference"] = reference, ["transactionDateTime"] = "2026-11-22 08:16:04", ["currency"] = "VND",
                ["paymentLinkId"] = "124c33293c43417ab7879e14c8d9eb18", ["code"] = "00", ["desc"] = "success",
            };
            if (status != null) data["status"] = status;
            string text = string.Join("&", data.Select(kv => kv.Key + "=" + kv.Value));
            using var mac = new System.Security.Cryptography.HMACSHA256(Encoding.UTF8.GetBytes(key));
            string sig = Convert.ToHexString(mac.ComputeHash(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
            return JsonSerializer.Serialize(new Dictionary<string, object> { ["code"] = "00", ["desc"] = "success", ["success"] = true, ["data"] = data, ["signature"] = sig });
        }
    }

    /// <summary>A minimal EMVCo TLV reader and CRC, independent of the code under test.</summary>
    internal static class Tlv
    {
        public static Dictionary<string, string> Parse(string s)
        {
            var d = new Dictionary<string, string>();
            int i = 0;
            while (i < s.Length)
            {
                string id = s.Substring(i, 2);
                int len = int.Parse(s.Substring(i + 2, 2));
                d[id] = s.Substring(i + 4, len);
                i += 4 + len;
            }
            return d;
        }

        /// <summary>CRC-16/CCITT-FALSE of everything up to and including "6304".</summary>
        public static string Crc(string data)
        {
            int crc = 0xFFFF;
            foreach (char c in data)
            {
                crc ^= c << 8;
                for (int b = 0; b < 8; b++) crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
            }
            return crc.ToString("X4");
        }
    }
}
