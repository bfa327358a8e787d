using System.Text.Json;
using QrTerminal.Core;
using QrTerminal.Simulator;

namespace QrTerminal.Cli;

/// <summary>
/// `qrterminal simulate`: one simulated stand (the firmware core with host adapters) against any gateway. Prints one
/// JSON line per screen change on stdout; draws the screens and a scannable QR on stderr when it is a terminal.
/// </summary>
public static class SimulateCommand
{
    private const string Usage = """
        usage: qrterminal simulate --backend URL --terminal ID --token TOKEN [--panel ssd1306|sh1106|epd29|epd42]
                                   [--for SECONDS] [--allow BIN:ACCOUNT]... [--reference-field F] [--out DIR]
          --allow defaults to the dev gateway's merchant account 970436:0011000123456.
          stdout: {"t","screen","invoiceId","amount","reason"} per screen change; --out writes every frame as PNG.
        """;

    public static int Run(string[] args)
    {
        StandSettings settings;
        int seconds;
        string outDir;
        try
        {
            var a = MainJobArgs.Parse(args, new[] { "--backend", "--terminal", "--token", "--panel", "--for", "--allow", "--reference-field", "--out" });
            settings = new StandSettings
            {
                BaseUrl = a.Get("--backend") ?? throw new ArgumentException("--backend is required"),
                TerminalId = a.Get("--terminal") ?? throw new ArgumentException("--terminal is required"),
                Token = a.Get("--token") ?? throw new ArgumentException("--token is required"),
                PanelId = a.Panel(),
                Allowlist = a.All("--allow").Count > 0 ? a.All("--allow").ToArray() : new[] { "970436:0011000123456" },
                ReferenceField = a.Get("--reference-field", "billNumber"),
            };
            seconds = a.Int("--for", 0, 0, 7 * 24 * 3600);
            outDir = a.Get("--out");
            settings.ToConfig(); // validate now, with the config's own messages
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine("qrterminal simulate: " + e.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }
        catch (ConfigException e)
        {
            Console.Error.WriteLine($"qrterminal simulate: invalid stand config: {e.Field}: {e.Problem}");
            return 2;
        }

        TextWriter terminal = Console.IsErrorRedirected ? null : Console.Error;
        var display = new RecordingDisplay(outDir == null ? null : PanelFrameRenderer.For(settings.PanelId), outDir, terminal, keep: 256);
        var stdout = Console.Out;
        display.Changed += r =>
        {
            var line = new Dictionary<string, object>
            {
                ["t"] = r.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"),
                ["screen"] = ScreenLabels.Name(r.Model.Kind),
                ["invoiceId"] = r.Model.InvoiceId,
                ["amount"] = r.Model.Amount > 0 ? r.Model.Amount : null,
                ["reason"] = r.Model.Reason,
            };
            if (r.Model.Offline)
            {
                line["offline"] = true;
            }
            lock (stdout)
            {
                stdout.WriteLine(JsonSerializer.Serialize(line, new JsonSerializerOptions
                {
                    Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                }));
                stdout.Flush();
            }
        };

        using var stop = new CancellationTokenSource();
        if (seconds > 0)
        {
            stop.CancelAfter(TimeSpan.FromSeconds(seconds));
        }
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        using var stand = new SimulatedStand(settings, display);
        stand.Start();
        stop.Token.WaitHandle.WaitOne();
        stand.Stop();
        return 0;
    }
}
