using System.Net;
using System.Net.Http.Headers;
using System.Text;
using QrTerminal.Core;

namespace QrTerminal.Simulator;

/// <summary>
/// The stand's transport on the host: a real <see cref="HttpClient"/> speaking docs/protocol.md to any gateway, with
/// the timeout the stand asks for on every request and the 8 KB body limit of <see cref="BoundedBody"/>.
/// Failures become <see cref="TransportException"/> with the fault the device transport would report.
/// </summary>
public sealed class HttpStandTransport : IStandTransport, IDisposable
{
    private readonly HttpClient _http;
    private readonly string _baseUrl;
    private readonly string _terminalId;
    private readonly AuthenticationHeaderValue _auth;

    /// <param name="baseUrl">Gateway base URL without a trailing slash.</param>
    /// <param name="maxTimeoutMs">
    /// Optional cap on every request's timeout (0: none). Tests use it to keep "delayed past the timeout" faults short;
    /// the stand still asks for wait + 10 s.
    /// </param>
    public HttpStandTransport(string baseUrl, string terminalId, string token, int maxTimeoutMs = 0)
    {
        _baseUrl = baseUrl.TrimEnd('/');
        _terminalId = terminalId;
        _auth = new AuthenticationHeaderValue("Bearer", token);
        MaxTimeoutMs = maxTimeoutMs;
        _http = new HttpClient(new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.None,
            AllowAutoRedirect = false,
            ConnectTimeout = TimeSpan.FromSeconds(5),
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
        })
        {
            Timeout = Timeout.InfiniteTimeSpan, // per request, below
        };
    }

    /// <summary>Cap on request timeouts in ms (0: the stand's own values).</summary>
    public int MaxTimeoutMs { get; set; }

    /// <summary>Requests made (state + events).</summary>
    public int Requests => _requests;

    private int _requests;

    public HttpResult GetState(long since, int waitSeconds, int timeoutMs)
    {
        using var req = new HttpRequestMessage(HttpMethod.Get, _baseUrl + Protocol.StatePath(_terminalId, since, waitSeconds));
        return Send(req, timeoutMs);
    }

    public int PostEvent(StandEvent evt, int timeoutMs)
    {
        using var req = new HttpRequestMessage(HttpMethod.Post, _baseUrl + Protocol.EventsPath(_terminalId))
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(evt.ToJson())),
        };
        req.Content.Headers.ContentType = new MediaTypeHeaderValue(Protocol.JsonMediaType) { CharSet = "utf-8" };
        return Send(req, timeoutMs).StatusCode;
    }

    /// <summary>Aborts requests in flight (they fail as Network faults); used to stop a stand promptly.</summary>
    public void CancelPending() => _http.CancelPendingRequests();

    public void Dispose() => _http.Dispose();

    private HttpResult Send(HttpRequestMessage req, int timeoutMs)
    {
        Interlocked.Increment(ref _requests);
        req.Headers.Authorization = _auth;
        int effective = MaxTimeoutMs > 0 ? Math.Min(timeoutMs, MaxTimeoutMs) : timeoutMs;
        using var cts = new CancellationTokenSource(Math.Max(1, effective));
        HttpResponseMessage resp = null;
        try
        {
            resp = _http.Send(req, HttpCompletionOption.ResponseHeadersRead, cts.Token);
            // The body read is synchronous: cut it off at the deadline by disposing the response.
            using CancellationTokenRegistration reg = cts.Token.Register(() => resp.Dispose());
            string contentType = resp.Content.Headers.ContentType?.ToString();
            long declared = resp.Content.Headers.ContentLength ?? -1;
            byte[] body = null;
            int length = 0;
            if (resp.StatusCode != HttpStatusCode.NotModified && resp.StatusCode != HttpStatusCode.NoContent)
            {
                using Stream s = resp.Content.ReadAsStream(cts.Token);
                body = BoundedBody.Read(s, declared, Protocol.MaxBodyBytes, out length);
            }
            return new HttpResult((int)resp.StatusCode, contentType, body, length);
        }
        catch (TransportException)
        {
            throw;
        }
        catch (Exception e) when (cts.IsCancellationRequested)
        {
            throw new TransportException(Fault.Timeout, $"no complete answer within {effective} ms ({e.GetType().Name})");
        }
        catch (Exception e) when (e is HttpRequestException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            throw new TransportException(Fault.Network, e.GetBaseException().Message);
        }
        finally
        {
            resp?.Dispose();
        }
    }
}
