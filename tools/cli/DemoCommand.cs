using System.Diagnostics;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using QrTerminal.Core;
using QrTerminal.Gateway;
using QrTerminal.Simulator;

namespace QrTerminal.Cli;

/// <summary>
/// `qrterminal` with no arguments: the whole story on one machine. A gateway in process (in-memory database) on a free
/// loopback port, a simulated stand running the firmware core, a cashier invoice, the QR on screen, a simulated bank
/// payment, "Đã thanh toán". Prints a timeline, writes every frame to ./out/ with out/index.html; exit 0 when the story
/// completed, 1 when a step did not happen in time.
/// </summary>
public static class DemoCommand
{
    private const string Usage = "usage: qrterminal [demo] [--panel ssd1306|sh1106|epd29|epd42] [--out DIR] [--pay-after SECONDS]";
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(15);

    public static int Run(string[] args)
    {
        MainJobArgs a;
        string panel;
        int payAfter;
        try
        {
            a = MainJobArgs.Parse(args, new[] { "--panel", "--out", "--pay-after" });
            panel = a.Panel();
            payAfter = a.Int("--pay-after", 3, 0, 60);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine("qrterminal demo: " + e.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }
        string outDir = Path.GetFullPath(a.Get("--out", "out"));
        return RunAsync(panel, outDir, payAfter).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(string panel, string outDir, int payAfterSeconds)
    {
        PrepareOut(outDir);
        string token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        GatewayOptions options = GatewayOptions.Demo(("quay-1", token));
        options.CashierKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        var clock = Stopwatch.StartNew();
        var timeline = new List<(double At, string What)>();
        void Mark(string what)
        {
            timeline.Add((clock.Elapsed.TotalSeconds, what));
        }

        await using GatewayServer gateway = await GatewayServer.StartAsync(options);
        Console.WriteLine($"QrTerminal demo — gateway {gateway.BaseUrl} (cashier page {gateway.BaseUrl}/#key={options.CashierKey}), panel {panel}");
        Console.WriteLine();
        var display = new RecordingDisplay(PanelFrameRenderer.For(panel), outDir, Console.Out);
        var settings = new StandSettings
        {
            BaseUrl = gateway.BaseUrl,
            TerminalId = "quay-1",
            Token = token,
            PanelId = panel,
            Allowlist = new[] { options.Merchant.Bin + ":" + options.Merchant.Account },
            ReferenceField = options.ReferenceField,
            PaidSeconds = 5,
            HeartbeatSeconds = 0,
        };
        using var stand = new SimulatedStand(settings, display);
        stand.Start();
        string failure = null;
        try
        {
            failure = await Story(gateway, options, display, Mark, payAfterSeconds);
        }
        finally
        {
            stand.Stop();
        }
        WriteIndex(outDir, display.Screens, panel);

        Console.WriteLine();
        Console.WriteLine("Timeline");
        double prev = 0;
        foreach (var (at, what) in timeline)
        {
            Console.WriteLine($"  {at,7:F3} s  (+{(at - prev) * 1000,6:F0} ms)  {what}");
            prev = at;
        }
        Console.WriteLine();
        Console.WriteLine($"{display.Screens.Count} frames in {outDir} (open {Path.Combine(outDir, "index.html")})");
        if (failure != null)
        {
            Console.Error.WriteLine("qrterminal demo: FAILED — " + failure);
            return 1;
        }
        Console.WriteLine("Demo complete: invoice created → QR on screen → paid → confirmation shown.");
        return 0;
    }

    /// <summary>Runs the story; returns null on success or what did not happen.</summary>
    private static async Task<string> Story(GatewayServer gateway, GatewayOptions options, RecordingDisplay display, Action<string> mark,
        int payAfterSeconds)
    {
        mark("stand booted");
        if (display.WaitFor(r => r.Model.Kind == ScreenKind.Idle, StepTimeout) == null)
        {
            return "the stand did not reach Idle";
        }
        mark("stand idle, long-polling the gateway");
        int idleIndex = display.Last.Index;

        using var http = new HttpClient { BaseAddress = new Uri(gateway.BaseUrl) };
        http.DefaultRequestHeaders.Add("X-Cashier-Key", options.CashierKey);
        using HttpResponseMessage created = await http.PostAsJsonAsync("/api/v1/terminals/quay-1/invoices",
            new { amount = 150000, description = "Vien phi kham benh", ttlSeconds = 120 });
        if (!created.IsSuccessStatusCode)
        {
            return "create invoice: HTTP " + (int)created.StatusCode;
        }
        JsonElement inv = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        string invoiceId = inv.GetProperty("id").GetString();
        mark($"cashier created invoice {invoiceId} (150.000 ₫, ref {inv.GetProperty("reference").GetString()})");

        ScreenRecord qr = display.WaitFor(r => r.Model.Kind == ScreenKind.Invoice && r.Model.InvoiceId == invoiceId && r.Model.QrPayload != null,
            StepTimeout, idleIndex);
        if (qr == null)
        {
            return "the QR did not appear on the stand";
        }
        mark("QR on screen (verified by the stand's VietQR policy)");

        await Task.Delay(TimeSpan.FromSeconds(payAfterSeconds));
        using HttpResponseMessage paid = await http.PostAsJsonAsync($"/api/v1/invoices/{invoiceId}/simulate-payment", new { amount = 150000 });
        if (!paid.IsSuccessStatusCode)
        {
            return "simulate payment: HTTP " + (int)paid.StatusCode;
        }
        mark("bank confirmed the payment (simulated)");

        ScreenRecord done = display.WaitFor(r => r.Model.Kind == ScreenKind.Paid && r.Model.InvoiceId == invoiceId, StepTimeout, qr.Index);
        if (done == null)
        {
            return "the stand did not show Paid";
        }
        mark("confirmation on screen: Đã thanh toán");
        await Task.Delay(1000); // one more frame of the Paid screen
        return null;
    }

    private static void PrepareOut(string outDir)
    {
        Directory.CreateDirectory(outDir);
        foreach (string f in Directory.GetFiles(outDir, "frame-*.png"))
        {
            File.Delete(f);
        }
    }

    private static void WriteIndex(string outDir, List<ScreenRecord> screens, string panel)
    {
        var sb = new StringBuilder();
        sb.Append("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>QrTerminal demo frames</title>");
        sb.Append("<style>body{font:14px system-ui,sans-serif;margin:1.5rem}figure{display:inline-block;margin:.5rem;vertical-align:top}");
        sb.Append("img{border:1px solid #999;image-rendering:pixelated}figcaption{max-width:600px}</style></head><body>");
        sb.Append($"<h1>QrTerminal demo — {screens.Count} frames, panel {panel}</h1>");
        DateTimeOffset t0 = screens.Count > 0 ? screens[0].At : default;
        foreach (ScreenRecord r in screens)
        {
            if (r.PngPath == null)
            {
                continue;
            }
            string caption = $"#{r.Index} +{(r.At - t0).TotalSeconds:F2} s · {ScreenLabels.Caption(r.Model.Kind)}";
            if (r.Model.Amount > 0) caption += " · " + ScreenLabels.Vnd(r.Model.Amount);
            if (r.Model.Kind == ScreenKind.Invoice && r.Model.SecondsLeft >= 0) caption += $" · còn {r.Model.SecondsLeft} s";
            if (r.Model.Offline) caption += " · mất kết nối";
            sb.Append($"<figure><img src=\"{Path.GetFileName(r.PngPath)}\" alt=\"{System.Net.WebUtility.HtmlEncode(caption)}\">");
            sb.Append($"<figcaption>{System.Net.WebUtility.HtmlEncode(caption)}</figcaption></figure>");
        }
        sb.Append("</body></html>");
        File.WriteAllText(Path.Combine(outDir, "index.html"), sb.ToString());
    }
}
