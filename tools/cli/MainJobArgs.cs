namespace QrTerminal.Cli;

/// <summary>
/// "--name value" / "--flag" parsing for the main-job commands (demo, gateway, simulate, soak). Unknown options and
/// missing values are errors with a message for the user.
/// </summary>
internal sealed class MainJobArgs
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    private MainJobArgs()
    {
    }

    /// <summary>Parses <paramref name="args"/>; <paramref name="valued"/> take a value, <paramref name="flags"/> do not.</summary>
    /// <exception cref="ArgumentException">An unknown option, a missing value or a stray argument.</exception>
    public static MainJobArgs Parse(string[] args, string[] valued, string[] flags = null)
    {
        var a = new MainJobArgs();
        for (int i = 0; i < args.Length; i++)
        {
            string name = args[i];
            if (flags != null && Array.IndexOf(flags, name) >= 0)
            {
                a.Add(name, "true");
            }
            else if (Array.IndexOf(valued, name) >= 0)
            {
                if (i + 1 >= args.Length)
                {
                    throw new ArgumentException($"{name} needs a value");
                }
                a.Add(name, args[++i]);
            }
            else
            {
                throw new ArgumentException($"unknown argument '{name}'");
            }
        }
        return a;
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string Get(string name, string fallback = null) => _values.TryGetValue(name, out var v) ? v[^1] : fallback;

    public List<string> All(string name) => _values.TryGetValue(name, out var v) ? v : new List<string>();

    /// <summary>An integer option within [min, max].</summary>
    public int Int(string name, int fallback, int min, int max)
    {
        string s = Get(name);
        if (s == null)
        {
            return fallback;
        }
        if (!int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int v) || v < min || v > max)
        {
            throw new ArgumentException($"{name} must be a whole number from {min} to {max}");
        }
        return v;
    }

    /// <summary>The panel id, checked against the supported panels.</summary>
    public string Panel()
    {
        string p = Get("--panel", "epd29");
        if (Array.IndexOf(Panels, p) < 0)
        {
            throw new ArgumentException($"--panel must be one of {string.Join(", ", Panels)}");
        }
        return p;
    }

    public static readonly string[] Panels = { "ssd1306", "sh1106", "epd29", "epd42" };

    private void Add(string name, string value)
    {
        if (!_values.TryGetValue(name, out var list))
        {
            _values[name] = list = new List<string>();
        }
        list.Add(value);
    }
}
