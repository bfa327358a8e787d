using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace QrTerminal.Gateway;

/// <summary>
/// A running dev terminal gateway: Kestrel + the protocol endpoints + the expiry sweeper. Start it in process on a
/// free loopback port (<c>http://127.0.0.1:0</c>) for the demo and tests, or on a LAN address for real stands.
/// </summary>
public sealed class GatewayServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stop = new();
    private Task _sweeper = Task.CompletedTask;

    private GatewayServer(WebApplication app, TerminalService service, FaultPlan faults, GatewayOptions options)
    {
        _app = app;
        Service = service;
        Faults = faults;
        Options = options;
    }

    /// <summary>The invoices, payments and terminal states.</summary>
    public TerminalService Service { get; }

    /// <summary>Fault injection for this gateway's state responses.</summary>
    public FaultPlan Faults { get; }

    public GatewayOptions Options { get; }

    /// <summary>The first address Kestrel listens on, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string BaseUrl { get; private set; }

    /// <summary>
    /// Starts a gateway listening on <paramref name="urls"/> (semicolon-separated; port 0 picks a free one).
    /// <paramref name="logToConsole"/> prints one line per request at Information level.
    /// </summary>
    public static async Task<GatewayServer> StartAsync(
        GatewayOptions options, string urls = "http://127.0.0.1:0", TimeProvider time = null, bool logToConsole = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        var service = new TerminalService(options, time ?? TimeProvider.System);
        var faults = new FaultPlan();
        try
        {
            var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
            {
                ApplicationName = "QrTerminal.Gateway",
                ContentRootPath = AppContext.BaseDirectory,
                Args = Array.Empty<string>(),
            });
            builder.WebHost.UseUrls(urls);
            builder.WebHost.UseKestrelHttpsConfiguration(); // the slim builder leaves https:// addresses off by default
            builder.WebHost.ConfigureKestrel(k =>
            {
                k.Limits.MaxRequestBodySize = 64 * 1024;
                k.AddServerHeader = false;
                if (!string.IsNullOrEmpty(options.CertificatePath))
                {
                    X509Certificate2 cert = X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword);
                    k.ConfigureHttpsDefaults(h => h.ServerCertificate = cert);
                }
            });
            builder.Logging.ClearProviders();
            if (logToConsole)
            {
                builder.Logging.AddSimpleConsole(o =>
                {
                    o.SingleLine = true;
                    o.TimestampFormat = "HH:mm:ss ";
                });
                builder.Logging.SetMinimumLevel(LogLevel.Warning);
                builder.Logging.AddFilter("QrTerminal", LogLevel.Information);
            }
            builder.Services.Configure<HostOptions>(h => h.ShutdownTimeout = TimeSpan.FromSeconds(2));
            WebApplication app = builder.Build();
            GatewayEndpoints.Map(app, options, service, faults);
            var server = new GatewayServer(app, service, faults, options);
            await app.StartAsync().ConfigureAwait(false);
            server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>().Addresses.First().TrimEnd('/');
            server._sweeper = server.SweepLoop();
            return server;
        }
        catch
        {
            service.Dispose();
            throw;
        }
    }

    /// <summary>Stops listening (open long polls are cut), stops the sweeper and closes the database.</summary>
    public async Task StopAsync()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }
        _stop.Cancel();
        await _sweeper.ConfigureAwait(false);
        using (var cts = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
        {
            await _app.StopAsync(cts.Token).ConfigureAwait(false);
        }
        await _app.DisposeAsync().ConfigureAwait(false);
        Service.Dispose();
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private async Task SweepLoop()
    {
        var log = _app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("QrTerminal.Gateway.Sweeper");
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Max(20, Options.SweepIntervalMs)));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
            {
                try
                {
                    Service.Sweep();
                }
                catch (Exception e)
                {
                    log.LogError(e, "expiry sweep failed");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }
}
