namespace QrTerminal.Core
{
    /// <summary>The gateway's <c>state</c> values (docs/protocol.md section 1).</summary>
    public enum TerminalState
    {
        /// <summary>"idle": nothing to pay.</summary>
        Idle,

        /// <summary>"invoice": show the invoice's QR.</summary>
        Invoice,

        /// <summary>"paid": the bank confirmed the invoice.</summary>
        Paid,

        /// <summary>"cancelled": the cashier cancelled the invoice.</summary>
        Cancelled,

        /// <summary>"expired": the invoice timed out at the gateway.</summary>
        Expired
    }
}
