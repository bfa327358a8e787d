using QrTerminal.Core;

namespace QrTerminal.Simulator;

/// <summary>
/// One simulated stand: the core's <see cref="Stand"/>, unchanged, wired to host adapters and stepped on its own
/// thread exactly as the device's Main loop does (Step, then sleep for the time it asks).
/// </summary>
public sealed class SimulatedStand : IDisposable
{
    private readonly ManualResetEventSlim _stop = new(false);
    private Thread _thread;

    /// <exception cref="ConfigException">The settings do not make a valid config.</exception>
    public SimulatedStand(StandSettings settings, RecordingDisplay display)
    {
        Settings = settings;
        Config = settings.ToConfig();
        Display = display;
        Transport = new HttpStandTransport(Config.BaseUrl, Config.TerminalId, Config.Token, settings.MaxTimeoutMs);
        Link = new SimulatedLink();
        Device = new HostDeviceServices();
        Core = new Stand(Config, Transport, display, new SystemClock(), new SystemRandom(settings.Seed), Link,
            VietQrInvoiceVerifier.FromConfig(Config), Device);
    }

    public StandSettings Settings { get; }

    public StandConfig Config { get; }

    /// <summary>The firmware core itself.</summary>
    public Stand Core { get; }

    public RecordingDisplay Display { get; }

    public HttpStandTransport Transport { get; }

    /// <summary>Pull <see cref="SimulatedLink.IsUp"/> to simulate Wi-Fi loss.</summary>
    public SimulatedLink Link { get; }

    public HostDeviceServices Device { get; }

    /// <summary>Exceptions that escaped <see cref="Stand.Step"/> (the core promises none).</summary>
    public int StepExceptions => _stepExceptions;

    private int _stepExceptions;

    /// <summary>Starts stepping on a background thread.</summary>
    public void Start()
    {
        if (_thread != null)
        {
            throw new InvalidOperationException("already started");
        }
        _thread = new Thread(Run) { IsBackground = true, Name = "stand " + Config.TerminalId };
        _thread.Start();
    }

    /// <summary>Stops after the current step (which may be inside a long poll, bounded by its timeout).</summary>
    public void Stop()
    {
        Display.Freeze();
        _stop.Set();
        Transport.CancelPending();
        _thread?.Join();
    }

    public void Dispose()
    {
        Stop();
        Transport.Dispose();
        _stop.Dispose();
    }

    private void Run()
    {
        while (!_stop.IsSet)
        {
            int sleep;
            try
            {
                sleep = Core.Step();
            }
            catch (Exception)
            {
                Interlocked.Increment(ref _stepExceptions);
                sleep = 1000;
            }
            _stop.Wait(Math.Max(0, sleep));
        }
    }
}
