using QrTerminal.Core;
using QrTerminal.Drivers;

namespace QrTerminal.Simulator;

/// <summary>
/// Draws each screen with the stand's own layouts (<see cref="ScreenRenderer"/>) into the chosen panel's frame buffer,
/// so the simulator's PNG frames are what that panel would show.
/// </summary>
public sealed class PanelFrameRenderer : IFrameRenderer
{
    private readonly PanelInfo _panel;

    public PanelFrameRenderer(PanelInfo panel)
    {
        _panel = panel ?? throw new ArgumentNullException(nameof(panel));
    }

    /// <summary>The panel by id (ssd1306, sh1106, epd29, epd42).</summary>
    public static PanelFrameRenderer For(string panelId) => new(PanelInfo.Find(panelId));

    public PanelInfo Panel => _panel;

    /// <summary>PNG zoom that makes small OLED frames readable next to e-paper ones.</summary>
    public int Zoom => _panel.Width <= 128 ? 4 : 2;

    public FrameImage Render(ScreenModel model)
    {
        FrameBuffer frame = _panel.CreateFrame();
        new ScreenRenderer(_panel).Render(frame, model);
        var img = new FrameImage(frame.Width, frame.Height) { Zoom = Zoom };
        for (int y = 0; y < frame.Height; y++)
        {
            for (int x = 0; x < frame.Width; x++)
            {
                img[x, y] = !frame.GetPixel(x, y); // lit / white pixel = not ink
            }
        }
        return img;
    }
}
