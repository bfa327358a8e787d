// Reference declarations for nfcheck: nanoFramework.System.Net.Http.Client 1.5.210 (assembly System.Net.Http).
// Signatures from nanoframework/System.Net.Http:nanoFramework.System.Net.Http/Http/HttpClient.cs, HttpMessageInvoker.cs,
// HttpResponseMessage.cs, HttpContent.cs, StringContent.cs, ByteArrayContent.cs, HttpCompletionOption.cs,
// HttpRequestException.cs, Headers/HttpHeaders.cs, Headers/HttpRequestHeaders.cs, Headers/HttpContentHeaders.cs,
// Headers/MediaTypeHeaderValue.cs, System.Net.HttpStatusCode.cs, System.Net.WebException.cs, System.Net.WebStatus.cs.
// Only the members the firmware uses; bodies are throw null.
namespace System.Net
{
    public enum HttpStatusCode
    {
        OK = 200,
        NoContent = 204,
        NotModified = 304,
        Unauthorized = 401,
        InternalServerError = 500,
    }

    public enum WebExceptionStatus
    {
        Success = 0,
        NameResolutionFailure = 1,
        ConnectFailure = 2,
        ReceiveFailure = 3,
        SendFailure = 4,
        PipelineFailure = 5,
        RequestCanceled = 6,
        ProtocolError = 7,
        ConnectionClosed = 8,
        TrustFailure = 9,
        SecureChannelFailure = 10,
        ServerProtocolViolation = 11,
        KeepAliveFailure = 12,
        Pending = 13,
        Timeout = 14,
        ProxyNameResolutionFailure = 15
    }

    public class WebException : InvalidOperationException
    {
        public WebException() { throw null; }
        public WebException(string message) { throw null; }
        public WebException(string message, Exception innerException) { throw null; }
        public WebException(string message, WebExceptionStatus status) { throw null; }
        public WebExceptionStatus Status { get { throw null; } }
    }
}

namespace System.Net.Http
{
    using System.IO;
    using System.Net.Http.Headers;
    using System.Security.Cryptography.X509Certificates;
    using System.Text;

    public enum HttpCompletionOption
    {
        ResponseContentRead = 0,
        ResponseHeadersRead = 1,
    }

    public class HttpRequestException : Exception
    {
        public HttpRequestException() { throw null; }
    }

    public class HttpMessageInvoker : IDisposable
    {
        public void Dispose() { throw null; }
        protected virtual void Dispose(bool disposing) { throw null; }
    }

    public partial class HttpClient : HttpMessageInvoker
    {
        public HttpClient() { throw null; }
        public HttpRequestHeaders DefaultRequestHeaders { get { throw null; } }
        public TimeSpan Timeout { get { throw null; } set { throw null; } }
        public X509Certificate HttpsAuthentCert { get { throw null; } set { throw null; } }
        public HttpResponseMessage Get(string requestUri) { throw null; }
        public HttpResponseMessage Get(string requestUri, HttpCompletionOption completionOption) { throw null; }
        public HttpResponseMessage Post(string requestUri, HttpContent content) { throw null; }
    }

    public class HttpResponseMessage : IDisposable
    {
        public HttpResponseMessage() { throw null; }
        public HttpContent Content { get { throw null; } set { throw null; } }
        public bool IsSuccessStatusCode { get { throw null; } }
        public HttpStatusCode StatusCode { get { throw null; } }
        public HttpResponseMessage EnsureSuccessStatusCode() { throw null; }
        protected virtual void Dispose(bool disposing) { throw null; }
        public void Dispose() { throw null; }
    }

    public abstract class HttpContent : IDisposable
    {
        protected HttpContent() { throw null; }
        public HttpContentHeaders Headers { get { throw null; } }
        public Stream ReadAsStream() { throw null; }
        public byte[] ReadAsByteArray() { throw null; }
        public string ReadAsString() { throw null; }
        public void Dispose() { throw null; }
        protected virtual void Dispose(bool disposing) { throw null; }
        protected internal abstract bool TryComputeLength(out long length);
        protected abstract void SerializeToStream(Stream stream);
    }

    public class ByteArrayContent : HttpContent
    {
        public ByteArrayContent(byte[] content) { throw null; }
        protected internal override bool TryComputeLength(out long length) { throw null; }
        protected override void SerializeToStream(Stream stream) { throw null; }
    }

    public class StringContent : ByteArrayContent
    {
        public StringContent(string content) : base(null) { throw null; }
        public StringContent(string content, Encoding encoding) : base(null) { throw null; }
        public StringContent(string content, Encoding encoding, string mediaType) : base(null) { throw null; }
    }
}

namespace System.Net.Http.Headers
{
    public abstract class HttpHeaders
    {
        public void Add(string name, string value) { throw null; }
    }

    public sealed class HttpRequestHeaders : HttpHeaders
    {
    }

    public sealed class HttpContentHeaders : HttpHeaders
    {
        public long ContentLength { get { throw null; } set { throw null; } }
        public MediaTypeHeaderValue ContentType { get { throw null; } set { throw null; } }
    }

    public class MediaTypeHeaderValue
    {
        public MediaTypeHeaderValue(string mediaType) { throw null; }
        public string CharSet { get { throw null; } set { throw null; } }
        public string MediaType { get { throw null; } set { throw null; } }
        public override string ToString() { throw null; }
    }
}
