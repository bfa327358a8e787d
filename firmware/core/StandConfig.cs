namespace QrTerminal.Core
{
    /// <summary>
    /// The stand's configuration, parsed and validated from the JSON file by <see cref="ConfigParser"/>
    /// (schema: hardware-notes.md, "Configuration file"). Defaults are the documented ones.
    /// </summary>
    public sealed class StandConfig
    {
        /// <summary>Header text (hospital / counter name).</summary>
        public string Title = string.Empty;

        /// <summary>Wi-Fi SSID, or null when the device was provisioned with nanoff --networkdeployment.</summary>
        public string WifiSsid;

        /// <summary>Wi-Fi password (may be empty for an open network).</summary>
        public string WifiPassword = string.Empty;

        /// <summary>Gateway base URL without a trailing slash, e.g. "https://gw.benhvien.local:8443".</summary>
        public string BaseUrl;

        /// <summary>Terminal id ([A-Za-z0-9_-]{1,32}).</summary>
        public string TerminalId;

        /// <summary>Bearer token of this terminal.</summary>
        public string Token;

        /// <summary>Root CA certificate (PEM) that signs the gateway's TLS certificate; null for http:// (dev only).</summary>
        public string RootCaPem;

        /// <summary>The display.</summary>
        public PanelConfig Panel = new PanelConfig();

        /// <summary>Allowed "BIN:ACCOUNT" pairs for the VietQR policy.</summary>
        public string[] Allowlist;

        /// <summary>Where the invoice reference must be: "billNumber", "referenceLabel", "purpose" or "any".</summary>
        public string ReferenceField = "billNumber";

        /// <summary>Long-poll wait in seconds (1–30), or 0 for plain polling.</summary>
        public int LongPollSeconds = 25;

        /// <summary>Long-poll wait while an invoice is on screen, so the countdown refreshes at least this often.</summary>
        public int InvoiceWaitSeconds = 5;

        /// <summary>Pause between plain polls (and after a 304 in plain polling), seconds.</summary>
        public int PollIntervalSeconds = 3;

        /// <summary>First retry delay after a failure, ms.</summary>
        public int BackoffInitialMs = 1000;

        /// <summary>Retry delay cap, ms.</summary>
        public int BackoffMaxMs = 30000;

        /// <summary>How long the Paid screen stays before Idle, seconds.</summary>
        public int PaidScreenSeconds = 15;

        /// <summary>How long the Expired screen stays before Idle, seconds.</summary>
        public int ExpiredScreenSeconds = 10;

        /// <summary>How long the Cancelled screen stays before Idle, seconds.</summary>
        public int CancelledScreenSeconds = 10;

        /// <summary>How long the Rejected screen stays before Idle, seconds.</summary>
        public int RejectedScreenSeconds = 30;

        /// <summary>Buzzer GPIO for "paid", or -1.</summary>
        public int BuzzerPin = -1;

        /// <summary>LED GPIO for "paid", or -1.</summary>
        public int LedPin = -1;

        /// <summary>Reboot after this many consecutive failed exchanges while no QR is on screen; 0 = never.</summary>
        public int RebootAfterFailures = 60;

        /// <summary>Heartbeat event period, seconds; 0 = no heartbeats.</summary>
        public int HeartbeatSeconds = 300;
    }
}
