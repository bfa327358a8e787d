using System;
using QrTerminal.Drivers;
using QrTerminal.Qr;

namespace QrTerminal.Core
{
    /// <summary>
    /// Lays out a <see cref="ScreenModel"/> on one panel's frame buffer. QR screens put the code in a square at
    /// the left (side <see cref="ScreenStyle.QrSide"/>) with amount, reference, countdown and status in the column to its right;
    /// other screens are a centred stack of icon, headline and detail lines. Text is fitted: headline size if it
    /// fits, else body, else the small font, else wrapped to two lines and cut.
    /// The encoded QR is cached by payload, so countdown and status redraws never re-encode.
    /// </summary>
    public sealed class ScreenRenderer
    {
        private const int MaxLines = 8;
        private const int IconNone = 0;
        private const int IconTick = 1;
        private const int IconCross = 2;

        private readonly PanelInfo _panel;
        private readonly ScreenStyle _style;

        // Line stack being laid out.
        private readonly string[] _text = new string[MaxLines];
        private readonly BitmapFont[] _font = new BitmapFont[MaxLines];
        private readonly int[] _scale = new int[MaxLines];
        private readonly int[] _kind = new int[MaxLines];
        private int _count;

        private const int LineNormal = 0;
        private const int LineCountdown = 1;
        private const int LineMarker = 2;

        private string _qrPayload;
        private QrCode _qr;
        private QrPlacement _placement;
        private bool _qrShown;

        private bool _hasCountdown;
        private int _cdX;
        private int _cdY;
        private int _cdW;
        private BitmapFont _cdFont;

        /// <summary>A renderer for <paramref name="panel"/>.</summary>
        public ScreenRenderer(PanelInfo panel)
        {
            if (panel == null)
            {
                throw new ArgumentNullException("panel");
            }
            _panel = panel;
            _style = ScreenStyle.For(panel);
        }

        /// <summary>The panel's style (fonts, QR area).</summary>
        public ScreenStyle Style { get { return _style; } }

        /// <summary>The panel.</summary>
        public PanelInfo Panel { get { return _panel; } }

        /// <summary>The placement of the QR on the last rendered screen, or null when it showed none.</summary>
        public QrPlacement Placement { get { return _qrShown ? _placement : null; } }

        /// <summary>The QR code on the last rendered screen, or null.</summary>
        public QrCode Code { get { return _qrShown ? _qr : null; } }

        /// <summary>True when the last rendered screen has a countdown line that <see cref="RedrawCountdown"/> can update.</summary>
        public bool HasCountdown { get { return _hasCountdown; } }

        /// <summary>The countdown as this panel shows it: "Còn 4:59" on OLED, "Còn 5 phút" on e-paper; "" when unknown.</summary>
        public string CountdownText(int secondsLeft)
        {
            if (secondsLeft < 0)
            {
                return "";
            }
            if (_style.CountdownInMinutes)
            {
                if (secondsLeft < 60)
                {
                    return ScreenText.UnderAMinute;
                }
                return ScreenText.Left + ((secondsLeft + 59) / 60).ToString() + ScreenText.Minutes;
            }
            int s = secondsLeft % 60;
            return ScreenText.Left + (secondsLeft / 60).ToString() + (s < 10 ? ":0" : ":") + s.ToString();
        }

        /// <summary>Draws the whole screen for <paramref name="model"/>.</summary>
        public void Render(FrameBuffer frame, ScreenModel model)
        {
            if (frame == null)
            {
                throw new ArgumentNullException("frame");
            }
            if (model == null)
            {
                throw new ArgumentNullException("model");
            }
            if (frame.Width != _panel.Width || frame.Height != _panel.Height)
            {
                throw new ArgumentException("frame size does not match the panel", "frame");
            }
            bool bg = !_style.DarkUi;
            frame.Fill(bg);
            _hasCountdown = false;
            _qrShown = false;
            _count = 0;
            bool wantsQr = model.QrPayload != null && model.QrPayload.Length > 0
                && (model.Kind == ScreenKind.Invoice || model.Kind == ScreenKind.Offline || model.Kind == ScreenKind.Error);
            if (wantsQr && PrepareQr(model.QrPayload))
            {
                RenderQrScreen(frame, model);
                return;
            }
            RenderTextScreen(frame, model, wantsQr);
        }

        /// <summary>Repaints only the countdown line (same place, same width) with <paramref name="text"/>.</summary>
        public void RedrawCountdown(FrameBuffer frame, string text)
        {
            if (!_hasCountdown)
            {
                throw new InvalidOperationException("the last screen has no countdown");
            }
            bool bg = !_style.DarkUi;
            frame.FillRect(_cdX, _cdY, _cdW, _cdFont.Height, bg);
            TextRenderer.DrawCentered(frame, _cdFont, text, _cdX, _cdW, _cdY, 1, !bg);
        }

        private bool PrepareQr(string payload)
        {
            if (payload != _qrPayload)
            {
                _qrPayload = payload;
                _placement = QrPlacement.Choose(payload, _style.QrSide, _panel.PitchMm);
                _qr = _placement == null ? null : _placement.Encode(payload);
            }
            return _qr != null;
        }

        private void RenderQrScreen(FrameBuffer frame, ScreenModel model)
        {
            _qrShown = true;
            QrPlacement p = _placement;
            int total = p.TotalPx;
            int qx = (_style.QrSide - total) / 2;
            int qy = (_panel.Height - total) / 2;
            // Normal polarity: the quiet zone and light modules are light on every panel.
            frame.FillRect(qx, qy, total, total, true);
            int q = p.QuietZone * p.ModulePx;
            frame.BlitQr(_qr.Rows, _qr.WordsPerRow, _qr.Size, qx + q, qy + q, p.ModulePx);

            int colX = qx + total + _style.Gap + 1;
            int colW = _panel.Width - colX - 1;
            if (model.Amount > 0)
            {
                AddFitted(VndFormat.Format(model.Amount), colW, true);
            }
            if (model.Reference != null && model.Reference.Length > 0)
            {
                AddFitted(model.Reference, colW, false);
            }
            Add(CountdownText(model.SecondsLeft), _style.Body, 1, LineCountdown);
            if (model.Offline || model.Kind == ScreenKind.Offline)
            {
                Add(ScreenText.OfflineMarker, _style.Body, 1, LineMarker);
            }
            else if (model.Kind == ScreenKind.Error)
            {
                AddFitted(model.Reason != null ? model.Reason : ScreenText.Error, colW, false);
            }
            DrawStack(frame, colX, colW, 0, _panel.Height, IconNone);
        }

        private void RenderTextScreen(FrameBuffer frame, ScreenModel model, bool qrTooLong)
        {
            int w = _panel.Width - 4;
            int icon = IconNone;
            switch (model.Kind)
            {
                case ScreenKind.Idle:
                    AddFitted(model.Title, w, false);
                    AddFitted(ScreenText.Ready, w, true);
                    AddTerminal(model, w);
                    break;
                case ScreenKind.Invoice:
                    // A QR screen without a (placeable) QR: say so rather than show an amount nobody can pay.
                    AddFitted(qrTooLong ? ScreenText.QrTooLong : ScreenText.Rejected, w, true);
                    AddAmount(model, w);
                    AddFitted(model.Reference, w, false);
                    break;
                case ScreenKind.Paid:
                    icon = IconTick;
                    AddFitted(ScreenText.Paid, w, true);
                    AddAmount(model, w);
                    AddFitted(model.Reference, w, false);
                    break;
                case ScreenKind.Expired:
                    icon = IconCross;
                    AddFitted(ScreenText.Expired, w, true);
                    AddFitted(ScreenText.ExpiredDetail, w, false);
                    AddFitted(model.Reference, w, false);
                    break;
                case ScreenKind.Cancelled:
                    icon = IconCross;
                    AddFitted(ScreenText.Cancelled, w, true);
                    AddFitted(ScreenText.CancelledDetail, w, false);
                    AddFitted(model.Reference, w, false);
                    break;
                case ScreenKind.Rejected:
                    icon = IconCross;
                    AddFitted(ScreenText.Rejected, w, true);
                    AddFitted(model.Reason != null ? model.Reason : ScreenText.RejectedDefault, w, false);
                    AddFitted(model.Detail, w, false);
                    break;
                case ScreenKind.Offline:
                    AddFitted(ScreenText.Offline, w, true);
                    AddFitted(model.Reason != null ? model.Reason : ScreenText.OfflineDefault, w, false);
                    AddFitted(model.Detail, w, false);
                    break;
                case ScreenKind.Error:
                    AddFitted(ScreenText.Error, w, true);
                    AddFitted(model.Reason, w, false);
                    AddFitted(model.Detail, w, false);
                    break;
                case ScreenKind.Setup:
                    AddFitted(ScreenText.Setup, w, true);
                    AddFitted(ScreenText.TerminalPrefix + (model.TerminalId != null ? model.TerminalId : "?"), w, false);
                    AddFitted(model.Reason != null ? model.Reason : ScreenText.SetupDefault, w, false);
                    AddFitted(model.Detail, w, false);
                    break;
                case ScreenKind.Connecting:
                    AddFitted(model.Title, w, false);
                    AddFitted(ScreenText.Connecting, w, true);
                    AddTerminal(model, w);
                    break;
                default:
                    AddFitted(ScreenText.Boot, w, true);
                    AddTerminal(model, w);
                    break;
            }
            if (model.Offline && model.Kind != ScreenKind.Offline)
            {
                Add(ScreenText.OfflineMarker, _style.Body, 1, LineMarker);
            }
            DrawStack(frame, 2, w, 0, _panel.Height, icon);
        }

        private void AddAmount(ScreenModel model, int width)
        {
            if (model.Amount > 0)
            {
                AddFitted(VndFormat.Format(model.Amount), width, false);
            }
        }

        private void AddTerminal(ScreenModel model, int width)
        {
            if (model.TerminalId != null && model.TerminalId.Length > 0)
            {
                AddFitted(ScreenText.TerminalPrefix + model.TerminalId, width, false);
            }
        }

        private void Add(string text, BitmapFont font, int scale, int kind)
        {
            if (_count == MaxLines)
            {
                return;
            }
            _text[_count] = text;
            _font[_count] = font;
            _scale[_count] = scale;
            _kind[_count] = kind;
            _count++;
        }

        // Headline size if it fits, else body, else small, else two wrapped body/small lines, the second cut.
        private void AddFitted(string text, int width, bool headline)
        {
            if (text == null || text.Length == 0)
            {
                return;
            }
            text = VietText.Compose(text);
            if (headline && TextRenderer.Measure(_style.Big, text, _style.BigScale) <= width)
            {
                Add(text, _style.Big, _style.BigScale, LineNormal);
                return;
            }
            if (TextRenderer.Measure(_style.Body, text, 1) <= width)
            {
                Add(text, _style.Body, 1, LineNormal);
                return;
            }
            BitmapFont f = _style.Small;
            if (TextRenderer.Measure(f, text, 1) <= width)
            {
                Add(text, f, 1, LineNormal);
                return;
            }
            int perLine = width / f.Width;
            if (perLine < 2)
            {
                return;
            }
            int cut = perLine;
            int space = text.LastIndexOf(' ', perLine);
            if (space > 0)
            {
                cut = space;
            }
            Add(text.Substring(0, cut), f, 1, LineNormal);
            string rest = text.Substring(cut).Trim();
            if (rest.Length > perLine)
            {
                rest = rest.Substring(0, perLine - 2) + "..";
            }
            Add(rest, f, 1, LineNormal);
        }

        private int LineHeight(int i)
        {
            int h = _font[i].Height * _scale[i];
            return _kind[i] == LineMarker ? h + 2 : h;
        }

        private void DrawStack(FrameBuffer frame, int x, int width, int top, int height, int icon)
        {
            bool bg = !_style.DarkUi;
            bool ink = _style.DarkUi;
            int gap = _style.Gap;
            int total = 0;
            for (int i = 0; i < _count; i++)
            {
                total += LineHeight(i) + (i > 0 ? gap : 0);
            }
            int iconPx = _style.Icon;
            // The icon goes only where it leaves the text room.
            if (icon != IconNone && total + iconPx + gap > height - 2)
            {
                icon = IconNone;
            }
            if (icon != IconNone)
            {
                total += iconPx + gap;
            }
            // Lines that do not fit are dropped from the end (the most important come first).
            while (_count > 1 && total > height)
            {
                _count--;
                total -= LineHeight(_count) + gap;
            }
            int y = top + (height - total) / 2;
            if (icon != IconNone)
            {
                DrawIcon(frame, icon, x + (width - iconPx) / 2, y, iconPx, ink);
                y += iconPx + gap;
            }
            for (int i = 0; i < _count; i++)
            {
                int h = LineHeight(i);
                if (_kind[i] == LineMarker)
                {
                    int mw = TextRenderer.Measure(_font[i], _text[i], 1) + 6;
                    int mx = x + (width - mw) / 2;
                    frame.FillRect(mx, y, mw, h, ink);
                    TextRenderer.Draw(frame, _font[i], _text[i], mx + 3, y + 1, 1, bg);
                }
                else
                {
                    if (_kind[i] == LineCountdown)
                    {
                        _hasCountdown = true;
                        _cdX = x;
                        _cdY = y;
                        _cdW = width;
                        _cdFont = _font[i];
                    }
                    TextRenderer.DrawCentered(frame, _font[i], _text[i], x, width, y, _scale[i], ink);
                }
                y += h + gap;
            }
        }

        private static void DrawIcon(FrameBuffer frame, int icon, int x, int y, int size, bool ink)
        {
            int t = size / 7 + 1;
            if (icon == IconTick)
            {
                // Short stroke down-right, long stroke up-right.
                Stroke(frame, x, y + size / 2, x + size / 3, y + size - t, t, ink);
                Stroke(frame, x + size / 3, y + size - t, x + size - t, y, t, ink);
            }
            else
            {
                Stroke(frame, x, y, x + size - t, y + size - t, t, ink);
                Stroke(frame, x, y + size - t, x + size - t, y, t, ink);
            }
        }

        // A thick line as t×t squares along a Bresenham path.
        private static void Stroke(FrameBuffer frame, int x0, int y0, int x1, int y1, int t, bool ink)
        {
            int dx = Math.Abs(x1 - x0);
            int dy = -Math.Abs(y1 - y0);
            int sx = x0 < x1 ? 1 : -1;
            int sy = y0 < y1 ? 1 : -1;
            int err = dx + dy;
            while (true)
            {
                frame.FillRect(x0, y0, t, t, ink);
                if (x0 == x1 && y0 == y1)
                {
                    break;
                }
                int e2 = 2 * err;
                if (e2 >= dy)
                {
                    err += dy;
                    x0 += sx;
                }
                if (e2 <= dx)
                {
                    err += dx;
                    y0 += sy;
                }
            }
        }
    }
}
