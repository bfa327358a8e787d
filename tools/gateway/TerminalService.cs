using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace QrTerminal.Gateway;

/// <summary>A terminal's state with its invoice, read atomically, and the gateway time of the read.</summary>
public sealed record TerminalSnapshot(TerminalRecord Terminal, Invoice Invoice, DateTimeOffset ServerTime);

/// <summary>
/// The gateway's business rules: invoices, payments, cancellation and expiry, each moving its terminal to a new
/// state with a higher version and waking that terminal's long polls. Every write happens under one lock.
/// </summary>
public sealed partial class TerminalService : IDisposable
{
    private readonly object _gate = new();
    private readonly GatewayOptions _options;
    private readonly TimeProvider _time;
    private readonly GatewayStore _store;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastSeen = new(StringComparer.Ordinal);

    public TerminalService(GatewayOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
        if (!InvoiceQr.ReferenceFields.Contains(options.ReferenceField))
        {
            throw new ArgumentException("ReferenceField must be billNumber, referenceLabel or purpose", nameof(options));
        }
        // Fail at start-up, not at the first invoice, when the merchant account cannot make a valid payload.
        InvoiceQr.Build(options.Merchant, options.ReferenceField, 1, "CHECK");
        _store = new GatewayStore(options.DatabasePath);
        DateTimeOffset now = Now();
        foreach (string id in options.Terminals.Keys)
        {
            if (!IsValidTerminalId(id))
            {
                throw new ArgumentException($"terminal id '{id}' must match [A-Za-z0-9_-]{{1,32}}", nameof(options));
            }
            // A new terminal starts at the current Unix second, so even a gateway that lost its database hands out
            // versions above anything its stands applied before (they ignore versions that are not newer).
            _store.EnsureTerminal(id, now.ToUnixTimeSeconds(), now);
        }
    }

    /// <summary>Long-poll wake-ups.</summary>
    public ChangeNotifier Changes { get; } = new ChangeNotifier();

    /// <summary>Raised after any terminal changed state (id, new version), outside the lock.</summary>
    public event Action<string, long> StateChanged;

    /// <summary>True when <paramref name="id"/> is a valid protocol terminal id.</summary>
    public static bool IsValidTerminalId(string id) => id != null && TerminalIdRegex().IsMatch(id);

    public DateTimeOffset Now()
    {
        DateTimeOffset t = _time.GetUtcNow();
        return DateTimeOffset.FromUnixTimeMilliseconds(t.ToUnixTimeMilliseconds());
    }

    /// <summary>Whether <paramref name="id"/> is a terminal this gateway serves.</summary>
    public bool IsKnown(string id) => id != null && _options.Terminals.ContainsKey(id);

    /// <summary>Notes that the terminal polled (for the cashier page's "last seen").</summary>
    public void Seen(string id) => _lastSeen[id] = Now();

    public DateTimeOffset? LastSeen(string id) => _lastSeen.TryGetValue(id, out var t) ? t : null;

    public TerminalSnapshot Snapshot(string terminalId)
    {
        lock (_gate)
        {
            TerminalRecord t = _store.GetTerminal(terminalId) ?? throw NotFound("terminal", terminalId);
            Invoice inv = t.InvoiceId == null ? null : _store.GetInvoice(t.InvoiceId);
            return new TerminalSnapshot(t, inv, Now());
        }
    }

    public List<TerminalSnapshot> AllSnapshots()
    {
        lock (_gate)
        {
            DateTimeOffset now = Now();
            return _store.ListTerminals()
                .Where(t => _options.Terminals.ContainsKey(t.Id))
                .Select(t => new TerminalSnapshot(t, t.InvoiceId == null ? null : _store.GetInvoice(t.InvoiceId), now))
                .ToList();
        }
    }

    public Invoice GetInvoice(string invoiceId)
    {
        lock (_gate)
        {
            return _store.GetInvoice(invoiceId) ?? throw NotFound("invoice", invoiceId);
        }
    }

    public List<Invoice> RecentInvoices(int limit)
    {
        lock (_gate)
        {
            return _store.RecentInvoices(limit);
        }
    }

    /// <summary>
    /// Creates an invoice on <paramref name="terminalId"/> and shows it there. <paramref name="reference"/> null or
    /// empty generates one. Fails with 409 while the terminal still has a pending invoice.
    /// </summary>
    public Invoice CreateInvoice(string terminalId, long amount, string reference, string description, int? ttlSeconds)
    {
        if (!IsKnown(terminalId))
        {
            throw NotFound("terminal", terminalId);
        }
        if (amount < 1 || amount > 9_999_999_999L)
        {
            throw new GatewayException(400, "bad_amount", "amount must be a whole number of VND from 1 to 9999999999");
        }
        if (!string.IsNullOrEmpty(reference) && !ReferenceRegex().IsMatch(reference))
        {
            throw new GatewayException(400, "bad_reference", "reference must be 1-25 letters or digits (it travels in the bank transfer content)");
        }
        if (description != null && description.Length > 100)
        {
            throw new GatewayException(400, "bad_description", "description must be at most 100 characters");
        }
        int ttl = ttlSeconds ?? _options.DefaultTtlSeconds;
        if (ttl < 1 || ttl > 86400)
        {
            throw new GatewayException(400, "bad_ttl", "ttlSeconds must be from 1 to 86400");
        }

        Invoice inv;
        long version;
        lock (_gate)
        {
            TerminalRecord t = _store.GetTerminal(terminalId);
            if (t.State == States.Invoice)
            {
                throw new GatewayException(409, "invoice_pending", $"terminal {terminalId} still shows invoice {t.InvoiceId}: cancel it first");
            }
            DateTimeOffset now = Now();
            long seq = _store.NextInvoiceSeq();
            string day = now.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            string id = $"INV-{day}-{seq:D4}";
            string reference1 = string.IsNullOrEmpty(reference) ? $"HD{day}{seq:D4}" : reference;
            string qr = InvoiceQr.Build(_options.Merchant, _options.ReferenceField, amount, reference1);
            inv = new Invoice(id, seq, terminalId, amount, reference1, description ?? "", qr, now, now.AddSeconds(ttl),
                InvoiceStatus.Pending, 0, null, null);
            _store.InsertInvoice(inv);
            version = _store.SetTerminalState(terminalId, States.Invoice, id, now);
        }
        Publish(terminalId, version);
        return inv;
    }

    /// <summary>Cancels a pending invoice (409 when it is no longer pending).</summary>
    public Invoice Cancel(string invoiceId) => Finish(invoiceId, InvoiceStatus.Cancelled);

    /// <summary>
    /// Applies a payment notification for <paramref name="invoice"/> (null: unknown). Idempotent by
    /// <paramref name="transactionRef"/>: a repeat returns <see cref="PaymentOutcome.Duplicate"/> and changes nothing.
    /// Only the exact amount on a pending invoice confirms it.
    /// </summary>
    public PaymentOutcome RecordPayment(Invoice invoice, long amount, string transactionRef, string source)
    {
        if (string.IsNullOrEmpty(transactionRef) || transactionRef.Length > 64)
        {
            throw new GatewayException(400, "bad_reference", "a payment needs a transaction reference of 1-64 characters");
        }
        PaymentOutcome outcome;
        long version = 0;
        string terminalId = null;
        lock (_gate)
        {
            DateTimeOffset now = Now();
            Invoice current = invoice == null ? null : _store.GetInvoice(invoice.Id);
            outcome = current == null ? PaymentOutcome.UnknownInvoice
                : current.Status != InvoiceStatus.Pending ? PaymentOutcome.NotPending
                : amount < current.Amount ? PaymentOutcome.Underpaid
                : amount > current.Amount ? PaymentOutcome.Overpaid
                : PaymentOutcome.Confirmed;
            if (!_store.TryRecordPayment(transactionRef, current?.Id, amount, now, source, outcome))
            {
                return PaymentOutcome.Duplicate;
            }
            if (outcome == PaymentOutcome.Confirmed)
            {
                _store.FinishInvoice(current.Id, InvoiceStatus.Paid, amount, now, transactionRef);
                TerminalRecord t = _store.GetTerminal(current.TerminalId);
                if (t.InvoiceId == current.Id)
                {
                    terminalId = t.Id;
                    version = _store.SetTerminalState(t.Id, States.Paid, current.Id, now);
                }
            }
        }
        if (terminalId != null)
        {
            Publish(terminalId, version);
        }
        return outcome;
    }

    /// <summary>Expires due invoices and returns finished terminals to idle. Called by the sweeper.</summary>
    public void Sweep()
    {
        var changed = new List<(string, long)>();
        lock (_gate)
        {
            DateTimeOffset now = Now();
            foreach (Invoice inv in _store.DueForExpiry(now))
            {
                if (_store.FinishInvoice(inv.Id, InvoiceStatus.Expired, 0, null, null))
                {
                    TerminalRecord t = _store.GetTerminal(inv.TerminalId);
                    if (t.InvoiceId == inv.Id)
                    {
                        changed.Add((t.Id, _store.SetTerminalState(t.Id, States.Expired, inv.Id, now)));
                    }
                }
            }
            if (_options.IdleAfterSeconds > 0)
            {
                foreach (TerminalRecord t in _store.ListTerminals())
                {
                    bool finished = t.State is States.Paid or States.Cancelled or States.Expired;
                    if (finished && t.ChangedAt.AddSeconds(_options.IdleAfterSeconds) <= now)
                    {
                        changed.Add((t.Id, _store.SetTerminalState(t.Id, States.Idle, null, now)));
                    }
                }
            }
        }
        foreach (var (id, v) in changed)
        {
            Publish(id, v);
        }
    }

    /// <summary>Stores a stand's telemetry event.</summary>
    public void RecordEvent(string terminalId, string type, string invoiceId, string reason, string detail, string body)
    {
        lock (_gate)
        {
            _store.InsertEvent(terminalId, Now(), type, invoiceId, reason, detail, body);
        }
    }

    public List<TerminalEvent> RecentEvents(string terminalId, int limit)
    {
        lock (_gate)
        {
            return _store.RecentEvents(terminalId, limit);
        }
    }

    public Invoice FindByOrderCode(long orderCode)
    {
        lock (_gate)
        {
            return _store.GetInvoiceByOrderCode(orderCode);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _store.Dispose();
        }
    }

    private Invoice Finish(string invoiceId, InvoiceStatus status)
    {
        long version = 0;
        string terminalId = null;
        Invoice result;
        lock (_gate)
        {
            DateTimeOffset now = Now();
            Invoice inv = _store.GetInvoice(invoiceId) ?? throw NotFound("invoice", invoiceId);
            if (!_store.FinishInvoice(inv.Id, status, 0, null, null))
            {
                throw new GatewayException(409, "not_pending", $"invoice {invoiceId} is already {inv.Status.ToString().ToLowerInvariant()}");
            }
            TerminalRecord t = _store.GetTerminal(inv.TerminalId);
            if (t.InvoiceId == inv.Id)
            {
                terminalId = t.Id;
                version = _store.SetTerminalState(t.Id, States.For(status), inv.Id, now);
            }
            result = _store.GetInvoice(inv.Id);
        }
        if (terminalId != null)
        {
            Publish(terminalId, version);
        }
        return result;
    }

    private void Publish(string terminalId, long version)
    {
        Changes.Changed(terminalId);
        StateChanged?.Invoke(terminalId, version);
    }

    private static GatewayException NotFound(string what, string id) => new(404, "not_found", $"no {what} '{id}'");

    [GeneratedRegex("^[A-Za-z0-9_-]{1,32}$")]
    private static partial Regex TerminalIdRegex();

    [GeneratedRegex("^[A-Za-z0-9]{1,25}$")]
    private static partial Regex ReferenceRegex();
}
