namespace QrTerminal.Core
{
    /// <summary>What an <see cref="IStandTransport"/> got back for a request that completed at the HTTP level.</summary>
    public sealed class HttpResult
    {
        /// <summary>Creates a result. <paramref name="body"/> may be null for an empty body.</summary>
        public HttpResult(int statusCode, string contentType, byte[] body, int bodyLength)
        {
            StatusCode = statusCode;
            ContentType = contentType;
            Body = body;
            BodyLength = body == null ? 0 : bodyLength;
        }

        /// <summary>HTTP status code (200, 304, 401, 500, ...).</summary>
        public int StatusCode { get; private set; }

        /// <summary>The Content-Type header value, or null when absent.</summary>
        public string ContentType { get; private set; }

        /// <summary>The body bytes (the first <see cref="BodyLength"/> are valid), or null.</summary>
        public byte[] Body { get; private set; }

        /// <summary>Number of valid bytes in <see cref="Body"/>; never more than <see cref="Protocol.MaxBodyBytes"/>.</summary>
        public int BodyLength { get; private set; }
    }
}
