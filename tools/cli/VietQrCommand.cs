using System.Text.Encodings.Web;
using System.Text.Json;
using QrTerminal.Core;

namespace QrTerminal.Cli;

/// <summary>
/// `qrterminal vietqr check|build`: the firmware's VietQR parser, policy and builder on the host.
/// check: exit 0 valid (and accepted, when policy options are given), 1 rejected, 2 usage error.
/// build: exit 0 printed, 1 the builder refused a field, 2 usage error.
/// </summary>
public static class VietQrCommand
{
    public const string Usage = """
        usage: qrterminal vietqr check PAYLOAD [--allow BIN:ACCOUNT ...] [--amount N] [--reference R]
                                               [--reference-field bill|label|purpose|any]
                 Parses PAYLOAD strictly and prints its fields and the verdict as JSON. With --allow, --amount
                 and --reference (all three), also applies the stand's policy (default field: any).
               qrterminal vietqr build --bin BIN --account ACCOUNT --amount N [--purpose T] [--bill T]
                                       [--reference-label T] [--terminal T] [--name T] [--city T] [--mcc NNNN]
                                       [--card] [--static]
                 Prints a VietQR payload. Vietnamese text is folded to ASCII.
        """;

    public static int Run(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0)
        {
            return UsageError(stderr, "missing subcommand");
        }
        try
        {
            return args[0] switch
            {
                "check" => Check(args[1..], stdout, stderr),
                "build" => Build(args[1..], stdout, stderr),
                "-h" or "--help" or "help" => Help(stdout),
                _ => UsageError(stderr, $"unknown subcommand '{args[0]}'"),
            };
        }
        catch (UsageException e)
        {
            return UsageError(stderr, e.Message);
        }
    }

    private static int Help(TextWriter stdout)
    {
        stdout.WriteLine(Usage);
        return 0;
    }

    private static int Check(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string payload = null;
        var allow = new List<string>();
        long? amount = null;
        string reference = null;
        ReferenceField field = ReferenceField.Any;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--allow": allow.Add(Value(args, ref i)); break;
                case "--amount": amount = ParseAmount(Value(args, ref i)); break;
                case "--reference": reference = Value(args, ref i); break;
                case "--reference-field": field = ParseField(Value(args, ref i)); break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal) || payload != null)
                    {
                        throw new UsageException($"unexpected argument '{args[i]}'");
                    }
                    payload = args[i];
                    break;
            }
        }
        if (payload == null)
        {
            throw new UsageException("missing PAYLOAD");
        }
        bool policyWanted = allow.Count > 0 || amount != null || reference != null;
        if (policyWanted && (allow.Count == 0 || amount == null || reference == null))
        {
            throw new UsageException("the policy needs all of --allow, --amount and --reference");
        }
        VietQrPolicy policy = null;
        if (policyWanted)
        {
            try
            {
                policy = new VietQrPolicy(allow.ToArray(), field);
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message);
            }
        }

        var report = new Dictionary<string, object>();
        bool ok;
        try
        {
            VietQrPayload parsed = VietQrParser.Parse(payload);
            report["valid"] = true;
            report["fields"] = Fields(parsed);
            ok = true;
        }
        catch (VietQrException e)
        {
            report["valid"] = false;
            report["error"] = VietQrErrorText.Code(e.Error);
            report["field"] = e.Field;
            report["message"] = e.Message;
            ok = false;
        }
        if (policy != null)
        {
            PolicyVerdict verdict = policy.Check(payload, amount.Value, reference);
            report["policy"] = new Dictionary<string, object>
            {
                ["accepted"] = verdict.Accepted,
                ["failedRule"] = PolicyRuleText.Code(verdict.FailedRule),
                ["reason"] = PolicyRuleText.Vietnamese(verdict.FailedRule),
                ["detail"] = verdict.Detail,
            };
            ok = verdict.Accepted;
        }
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        stdout.WriteLine(JsonSerializer.Serialize(report, options));
        return ok ? 0 : 1;
    }

    private static Dictionary<string, object> Fields(VietQrPayload p)
    {
        var fields = new Dictionary<string, object>
        {
            ["pointOfInitiation"] = p.PointOfInitiation,
            ["dynamic"] = p.IsDynamic,
            ["merchantAccountId"] = p.MerchantAccountId,
            ["guid"] = p.Guid,
            ["bin"] = p.Bin,
            ["account"] = p.Account,
            ["serviceCode"] = p.ServiceCode,
            ["mcc"] = p.Mcc,
            ["currency"] = p.Currency,
            ["amount"] = p.Amount < 0 ? null : p.Amount,
            ["amountText"] = p.Amount < 0 ? null : VndFormat.Format(p.Amount),
            ["tipIndicator"] = p.TipIndicator,
            ["country"] = p.Country,
            ["merchantName"] = p.MerchantName,
            ["city"] = p.City,
            ["postalCode"] = p.PostalCode,
            ["billNumber"] = p.BillNumber,
            ["storeLabel"] = p.StoreLabel,
            ["referenceLabel"] = p.ReferenceLabel,
            ["terminalLabel"] = p.TerminalLabel,
            ["purpose"] = p.Purpose,
            ["crc"] = p.Crc,
        };
        return fields;
    }

    private static int Build(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var b = new VietQrBuilder();
        bool amountGiven = false;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--bin": b.Bin = Value(args, ref i); break;
                case "--account": b.Account = Value(args, ref i); break;
                case "--amount": b.Amount = ParseAmount(Value(args, ref i)); amountGiven = true; break;
                case "--purpose": b.Purpose = Value(args, ref i); break;
                case "--bill": b.BillNumber = Value(args, ref i); break;
                case "--reference-label": b.ReferenceLabel = Value(args, ref i); break;
                case "--terminal": b.TerminalLabel = Value(args, ref i); break;
                case "--name": b.MerchantName = Value(args, ref i); break;
                case "--city": b.City = Value(args, ref i); break;
                case "--mcc": b.Mcc = Value(args, ref i); break;
                case "--card": b.ServiceCode = VietQrBuilder.ServiceToCard; break;
                case "--static": b.Dynamic = false; break;
                default: throw new UsageException($"unexpected argument '{args[i]}'");
            }
        }
        if (b.Bin == null || b.Account == null || (b.Dynamic && !amountGiven))
        {
            throw new UsageException("build needs --bin, --account and (unless --static) --amount");
        }
        try
        {
            stdout.WriteLine(b.Build());
            return 0;
        }
        catch (VietQrException e)
        {
            stderr.WriteLine($"qrterminal vietqr build: {e.Message}");
            return 1;
        }
    }

    private static string Value(string[] args, ref int i)
    {
        if (i + 1 >= args.Length)
        {
            throw new UsageException($"{args[i]} needs a value");
        }
        return args[++i];
    }

    private static long ParseAmount(string text)
    {
        if (!long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long value))
        {
            throw new UsageException($"--amount must be whole dong, got '{text}'");
        }
        return value;
    }

    private static ReferenceField ParseField(string text) => text switch
    {
        "bill" => ReferenceField.BillNumber,
        "label" => ReferenceField.ReferenceLabel,
        "purpose" => ReferenceField.Purpose,
        "any" => ReferenceField.Any,
        _ => throw new UsageException($"--reference-field must be bill, label, purpose or any, got '{text}'"),
    };

    private static int UsageError(TextWriter stderr, string message)
    {
        stderr.WriteLine($"qrterminal vietqr: {message}");
        stderr.WriteLine(Usage);
        return 2;
    }

    private sealed class UsageException(string message) : Exception(message);
}
