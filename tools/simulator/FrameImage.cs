namespace QrTerminal.Simulator;

/// <summary>A 1-bit picture of one screen: <see cref="Width"/> × <see cref="Height"/> pixels, true = black.</summary>
public sealed class FrameImage
{
    public FrameImage(int width, int height)
    {
        Width = width;
        Height = height;
        Pixels = new bool[width * height];
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>How many PNG pixels per frame pixel.</summary>
    public int Zoom { get; init; } = 2;

    /// <summary>Row-major pixels, true = black (ink).</summary>
    public bool[] Pixels { get; }

    public bool this[int x, int y]
    {
        get => Pixels[(y * Width) + x];
        set
        {
            if (x >= 0 && y >= 0 && x < Width && y < Height)
            {
                Pixels[(y * Width) + x] = value;
            }
        }
    }

    public void Fill(int x0, int y0, int w, int h, bool black)
    {
        for (int y = y0; y < y0 + h; y++)
        {
            for (int x = x0; x < x0 + w; x++)
            {
                this[x, y] = black;
            }
        }
    }
}

/// <summary>Turns a screen into a panel-sized picture (the PNG frames of the simulator).</summary>
public interface IFrameRenderer
{
    FrameImage Render(QrTerminal.Core.ScreenModel model);
}
