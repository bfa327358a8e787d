using System.Globalization;
using System.Text;
using QrTerminal.Core;
using QrTerminal.Drivers;
using QrTerminal.HostKit;

namespace QrTerminal.Cli;

/// <summary>
/// `qrterminal render`: draws a stand screen for a panel exactly as the firmware would (same renderer, same
/// native frame buffer) and writes it as PNG. Also regenerates the docs snapshots and the panel table.
/// </summary>
public static class RenderCommand
{
    public const string Usage = """
        usage: qrterminal render --panel ssd1306|sh1106|epd29|epd42 --screen SCREEN --png FILE
                                 [--payload TEXT] [--amount N] [--reference R] [--title T] [--terminal ID]
                                 [--seconds N] [--reason TEXT] [--detail TEXT] [--offline] [--zoom N] [--json]
               qrterminal render --snapshots DIR      every screen on every panel as DIR/<panel>-<screen>.png
               qrterminal render --table              QR placement per panel for a typical 170-char VietQR payload (markdown)
          SCREEN: boot connecting idle invoice paid expired cancelled rejected offline error setup
          One panel pixel per PNG pixel (times --zoom); light pixels (lit OLED, white paper) are white.
          Without --payload a sample VietQR payload is used.
        """;

    public static readonly string[] Screens = { "boot", "connecting", "idle", "invoice", "paid", "expired", "cancelled", "rejected", "offline", "error", "setup" };

    public static int Run(string[] args)
    {
        try
        {
            return RunChecked(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine("qrterminal render: " + e.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }
    }

    private static int RunChecked(string[] args)
    {
        var o = new Dictionary<string, string>();
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            if (!a.StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"unexpected argument '{a}'");
            string key = a[2..];
            if (key is "json" or "offline" or "table" or "help")
            {
                o[key] = "true";
                continue;
            }
            if (i + 1 >= args.Length) throw new ArgumentException($"{a} needs a value");
            o[key] = args[++i];
        }
        if (o.ContainsKey("help"))
        {
            Console.WriteLine(Usage);
            return 0;
        }
        if (o.TryGetValue("snapshots", out string dir))
        {
            WriteSnapshots(dir);
            return 0;
        }
        if (o.ContainsKey("table"))
        {
            Console.Write(PanelTable(VietQrSample.Typical()));
            return 0;
        }
        if (!o.TryGetValue("panel", out string panelId)) throw new ArgumentException("--panel is required");
        if (!o.TryGetValue("screen", out string screen)) throw new ArgumentException("--screen is required");
        PanelInfo panel = PanelInfo.Find(panelId);
        ScreenModel model = Model(screen,
            o.GetValueOrDefault("payload", VietQrSample.Typical()),
            o.TryGetValue("amount", out string amount) ? ParseLong(amount, "--amount") : 1250000,
            o.GetValueOrDefault("reference", "HD-000123"));
        if (o.TryGetValue("title", out string title)) model.Title = title;
        if (o.TryGetValue("terminal", out string terminal)) model.TerminalId = terminal;
        if (o.TryGetValue("seconds", out string seconds)) model.SecondsLeft = (int)ParseLong(seconds, "--seconds");
        if (o.TryGetValue("reason", out string reason)) model.Reason = reason;
        if (o.TryGetValue("detail", out string detail)) model.Detail = detail;
        if (o.ContainsKey("offline")) model.Offline = true;
        int zoom = o.TryGetValue("zoom", out string z) ? (int)ParseLong(z, "--zoom") : 1;
        if (zoom < 1 || zoom > 16) throw new ArgumentException("--zoom must be 1..16");

        var (frame, renderer) = Render(panel, model);
        if (o.TryGetValue("png", out string png))
        {
            string full = Path.GetFullPath(png);
            Directory.CreateDirectory(Path.GetDirectoryName(full));
            File.WriteAllBytes(full, FramePng.Encode(frame, zoom));
        }
        else if (!o.ContainsKey("json"))
        {
            throw new ArgumentException("--png FILE (or --json) is required");
        }
        if (o.ContainsKey("json"))
        {
            Console.WriteLine(Json(panel, screen, renderer.Placement));
        }
        return 0;
    }

    /// <summary>Renders <paramref name="model"/> on a fresh frame of <paramref name="panel"/>.</summary>
    public static (FrameBuffer, ScreenRenderer) Render(PanelInfo panel, ScreenModel model)
    {
        FrameBuffer frame = panel.CreateFrame();
        var renderer = new ScreenRenderer(panel);
        renderer.Render(frame, model);
        return (frame, renderer);
    }

    /// <summary>The sample model for a screen name.</summary>
    public static ScreenModel Model(string screen, string payload, long amount, string reference)
    {
        var m = new ScreenModel
        {
            Title = "BV Đa khoa Tâm Anh - Quầy 3",
            TerminalId = "QT-0042",
            InvoiceId = "inv-7f3a",
            Amount = amount,
            Reference = reference,
            SecondsLeft = 299,
            Description = "Viện phí khám bệnh",
        };
        switch (screen)
        {
            case "boot": m.Kind = ScreenKind.Boot; m.Amount = 0; m.Reference = null; m.SecondsLeft = -1; break;
            case "connecting": m.Kind = ScreenKind.Connecting; m.Amount = 0; m.Reference = null; m.SecondsLeft = -1; break;
            case "idle": m.Kind = ScreenKind.Idle; m.Amount = 0; m.Reference = null; m.SecondsLeft = -1; break;
            case "invoice": m.Kind = ScreenKind.Invoice; m.QrPayload = payload; break;
            case "paid": m.Kind = ScreenKind.Paid; m.SecondsLeft = -1; m.Detail = "FT24159301234567"; break;
            case "expired": m.Kind = ScreenKind.Expired; m.SecondsLeft = -1; break;
            case "cancelled": m.Kind = ScreenKind.Cancelled; m.SecondsLeft = -1; break;
            case "rejected": m.Kind = ScreenKind.Rejected; m.Reason = "Mã QR không hợp lệ"; m.Detail = "Sai số tiền"; m.SecondsLeft = -1; break;
            case "offline": m.Kind = ScreenKind.Offline; m.QrPayload = payload; m.Offline = true; break;
            case "error": m.Kind = ScreenKind.Error; m.QrPayload = payload; m.Reason = "Lỗi máy chủ"; break;
            case "setup": m.Kind = ScreenKind.Setup; m.Amount = 0; m.Reference = null; m.SecondsLeft = -1; m.Reason = "Cần cấu hình Wi-Fi"; m.Detail = "Kết nối AP QrTerminal-0042"; break;
            default: throw new ArgumentException($"unknown screen '{screen}' (use {string.Join(", ", Screens)})");
        }
        return m;
    }

    /// <summary>Writes every screen on every panel to DIR/&lt;panel&gt;-&lt;screen&gt;.png.</summary>
    public static void WriteSnapshots(string dir)
    {
        Directory.CreateDirectory(dir);
        foreach (PanelInfo panel in PanelInfo.All)
        {
            foreach (string screen in Screens)
            {
                var (frame, _) = Render(panel, Model(screen, VietQrSample.Typical(), 1250000, "HD-000123"));
                string path = Path.Combine(dir, $"{panel.Id}-{screen}.png");
                File.WriteAllBytes(path, FramePng.Encode(frame, panel.IsEpaper ? 1 : 2));
                Console.WriteLine(path);
            }
        }
    }

    /// <summary>The markdown table of QR placement per panel for <paramref name="payload"/>, with a recommendation.</summary>
    public static string PanelTable(string payload)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"Payload: {payload.Length} characters.\n\n");
        sb.Append("| panel | QR version | ECC | quiet zone | module px | module mm | QR width mm |\n|---|---|---|---|---|---|---|\n");
        PanelInfo best = null;
        double bestMm = 0;
        foreach (PanelInfo panel in PanelInfo.All)
        {
            QrPlacement p = QrPlacement.Choose(payload, ScreenStyle.For(panel).QrSide, panel.PitchMm);
            if (p == null)
            {
                sb.Append(CultureInfo.InvariantCulture, $"| {panel.Id} | does not fit | | | | | |\n");
                continue;
            }
            double width = p.Modules * p.ModuleMm;
            sb.Append(CultureInfo.InvariantCulture, $"| {panel.Id} ({panel.Description}) | {p.Version} | {p.EccLetter} | {p.QuietZone} | {p.ModulePx} | {p.ModuleMm:0.00} | {width:0.0} |\n");
            if (p.ModuleMm > bestMm)
            {
                bestMm = p.ModuleMm;
                best = panel;
            }
        }
        sb.Append(CultureInfo.InvariantCulture, $"\nLargest modules: **{best.Id}** ({bestMm:0.00} mm).\n");
        return sb.ToString();
    }

    private static string Json(PanelInfo panel, string screen, QrPlacement p)
    {
        if (p == null)
        {
            return $"{{\"panel\":\"{panel.Id}\",\"screen\":\"{screen}\",\"qr\":null}}";
        }
        return string.Create(CultureInfo.InvariantCulture,
            $"{{\"panel\":\"{panel.Id}\",\"screen\":\"{screen}\",\"version\":{p.Version},\"ecc\":\"{p.EccLetter}\",\"quietZone\":{p.QuietZone},\"modulePx\":{p.ModulePx},\"moduleMm\":{p.ModuleMm:0.###},\"qrPx\":{p.TotalPx}}}");
    }

    private static long ParseLong(string s, string name)
    {
        if (!long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out long v) || v < 0)
            throw new ArgumentException($"{name} must be a non-negative integer");
        return v;
    }
}
