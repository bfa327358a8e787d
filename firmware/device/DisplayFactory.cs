using System;
using System.Device.I2c;
using Iot.Device.Ssd13xx;
using QrTerminal.Core;
using QrTerminal.Drivers;

namespace QrTerminal.Device
{
    /// <summary>
    /// Builds the stand's display from the configured panel id. Pin functions (I2C1 SDA/SCL, SPI1 MOSI/CLK)
    /// must be set by Main first with nanoFramework.Hardware.Esp32 Configuration.SetPinFunction; see
    /// hardware-notes.md "Panels" (SPI1 CLK and I2C1 SCL both default to GPIO19).
    /// </summary>
    public static class DisplayFactory
    {
        /// <summary>
        /// From the config's panel section: id (see <see cref="PanelInfo.Find"/>), pins "cs", "dc", "rst", "busy"
        /// (e-paper; defaults 5, 17, 16, 4), optional "i2cAddress" (OLED; default 0x3C), bus 1, and FullRefreshEvery.
        /// </summary>
        public static PanelDisplay Create(PanelConfig config)
        {
            if (config == null)
            {
                throw new ArgumentNullException("config");
            }
            PanelDisplay display = Create(config.Id, 1, config.Pin("i2cAddress", Ssd1306.DefaultI2cAddress),
                config.Pin("cs", 5), config.Pin("dc", 17), config.Pin("rst", 16), config.Pin("busy", 4));
            EpdController epd = display.Controller as EpdController;
            if (epd != null)
            {
                epd.FullRefreshEvery = config.FullRefreshEvery;
            }
            return display;
        }

        /// <summary>
        /// ssd1306/sh1106: <paramref name="busId"/> is the I2C bus (1 = I2C1) and <paramref name="i2cAddress"/>
        /// 0x3C or 0x3D; the SPI pins are ignored. epd29/epd42: <paramref name="busId"/> is the SPI bus (1 = SPI1),
        /// <paramref name="i2cAddress"/> is ignored, and csPin/dcPin/resetPin/busyPin are GPIO numbers.
        /// </summary>
        public static PanelDisplay Create(string panelId, int busId, int i2cAddress, int csPin, int dcPin, int resetPin, int busyPin)
        {
            PanelInfo panel = PanelInfo.Find(panelId);
            IPanelController controller;
            if (panel.IsEpaper)
            {
                DisplayEpdBus bus = new DisplayEpdBus(busId, csPin, dcPin, resetPin, busyPin);
                controller = panel.CreateController(bus, bus);
            }
            else
            {
                if (i2cAddress != Ssd1306.DefaultI2cAddress && i2cAddress != Ssd1306.SecondaryI2cAddress)
                {
                    throw new ArgumentOutOfRangeException("i2cAddress", "SSD1306/SH1106 answer at 0x3C or 0x3D");
                }
                I2cDevice i2c = I2cDevice.Create(new I2cConnectionSettings(busId, i2cAddress, I2cBusSpeed.FastMode));
                Ssd13xx binding = panel.Controller == PanelController.Sh1106 ? (Ssd13xx)new Sh1106(i2c) : new Ssd1306(i2c);
                controller = panel.CreateController(new DisplayOledBus(binding), null);
            }
            return new PanelDisplay(panel, controller);
        }
    }
}
