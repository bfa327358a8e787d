using System.Text;
using QrTerminal.Qr;

namespace QrTerminal.Simulator;

/// <summary>
/// Draws a QR Code in a text terminal with half-block characters (two modules per character cell, so it keeps its
/// square shape) in explicit white-on-black ANSI colours, with the 4-module quiet zone: a phone can scan it off the screen.
/// </summary>
public static class TerminalQr
{
    private const string Colors = "\u001b[97;40m";
    private const string Reset = "\u001b[0m";

    /// <summary>The QR of <paramref name="text"/> (ECC M, as the stand shows it) as terminal lines.</summary>
    public static string Render(string text, bool ansi = true)
    {
        QrCode qr = QrEncoder.Encode(text, QrErrorCorrection.M);
        return Render(qr.Size, qr.IsDark, ansi);
    }

    /// <summary>Renders any size × size module matrix; light modules are drawn as the block colour.</summary>
    public static string Render(int size, Func<int, int, bool> isDark, bool ansi = true)
    {
        const int quiet = 4;
        int n = size + (2 * quiet);
        bool Light(int x, int y)
        {
            int mx = x - quiet, my = y - quiet;
            return mx < 0 || my < 0 || mx >= size || my >= size || !isDark(mx, my);
        }
        var sb = new StringBuilder();
        for (int y = 0; y < n; y += 2)
        {
            if (ansi)
            {
                sb.Append(Colors);
            }
            for (int x = 0; x < n; x++)
            {
                bool top = Light(x, y);
                bool bottom = y + 1 < n ? Light(x, y + 1) : false;
                sb.Append(top && bottom ? '█' : top ? '▀' : bottom ? '▄' : ' ');
            }
            if (ansi)
            {
                sb.Append(Reset);
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }
}
