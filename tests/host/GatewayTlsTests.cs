using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using QrTerminal.Gateway;

namespace QrTerminal.Tests
{
    /// <summary>Real stands default to https-only configs, so the dev gateway must serve TLS with a given certificate.</summary>
    [TestClass]
    public class GatewayTlsTests
    {
        [TestMethod]
        public async Task ServesTheProtocolOverHttpsWithTheGivenCertificate()
        {
            string dir = Path.Combine(Path.GetTempPath(), "gw-tls-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                using RSA key = RSA.Create(2048);
                var request = new CertificateRequest("CN=qrterminal-dev-gateway", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                var san = new SubjectAlternativeNameBuilder();
                san.AddIpAddress(IPAddress.Loopback);
                request.CertificateExtensions.Add(san.Build());
                using X509Certificate2 cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
                string pfx = Path.Combine(dir, "gateway.pfx");
                File.WriteAllBytes(pfx, cert.Export(X509ContentType.Pfx, "pw"));

                GatewayOptions options = GatewayHarness.TestOptions();
                options.CertificatePath = pfx;
                options.CertificatePassword = "pw";
                GatewayServer server = await GatewayServer.StartAsync(options, "https://127.0.0.1:0");
                try
                {
                    StringAssert.StartsWith(server.BaseUrl, "https://");
                    string presented = null;
                    using var handler = new HttpClientHandler
                    {
                        // Trust exactly our certificate, as a stand trusts its provisioned root CA.
                        ServerCertificateCustomValidationCallback = (_, c, _, _) =>
                        {
                            presented = c.Thumbprint;
                            return c.Thumbprint == cert.Thumbprint;
                        },
                    };
                    using var http = new HttpClient(handler);
                    using var get = new HttpRequestMessage(HttpMethod.Get, server.BaseUrl + "/api/v1/terminals/quay-1/state?since=0&wait=0");
                    get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", GatewayHarness.Token("quay-1"));
                    using HttpResponseMessage response = await http.SendAsync(get);
                    Assert.AreEqual(cert.Thumbprint, presented, "the gateway must present the configured certificate");
                    Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
                    StringAssert.Contains(await response.Content.ReadAsStringAsync(), "\"state\":\"idle\"");
                }
                finally
                {
                    await server.StopAsync();
                }
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }
    }
}
