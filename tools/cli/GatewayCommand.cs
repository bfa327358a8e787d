using System.Security.Cryptography;
using System.Text.Json;
using QrTerminal.Gateway;

namespace QrTerminal.Cli;

/// <summary>
/// `qrterminal gateway`: runs the dev terminal gateway alone (for the simulator or real stands on a LAN) until Ctrl+C.
/// Terminal tokens and the cashier key come from the options, or are generated once and kept in dev-secrets.json next
/// to the database so stands stay provisioned across restarts.
/// </summary>
public static class GatewayCommand
{
    private const string Usage = """
        usage: qrterminal gateway [--urls URL] [--db FILE|:memory:] [--terminal ID=TOKEN]... [--cashier-key KEY]
                                  [--payos-key KEY] [--merchant BIN:ACCOUNT] [--merchant-name NAME] [--city CITY]
                                  [--reference-field billNumber|referenceLabel|purpose] [--no-dev-endpoints]
                                  [--cert FILE.pfx [--cert-password P]]
          defaults: --urls http://127.0.0.1:8080  --db data/gateway.db  one terminal quay-1 with a generated token
          Real stands on the LAN: --urls https://0.0.0.0:8443 --cert gateway.pfx (the stands' rootCaPem is the CA
          that signed it); plain --urls http://0.0.0.0:8080 needs "allowInsecureHttp" on the stands (lab only).
        """;

    public static int Run(string[] args)
    {
        GatewayOptions options;
        string urls;
        try
        {
            var a = MainJobArgs.Parse(args,
                new[] { "--urls", "--db", "--terminal", "--cashier-key", "--payos-key", "--merchant", "--merchant-name", "--city", "--reference-field", "--cert", "--cert-password" },
                new[] { "--no-dev-endpoints" });
            urls = a.Get("--urls", "http://127.0.0.1:8080");
            options = Build(a);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine("qrterminal gateway: " + e.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();
        GatewayServer server;
        try
        {
            server = GatewayServer.StartAsync(options, urls, logToConsole: true).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidOperationException or Core.VietQrException
                                  or System.Security.Cryptography.CryptographicException)
        {
            Console.Error.WriteLine("qrterminal gateway: cannot start: " + e.Message);
            return 1;
        }
        Console.WriteLine($"QrTerminal dev gateway on {server.BaseUrl}  (database: {options.DatabasePath ?? "in memory"})");
        Console.WriteLine($"  cashier page: {server.BaseUrl}/#key={Uri.EscapeDataString(options.CashierKey)}");
        Console.WriteLine($"  merchant:     {options.Merchant.Bin}:{options.Merchant.Account} {options.Merchant.Name}, reference in {options.ReferenceField}");
        foreach (var (id, token) in options.Terminals)
        {
            Console.WriteLine($"  terminal {id}: qrterminal simulate --backend {server.BaseUrl} --terminal {id} --token {token} --allow {options.Merchant.Bin}:{options.Merchant.Account}");
        }
        Console.WriteLine("Ctrl+C stops.");
        try
        {
            stop.Token.WaitHandle.WaitOne();
        }
        finally
        {
            server.StopAsync().GetAwaiter().GetResult();
        }
        return 0;
    }

    private static GatewayOptions Build(MainJobArgs a)
    {
        string db = a.Get("--db", Path.Combine("data", "gateway.db"));
        var o = new GatewayOptions { DatabasePath = db == ":memory:" ? null : db, DevEndpoints = !a.Has("--no-dev-endpoints") };
        DevSecrets secrets = DevSecrets.Load(o.DatabasePath);
        foreach (string t in a.All("--terminal"))
        {
            int eq = t.IndexOf('=');
            if (eq <= 0 || eq == t.Length - 1)
            {
                throw new ArgumentException($"--terminal must be ID=TOKEN, got '{t}'");
            }
            o.Terminals[t[..eq]] = t[(eq + 1)..];
        }
        if (o.Terminals.Count == 0)
        {
            foreach (var kv in secrets.Terminals)
            {
                o.Terminals[kv.Key] = kv.Value;
            }
        }
        o.CashierKey = a.Get("--cashier-key", secrets.CashierKey);
        o.PayOsChecksumKey = a.Get("--payos-key", "");
        if (a.Get("--merchant") is string m)
        {
            int colon = m.IndexOf(':');
            if (colon != 6)
            {
                throw new ArgumentException("--merchant must be BIN:ACCOUNT (6-digit BIN)");
            }
            o.Merchant.Bin = m[..6];
            o.Merchant.Account = m[7..];
        }
        o.Merchant.Name = a.Get("--merchant-name", o.Merchant.Name);
        o.Merchant.City = a.Get("--city", o.Merchant.City);
        o.ReferenceField = a.Get("--reference-field", o.ReferenceField);
        o.CertificatePath = a.Get("--cert");
        o.CertificatePassword = a.Get("--cert-password");
        if (o.CertificatePath != null && !File.Exists(o.CertificatePath))
        {
            throw new ArgumentException($"--cert {o.CertificatePath}: no such file");
        }
        if (!InvoiceQr.ReferenceFields.Contains(o.ReferenceField))
        {
            throw new ArgumentException("--reference-field must be billNumber, referenceLabel or purpose");
        }
        secrets.Save(o.DatabasePath);
        return o;
    }

    /// <summary>Generated dev credentials, kept next to the database file (not for production).</summary>
    private sealed class DevSecrets
    {
        public Dictionary<string, string> Terminals { get; set; } = new();

        public string CashierKey { get; set; }

        public static DevSecrets Load(string dbPath)
        {
            string file = PathFor(dbPath);
            DevSecrets s = file != null && File.Exists(file) ? JsonSerializer.Deserialize<DevSecrets>(File.ReadAllText(file)) : new DevSecrets();
            if (s.Terminals.Count == 0)
            {
                s.Terminals["quay-1"] = NewSecret();
            }
            s.CashierKey ??= NewSecret();
            return s;
        }

        public void Save(string dbPath)
        {
            string file = PathFor(dbPath);
            if (file != null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file)));
                File.WriteAllText(file, JsonSerializer.Serialize(this, new JsonSerializerOptions { WriteIndented = true }));
            }
        }

        private static string PathFor(string dbPath) =>
            dbPath == null ? null : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dbPath)), "dev-secrets.json");

        private static string NewSecret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
    }
}
