using System.Collections.Concurrent;

namespace QrTerminal.Gateway;

/// <summary>Misbehaviours the gateway can be told to commit on a terminal's state requests (tests and soak only).</summary>
public enum GatewayFault
{
    /// <summary>Holds the response for <see cref="FaultPlan.Delay"/> (past the stand's timeout), then answers normally.</summary>
    Delay,

    /// <summary>500 with an error body.</summary>
    Status500,

    /// <summary>200, Content-Length of a full document, half of it sent, then the connection is cut.</summary>
    TruncatedBody,

    /// <summary>200 application/json whose body is not JSON.</summary>
    MalformedJson,

    /// <summary>200 application/json of 64 KB with its Content-Length declared.</summary>
    OversizedBody,

    /// <summary>200 application/json of 64 KB sent chunked (no Content-Length), so only reading reveals the size.</summary>
    OversizedChunked,

    /// <summary>200 with the right document but Content-Type text/html.</summary>
    WrongContentType,

    /// <summary>The next invoice document carries a QR paying into a different account.</summary>
    ForeignAccount,

    /// <summary>The next invoice document carries a QR whose amount differs from <c>invoice.amount</c>.</summary>
    WrongAmount,

    /// <summary>Answers with the last <c>paid</c> document this terminal was sent (an old version), verbatim.</summary>
    ReplayOldPaid,

    /// <summary>Closes the connection without any response.</summary>
    DropConnection,
}

/// <summary>
/// A per-terminal queue of <see cref="GatewayFault"/>s. Each state request takes the next transport fault; the two
/// payload faults wait for the next request that would carry an invoice. Thread-safe.
/// </summary>
public sealed class FaultPlan
{
    private readonly ConcurrentDictionary<string, Queue<GatewayFault>> _plans = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _lastPaid = new(StringComparer.Ordinal);

    /// <summary>How long <see cref="GatewayFault.Delay"/> holds a response.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>True for the faults that tamper with an invoice's QR rather than with the HTTP exchange.</summary>
    public static bool IsPayloadFault(GatewayFault f) => f is GatewayFault.ForeignAccount or GatewayFault.WrongAmount;

    /// <summary>Appends faults to <paramref name="terminalId"/>'s plan, applied in order.</summary>
    public void Enqueue(string terminalId, params GatewayFault[] faults)
    {
        Queue<GatewayFault> q = _plans.GetOrAdd(terminalId, _ => new Queue<GatewayFault>());
        lock (q)
        {
            foreach (GatewayFault f in faults)
            {
                q.Enqueue(f);
            }
        }
    }

    /// <summary>Faults still waiting for <paramref name="terminalId"/>.</summary>
    public int Pending(string terminalId)
    {
        if (!_plans.TryGetValue(terminalId, out var q))
        {
            return 0;
        }
        lock (q)
        {
            return q.Count;
        }
    }

    public void Clear(string terminalId)
    {
        if (_plans.TryGetValue(terminalId, out var q))
        {
            lock (q)
            {
                q.Clear();
            }
        }
    }

    /// <summary>Takes the next fault if it is a transport fault (applied to any request).</summary>
    public GatewayFault? TakeTransport(string terminalId) => Take(terminalId, payload: false);

    /// <summary>Takes the next fault if it is a payload fault (call only when answering with an invoice).</summary>
    public GatewayFault? TakePayload(string terminalId) => Take(terminalId, payload: true);

    /// <summary>Keeps the last paid document sent to a terminal, for <see cref="GatewayFault.ReplayOldPaid"/>.</summary>
    public void RememberPaid(string terminalId, byte[] document) => _lastPaid[terminalId] = document;

    /// <summary>The last paid document sent to the terminal, or null.</summary>
    public byte[] LastPaid(string terminalId) => _lastPaid.TryGetValue(terminalId, out var d) ? d : null;

    private GatewayFault? Take(string terminalId, bool payload)
    {
        if (!_plans.TryGetValue(terminalId, out var q))
        {
            return null;
        }
        lock (q)
        {
            if (q.Count > 0 && IsPayloadFault(q.Peek()) == payload)
            {
                return q.Dequeue();
            }
            return null;
        }
    }
}
