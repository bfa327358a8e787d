namespace QrTerminal.Core
{
    /// <summary>
    /// One telemetry event (docs/protocol.md section 2). Fields left null / at their "none" value are omitted
    /// from <see cref="ToJson"/>.
    /// </summary>
    public sealed class StandEvent
    {
        /// <summary>"boot", "rejected", "error", "shown" or "heartbeat" (see the Type* constants).</summary>
        public string Type;

        /// <summary>Stand's wall clock, Unix ms (may be wrong; the gateway keeps its own receive time).</summary>
        public long AtMs;

        /// <summary>Firmware version, or null.</summary>
        public string Firmware;

        /// <summary>Invoice concerned, or null.</summary>
        public string InvoiceId;

        /// <summary>Failed rule or <see cref="FaultText.Code"/>, or null.</summary>
        public string Reason;

        /// <summary>Free text, or null.</summary>
        public string Detail;

        /// <summary>Free managed heap in bytes, or -1 when not reported.</summary>
        public long FreeHeap = -1;

        /// <summary>Wi-Fi RSSI in dBm, or 0 when not reported.</summary>
        public int Rssi;

        /// <summary>Event type "boot".</summary>
        public const string TypeBoot = "boot";

        /// <summary>Event type "rejected".</summary>
        public const string TypeRejected = "rejected";

        /// <summary>Event type "error".</summary>
        public const string TypeError = "error";

        /// <summary>Event type "shown".</summary>
        public const string TypeShown = "shown";

        /// <summary>Event type "heartbeat".</summary>
        public const string TypeHeartbeat = "heartbeat";

        /// <summary>The JSON body for <c>POST .../events</c>.</summary>
        public string ToJson()
        {
            JsonWriter w = new JsonWriter();
            w.Add("type", Type);
            w.Add("at", IsoTime.Format(AtMs));
            w.Add("firmware", Firmware);
            w.Add("invoiceId", InvoiceId);
            w.Add("reason", Reason);
            w.Add("detail", Detail);
            if (FreeHeap >= 0)
            {
                w.Add("freeHeap", FreeHeap);
            }

            if (Rssi != 0)
            {
                w.Add("rssi", Rssi);
            }

            return w.Finish();
        }
    }
}
