using QrTerminal.Gateway;
using QrTerminal.Simulator;

namespace QrTerminal.Cli;

/// <summary>
/// `qrterminal soak`: K simulated stands through N invoices against an in-process gateway (SQLite in a temp file),
/// with random faults. Exit 0 only when every invoice completed with no false and no missed Paid.
/// </summary>
public static class SoakCommand
{
    private const string Usage = "usage: qrterminal soak [--invoices N] [--stands K] [--fault-rate 0-100] [--seed S]   (defaults 100, 4, 30, 1)";

    private static readonly GatewayFault[] TransportFaults =
    {
        GatewayFault.Delay, GatewayFault.Status500, GatewayFault.TruncatedBody, GatewayFault.MalformedJson, GatewayFault.OversizedBody,
        GatewayFault.OversizedChunked, GatewayFault.WrongContentType, GatewayFault.ReplayOldPaid, GatewayFault.DropConnection,
    };

    public static int Run(string[] args)
    {
        int invoices, standCount, rate, seed;
        try
        {
            var a = MainJobArgs.Parse(args, new[] { "--invoices", "--stands", "--fault-rate", "--seed" });
            invoices = a.Int("--invoices", 100, 1, 1_000_000);
            standCount = a.Int("--stands", 4, 1, 64);
            rate = a.Int("--fault-rate", 30, 0, 100);
            seed = a.Int("--seed", 1, 0, int.MaxValue);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine("qrterminal soak: " + e.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }
        return RunAsync(invoices, standCount, rate / 100.0, seed).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(int invoices, int standCount, double rate, int seed)
    {
        string dir = Path.Combine(Path.GetTempPath(), "qrterminal-soak-" + Guid.NewGuid().ToString("N"));
        var options = GatewayOptions.Demo();
        options.DatabasePath = Path.Combine(dir, "gateway.db");
        options.IdleAfterSeconds = 0;
        string[] terminals = Enumerable.Range(1, standCount).Select(i => $"quay-{i}").ToArray();
        foreach (string t in terminals)
        {
            options.Terminals[t] = $"soak-token-{t}-{seed:D8}";
        }
        await using GatewayServer gateway = await GatewayServer.StartAsync(options);
        gateway.Faults.Delay = TimeSpan.FromSeconds(5);
        var rnd = new Random(seed);
        var run = new SoakRun(gateway.BaseUrl, options.CashierKey, new[] { options.Merchant.Bin + ":" + options.Merchant.Account }, options.ReferenceField,
            (t, k) =>
            {
                lock (rnd)
                {
                    for (int i = 0; i < k; i++)
                    {
                        gateway.Faults.Enqueue(t, TransportFaults[rnd.Next(TransportFaults.Length)]);
                    }
                }
                return Task.CompletedTask;
            },
            t =>
            {
                lock (rnd)
                {
                    gateway.Faults.Enqueue(t, rnd.Next(2) == 0 ? GatewayFault.ForeignAccount : GatewayFault.WrongAmount);
                }
                return Task.CompletedTask;
            })
        {
            FaultRate = rate,
            Seed = seed,
            Progress = m => Console.WriteLine("  " + m),
        };
        Console.WriteLine($"Soak: {invoices} invoices over {standCount} simulated stands, fault rate {rate:P0}, seed {seed}, gateway {gateway.BaseUrl}");
        SoakReport r = await run.RunAsync(invoices, terminals, t => options.Terminals[t], requestTimeoutCapMs: 4000);
        await gateway.StopAsync();
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }

        Console.WriteLine();
        Console.WriteLine($"invoices completed     {r.Completed}/{r.Invoices}  (paid {r.Paid}, cancelled {r.Cancelled}, expired {r.Expired}, rejected tampered {r.Rejected})");
        Console.WriteLine($"faults injected        {r.FaultsInjected}");
        Console.WriteLine($"false Paids            {r.FalsePaids}");
        Console.WriteLine($"missed Paids           {r.MissedPaids}");
        Console.WriteLine($"paid → confirmation    p50 {r.P50Ms:F0} ms, p95 {r.P95Ms:F0} ms, max {r.MaxMs:F0} ms (all paid invoices)");
        Console.WriteLine($"  without a fault      p50 {r.CleanP50Ms:F0} ms, p95 {r.CleanP95Ms:F0} ms ({r.CleanSamples} invoices with no fault injected while paying)");
        Console.WriteLine($"process memory         working set {Mb(r.WorkingSetBefore)} → {Mb(r.WorkingSetAfter)}, managed heap {Mb(r.ManagedBefore)} → {Mb(r.ManagedAfter)}");
        Console.WriteLine($"duration               {r.Duration.TotalSeconds:F1} s on {Environment.ProcessorCount} cores");
        foreach (string p in r.Problems.Take(20))
        {
            Console.WriteLine("  problem: " + p);
        }
        bool ok = r.FalsePaids == 0 && r.MissedPaids == 0 && r.Completed == r.Invoices && r.Problems.Count == 0;
        Console.WriteLine(ok ? "SOAK PASSED" : "SOAK FAILED");
        return ok ? 0 : 1;
    }

    private static string Mb(long bytes) => $"{bytes / (1024.0 * 1024.0):F1} MB";
}
