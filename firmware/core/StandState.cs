namespace QrTerminal.Core
{
    /// <summary>
    /// The stand's state machine states: Boot → Connecting → Idle → Invoice → Paid | Expired | Cancelled | Rejected → Idle.
    /// "Offline" is not a state but an overlay (<see cref="Stand.Offline"/>) on top of any of them.
    /// </summary>
    public enum StandState
    {
        /// <summary>Constructed, nothing fetched yet.</summary>
        Boot,

        /// <summary>The config is unusable; only a reboot with a fixed config leaves this state.</summary>
        Setup,

        /// <summary>Bringing the link up and waiting for the first good answer from the gateway.</summary>
        Connecting,

        /// <summary>No invoice.</summary>
        Idle,

        /// <summary>A verified invoice's QR is on screen.</summary>
        Invoice,

        /// <summary>The invoice on screen was paid (confirmed by the gateway, exact amount).</summary>
        Paid,

        /// <summary>The invoice expired (gateway said so, or the countdown reached zero).</summary>
        Expired,

        /// <summary>The cashier cancelled the invoice.</summary>
        Cancelled,

        /// <summary>The invoice failed the VietQR policy; its QR is never shown.</summary>
        Rejected
    }
}
