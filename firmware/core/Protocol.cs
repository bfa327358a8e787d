namespace QrTerminal.Core
{
    /// <summary>Constants and path builders of docs/protocol.md (v1), shared by every transport.</summary>
    public static class Protocol
    {
        /// <summary>Largest response body the stand accepts; bigger ones are refused without reading them all.</summary>
        public const int MaxBodyBytes = 8192;

        /// <summary>Longest long-poll wait the gateway honours.</summary>
        public const int MaxWaitSeconds = 30;

        /// <summary>Extra time on top of <c>wait</c> before a long poll counts as timed out.</summary>
        public const int TimeoutMarginMs = 10000;

        /// <summary>Timeout for one event POST: events are best effort and must not hold the screen up.</summary>
        public const int EventTimeoutMs = 5000;

        /// <summary>The media type of every JSON body.</summary>
        public const string JsonMediaType = "application/json";

        /// <summary><c>/api/v1/terminals/{id}/state?since={since}&amp;wait={wait}</c></summary>
        public static string StatePath(string terminalId, long since, int waitSeconds)
        {
            return "/api/v1/terminals/" + terminalId + "/state?since=" + since.ToString() + "&wait=" + waitSeconds.ToString();
        }

        /// <summary><c>/api/v1/terminals/{id}/events</c></summary>
        public static string EventsPath(string terminalId)
        {
            return "/api/v1/terminals/" + terminalId + "/events";
        }

        /// <summary>The HTTP timeout for a state request with the given wait: wait + <see cref="TimeoutMarginMs"/>.</summary>
        public static int StateTimeoutMs(int waitSeconds)
        {
            return (waitSeconds * 1000) + TimeoutMarginMs;
        }

        /// <summary>True for <c>application/json</c> with optional parameters (e.g. <c>; charset=utf-8</c>), any case.</summary>
        public static bool IsJsonContentType(string contentType)
        {
            if (contentType == null)
            {
                return false;
            }

            string media = contentType;
            int semi = media.IndexOf(';');
            if (semi >= 0)
            {
                media = media.Substring(0, semi);
            }

            return media.Trim().ToLower() == JsonMediaType;
        }

        /// <summary>True for a terminal id of 1–32 characters from <c>[A-Za-z0-9_-]</c> (safe in a URL path unescaped).</summary>
        public static bool IsValidTerminalId(string id)
        {
            if (id == null || id.Length < 1 || id.Length > 32)
            {
                return false;
            }

            for (int i = 0; i < id.Length; i++)
            {
                char c = id[i];
                bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
