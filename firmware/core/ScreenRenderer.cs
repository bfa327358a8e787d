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
        private const int MaxLines = 12;
        private const int IconNone = 0;
        private const int IconTick = 1;
        private const int IconCross = 2;

        private readonly PanelInfo _panel;
        private readonly ScreenStyle _style;

        // Line stack being laid out.
        private readonly string[] _text = new string[MaxLines];
        private readonly BitmapFont[] _font = new BitmapFont[MaxLines];
        private readonly int[] _scaleX = new int[MaxLines];
        private readonly int[] _scaleY = new int[MaxLines];
        private readonly int[] _kind = new int[MaxLines];
        private readonly int[] _rank = new int[MaxLines];
        // Lines of one item (a wrapped text, an amount and its dong sign) share a group and go together.
        private readonly int[] _group = new int[MaxLines];
        private int _count;
        private int _groups;

        // Line kinds.
        private const int LineNormal = 0;
        private const int LineCountdown = 1;
        private const int LineMarker = 2;
        private const int LineAmount = 3;
        private const int LineHeadline = 4;
        private const int LineHeader = 5;
        private const int LineAmountBold = 6;

        // Drop order when a stack is too tall: the highest rank goes first.
        private const int RankMain = 0;
        private const int RankStatus = 1;
        private const int RankReference = 2;
        private const int RankIcon = 3;
        private const int RankExtra = 4;
        private const int RankHeader = 5;

        // Pixels between the lines of a wrapped header.
        private const int HeaderLineGap = 2;

        // Where AddFitted starts.
        private const int FitHeadline = 0;
        private const int FitBody = 1;
        private const int FitSmall = 2;

        private string _qrPayload;
        private QrCode _qr;
        private QrPlacement _placement;
        private bool _qrShown;

        private bool _hasCountdown;
        private int _amountScaleX;
        private int _amountScaleY;
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

        /// <summary>Horizontal scale of the amount on the last rendered screen (tight-set), 0 when it showed none.</summary>
        public int AmountScaleX { get { return _amountScaleX; } }

        /// <summary>Vertical scale of the amount on the last rendered screen, 0 when it showed none.</summary>
        public int AmountScaleY { get { return _amountScaleY; } }

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
            _groups = 0;
            _amountScaleX = 0;
            _amountScaleY = 0;
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
            int qx = _style.QrFlushLeft ? 0 : (_style.QrSide - total) / 2;
            int qy = (_panel.Height - total) / 2;
            // Normal polarity: the quiet zone and light modules are light on every panel.
            frame.FillRect(qx, qy, total, total, true);
            int q = p.QuietZone * p.ModulePx;
            frame.BlitQr(_qr.Rows, _qr.WordsPerRow, _qr.Size, qx + q, qy + q, p.ModulePx);

            // Where the quiet zone is background-coloured it already separates QR and text.
            int colX = qx + total + (_style.DarkUi ? _style.Gap + 1 : 2);
            int colW = _panel.Width - colX - _style.Margin;
            AddHeader(model.Title, colW);
            if (model.Amount > 0)
            {
                AddAmount(model.Amount, colW);
            }
            if (_style.Header)
            {
                AddFitted(model.Description, colW, FitSmall, LineNormal, RankExtra);
            }
            AddFitted(model.Reference, colW, FitBody, LineNormal, RankReference);
            Add(CountdownText(model.SecondsLeft), _style.Body, 1, 1, LineCountdown, RankStatus);
            if (model.Offline || model.Kind == ScreenKind.Offline)
            {
                Add(ScreenText.OfflineMarker, _style.Body, 1, 1, LineMarker, RankStatus);
            }
            else if (model.Kind == ScreenKind.Error)
            {
                AddFitted(model.Reason != null ? model.Reason : ScreenText.Error, colW, FitBody, LineNormal, RankStatus);
            }
            DrawStack(frame, colX, colW, IconNone);
        }

        private void RenderTextScreen(FrameBuffer frame, ScreenModel model, bool qrTooLong)
        {
            int m = _style.Margin;
            int w = _panel.Width - 2 * m;
            int icon = IconNone;
            switch (model.Kind)
            {
                case ScreenKind.Idle:
                    AddFitted(model.Title, w, FitBody, LineNormal, RankReference);
                    AddFitted(ScreenText.Ready, w, FitHeadline, LineHeadline, RankMain);
                    AddTerminal(model, w);
                    break;
                case ScreenKind.Invoice:
                    // A QR screen without a (placeable) QR: say so rather than show an amount nobody can pay.
                    AddHeader(model.Title, w);
                    AddFitted(qrTooLong ? ScreenText.QrTooLong : ScreenText.Rejected, w, FitHeadline, LineHeadline, RankMain);
                    AddAmount(model.Amount, w);
                    AddFitted(model.Reference, w, FitBody, LineNormal, RankReference);
                    break;
                case ScreenKind.Paid:
                    icon = IconTick;
                    AddHeader(model.Title, w);
                    // The tick says "paid"; the amount is the largest text (the headline stays body-sized when
                    // the amount can be drawn larger).
                    AddFitted(ScreenText.Paid, w, _style.AmountScale > 1 ? FitBody : FitHeadline, LineHeadline, RankMain);
                    AddAmount(model.Amount, w);
                    AddFitted(model.Reference, w, FitBody, LineNormal, RankReference);
                    if (model.Detail != null && model.Detail.Length > 0)
                    {
                        AddFitted(ScreenText.TransactionPrefix + model.Detail, w, FitSmall, LineNormal, RankReference);
                    }
                    break;
                case ScreenKind.Expired:
                    icon = IconCross;
                    AddStatusScreen(model.Title, ScreenText.Expired, ScreenText.ExpiredDetail, model.Reference, w);
                    break;
                case ScreenKind.Cancelled:
                    icon = IconCross;
                    AddStatusScreen(model.Title, ScreenText.Cancelled, ScreenText.CancelledDetail, model.Reference, w);
                    break;
                case ScreenKind.Rejected:
                    icon = IconCross;
                    AddStatusScreen(model.Title, ScreenText.Rejected, model.Reason != null ? model.Reason : ScreenText.RejectedDefault, model.Detail, w);
                    break;
                case ScreenKind.Offline:
                    AddStatusScreen(model.Title, ScreenText.Offline, model.Reason != null ? model.Reason : ScreenText.OfflineDefault, model.Detail, w);
                    break;
                case ScreenKind.Error:
                    AddStatusScreen(model.Title, ScreenText.Error, model.Reason, model.Detail, w);
                    break;
                case ScreenKind.Setup:
                    AddHeader(model.Title, w);
                    AddFitted(ScreenText.Setup, w, FitHeadline, LineHeadline, RankMain);
                    AddFitted(ScreenText.TerminalPrefix + (model.TerminalId != null ? model.TerminalId : "?"), w, FitBody, LineNormal, RankStatus);
                    AddFitted(model.Reason != null ? model.Reason : ScreenText.SetupDefault, w, FitBody, LineNormal, RankStatus);
                    AddFitted(model.Detail, w, FitBody, LineNormal, RankReference);
                    break;
                case ScreenKind.Connecting:
                    AddFitted(model.Title, w, FitBody, LineNormal, RankReference);
                    AddFitted(ScreenText.Connecting, w, FitHeadline, LineHeadline, RankMain);
                    AddTerminal(model, w);
                    break;
                default:
                    AddHeader(model.Title, w);
                    AddFitted(ScreenText.Boot, w, FitHeadline, LineHeadline, RankMain);
                    AddTerminal(model, w);
                    break;
            }
            if (model.Offline && model.Kind != ScreenKind.Offline)
            {
                Add(ScreenText.OfflineMarker, _style.Body, 1, 1, LineMarker, RankStatus);
            }
            DrawStack(frame, m, w, icon);
        }

        // The hospital/counter name at the top of the column, where the style has room for it.
        /// <summary>Header, headline, a status line and a detail line: the layout every outcome and fault screen shares.</summary>
        private void AddStatusScreen(string title, string headline, string status, string detail, int w)
        {
            AddHeader(title, w);
            AddFitted(headline, w, FitHeadline, LineHeadline, RankMain);
            AddFitted(status, w, FitBody, LineNormal, RankStatus);
            AddFitted(detail, w, FitBody, LineNormal, RankReference);
        }

        private void AddHeader(string title, int width)
        {
            if (_style.Header)
            {
                AddFitted(title, width, _style.SmallHeader ? FitSmall : FitBody, LineHeader, RankHeader);
            }
        }

        // The amount, largest first, set tight: the amount font at the style's scale, else narrower but still
        // as tall (scale 1 × AmountScale); then the small font; then the number and the dong sign on two lines;
        // last, the generic fitting (which cuts).
        private void AddAmount(long amount, int width)
        {
            if (amount <= 0)
            {
                return;
            }
            string text = VndFormat.Format(amount);
            if (AddAmountLine(text, width))
            {
                return;
            }
            int space = text.LastIndexOf(' ');
            string number = text.Substring(0, space);
            if (AddAmountLine(number, width))
            {
                int sx = _scaleX[_count - 1];
                int sy = _scaleY[_count - 1];
                Add(text.Substring(space + 1), _font[_count - 1], sx, sy, _kind[_count - 1], RankMain, false);
                return;
            }
            // Never cut an amount: break it after a thousands dot, in the small font, over as many lines as needed.
            BitmapFont f = _style.Small;
            int start = 0;
            bool first = true;
            while (start < text.Length)
            {
                int end = text.Length;
                while (end > start && TextRenderer.MeasureTight(f, text.Substring(start, end - start), 1, 1, false) > width)
                {
                    // Back to just after the previous dot before end.
                    int dot = end - 2;
                    while (dot >= start && text[dot] != '.')
                    {
                        dot--;
                    }
                    end = dot >= start ? dot + 1 : start;
                }
                if (end == start)
                {
                    // Not even one group fits: the column is absurdly narrow; show nothing rather than a wrong number.
                    return;
                }
                Add(text.Substring(start, end - start).Trim(), f, 1, 1, LineAmount, RankMain, first);
                first = false;
                start = end;
            }
        }

        private bool AddAmountLine(string text, int width)
        {
            BitmapFont f = _style.AmountFont;
            int gap = _style.AmountGap;
            int sy = _style.AmountScale;
            for (int sx = sy; sx >= 1; sx--)
            {
                // Stretched taller than wide, strokes get thin: try it bold first.
                if (sx < sy && TextRenderer.MeasureTight(f, text, sx, gap, true) <= width)
                {
                    Add(text, f, sx, sy, LineAmountBold, RankMain);
                    return true;
                }
                if (TextRenderer.MeasureTight(f, text, sx, gap, false) <= width)
                {
                    // Widest that fits; as tall as the style allows.
                    Add(text, f, sx, sy, LineAmount, RankMain);
                    return true;
                }
            }
            if (f != _style.Small && TextRenderer.MeasureTight(_style.Small, text, 1, 1, false) <= width)
            {
                Add(text, _style.Small, 1, 1, LineAmount, RankMain);
                return true;
            }
            return false;
        }

        private void AddTerminal(ScreenModel model, int width)
        {
            if (model.TerminalId != null && model.TerminalId.Length > 0)
            {
                AddFitted(ScreenText.TerminalPrefix + model.TerminalId, width, FitBody, LineNormal, RankExtra);
            }
        }

        private void Add(string text, BitmapFont font, int scaleX, int scaleY, int kind, int rank)
        {
            Add(text, font, scaleX, scaleY, kind, rank, true);
        }

        // newGroup false: the line belongs with the one added before it.
        private void Add(string text, BitmapFont font, int scaleX, int scaleY, int kind, int rank, bool newGroup)
        {
            if (newGroup)
            {
                _groups++;
            }
            if (_count == MaxLines || text == null)
            {
                return;
            }
            _text[_count] = text;
            _font[_count] = font;
            _scaleX[_count] = scaleX;
            _scaleY[_count] = scaleY;
            _kind[_count] = kind;
            _rank[_count] = rank;
            _group[_count] = _groups;
            _count++;
        }

        // Starting at the size for fit (headline, body or small): the first size the text fits, else two
        // wrapped small lines, the second cut.
        private void AddFitted(string text, int width, int fit, int kind, int rank)
        {
            if (text == null || text.Length == 0)
            {
                return;
            }
            text = VietText.Compose(text);
            if (fit == FitHeadline && TextRenderer.Measure(_style.Big, text, _style.BigScale) <= width)
            {
                Add(text, _style.Big, _style.BigScale, _style.BigScale, kind, rank);
                return;
            }
            if (fit != FitSmall && TextRenderer.Measure(_style.Body, text, 1) <= width)
            {
                Add(text, _style.Body, 1, 1, kind, rank);
                return;
            }
            BitmapFont f = _style.Small;
            if (TextRenderer.Measure(f, text, 1) <= width)
            {
                Add(text, f, 1, 1, kind, rank);
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
            Add(text.Substring(0, cut), f, 1, 1, kind, rank);
            string rest = text.Substring(cut).Trim();
            if (rest.Length > perLine)
            {
                rest = rest.Substring(0, perLine - 2) + "..";
            }
            Add(rest, f, 1, 1, kind, rank, false);
        }

        private int LineHeight(int i)
        {
            int h = _font[i].Height * _scaleY[i];
            return _kind[i] == LineMarker ? h + 2 : h;
        }

        // Height of the header block (lines, rule, gaps) or 0, and of the body stack.
        private int HeaderHeight()
        {
            int h = 0;
            for (int i = 0; i < _count && _kind[i] == LineHeader; i++)
            {
                h += LineHeight(i) + (i > 0 ? HeaderLineGap : 0);
            }
            // The lines (a wrapped name stays together), a gap, the 1-px rule and a gap below it.
            return h == 0 ? 0 : h + 2 * _style.Gap + 1;
        }

        private int BodyHeight(bool iconStacked)
        {
            int h = 0;
            int n = 0;
            for (int i = 0; i < _count; i++)
            {
                if (_kind[i] != LineHeader)
                {
                    h += LineHeight(i) + (n > 0 ? _style.Gap : 0);
                    n++;
                }
            }
            return iconStacked ? h + _style.Icon + _style.Gap : h;
        }

        private void RemoveLine(int index)
        {
            for (int i = index; i < _count - 1; i++)
            {
                _text[i] = _text[i + 1];
                _font[i] = _font[i + 1];
                _scaleX[i] = _scaleX[i + 1];
                _scaleY[i] = _scaleY[i + 1];
                _kind[i] = _kind[i + 1];
                _rank[i] = _rank[i + 1];
                _group[i] = _group[i + 1];
            }
            _count--;
            _text[_count] = null;
        }

        // Removes every line of the group of line index.
        private void RemoveGroup(int index)
        {
            int g = _group[index];
            for (int i = _count - 1; i >= 0; i--)
            {
                if (_group[i] == g)
                {
                    RemoveLine(i);
                }
            }
        }

        private int Need(bool iconStacked)
        {
            int header = HeaderHeight();
            int m = _style.Margin;
            return header > 0 ? m + header + BodyHeight(iconStacked) + m : BodyHeight(iconStacked) + 2 * m;
        }

        private void DrawStack(FrameBuffer frame, int x, int width, int icon)
        {
            bool bg = !_style.DarkUi;
            bool ink = _style.DarkUi;
            int gap = _style.Gap;
            int m = _style.Margin;
            int height = _panel.Height;
            bool stacked = icon != IconNone;
            // Too tall: drop the least important line (last among equals); the stacked icon ranks just above the
            // extras, and rather than vanish it moves into the headline's row.
            while (true)
            {
                if (Need(stacked) <= height || _count == 0)
                {
                    break;
                }
                int worst = 0;
                for (int i = 1; i < _count; i++)
                {
                    if (_rank[i] >= _rank[worst])
                    {
                        worst = i;
                    }
                }
                if (stacked && _rank[worst] <= RankIcon)
                {
                    stacked = false;
                    continue;
                }
                if (_group[0] == _group[_count - 1])
                {
                    // One item left: draw what fits rather than nothing.
                    break;
                }
                RemoveGroup(worst);
            }
            // Dropping lines may have made room for the stacked icon after all.
            if (icon != IconNone && !stacked && Need(true) <= height)
            {
                stacked = true;
            }
            int headerPx = HeaderHeight();
            int y = m;
            int i0 = 0;
            for (; i0 < _count && _kind[i0] == LineHeader; i0++)
            {
                TextRenderer.DrawCentered(frame, _font[i0], _text[i0], x, width, y, 1, ink);
                y += LineHeight(i0) + HeaderLineGap;
            }
            int top = 0;
            if (headerPx > 0)
            {
                frame.FillRect(x, y - HeaderLineGap + gap, width, 1, ink);
                top = m + headerPx;
            }
            int body = BodyHeight(stacked);
            y = top + (height - top - body) / 2;
            if (stacked)
            {
                DrawIcon(frame, icon, x + (width - _style.Icon) / 2, y, _style.Icon, ink);
                y += _style.Icon + gap;
            }
            bool inlineIcon = icon != IconNone && !stacked;
            for (int i = i0; i < _count; i++)
            {
                int h = LineHeight(i);
                int kind = _kind[i];
                if (kind == LineMarker)
                {
                    int mw = TextRenderer.Measure(_font[i], _text[i], 1) + 6;
                    int mx = x + (width - mw) / 2;
                    frame.FillRect(mx, y, mw, h, ink);
                    TextRenderer.Draw(frame, _font[i], _text[i], mx + 3, y + 1, 1, bg);
                }
                else if (kind == LineAmount || kind == LineAmountBold)
                {
                    int gapPx = _font[i] == _style.AmountFont ? _style.AmountGap : 1;
                    if (_amountScaleY == 0)
                    {
                        _amountScaleX = _scaleX[i];
                        _amountScaleY = _scaleY[i];
                    }
                    TextRenderer.DrawTightCentered(frame, _font[i], _text[i], x, width, y, _scaleX[i], _scaleY[i], gapPx, kind == LineAmountBold, ink);
                }
                else if (kind == LineHeadline && inlineIcon)
                {
                    // Icon and headline centred together in one row; the icon as tall as the cap height allows.
                    inlineIcon = false;
                    int size = Math.Min(_style.Icon, _font[i].Ascent * _scaleY[i] - 2);
                    int tw = TextRenderer.Measure(_font[i], _text[i], _scaleX[i]);
                    // Half an icon of space, so a cross never reads as a letter "x".
                    int space = size / 2;
                    int sx = x + (width - size - space - tw) / 2;
                    int iy = y + _font[i].Ascent * _scaleY[i] - size;
                    if (sx >= x)
                    {
                        DrawIcon(frame, icon, sx, iy, size, ink);
                        TextRenderer.Draw(frame, _font[i], _text[i], sx + size + space, y, _scaleX[i], ink);
                    }
                    else
                    {
                        TextRenderer.DrawCentered(frame, _font[i], _text[i], x, width, y, _scaleX[i], ink);
                    }
                }
                else
                {
                    if (kind == LineCountdown)
                    {
                        _hasCountdown = true;
                        _cdX = x;
                        _cdY = y;
                        _cdW = width;
                        _cdFont = _font[i];
                    }
                    TextRenderer.DrawCentered(frame, _font[i], _text[i], x, width, y, _scaleX[i], ink);
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
