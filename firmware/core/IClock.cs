namespace QrTerminal.Core
{
    /// <summary>Time for the stand. Tests and the simulator use a fake that advances only when told to.</summary>
    public interface IClock
    {
        /// <summary>Monotonic milliseconds since an arbitrary origin; never goes backwards, unaffected by clock changes.
        /// All timers (backoff, countdown, screen timeouts) use this.</summary>
        long MonotonicMs { get; }

        /// <summary>Wall-clock UTC as Unix milliseconds; may be wrong on the stand. Used only to stamp events.</summary>
        long UtcNowMs { get; }
    }
}
