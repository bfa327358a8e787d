using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using QrTerminal.Gateway;

namespace QrTerminal.Tests
{
    /// <summary>A gateway started in process on a free loopback port, with raw HTTP helpers for the tests.</summary>
    internal sealed class GatewayHarness : IAsyncDisposable
    {
        public const string CashierKey = "test-cashier-key";
        public const string PayOsKey = "1a54716c8f0efb2744fb28b6e38b25da7f67a925d98bc1c18bd8faaecadd7675";

        private readonly HttpClient _http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

        private GatewayHarness(GatewayServer server)
        {
            Server = server;
        }

        public GatewayServer Server { get; private set; }

        public string BaseUrl => Server.BaseUrl;

        /// <summary>Options for tests: two terminals, short timings.</summary>
        public static GatewayOptions TestOptions(string databasePath = null)
        {
            var o = new GatewayOptions
            {
                CashierKey = CashierKey,
                PayOsChecksumKey = PayOsKey,
                DatabasePath = databasePath,
                SweepIntervalMs = 50,
                MaxWaitSeconds = 5,
            };
            o.Terminals["quay-1"] = Token("quay-1");
            o.Terminals["quay-2"] = Token("quay-2");
            return o;
        }

        /// <summary>The test token of a terminal (16+ characters, as the stand's config requires).</summary>
        public static string Token(string terminal) => "token-" + terminal + "-0123456789";

        public static async Task<GatewayHarness> StartAsync(GatewayOptions options = null, string urls = "http://127.0.0.1:0")
        {
            return new GatewayHarness(await GatewayServer.StartAsync(options ?? TestOptions(), urls));
        }

        /// <summary>Stops the gateway and starts a new one on the same address and options (same database file).</summary>
        public async Task RestartAsync()
        {
            string url = Server.BaseUrl;
            GatewayOptions o = Server.Options;
            await Server.StopAsync();
            Server = await GatewayServer.StartAsync(o, url);
        }

        /// <summary>Starts a new gateway with the same options on <paramref name="url"/> after it was stopped.</summary>
        public async Task RestartOnAsync(string url)
        {
            Server = await GatewayServer.StartAsync(Server.Options, url);
        }

        public Task<HttpResponseMessage> GetState(string terminal, long since, int wait, string token = "default")
        {
            var req = new HttpRequestMessage(HttpMethod.Get, $"{BaseUrl}/api/v1/terminals/{terminal}/state?since={since}&wait={wait}");
            token = token == "default" ? Token(terminal) : token;
            if (token != null)
            {
                req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
            return _http.SendAsync(req);
        }

        public async Task<JsonElement> StateDoc(string terminal, long since = 0, int wait = 0)
        {
            using HttpResponseMessage r = await GetState(terminal, since, wait);
            if (r.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"state: {(int)r.StatusCode}");
            }
            return await Json(r);
        }

        public Task<HttpResponseMessage> Cashier(HttpMethod method, string path, object body = null, string key = CashierKey)
        {
            var req = new HttpRequestMessage(method, BaseUrl + path);
            if (key != null)
            {
                req.Headers.Add("X-Cashier-Key", key);
            }
            if (body != null)
            {
                req.Content = new StringContent(body is string s ? s : JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
            }
            return _http.SendAsync(req);
        }

        public async Task<JsonElement> CreateInvoice(string terminal, long amount, int ttlSeconds = 300, string reference = null)
        {
            using HttpResponseMessage r = await Cashier(HttpMethod.Post, $"/api/v1/terminals/{terminal}/invoices",
                new Dictionary<string, object> { ["amount"] = amount, ["reference"] = reference, ["description"] = "Viện phí khám bệnh", ["ttlSeconds"] = ttlSeconds });
            if (r.StatusCode != HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"create invoice: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
            }
            return await Json(r);
        }

        public async Task<HttpStatusCode> Pay(string invoiceId, long? amount = null, string transactionRef = null)
        {
            var body = new Dictionary<string, object>();
            if (amount != null) body["amount"] = amount.Value;
            if (transactionRef != null) body["transactionRef"] = transactionRef;
            using HttpResponseMessage r = await Cashier(HttpMethod.Post, $"/api/v1/invoices/{invoiceId}/simulate-payment", body);
            return r.StatusCode;
        }

        public async Task<HttpStatusCode> CancelInvoice(string invoiceId)
        {
            using HttpResponseMessage r = await Cashier(HttpMethod.Post, $"/api/v1/invoices/{invoiceId}/cancel");
            return r.StatusCode;
        }

        public static async Task<JsonElement> Json(HttpResponseMessage r)
        {
            using JsonDocument d = JsonDocument.Parse(await r.Content.ReadAsByteArrayAsync());
            return d.RootElement.Clone();
        }

        /// <summary>Waits (polling the in-process service) until <paramref name="condition"/> holds; fails after 20 s.</summary>
        public static async Task Until(Func<bool> condition, string what)
        {
            DateTime end = DateTime.UtcNow.AddSeconds(20);
            while (!condition())
            {
                if (DateTime.UtcNow > end)
                {
                    throw new TimeoutException("gave up waiting for " + what);
                }
                await Task.Delay(20);
            }
        }

        public static string TempDb() => Path.Combine(Path.GetTempPath(), "qrterminal-test-" + Guid.NewGuid().ToString("N"), "gateway.db");

        public async ValueTask DisposeAsync()
        {
            _http.Dispose();
            await Server.StopAsync();
        }
    }
}
