using QrTerminal.Core;

namespace QrTerminal.Device
{
    /// <summary>
    /// The event body for nanoFramework.Json. Its serializer writes public getters by their exact (case-sensitive)
    /// names, so the properties carry the protocol's lowercase JSON names (docs/protocol.md section 2).
    /// </summary>
    public sealed class EventDto
    {
        public string type { get; set; }

        public string at { get; set; }

        public string firmware { get; set; }

        public string invoiceId { get; set; }

        public string reason { get; set; }

        public string detail { get; set; }

        public long freeHeap { get; set; }

        public int rssi { get; set; }

        /// <summary>Copies a core event; "not reported" values stay as the protocol's neutral values (null, -1, 0).</summary>
        public static EventDto From(StandEvent e)
        {
            EventDto d = new EventDto();
            d.type = e.Type;
            d.at = IsoTime.Format(e.AtMs);
            d.firmware = e.Firmware;
            d.invoiceId = e.InvoiceId;
            d.reason = e.Reason;
            d.detail = e.Detail;
            d.freeHeap = e.FreeHeap;
            d.rssi = e.Rssi;
            return d;
        }
    }
}
