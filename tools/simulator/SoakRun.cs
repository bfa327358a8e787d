using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using QrTerminal.Core;

namespace QrTerminal.Simulator;

/// <summary>What a soak run found.</summary>
public sealed record SoakReport(
    int Invoices, int Completed, int Paid, int Cancelled, int Expired, int Rejected, int FalsePaids, int MissedPaids,
    int FaultsInjected, double P50Ms, double P95Ms, double MaxMs, double CleanP50Ms, double CleanP95Ms, int CleanSamples, long WorkingSetBefore, long WorkingSetAfter, long ManagedBefore,
    long ManagedAfter, TimeSpan Duration, List<string> Problems);

/// <summary>
/// Drives K simulated stands (the real core, real HTTP) through N invoices against a gateway, with random faults:
/// transport faults on state responses, tampered payloads, and a mix of paid / cancelled / expired outcomes. It
/// watches every screen: a Paid for an invoice the gateway did not confirm (exact amount) is a false Paid; a confirmed
/// payment whose Paid screen never came on the stand that showed the invoice is a missed Paid.
/// </summary>
public sealed class SoakRun
{
    private readonly string _baseUrl;
    private readonly string _cashierKey;
    private readonly Func<string, int, Task> _injectFaults;
    private readonly Func<string, Task> _injectPayloadFault;
    private readonly string[] _allowlist;
    private readonly string _referenceField;

    /// <param name="injectFaults">Queues this many random transport faults on a terminal (null: no faults).</param>
    /// <param name="injectPayloadFault">Queues one tampered-payload fault on a terminal (null: none).</param>
    public SoakRun(string baseUrl, string cashierKey, string[] allowlist, string referenceField,
        Func<string, int, Task> injectFaults, Func<string, Task> injectPayloadFault)
    {
        _baseUrl = baseUrl;
        _cashierKey = cashierKey;
        _allowlist = allowlist;
        _referenceField = referenceField;
        _injectFaults = injectFaults;
        _injectPayloadFault = injectPayloadFault;
    }

    public double FaultRate { get; set; } = 0.3;

    public int Seed { get; set; } = 1;

    /// <summary>Called with a one-line progress message every few invoices.</summary>
    public Action<string> Progress { get; set; }

    public async Task<SoakReport> RunAsync(int invoices, string[] terminals, Func<string, string> tokenOf, int requestTimeoutCapMs)
    {
        // Each driver blocks a pool thread while it watches its stand's screen; without headroom the in-process gateway's
        // long-poll wake-ups would queue behind the pool's slow thread injection and inflate the measured latency.
        ThreadPool.GetMinThreads(out int minWorkers, out int minIo);
        ThreadPool.SetMinThreads(Math.Max(minWorkers, (terminals.Length * 2) + 16), minIo);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long wsBefore = Process.GetCurrentProcess().WorkingSet64, gcBefore = GC.GetTotalMemory(true);
        var sw = Stopwatch.StartNew();
        var state = new Shared(invoices);
        var stands = new List<SimulatedStand>();
        var paidScreens = new ConcurrentBag<(string Terminal, ScreenModel Model)>();
        foreach (string t in terminals)
        {
            var display = new RecordingDisplay(keep: 64);
            display.Changed += r =>
            {
                if (r.Model.Kind == ScreenKind.Paid)
                {
                    paidScreens.Add((t, r.Model));
                }
            };
            var stand = new SimulatedStand(new StandSettings
            {
                BaseUrl = _baseUrl, TerminalId = t, Token = tokenOf(t), Allowlist = _allowlist, ReferenceField = _referenceField,
                LongPollSeconds = 5, InvoiceWaitSeconds = 2, BackoffInitialMs = 200, BackoffMaxMs = 2000, PaidSeconds = 1,
                ExpiredSeconds = 1, CancelledSeconds = 1, RejectedSeconds = 1, HeartbeatSeconds = 0, RebootAfterFailures = 0,
                MaxTimeoutMs = requestTimeoutCapMs, Seed = Seed + stands.Count,
            }, display);
            stands.Add(stand);
            stand.Start();
        }
        using var http = new HttpClient { BaseAddress = new Uri(_baseUrl), Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("X-Cashier-Key", _cashierKey);
        try
        {
            await Task.WhenAll(stands.Select((s, i) => Drive(s, http, state, new Random(Seed * 7919 + i))));
        }
        finally
        {
            foreach (SimulatedStand s in stands)
            {
                s.Dispose();
            }
        }

        // False Paids: every Paid screen must name an invoice the gateway confirmed, with its exact amount.
        int falsePaids = 0;
        foreach (var (terminal, m) in paidScreens)
        {
            using HttpResponseMessage r = await http.GetAsync("/api/v1/invoices/" + m.InvoiceId);
            JsonElement inv = r.IsSuccessStatusCode ? JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement : default;
            bool ok = r.IsSuccessStatusCode && inv.GetProperty("status").GetString() == "paid" &&
                inv.GetProperty("terminalId").GetString() == terminal && inv.GetProperty("amount").GetInt64() == m.Amount &&
                inv.GetProperty("paidAmount").GetInt64() == m.Amount;
            if (!ok)
            {
                falsePaids++;
                state.Problems.Enqueue($"false Paid on {terminal} for {m.InvoiceId} ({m.Amount} VND)");
            }
        }
        long[] lat = state.Latencies.OrderBy(x => x).ToArray();
        long[] clean = state.CleanLatencies.OrderBy(x => x).ToArray();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long wsAfter = Process.GetCurrentProcess().WorkingSet64, gcAfter = GC.GetTotalMemory(true);
        return new SoakReport(invoices, state.Completed, state.Paid, state.Cancelled, state.Expired, state.Rejected, falsePaids,
            state.Missed, state.Faults, Percentile(lat, 0.50), Percentile(lat, 0.95), lat.Length == 0 ? 0 : lat[^1],
            Percentile(clean, 0.50), Percentile(clean, 0.95), clean.Length, wsBefore, wsAfter,
            gcBefore, gcAfter, sw.Elapsed, state.Problems.ToList());
    }

    private async Task Drive(SimulatedStand stand, HttpClient http, Shared state, Random rnd)
    {
        string terminal = stand.Config.TerminalId;
        RecordingDisplay d = stand.Display;
        TimeSpan patience = TimeSpan.FromSeconds(30);
        if (d.WaitFor(r => r.Model.Kind == ScreenKind.Idle, patience) == null)
        {
            state.Problems.Enqueue($"{terminal} never reached Idle");
            return;
        }
        while (state.TakeInvoice(out int n))
        {
            int startIndex = d.Last.Index;
            bool tamper = _injectPayloadFault != null && rnd.NextDouble() < FaultRate / 6;
            if (tamper)
            {
                await _injectPayloadFault(terminal);
                Interlocked.Increment(ref state.Faults);
            }
            int outcome = rnd.Next(10); // 0-6 pay, 7-8 cancel, 9 expire
            long amount = 1000L * rnd.Next(10, 2000);
            int ttl = outcome == 9 ? 3 : 120;
            HttpResponseMessage created = null;
            for (int attempt = 0; attempt < 20; attempt++)
            {
                created?.Dispose();
                created = await http.PostAsJsonAsync($"/api/v1/terminals/{terminal}/invoices", new { amount, description = "Soak " + n, ttlSeconds = ttl });
                if (created.StatusCode != System.Net.HttpStatusCode.Conflict)
                {
                    break;
                }
                // The stand's own countdown can show Expired a moment before the gateway's sweep marks the invoice.
                await Task.Delay(100);
            }
            using HttpResponseMessage createdResponse = created;
            if (!created.IsSuccessStatusCode)
            {
                state.Problems.Enqueue($"create on {terminal}: HTTP {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
                continue;
            }
            string id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
            ScreenRecord shown = d.WaitFor(r => (r.Model.Kind == ScreenKind.Invoice && r.Model.InvoiceId == id && r.Model.QrPayload != null) ||
                                                r.Model.Kind == ScreenKind.Rejected, patience, startIndex);
            if (shown == null || shown.Model.Kind == ScreenKind.Rejected)
            {
                if (shown != null && tamper)
                {
                    Interlocked.Increment(ref state.Rejected);
                    Interlocked.Increment(ref state.Completed);
                }
                else
                {
                    state.Problems.Enqueue($"{terminal}: invoice {id} {(shown == null ? "never shown" : "rejected without tampering: " + shown.Model.Detail)}");
                }
                await http.PostAsync($"/api/v1/invoices/{id}/cancel", null);
                await WaitIdleOrNext(d, patience);
                continue;
            }
            if (tamper)
            {
                state.Problems.Enqueue($"{terminal}: tampered invoice {id} was shown");
            }
            bool faulted = false;
            if (_injectFaults != null && rnd.NextDouble() < FaultRate)
            {
                faulted = true;
                int k = 1 + rnd.Next(2);
                await _injectFaults(terminal, k);
                Interlocked.Add(ref state.Faults, k);
            }
            // A person needs seconds to scan and pay; at least the stand's 500 ms poll spacing keeps the figure about the long poll.
            await Task.Delay(rnd.Next(600, 1500));
            if (outcome <= 6)
            {
                DateTimeOffset paidAt = DateTimeOffset.UtcNow;
                using HttpResponseMessage p = await http.PostAsJsonAsync($"/api/v1/invoices/{id}/simulate-payment", new { amount });
                if (!p.IsSuccessStatusCode)
                {
                    state.Problems.Enqueue($"pay {id}: HTTP {(int)p.StatusCode} {await p.Content.ReadAsStringAsync()}");
                    await http.PostAsync($"/api/v1/invoices/{id}/cancel", null);
                    continue;
                }
                ScreenRecord paid = d.WaitFor(r => r.Model.Kind == ScreenKind.Paid && r.Model.InvoiceId == id, patience, shown.Index);
                if (paid == null)
                {
                    Interlocked.Increment(ref state.Missed);
                    state.Problems.Enqueue($"missed Paid on {terminal} for {id}");
                    continue;
                }
                // From just before the bank confirmation to the screen's own timestamp (not when this driver woke up).
                long latency = Math.Max(0, (long)(paid.At - paidAt).TotalMilliseconds);
                state.Latencies.Add(latency);
                if (!faulted)
                {
                    state.CleanLatencies.Add(latency);
                }
                Interlocked.Increment(ref state.Paid);
            }
            else if (outcome <= 8)
            {
                await http.PostAsync($"/api/v1/invoices/{id}/cancel", null);
                if (d.WaitFor(r => r.Model.Kind == ScreenKind.Cancelled, patience, shown.Index) == null)
                {
                    state.Problems.Enqueue($"{terminal}: Cancelled never shown for {id}");
                    continue;
                }
                Interlocked.Increment(ref state.Cancelled);
            }
            else
            {
                if (d.WaitFor(r => r.Model.Kind == ScreenKind.Expired, patience, shown.Index) == null)
                {
                    state.Problems.Enqueue($"{terminal}: Expired never shown for {id}");
                    continue;
                }
                Interlocked.Increment(ref state.Expired);
            }
            int done = Interlocked.Increment(ref state.Completed);
            if (done % 25 == 0)
            {
                Progress?.Invoke($"{done}/{state.Total} invoices completed");
            }
        }
    }

    private static Task WaitIdleOrNext(RecordingDisplay d, TimeSpan patience)
    {
        int from = d.Last.Index;
        d.WaitFor(r => r.Model.Kind == ScreenKind.Idle || r.Model.Kind == ScreenKind.Cancelled, patience, from);
        return Task.CompletedTask;
    }

    private static double Percentile(long[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private sealed class Shared
    {
        private int _next;

        public Shared(int total)
        {
            Total = total;
        }

        public int Total { get; }
        public int Completed;
        public int Paid;
        public int Cancelled;
        public int Expired;
        public int Rejected;
        public int Missed;
        public int Faults;
        public readonly ConcurrentBag<long> Latencies = new();
        public readonly ConcurrentBag<long> CleanLatencies = new();
        public readonly ConcurrentQueue<string> Problems = new();

        public bool TakeInvoice(out int n)
        {
            n = Interlocked.Increment(ref _next);
            return n <= Total;
        }
    }
}
