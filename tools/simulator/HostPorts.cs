using System.Diagnostics;
using QrTerminal.Core;

namespace QrTerminal.Simulator;

/// <summary>The real clock: a monotonic stopwatch for timers and the host's UTC time for event stamps.</summary>
public sealed class SystemClock : IClock
{
    private readonly long _origin = Stopwatch.GetTimestamp();

    public long MonotonicMs => (long)Stopwatch.GetElapsedTime(_origin).TotalMilliseconds;

    public long UtcNowMs => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
}

/// <summary>Backoff jitter from <see cref="Random"/> (seedable for reproducible soak runs).</summary>
public sealed class SystemRandom : IRandom
{
    private readonly Random _random;

    public SystemRandom(int? seed = null)
    {
        _random = seed == null ? new Random() : new Random(seed.Value);
    }

    public int Next(int maxExclusive) => maxExclusive <= 0 ? 0 : _random.Next(maxExclusive);
}

/// <summary>The simulated Wi-Fi link: up unless the operator (or a test) pulls it with <see cref="IsUp"/>.</summary>
public sealed class SimulatedLink : ILink
{
    public bool IsUp { get; set; } = true;

    /// <summary>Whether <see cref="TryConnect"/> succeeds (false simulates an access point that is gone).</summary>
    public bool Available { get; set; } = true;

    public int Rssi => IsUp ? -55 : 0;

    public bool TryConnect(int timeoutMs)
    {
        IsUp = Available;
        return IsUp;
    }
}

/// <summary>Host stand-ins for the device's services: counts paid signals and reboot requests.</summary>
public sealed class HostDeviceServices : IDeviceServices
{
    private int _paidSignals;
    private int _reboots;

    public string FirmwareVersion { get; init; } = "sim-1.0.0";

    public int PaidSignals => _paidSignals;

    public int RebootRequests => _reboots;

    public string LastRebootReason { get; private set; }

    public long FreeHeapBytes() => -1; // no nanoFramework heap on the host

    public void SignalPaid() => Interlocked.Increment(ref _paidSignals);

    public void Reboot(string reason)
    {
        Interlocked.Increment(ref _reboots);
        LastRebootReason = reason;
    }
}
