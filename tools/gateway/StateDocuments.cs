using System.Globalization;
using System.Text.Json;

namespace QrTerminal.Gateway;

/// <summary>Writes the protocol's state documents (docs/protocol.md §1) as UTF-8 JSON.</summary>
public static class StateDocuments
{
    /// <summary>Compact JSON with non-ASCII text (Vietnamese) left as UTF-8 rather than \u escapes.</summary>
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The state document of <paramref name="s"/>. <paramref name="qrPayloadOverride"/> replaces the invoice's QR
    /// payload (fault injection only).
    /// </summary>
    public static byte[] Write(TerminalSnapshot s, string qrPayloadOverride = null)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, StateDocuments.WriterOptions))
        {
            w.WriteStartObject();
            w.WriteNumber("version", s.Terminal.Version);
            w.WriteString("state", s.Terminal.State);
            w.WriteString("serverTime", Iso(s.ServerTime));
            if (s.Terminal.State != States.Idle && s.Invoice != null)
            {
                WriteInvoice(w, s.Invoice, qrPayloadOverride);
                if (s.Terminal.State == States.Paid)
                {
                    w.WriteStartObject("paid");
                    w.WriteNumber("amount", s.Invoice.PaidAmount);
                    w.WriteString("paidAt", Iso(s.Invoice.PaidAt ?? s.ServerTime));
                    w.WriteString("transactionRef", s.Invoice.TransactionRef);
                    w.WriteEndObject();
                }
            }
            w.WriteEndObject();
        }
        return ms.ToArray();
    }

    /// <summary>ISO-8601 UTC with milliseconds, e.g. 2026-11-22T08:15:00.250Z.</summary>
    public static string Iso(DateTimeOffset t) =>
        t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The invoice object of the protocol.</summary>
    public static void WriteInvoice(Utf8JsonWriter w, Invoice inv, string qrPayloadOverride = null)
    {
        w.WriteStartObject("invoice");
        w.WriteString("id", inv.Id);
        w.WriteNumber("amount", inv.Amount);
        w.WriteString("currency", "704");
        w.WriteString("reference", inv.Reference);
        w.WriteString("description", inv.Description ?? "");
        w.WriteString("qrPayload", qrPayloadOverride ?? inv.QrPayload);
        w.WriteString("expiresAt", Iso(inv.ExpiresAt));
        w.WriteEndObject();
    }
}
