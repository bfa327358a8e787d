using System.Text.Json;
using QrTerminal.Core;

namespace QrTerminal.Simulator;

/// <summary>
/// What a simulated stand is provisioned with. <see cref="ToConfig"/> turns it into the same JSON config file a
/// device reads and parses it with the core's <see cref="ConfigParser"/>, so the simulator runs validated config.
/// </summary>
public sealed class StandSettings
{
    public string BaseUrl { get; set; }
    public string TerminalId { get; set; }
    public string Token { get; set; }
    public string Title { get; set; } = "Bệnh viện Demo · Quầy 1";
    public string PanelId { get; set; } = "epd29";

    /// <summary>Allowed "BIN:ACCOUNT" pairs (the gateway's merchant account).</summary>
    public string[] Allowlist { get; set; } = Array.Empty<string>();
    public string ReferenceField { get; set; } = "billNumber";
    public int LongPollSeconds { get; set; } = 25;
    public int InvoiceWaitSeconds { get; set; } = 5;
    public int PollIntervalSeconds { get; set; } = 3;
    public int BackoffInitialMs { get; set; } = 1000;
    public int BackoffMaxMs { get; set; } = 30000;
    public int PaidSeconds { get; set; } = 15;
    public int ExpiredSeconds { get; set; } = 10;
    public int CancelledSeconds { get; set; } = 10;
    public int RejectedSeconds { get; set; } = 30;
    public int RebootAfterFailures { get; set; } = 60;
    public int HeartbeatSeconds { get; set; } = 300;

    /// <summary>Host-only: cap on every request timeout in ms (0: none); see <see cref="HttpStandTransport"/>.</summary>
    public int MaxTimeoutMs { get; set; }

    /// <summary>Host-only: seed for backoff jitter (null: random).</summary>
    public int? Seed { get; set; }

    /// <summary>The device config file (hardware-notes.md schema) for these settings.</summary>
    public string ToConfigJson()
    {
        var doc = new Dictionary<string, object>
        {
            ["title"] = Title,
            ["backend"] = new Dictionary<string, object>
            {
                ["baseUrl"] = BaseUrl?.TrimEnd('/'),
                ["allowInsecureHttp"] = BaseUrl != null && BaseUrl.StartsWith("http://", StringComparison.OrdinalIgnoreCase),
                ["terminalId"] = TerminalId,
                ["token"] = Token,
            },
            ["panel"] = new Dictionary<string, object> { ["id"] = PanelId },
            ["policy"] = new Dictionary<string, object> { ["allowlist"] = Allowlist, ["referenceField"] = ReferenceField },
            ["polling"] = new Dictionary<string, object>
            {
                ["longPollSeconds"] = LongPollSeconds, ["invoiceWaitSeconds"] = InvoiceWaitSeconds,
                ["pollIntervalSeconds"] = PollIntervalSeconds, ["backoffInitialMs"] = BackoffInitialMs, ["backoffMaxMs"] = BackoffMaxMs,
            },
            ["display"] = new Dictionary<string, object>
            {
                ["paidSeconds"] = PaidSeconds, ["expiredSeconds"] = ExpiredSeconds, ["cancelledSeconds"] = CancelledSeconds,
                ["rejectedSeconds"] = RejectedSeconds,
            },
            ["device"] = new Dictionary<string, object> { ["rebootAfterFailures"] = RebootAfterFailures, ["heartbeatSeconds"] = HeartbeatSeconds },
        };
        return JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>The parsed, validated config.</summary>
    /// <exception cref="ConfigException">A setting is invalid (the message names the field).</exception>
    public StandConfig ToConfig() => ConfigParser.Parse(ToConfigJson());
}
