using QrTerminal.Core;
using QrTerminal.QrEncoder;

namespace QrTerminal.Simulator;

/// <summary>
/// A text-free stand-in for the panel layouts (used until the display layouts render frames): the QR at the left,
/// and a large symbol for the screen kind at the right — check mark for Paid, cross for Expired/Cancelled/Rejected,
/// bars for the countdown. 296 × 128, like the 2.9" e-paper panel.
/// </summary>
public sealed class SketchRenderer : IFrameRenderer
{
    public const int Width = 296;
    public const int Height = 128;

    public FrameImage Render(ScreenModel m)
    {
        var f = new FrameImage(Width, Height);
        f.Fill(0, 0, Width, 2, true);
        f.Fill(0, Height - 2, Width, 2, true);
        if (m.QrPayload != null)
        {
            QrCode qr = QrTerminal.QrEncoder.QrEncoder.Encode(m.QrPayload, QrErrorCorrection.M);
            int scale = Math.Max(1, (Height - 8) / (qr.Size + 4));
            int off = (Height - (qr.Size * scale)) / 2;
            for (int y = 0; y < qr.Size; y++)
            {
                for (int x = 0; x < qr.Size; x++)
                {
                    if (qr.IsDark(x, y))
                    {
                        f.Fill(off + (x * scale), off + (y * scale), scale, scale, true);
                    }
                }
            }
        }
        int cx = 220, cy = 64;
        switch (m.Kind)
        {
            case ScreenKind.Paid:
                Line(f, cx - 40, cy, cx - 12, cy + 30, 6);
                Line(f, cx - 12, cy + 30, cx + 44, cy - 34, 6);
                break;
            case ScreenKind.Expired:
            case ScreenKind.Cancelled:
            case ScreenKind.Rejected:
            case ScreenKind.Error:
            case ScreenKind.Setup:
                Line(f, cx - 36, cy - 36, cx + 36, cy + 36, 6);
                Line(f, cx - 36, cy + 36, cx + 36, cy - 36, 6);
                break;
            case ScreenKind.Invoice:
                int bars = m.SecondsLeft < 0 ? 0 : Math.Min(10, (m.SecondsLeft + 29) / 30);
                for (int i = 0; i < bars; i++)
                {
                    f.Fill(150 + (i * 13), 100, 9, 16, true);
                }
                break;
            default:
                for (int i = 0; i < 3; i++)
                {
                    f.Fill(cx - 30 + (i * 24), cy - 6, 12, 12, true);
                }
                break;
        }
        if (m.Offline)
        {
            f.Fill(Width - 24, 6, 18, 18, true);
            f.Fill(Width - 20, 10, 10, 10, false);
        }
        return f;
    }

    private static void Line(FrameImage f, int x0, int y0, int x1, int y1, int thickness)
    {
        int steps = Math.Max(Math.Abs(x1 - x0), Math.Abs(y1 - y0));
        for (int i = 0; i <= steps; i++)
        {
            int x = x0 + ((x1 - x0) * i / steps), y = y0 + ((y1 - y0) * i / steps);
            f.Fill(x - (thickness / 2), y - (thickness / 2), thickness, thickness, true);
        }
    }
}
