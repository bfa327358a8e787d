namespace QrTerminal.Core
{
    /// <summary>The screens a stand can show.</summary>
    public enum ScreenKind
    {
        Boot,
        Setup,
        Connecting,
        Idle,
        Invoice,
        Paid,
        Expired,
        Cancelled,
        Rejected,
        Offline,
        Error
    }

    /// <summary>
    /// Everything one screen needs. The state machine fills it in; the screen layouts draw it.
    /// Plain fields so it costs nothing to copy on the device.
    /// </summary>
    public sealed class ScreenModel
    {
        /// <summary>Which screen.</summary>
        public ScreenKind Kind;

        /// <summary>Hospital or counter name for the header.</summary>
        public string Title;

        /// <summary>The stand's terminal id (Setup and footer).</summary>
        public string TerminalId;

        /// <summary>Invoice id the screen belongs to, or null.</summary>
        public string InvoiceId;

        /// <summary>Amount in whole VND, 0 when none.</summary>
        public long Amount;

        /// <summary>Invoice reference shown under the amount.</summary>
        public string Reference;

        /// <summary>The VietQR payload; set only when the policy check passed.</summary>
        public string QrPayload;

        /// <summary>Seconds until the invoice expires, or -1 when unknown.</summary>
        public int SecondsLeft = -1;

        /// <summary>True while Wi-Fi or the backend is unreachable (drawn as an overlay marker).</summary>
        public bool Offline;

        /// <summary>Why (Rejected, Error, Setup), in Vietnamese for the citizen or technician.</summary>
        public string Reason;

        /// <summary>A second line of detail, e.g. the bank reference or the bad config field.</summary>
        public string Detail;

        /// <summary>Invoice description (e.g. "Vien phi kham benh"), or null.</summary>
        public string Description;

        /// <summary>A copy, so a recorded or cached screen cannot change under its holder.</summary>
        public ScreenModel Clone()
        {
            ScreenModel c = new ScreenModel();
            c.Kind = Kind;
            c.Title = Title;
            c.TerminalId = TerminalId;
            c.InvoiceId = InvoiceId;
            c.Amount = Amount;
            c.Reference = Reference;
            c.QrPayload = QrPayload;
            c.SecondsLeft = SecondsLeft;
            c.Offline = Offline;
            c.Reason = Reason;
            c.Detail = Detail;
            c.Description = Description;
            return c;
        }

        /// <summary>True when <paramref name="other"/> would draw exactly the same screen.</summary>
        public bool SameAs(ScreenModel other)
        {
            return SameExceptCountdown(other) && other.SecondsLeft == SecondsLeft;
        }

        /// <summary>True when only the countdown may differ (the display then redraws just that line).</summary>
        public bool SameExceptCountdown(ScreenModel other)
        {
            return other != null && other.Kind == Kind && other.Title == Title && other.TerminalId == TerminalId &&
                other.InvoiceId == InvoiceId && other.Amount == Amount && other.Reference == Reference &&
                other.QrPayload == QrPayload && other.Offline == Offline &&
                other.Reason == Reason && other.Detail == Detail && other.Description == Description;
        }
    }
}
