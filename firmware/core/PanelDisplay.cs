using System;
using QrTerminal.Drivers;

namespace QrTerminal.Core
{
    /// <summary>
    /// The stand's display: renders each <see cref="ScreenModel"/> into the panel's frame and flushes it.
    /// A countdown tick that changes only the countdown text repaints only that line (OLED: its page(s);
    /// e-paper: a partial refresh of its rows). E-paper gets a full refresh whenever the QR on the glass
    /// changes or a screen without QR replaces another; status changes around the same QR are partial.
    /// </summary>
    public sealed class PanelDisplay : IStandDisplay
    {
        private readonly PanelInfo _panel;
        private readonly IPanelController _controller;
        private readonly ScreenRenderer _renderer;
        private ScreenModel _last;
        private string _lastCountdown;
        private string _shownQr;
        private bool _initialized;

        /// <summary>Draws on <paramref name="controller"/>'s frame, laid out for <paramref name="panel"/>.</summary>
        public PanelDisplay(PanelInfo panel, IPanelController controller)
        {
            if (panel == null)
            {
                throw new ArgumentNullException("panel");
            }
            if (controller == null)
            {
                throw new ArgumentNullException("controller");
            }
            _panel = panel;
            _controller = controller;
            _renderer = new ScreenRenderer(panel);
        }

        /// <summary>The renderer (placement of the current QR, countdown format).</summary>
        public ScreenRenderer Renderer { get { return _renderer; } }

        /// <summary>The panel controller (e.g. to tune an <see cref="EpdController"/>).</summary>
        public IPanelController Controller { get { return _controller; } }

        /// <summary>The frame buffer.</summary>
        public FrameBuffer Frame { get { return _controller.Frame; } }

        /// <inheritdoc />
        public void Show(ScreenModel model)
        {
            if (model == null)
            {
                throw new ArgumentNullException("model");
            }
            if (!_initialized)
            {
                _controller.Initialize();
                _initialized = true;
            }
            string countdown = _renderer.CountdownText(model.SecondsLeft);
            if (_last != null && _last.SameExceptCountdown(model))
            {
                if (countdown == _lastCountdown)
                {
                    return;
                }
                if (_renderer.HasCountdown)
                {
                    _renderer.RedrawCountdown(_controller.Frame, countdown);
                    _controller.Flush(false);
                    _last.SecondsLeft = model.SecondsLeft;
                    _lastCountdown = countdown;
                    return;
                }
            }
            _renderer.Render(_controller.Frame, model);
            string qr = _renderer.Code != null ? model.QrPayload : null;
            bool full = qr != _shownQr || (qr == null && (_last == null || _last.Kind != model.Kind));
            _controller.Flush(full);
            _shownQr = qr;
            _last = model.Clone();
            _lastCountdown = countdown;
        }
    }
}
