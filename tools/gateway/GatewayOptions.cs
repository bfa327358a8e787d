namespace QrTerminal.Gateway;

/// <summary>
/// Configuration of one dev terminal gateway: the merchant account invoices pay into, the stands it serves, its keys,
/// storage and timings. Defaults suit a developer machine; tests shorten the timings.
/// </summary>
public sealed class GatewayOptions
{
    /// <summary>The hospital's receiving account; every invoice QR pays into it.</summary>
    public MerchantAccount Merchant { get; set; } = new MerchantAccount();

    /// <summary>
    /// Which sub-field of VietQR field 62 carries the invoice reference: "billNumber" (62-01), "referenceLabel" (62-05)
    /// or "purpose" (62-08). Must agree with the stands' config (<c>referenceField</c>). The reference is put in 62-08
    /// as well, whatever this says, because that is the transfer content banks show and report.
    /// </summary>
    public string ReferenceField { get; set; } = "billNumber";

    /// <summary>Terminal id → bearer token of each stand this gateway serves.</summary>
    public Dictionary<string, string> Terminals { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Key for the cashier / HIS endpoints (Authorization: Bearer, or X-Cashier-Key).</summary>
    public string CashierKey { get; set; } = "";

    /// <summary>payOS checksum key for webhook signatures; empty disables the webhook (401).</summary>
    public string PayOsChecksumKey { get; set; } = "";

    /// <summary>Enables simulate-payment and the fault-plan endpoint. Never on for a real hospital.</summary>
    public bool DevEndpoints { get; set; } = true;

    /// <summary>
    /// TLS certificate (PKCS#12 / .pfx) for https:// URLs, so real stands can connect with their default
    /// https-only config. Its root CA goes into each stand's <c>backend.rootCaPem</c>. Null: plain HTTP only.
    /// </summary>
    public string CertificatePath { get; set; }

    /// <summary>Password of <see cref="CertificatePath"/>, if any.</summary>
    public string CertificatePassword { get; set; }

    /// <summary>SQLite file; null or empty keeps everything in memory (lost when the gateway stops).</summary>
    public string DatabasePath { get; set; }

    /// <summary>Invoice lifetime when the cashier gives none.</summary>
    public int DefaultTtlSeconds { get; set; } = 300;

    /// <summary>Longest long-poll hold; larger <c>wait</c> values are clamped to it.</summary>
    public int MaxWaitSeconds { get; set; } = 30;

    /// <summary>After a paid / cancelled / expired result has stood this long, the terminal goes back to idle (0: never).</summary>
    public int IdleAfterSeconds { get; set; } = 120;

    /// <summary>How often invoices are checked for expiry.</summary>
    public int SweepIntervalMs { get; set; } = 250;

    /// <summary>Largest event body accepted from a stand.</summary>
    public int MaxEventBytes { get; set; } = 4096;

    /// <summary>A ready-made configuration with one demo merchant and the given terminals.</summary>
    public static GatewayOptions Demo(params (string Id, string Token)[] terminals)
    {
        var o = new GatewayOptions { CashierKey = "cashier-demo-key", PayOsChecksumKey = "payos-demo-checksum-key" };
        foreach (var (id, token) in terminals)
        {
            o.Terminals[id] = token;
        }
        return o;
    }
}

/// <summary>The merchant account invoice QRs pay into (VietQR field 38 and the merchant fields 52, 59, 60).</summary>
public sealed class MerchantAccount
{
    /// <summary>Acquirer BIN, 6 digits (970436 = Vietcombank).</summary>
    public string Bin { get; set; } = "970436";

    /// <summary>Account number.</summary>
    public string Account { get; set; } = "0011000123456";

    /// <summary>Merchant name (field 59, at most 25 characters, folded to ASCII).</summary>
    public string Name { get; set; } = "BENH VIEN DEMO";

    /// <summary>City (field 60).</summary>
    public string City { get; set; } = "HA NOI";

    /// <summary>Merchant category code (field 52): 8062 hospitals.</summary>
    public string Mcc { get; set; } = "8062";
}
