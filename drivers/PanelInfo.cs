using System;

namespace QrTerminal.Drivers
{
    /// <summary>Which controller a panel has.</summary>
    public enum PanelController
    {
        /// <summary>SSD1306 OLED, I2C.</summary>
        Ssd1306,
        /// <summary>SH1106 OLED, I2C.</summary>
        Sh1106,
        /// <summary>SSD1680 e-paper, SPI.</summary>
        Ssd1680,
        /// <summary>SSD1683 e-paper, SPI.</summary>
        Ssd1683
    }

    /// <summary>The supported panels: ids, logical (landscape) size, native RAM size, pixel pitch.</summary>
    public sealed class PanelInfo
    {
        /// <summary>0.96" SSD1306 OLED, 128×64, pitch 0.17 mm.</summary>
        public static readonly PanelInfo Ssd1306 = new PanelInfo("ssd1306", "0.96\" SSD1306 OLED (I2C)", PanelController.Ssd1306, 128, 64, 128, 64, 0, 0.17, "ssd1306-128x64");

        /// <summary>1.3" SH1106 OLED, 128×64 visible, pitch 0.23 mm.</summary>
        public static readonly PanelInfo Sh1106 = new PanelInfo("sh1106", "1.3\" SH1106 OLED (I2C)", PanelController.Sh1106, 128, 64, 128, 64, 0, 0.23, "sh1106-128x64");

        /// <summary>2.9" SSD1680 e-paper, 296×128 landscape on a 128×296 RAM, pitch 0.227 mm.</summary>
        public static readonly PanelInfo Epd29 = new PanelInfo("epd29", "2.9\" e-paper SSD1680 (SPI)", PanelController.Ssd1680, 296, 128, 128, 296, 90, 0.227, "ssd1680-296x128");

        /// <summary>4.2" SSD1683 e-paper, 400×300, pitch 0.212 mm.</summary>
        public static readonly PanelInfo Epd42 = new PanelInfo("epd42", "4.2\" e-paper SSD1683 (SPI)", PanelController.Ssd1683, 400, 300, 400, 300, 0, 0.212, "ssd1683-400x300");

        private PanelInfo(string id, string description, PanelController controller, int width, int height,
            int nativeWidth, int nativeHeight, int rotation, double pitchMm, string alias)
        {
            Id = id;
            Alias = alias;
            Description = description;
            Controller = controller;
            Width = width;
            Height = height;
            NativeWidth = nativeWidth;
            NativeHeight = nativeHeight;
            Rotation = rotation;
            PitchMm = pitchMm;
        }

        /// <summary>All panels, smallest first.</summary>
        public static PanelInfo[] All
        {
            get { return new PanelInfo[] { Ssd1306, Sh1106, Epd29, Epd42 }; }
        }

        /// <summary>
        /// The panel with <paramref name="id"/>: ssd1306, sh1106, epd29, epd42, or the config's controller-size
        /// form ssd1306-128x64, sh1106-128x64, ssd1680-296x128, ssd1683-400x300.
        /// </summary>
        public static PanelInfo Find(string id)
        {
            PanelInfo[] all = All;
            for (int i = 0; i < all.Length; i++)
            {
                if (all[i].Id == id || all[i].Alias == id)
                {
                    return all[i];
                }
            }
            throw new ArgumentException("unknown panel '" + id + "' (use ssd1306, sh1106, epd29 or epd42)", "id");
        }

        /// <summary>Short id used in config and on the command line.</summary>
        public string Id { get; private set; }

        /// <summary>Controller-size id as in the config file (e.g. "ssd1680-296x128").</summary>
        public string Alias { get; private set; }

        /// <summary>Human description.</summary>
        public string Description { get; private set; }

        /// <summary>The controller chip.</summary>
        public PanelController Controller { get; private set; }

        /// <summary>Logical width (as the screens are laid out).</summary>
        public int Width { get; private set; }

        /// <summary>Logical height.</summary>
        public int Height { get; private set; }

        /// <summary>Controller RAM width.</summary>
        public int NativeWidth { get; private set; }

        /// <summary>Controller RAM height.</summary>
        public int NativeHeight { get; private set; }

        /// <summary>Logical → native rotation in degrees (e-paper only).</summary>
        public int Rotation { get; private set; }

        /// <summary>Pixel pitch in millimetres.</summary>
        public double PitchMm { get; private set; }

        /// <summary>True for e-paper (slow, bistable, full/partial refresh).</summary>
        public bool IsEpaper
        {
            get { return Controller == PanelController.Ssd1680 || Controller == PanelController.Ssd1683; }
        }

        /// <summary>A fresh frame buffer in this panel's native layout.</summary>
        public FrameBuffer CreateFrame()
        {
            if (IsEpaper)
            {
                return new RowFrameBuffer(NativeWidth, NativeHeight, Rotation);
            }
            return new PageFrameBuffer(NativeWidth, NativeHeight);
        }

        /// <summary>
        /// The controller for this panel over <paramref name="bus"/>; <paramref name="io"/> (reset/busy) is
        /// required for e-paper and ignored for OLEDs.
        /// </summary>
        public IPanelController CreateController(IDisplayBus bus, IEpdIo io)
        {
            FrameBuffer frame = CreateFrame();
            switch (Controller)
            {
                case PanelController.Ssd1306:
                    return new Ssd1306Controller(bus, (PageFrameBuffer)frame);
                case PanelController.Sh1106:
                    return new Sh1106Controller(bus, (PageFrameBuffer)frame);
                default:
                    return new EpdController(bus, io, (RowFrameBuffer)frame);
            }
        }
    }
}
