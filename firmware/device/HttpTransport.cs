using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using nanoFramework.Json;
using QrTerminal.Core;

namespace QrTerminal.Device
{
    /// <summary>
    /// docs/protocol.md over nanoFramework's HttpClient. Rules from its README and sources:
    /// every HttpResponseMessage is disposed (else ~16 requests exhaust the heap); the Timeout is set explicitly (the
    /// default is infinite) and only before a client's first request, so there is one client per timeout class;
    /// bodies are requested with ResponseHeadersRead and their Content-Length is checked before anything is read,
    /// because HttpContent.ReadAsStream buffers the whole body: a state body without Content-Length or over 8 KB is
    /// refused unread (the gateway always sends Content-Length).
    /// </summary>
    internal sealed class HttpTransport : IStandTransport
    {
        /// <summary>Timeout classes: a request gets the smallest one that covers what the stand asked for.</summary>
        private static readonly int[] TimeoutClassesMs = new int[] { Protocol.EventTimeoutMs, Protocol.StateTimeoutMs(5), Protocol.StateTimeoutMs(Protocol.MaxWaitSeconds) };

        private readonly HttpClient[] _clients = new HttpClient[3];
        private readonly X509Certificate _rootCa;
        private readonly string _baseUrl;
        private readonly string _terminalId;
        private readonly string _authorization;

        public HttpTransport(StandConfig config)
        {
            _baseUrl = config.BaseUrl;
            _terminalId = config.TerminalId;
            _authorization = "Bearer " + config.Token;
            _rootCa = config.RootCaPem == null ? null : new X509Certificate(config.RootCaPem);
        }

        public HttpResult GetState(long since, int waitSeconds, int timeoutMs)
        {
            HttpResponseMessage response = null;
            try
            {
                response = Client(timeoutMs).Get(_baseUrl + Protocol.StatePath(_terminalId, since, waitSeconds), HttpCompletionOption.ResponseHeadersRead);
                int status = (int)response.StatusCode;
                HttpContent content = response.Content;
                string contentType = ContentTypeOf(content);
                if (status != 200)
                {
                    // Error bodies are never needed: the status says enough, and not reading them keeps memory flat.
                    return new HttpResult(status, contentType, null, 0);
                }

                long declared = ContentLengthOf(content);
                if (declared < 0)
                {
                    throw new TransportException(Fault.BodyTooLarge, "no Content-Length (chunked bodies are refused)");
                }

                int length;
                byte[] body = BoundedBody.Read(content == null ? null : content.ReadAsStream(), declared, Protocol.MaxBodyBytes, out length);
                return new HttpResult(status, contentType, body, length);
            }
            catch (TransportException)
            {
                throw;
            }
            catch (Exception e)
            {
                throw Wrap(e);
            }
            finally
            {
                if (response != null)
                {
                    response.Dispose();
                }
            }
        }

        public int PostEvent(StandEvent evt, int timeoutMs)
        {
            string json = JsonConvert.SerializeObject(EventDto.From(evt));
            StringContent body = new StringContent(json, Encoding.UTF8, Protocol.JsonMediaType);
            HttpResponseMessage response = null;
            try
            {
                response = Client(timeoutMs).Post(_baseUrl + Protocol.EventsPath(_terminalId), body);
                return (int)response.StatusCode;
            }
            catch (Exception e)
            {
                throw Wrap(e);
            }
            finally
            {
                if (response != null)
                {
                    response.Dispose();
                }

                body.Dispose();
            }
        }

        /// <summary>Maps whatever HttpClient threw to the core's typed transport fault.</summary>
        private static TransportException Wrap(Exception e)
        {
            WebException web = e as WebException;
            Fault fault = web != null && web.Status == WebExceptionStatus.Timeout ? Fault.Timeout : Fault.Network;
            return new TransportException(fault, e.Message);
        }

        private HttpClient Client(int timeoutMs)
        {
            int index = TimeoutClassesMs.Length - 1;
            for (int i = 0; i < TimeoutClassesMs.Length; i++)
            {
                if (timeoutMs <= TimeoutClassesMs[i])
                {
                    index = i;
                    break;
                }
            }

            if (_clients[index] == null)
            {
                HttpClient client = new HttpClient();
                client.Timeout = TimeSpan.FromMilliseconds(TimeoutClassesMs[index]);
                client.DefaultRequestHeaders.Add("Authorization", _authorization);
                if (_rootCa != null)
                {
                    client.HttpsAuthentCert = _rootCa;
                }

                _clients[index] = client;
            }

            return _clients[index];
        }

        private static string ContentTypeOf(HttpContent content)
        {
            if (content == null)
            {
                return null;
            }

            try
            {
                MediaTypeHeaderValue type = content.Headers.ContentType;
                return type == null ? null : type.MediaType;
            }
            catch (Exception)
            {
                // An absent or unparsable header: the core reports BadContentType.
                return null;
            }
        }

        private static long ContentLengthOf(HttpContent content)
        {
            if (content == null)
            {
                return 0;
            }

            try
            {
                return content.Headers.ContentLength;
            }
            catch (Exception)
            {
                return -1;
            }
        }
    }
}
