namespace QrTerminal.Core
{
    /// <summary>The network link (Wi-Fi on the device; always up or toggled by the operator in the simulator).</summary>
    public interface ILink
    {
        /// <summary>True when the link is up with an IP address.</summary>
        bool IsUp { get; }

        /// <summary>
        /// Tries to bring the link up, blocking for at most <paramref name="timeoutMs"/>. Returns true when up.
        /// The stand calls it only while <see cref="IsUp"/> is false, spaced by its backoff. Must not throw.
        /// </summary>
        bool TryConnect(int timeoutMs);

        /// <summary>Signal strength in dBm for telemetry, or 0 when unknown.</summary>
        int Rssi { get; }
    }
}
