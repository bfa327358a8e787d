using System.Collections;

namespace QrTerminal.Core
{
    /// <summary>The <c>panel</c> section of the config: which display and on which pins. The display layer interprets it.</summary>
    public sealed class PanelConfig
    {
        private readonly Hashtable _pins = new Hashtable();

        /// <summary>Panel id, e.g. "ssd1306-128x64" or "ssd1680-296x128" (the display layer lists the ids it knows).</summary>
        public string Id;

        /// <summary>E-paper: do a full refresh after this many partial refreshes (ghosting control); 0 = always full.</summary>
        public int FullRefreshEvery = 10;

        /// <summary>Sets a named pin (GPIO number, or -1 for not connected).</summary>
        public void SetPin(string name, int gpio)
        {
            _pins[name] = gpio;
        }

        /// <summary>The GPIO of the named pin, or <paramref name="fallback"/> when the config does not name it.</summary>
        public int Pin(string name, int fallback)
        {
            object v = _pins[name];
            return v == null ? fallback : (int)v;
        }

        /// <summary>True when the config names the pin.</summary>
        public bool HasPin(string name)
        {
            return _pins.Contains(name);
        }

        /// <summary>All configured pin names.</summary>
        public ICollection PinNames
        {
            get { return _pins.Keys; }
        }
    }
}
