using System.Text;
using System.Text.Json;
using QrTerminal.HostKit;
using QrTerminal.Qr;
using Encoder = QrTerminal.Qr.QrEncoder;

namespace QrTerminal.Cli;

/// <summary>
/// `qrterminal encode [TEXT] [--ecc L|M|Q|H] [--mask N] [--min-version N] [--boost] [--png FILE|--png-dir DIR]
/// [--scale N] [--json] [--light-bg]`.
/// Terminal output uses half blocks with a 4-module quiet zone. By default light modules are drawn as block
/// characters and dark modules as blank cells, so on the usual dark-background terminal (light glyphs on a dark
/// background) the symbol appears dark-on-light, the polarity phone scanners read. --light-bg flips it for
/// terminals with dark text on a light background.
/// With no TEXT, reads one payload per line from stdin and writes one JSON line per payload
/// (and 0.png, 1.png, ... with --png-dir).
/// </summary>
public static class EncodeCommand
{
    public const string Usage = """
        usage: qrterminal encode [TEXT] [--ecc L|M|Q|H] [--mask N] [--min-version N] [--boost]
                                 [--png FILE | --png-dir DIR] [--scale N] [--json] [--light-bg]
          TEXT           payload; without it, one payload per stdin line, one JSON line each
          --ecc          error correction level (default M)
          --mask N       fix the mask pattern 0-7 (default: chosen by the ISO penalty rules)
          --min-version  smallest version to use (default 1)
          --boost        raise the level while the version does not grow
          --png FILE     write a PNG (4-module light quiet zone, black modules)
          --png-dir DIR  with stdin input: write DIR/0.png, DIR/1.png, ... in input order
          --scale N      PNG pixels per module (default 4)
          --json         print {"version","ecc","mask","size","segments":[{"mode","chars"}],"dataBits"}
          --light-bg     terminal has a light background: draw dark modules as blocks
        """;

    private const int Quiet = 4;

    public static int Run(string[] args)
    {
        var options = new QrEncodeOptions { BoostEcc = false };
        string text = null, png = null, pngDir = null;
        int scale = 4;
        bool json = false, lightBg = false;
        try
        {
            for (int i = 0; i < args.Length; i++)
            {
                string a = args[i];
                switch (a)
                {
                    case "--ecc": options.Ecc = ParseEcc(Value(args, ref i)); break;
                    case "--mask": options.Mask = ParseInt(Value(args, ref i), 0, 7, a); break;
                    case "--min-version": options.MinVersion = ParseInt(Value(args, ref i), 1, 40, a); break;
                    case "--boost": options.BoostEcc = true; break;
                    case "--png": png = Value(args, ref i); break;
                    case "--png-dir": pngDir = Value(args, ref i); break;
                    case "--scale": scale = ParseInt(Value(args, ref i), 1, 100, a); break;
                    case "--json": json = true; break;
                    case "--light-bg": lightBg = true; break;
                    case "-h":
                    case "--help":
                        Console.WriteLine(Usage);
                        return 0;
                    default:
                        if (a.StartsWith("--", StringComparison.Ordinal)) throw new UsageException("unknown option " + a);
                        if (text != null) throw new UsageException("more than one TEXT argument (quote the payload)");
                        text = a;
                        break;
                }
            }
            if (png != null && pngDir != null) throw new UsageException("use either --png or --png-dir");
            if (text != null && pngDir != null) throw new UsageException("--png-dir is for stdin input; use --png with TEXT");
            if (text == null && png != null) throw new UsageException("--png needs TEXT; use --png-dir with stdin input");
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine("qrterminal encode: " + e.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var ws = new QrWorkspace(40);
        var qr = QrCode.Allocate(40);
        if (text != null)
        {
            if (!TryEncode(text, options, ws, qr, out string error))
            {
                Console.Error.WriteLine("qrterminal encode: " + error);
                return 1;
            }
            if (png != null) WritePng(png, qr, scale);
            if (json) Console.WriteLine(Json(qr, ws));
            else if (png == null) Console.Write(Render(qr, lightBg));
            return 0;
        }

        // Batch: one payload per line.
        int index = 0, failures = 0;
        string line;
        while ((line = Console.In.ReadLine()) != null)
        {
            if (TryEncode(line, options, ws, qr, out string error))
            {
                if (pngDir != null) WritePng(Path.Combine(pngDir, index + ".png"), qr, scale);
                Console.WriteLine(Json(qr, ws));
            }
            else
            {
                failures++;
                Console.WriteLine(JsonError(error));
            }
            index++;
        }
        return failures == 0 ? 0 : 1;
    }

    private static bool TryEncode(string text, QrEncodeOptions options, QrWorkspace ws, QrCode qr, out string error)
    {
        try
        {
            Encoder.EncodeInto(text, options, ws, qr);
            error = null;
            return true;
        }
        catch (QrDataTooLongException e)
        {
            error = e.Message;
            return false;
        }
    }

    /// <summary>Half-block rendering with a quiet zone; each text line holds two module rows.</summary>
    public static string Render(QrCode qr, bool lightBg)
    {
        var sb = new StringBuilder();
        int lo = -Quiet, hi = qr.Size + Quiet;
        for (int y = lo; y < hi; y += 2)
        {
            for (int x = lo; x < hi; x++)
            {
                // "ink" = the modules drawn with glyphs: light ones on a dark terminal, dark ones on a light terminal.
                bool top = qr.IsDark(x, y) == lightBg;
                bool bottom = y + 1 < hi && qr.IsDark(x, y + 1) == lightBg;
                sb.Append(top ? (bottom ? '█' : '▀') : (bottom ? '▄' : ' '));
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>The one-line JSON description of the last encode.</summary>
    public static string Json(QrCode qr, QrWorkspace ws)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("version", qr.Version);
            w.WriteString("ecc", Encoder.EccName(qr.Ecc));
            w.WriteNumber("mask", qr.Mask);
            w.WriteNumber("size", qr.Size);
            w.WriteStartArray("segments");
            foreach (QrSegment s in ws.GetSegments(qr.Version))
            {
                w.WriteStartObject();
                w.WriteString("mode", QrSegment.ModeName(s.Mode));
                w.WriteNumber("chars", s.Chars);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteNumber("dataBits", ws.DataBits);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string JsonError(string message)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("error", message);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WritePng(string path, QrCode qr, int scale)
    {
        int n = qr.Size + 2 * Quiet;
        Png.Write(path, n, n, (x, y) => qr.IsDark(x - Quiet, y - Quiet), scale);
    }

    private static string Value(string[] args, ref int i)
    {
        if (i + 1 >= args.Length) throw new UsageException(args[i] + " needs a value");
        return args[++i];
    }

    private static int ParseInt(string s, int min, int max, string name)
    {
        if (!int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int v) || v < min || v > max)
        {
            throw new UsageException(name + " must be an integer " + min + "-" + max);
        }
        return v;
    }

    private static QrErrorCorrection ParseEcc(string s) => s.ToUpperInvariant() switch
    {
        "L" => QrErrorCorrection.L,
        "M" => QrErrorCorrection.M,
        "Q" => QrErrorCorrection.Q,
        "H" => QrErrorCorrection.H,
        _ => throw new UsageException("--ecc must be L, M, Q or H"),
    };

    private sealed class UsageException : Exception
    {
        public UsageException(string message) : base(message) { }
    }
}
