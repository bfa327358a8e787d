namespace QrTerminal.Core
{
    /// <summary>
    /// Turns an HTTP result of the state request into a <see cref="StateDocument"/>, checking everything
    /// docs/protocol.md promises: status, content type, size, JSON syntax, field presence and types, the state value.
    /// Unknown extra fields are ignored (additive protocol changes keep v1).
    /// </summary>
    public static class StateParser
    {
        /// <summary>Longest id, reference or description accepted (they end up on a small screen).</summary>
        public const int MaxTextLength = 256;

        /// <summary>Longest QR payload accepted (a VietQR payload is ~150–300 characters).</summary>
        public const int MaxPayloadLength = 1024;

        /// <summary>Largest amount accepted: 10^15 VND, far above any hospital bill yet safe in a long.</summary>
        public const long MaxAmount = 1000000000000000L;

        /// <summary>The document for a 200, or null for 304 Not Modified.</summary>
        /// <exception cref="ProtocolException">any violation; <see cref="ProtocolException.Fault"/> says which.</exception>
        public static StateDocument Parse(HttpResult result)
        {
            if (result.StatusCode == 304)
            {
                return null;
            }

            if (result.StatusCode == 401)
            {
                throw new ProtocolException(Fault.Unauthorized, "401: token refused");
            }

            if (result.StatusCode != 200)
            {
                throw new ProtocolException(Fault.HttpStatus, "HTTP " + result.StatusCode.ToString());
            }

            if (!Protocol.IsJsonContentType(result.ContentType))
            {
                throw new ProtocolException(Fault.BadContentType, "Content-Type " + (result.ContentType == null ? "(none)" : result.ContentType));
            }

            if (result.BodyLength > Protocol.MaxBodyBytes)
            {
                throw new ProtocolException(Fault.BodyTooLarge, "body of " + result.BodyLength.ToString() + " bytes");
            }

            JsonObject root;
            try
            {
                root = JsonReader.ParseObject(result.Body, result.BodyLength);
            }
            catch (JsonException e)
            {
                throw new ProtocolException(Fault.MalformedJson, e.Message);
            }

            return ParseDocument(root);
        }

        /// <summary>Checks a parsed JSON object against the state document schema.</summary>
        public static StateDocument ParseDocument(JsonObject root)
        {
            try
            {
                StateDocument doc = new StateDocument();
                doc.Version = root.GetLong("version", 1, long.MaxValue);
                doc.ServerTimeMs = IsoTime.Parse(root.GetString("serverTime"), "serverTime");
                string state = root.GetString("state");
                switch (state)
                {
                    case "idle":
                        doc.State = TerminalState.Idle;
                        break;
                    case "invoice":
                        doc.State = TerminalState.Invoice;
                        break;
                    case "paid":
                        doc.State = TerminalState.Paid;
                        break;
                    case "cancelled":
                        doc.State = TerminalState.Cancelled;
                        break;
                    case "expired":
                        doc.State = TerminalState.Expired;
                        break;
                    default:
                        throw new ProtocolException(Fault.UnknownState, "state \"" + Clip(state) + "\" (version " + doc.Version.ToString() + ")");
                }

                bool invoiceRequired = doc.State == TerminalState.Invoice || doc.State == TerminalState.Paid;
                JsonObject invoice = invoiceRequired ? root.GetObject("invoice") : root.GetObjectOrNull("invoice");
                if (invoice != null)
                {
                    doc.Invoice = ParseInvoice(invoice);
                }

                if (doc.State == TerminalState.Paid)
                {
                    JsonObject paid = root.GetObject("paid");
                    PaidInfo p = new PaidInfo();
                    p.Amount = paid.GetLong("amount", 1, MaxAmount);
                    p.PaidAtMs = paid.Has("paidAt") && paid.Get("paidAt") != null ? IsoTime.Parse(paid.GetString("paidAt"), paid.PathOf("paidAt")) : 0;
                    p.TransactionRef = Text(paid, "transactionRef", false, MaxTextLength);
                    doc.Paid = p;
                }

                return doc;
            }
            catch (JsonFieldException e)
            {
                throw new ProtocolException(Fault.MissingField, e.Message);
            }
        }

        /// <summary>The version of a document that failed a later check, or 0 when even that is unreadable.
        /// Lets the stand skip a well-formed but unusable document instead of fetching it again.</summary>
        public static long VersionOf(HttpResult result)
        {
            try
            {
                JsonObject root = JsonReader.ParseObject(result.Body, result.BodyLength);
                return root.GetLong("version", 1, long.MaxValue);
            }
            catch (JsonException)
            {
                return 0;
            }
            catch (JsonFieldException)
            {
                return 0;
            }
        }

        private static InvoiceInfo ParseInvoice(JsonObject o)
        {
            InvoiceInfo inv = new InvoiceInfo();
            inv.Id = Text(o, "id", true, MaxTextLength);
            inv.Amount = o.GetLong("amount", 1, MaxAmount);
            inv.Currency = Text(o, "currency", true, 3);
            inv.Reference = Text(o, "reference", false, MaxTextLength);
            inv.Description = Text(o, "description", false, MaxTextLength);
            inv.QrPayload = Text(o, "qrPayload", true, MaxPayloadLength);
            inv.ExpiresAtMs = IsoTime.Parse(o.GetString("expiresAt"), o.PathOf("expiresAt"));
            return inv;
        }

        private static string Text(JsonObject o, string name, bool required, int maxLength)
        {
            string s = required ? o.GetString(name) : o.GetString(name, string.Empty);
            if (required && s.Length == 0)
            {
                throw new JsonFieldException(o.PathOf(name), "must not be empty");
            }

            if (s.Length > maxLength)
            {
                throw new JsonFieldException(o.PathOf(name), "longer than " + maxLength.ToString() + " characters");
            }

            return s;
        }

        private static string Clip(string s)
        {
            return s.Length > 32 ? s.Substring(0, 32) : s;
        }
    }
}
