using System.Collections;

namespace QrTerminal.Core
{
    /// <summary>
    /// Parses and validates the stand's JSON config (schema in hardware-notes.md, "Configuration file").
    /// Every problem becomes a <see cref="ConfigException"/> naming the field, for the Setup screen; nothing else escapes.
    /// </summary>
    public static class ConfigParser
    {
        /// <summary>Largest config file accepted (a PEM root CA is ~2 KB).</summary>
        public const int MaxConfigBytes = 16384;

        /// <summary>Highest ESP32 GPIO number.</summary>
        public const int MaxGpio = 39;

        /// <summary>Parses UTF-8 file bytes.</summary>
        public static StandConfig Parse(byte[] utf8, int length)
        {
            if (utf8 == null || length <= 0)
            {
                throw new ConfigException("(file)", "is empty");
            }

            if (length > MaxConfigBytes)
            {
                throw new ConfigException("(file)", "is larger than " + MaxConfigBytes.ToString() + " bytes");
            }

            JsonObject root;
            try
            {
                root = JsonReader.ParseObject(utf8, length);
            }
            catch (JsonException e)
            {
                throw new ConfigException("(file)", "is not valid JSON (" + e.Message + ")");
            }

            return Parse(root);
        }

        /// <summary>Parses config text.</summary>
        public static StandConfig Parse(string json)
        {
            if (json == null || json.Length == 0)
            {
                throw new ConfigException("(file)", "is empty");
            }

            JsonObject root;
            try
            {
                root = JsonReader.ParseObject(json);
            }
            catch (JsonException e)
            {
                throw new ConfigException("(file)", "is not valid JSON (" + e.Message + ")");
            }

            return Parse(root);
        }

        /// <summary>Validates an already parsed config object.</summary>
        public static StandConfig Parse(JsonObject root)
        {
            try
            {
                return Build(root);
            }
            catch (JsonFieldException e)
            {
                string message = e.Message;
                string prefix = e.Field + ": ";
                if (message.StartsWith(prefix))
                {
                    message = message.Substring(prefix.Length);
                }

                throw new ConfigException(e.Field, message);
            }
        }

        private static StandConfig Build(JsonObject root)
        {
            StandConfig c = new StandConfig();
            c.Title = root.GetString("title", string.Empty);

            JsonObject wifi = root.GetObjectOrNull("wifi");
            if (wifi != null)
            {
                c.WifiSsid = wifi.GetString("ssid");
                if (c.WifiSsid.Length == 0 || c.WifiSsid.Length > 32)
                {
                    throw new JsonFieldException(wifi.PathOf("ssid"), "must be 1-32 characters");
                }

                c.WifiPassword = wifi.GetString("password", string.Empty);
                if (c.WifiPassword.Length > 63 || (c.WifiPassword.Length > 0 && c.WifiPassword.Length < 8))
                {
                    throw new JsonFieldException(wifi.PathOf("password"), "must be empty (open network) or 8-63 characters");
                }
            }

            JsonObject backend = root.GetObject("backend");
            c.BaseUrl = backend.GetString("baseUrl");
            bool https = c.BaseUrl.StartsWith("https://");
            bool insecure = backend.GetBool("allowInsecureHttp", false);
            if (!https && !(insecure && c.BaseUrl.StartsWith("http://")))
            {
                throw new JsonFieldException(backend.PathOf("baseUrl"), "must start with https:// (http:// only with allowInsecureHttp, for the lab)");
            }

            int hostStart = https ? 8 : 7;
            while (c.BaseUrl.EndsWith("/"))
            {
                c.BaseUrl = c.BaseUrl.Substring(0, c.BaseUrl.Length - 1);
            }

            if (c.BaseUrl.Length <= hostStart || c.BaseUrl.IndexOf(' ') >= 0 || c.BaseUrl.IndexOf('?') >= 0 || c.BaseUrl.IndexOf('#') >= 0)
            {
                throw new JsonFieldException(backend.PathOf("baseUrl"), "must be a base URL like https://gw.example:8443");
            }

            c.TerminalId = backend.GetString("terminalId");
            if (!Protocol.IsValidTerminalId(c.TerminalId))
            {
                throw new JsonFieldException(backend.PathOf("terminalId"), "must be 1-32 characters of A-Z a-z 0-9 _ -");
            }

            c.Token = backend.GetString("token");
            if (c.Token.Length < 16 || c.Token.Length > 256 || c.Token.IndexOf(' ') >= 0 || c.Token.IndexOf('\n') >= 0)
            {
                throw new JsonFieldException(backend.PathOf("token"), "must be 16-256 characters without spaces");
            }

            c.RootCaPem = backend.GetString("rootCaPem", null);
            if (c.RootCaPem != null)
            {
                if (c.RootCaPem.IndexOf("-----BEGIN CERTIFICATE-----") < 0 || c.RootCaPem.IndexOf("-----END CERTIFICATE-----") < 0)
                {
                    throw new JsonFieldException(backend.PathOf("rootCaPem"), "must be a PEM certificate (-----BEGIN CERTIFICATE----- ...)");
                }
            }
            else if (https)
            {
                throw new JsonFieldException(backend.PathOf("rootCaPem"), "is required for https (the root CA of the gateway's certificate)");
            }

            JsonObject panel = root.GetObject("panel");
            c.Panel.Id = panel.GetString("id");
            if (c.Panel.Id.Length == 0)
            {
                throw new JsonFieldException(panel.PathOf("id"), "must not be empty");
            }

            JsonObject pins = panel.GetObjectOrNull("pins");
            if (pins != null)
            {
                foreach (string name in pins.Keys)
                {
                    c.Panel.SetPin(name, pins.GetInt(name, -1, MaxGpio, -1));
                }
            }

            JsonObject policy = root.GetObject("policy");
            ArrayList allow = policy.GetArray("allowlist");
            if (allow.Count == 0)
            {
                throw new JsonFieldException(policy.PathOf("allowlist"), "must name at least one BIN:ACCOUNT");
            }

            c.Allowlist = new string[allow.Count];
            for (int i = 0; i < allow.Count; i++)
            {
                string entry = allow[i] as string;
                string path = policy.PathOf("allowlist") + "[" + i.ToString() + "]";
                if (entry == null || !IsBinAccount(entry))
                {
                    throw new JsonFieldException(path, "must be \"BIN:ACCOUNT\" (6-digit BIN, 1-19 letters or digits)");
                }

                c.Allowlist[i] = entry;
            }

            c.ReferenceField = policy.GetString("referenceField", "billNumber");
            if (c.ReferenceField != "billNumber" && c.ReferenceField != "referenceLabel" && c.ReferenceField != "purpose" && c.ReferenceField != "any")
            {
                throw new JsonFieldException(policy.PathOf("referenceField"), "must be billNumber, referenceLabel, purpose or any");
            }

            JsonObject polling = root.GetObjectOrNull("polling");
            if (polling != null)
            {
                c.LongPollSeconds = polling.GetInt("longPollSeconds", 0, Protocol.MaxWaitSeconds, c.LongPollSeconds);
                c.InvoiceWaitSeconds = polling.GetInt("invoiceWaitSeconds", 1, Protocol.MaxWaitSeconds, c.InvoiceWaitSeconds);
                c.PollIntervalSeconds = polling.GetInt("pollIntervalSeconds", 1, 300, c.PollIntervalSeconds);
                c.BackoffInitialMs = polling.GetInt("backoffInitialMs", 100, 60000, c.BackoffInitialMs);
                c.BackoffMaxMs = polling.GetInt("backoffMaxMs", c.BackoffInitialMs, 600000, c.BackoffMaxMs < c.BackoffInitialMs ? c.BackoffInitialMs : c.BackoffMaxMs);
            }

            JsonObject display = root.GetObjectOrNull("display");
            if (display != null)
            {
                c.Panel.FullRefreshEvery = display.GetInt("fullRefreshEvery", 0, 1000, c.Panel.FullRefreshEvery);
                c.PaidScreenSeconds = display.GetInt("paidSeconds", 1, 3600, c.PaidScreenSeconds);
                c.ExpiredScreenSeconds = display.GetInt("expiredSeconds", 1, 3600, c.ExpiredScreenSeconds);
                c.CancelledScreenSeconds = display.GetInt("cancelledSeconds", 1, 3600, c.CancelledScreenSeconds);
                c.RejectedScreenSeconds = display.GetInt("rejectedSeconds", 1, 3600, c.RejectedScreenSeconds);
            }

            JsonObject device = root.GetObjectOrNull("device");
            if (device != null)
            {
                c.BuzzerPin = device.GetInt("buzzerPin", -1, MaxGpio, c.BuzzerPin);
                c.LedPin = device.GetInt("ledPin", -1, MaxGpio, c.LedPin);
                c.RebootAfterFailures = device.GetInt("rebootAfterFailures", 0, 100000, c.RebootAfterFailures);
                c.HeartbeatSeconds = device.GetInt("heartbeatSeconds", 0, 86400, c.HeartbeatSeconds);
            }

            return c;
        }

        /// <summary>True for "BIN:ACCOUNT": a 6-digit BIN, a colon, 1-19 ASCII letters or digits.</summary>
        public static bool IsBinAccount(string entry)
        {
            int colon = entry.IndexOf(':');
            if (colon != 6 || entry.Length < 8 || entry.Length > 26)
            {
                return false;
            }

            for (int i = 0; i < entry.Length; i++)
            {
                if (i == 6)
                {
                    continue;
                }

                char ch = entry[i];
                bool digit = ch >= '0' && ch <= '9';
                bool letter = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
                if (i < 6 ? !digit : !(digit || letter))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
