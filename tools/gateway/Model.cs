namespace QrTerminal.Gateway;

/// <summary>Lifecycle of an invoice. Only a pending invoice can be paid, cancelled or expire.</summary>
public enum InvoiceStatus
{
    Pending,
    Paid,
    Cancelled,
    Expired,
}

/// <summary>One invoice as stored. Times are UTC.</summary>
public sealed record Invoice(
    string Id,
    long OrderCode,
    string TerminalId,
    long Amount,
    string Reference,
    string Description,
    string QrPayload,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    InvoiceStatus Status,
    long PaidAmount,
    DateTimeOffset? PaidAt,
    string TransactionRef);

/// <summary>
/// A terminal's current state as the protocol describes it: <see cref="State"/> is idle, invoice, paid, cancelled
/// or expired; <see cref="InvoiceId"/> names the invoice concerned (null for idle).
/// </summary>
public sealed record TerminalRecord(string Id, long Version, string State, string InvoiceId, DateTimeOffset ChangedAt);

/// <summary>One telemetry event a stand reported.</summary>
public sealed record TerminalEvent(
    long Seq, string TerminalId, DateTimeOffset ReceivedAt, string Type, string InvoiceId, string Reason, string Detail, string Body);

/// <summary>What happened to a reported payment (bank webhook or simulated).</summary>
public enum PaymentOutcome
{
    /// <summary>Exact amount for a pending invoice: the invoice is now paid and its terminal shows it.</summary>
    Confirmed,

    /// <summary>This transaction reference was already processed; nothing changed.</summary>
    Duplicate,

    /// <summary>Less than the invoice amount (payOS UNDERPAID): recorded, not confirmed.</summary>
    Underpaid,

    /// <summary>More than the invoice amount: recorded for reconciliation, not confirmed to the stand.</summary>
    Overpaid,

    /// <summary>The invoice is no longer pending (already paid, cancelled or expired): recorded, not confirmed.</summary>
    NotPending,

    /// <summary>No invoice matches.</summary>
    UnknownInvoice,
}

/// <summary>Protocol state names (docs/protocol.md).</summary>
public static class States
{
    public const string Idle = "idle";
    public const string Invoice = "invoice";
    public const string Paid = "paid";
    public const string Cancelled = "cancelled";
    public const string Expired = "expired";

    /// <summary>The protocol state a terminal shows for an invoice in <paramref name="status"/>.</summary>
    public static string For(InvoiceStatus status) => status switch
    {
        InvoiceStatus.Pending => Invoice,
        InvoiceStatus.Paid => Paid,
        InvoiceStatus.Cancelled => Cancelled,
        InvoiceStatus.Expired => Expired,
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
