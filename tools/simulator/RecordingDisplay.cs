using QrTerminal.Core;
using QrTerminal.HostKit;

namespace QrTerminal.Simulator;

/// <summary>One screen the stand showed, with when, and the PNG written for it (or null).</summary>
public sealed record ScreenRecord(int Index, DateTimeOffset At, ScreenModel Model, string PngPath)
{
    /// <summary>
    /// True when this screen differs from <paramref name="previous"/> in what it means (kind, invoice, offline marker,
    /// reason) rather than only in its countdown.
    /// </summary>
    public bool IsChangeFrom(ScreenRecord previous) =>
        previous == null || previous.Model.Kind != Model.Kind || previous.Model.InvoiceId != Model.InvoiceId ||
        previous.Model.Offline != Model.Offline || previous.Model.Reason != Model.Reason || previous.Model.QrPayload != Model.QrPayload;
}

/// <summary>
/// The simulator's <see cref="IStandDisplay"/>: keeps every screen, optionally writes each as a PNG frame
/// (<c>frame-NNN-kind.png</c>) and draws screen changes in a terminal, with a scannable half-block QR.
/// </summary>
public sealed class RecordingDisplay : IStandDisplay
{
    private readonly object _gate = new();
    private readonly List<ScreenRecord> _screens = new();
    private readonly IFrameRenderer _renderer;
    private readonly string _outDir;
    private readonly TextWriter _terminal;
    private readonly int _keep;
    private int _count;
    private ScreenRecord _last;

    /// <param name="renderer">Draws PNG frames; null writes none.</param>
    /// <param name="outDir">Folder for PNG frames (created); null writes none.</param>
    /// <param name="terminal">Where to draw screen changes and QRs for a person; null draws nothing.</param>
    /// <param name="keep">How many screens to keep in memory (older ones are dropped; soak runs keep few).</param>
    public RecordingDisplay(IFrameRenderer renderer = null, string outDir = null, TextWriter terminal = null, int keep = 10_000)
    {
        _renderer = renderer;
        _outDir = outDir;
        _terminal = terminal;
        _keep = keep;
        if (outDir != null)
        {
            Directory.CreateDirectory(outDir);
        }
    }

    /// <summary>Raised on the stand's thread after every screen (including countdown ticks).</summary>
    public event Action<ScreenRecord> Shown;

    /// <summary>Raised on the stand's thread when the screen's meaning changed (see <see cref="ScreenRecord.IsChangeFrom"/>).</summary>
    public event Action<ScreenRecord> Changed;

    /// <summary>The last screen shown, or null.</summary>
    public ScreenRecord Last
    {
        get
        {
            lock (_gate)
            {
                return _last;
            }
        }
    }

    /// <summary>A copy of the kept screens, oldest first.</summary>
    public List<ScreenRecord> Screens
    {
        get
        {
            lock (_gate)
            {
                return new List<ScreenRecord>(_screens);
            }
        }
    }

    /// <summary>
    /// The first kept screen after index <paramref name="afterIndex"/> that matches <paramref name="match"/>, waiting up
    /// to <paramref name="timeout"/> for it; null when none came.
    /// </summary>
    public ScreenRecord WaitFor(Func<ScreenRecord, bool> match, TimeSpan timeout, int afterIndex = 0)
    {
        DateTime end = DateTime.UtcNow + timeout;
        lock (_gate)
        {
            int scanned = afterIndex;
            while (true)
            {
                foreach (ScreenRecord r in _screens)
                {
                    if (r.Index > scanned)
                    {
                        if (match(r))
                        {
                            return r;
                        }
                        scanned = r.Index;
                    }
                }
                TimeSpan left = end - DateTime.UtcNow;
                if (left <= TimeSpan.Zero)
                {
                    return null;
                }
                Monitor.Wait(_gate, left);
            }
        }
    }

    /// <summary>Ignores every later screen (call before stopping a stand, whose shutdown looks like a lost link).</summary>
    public void Freeze() => _frozen = true;

    private volatile bool _frozen;

    public void Show(ScreenModel model)
    {
        if (_frozen)
        {
            return;
        }
        ScreenModel copy = model.Clone();
        DateTimeOffset at = DateTimeOffset.UtcNow;
        ScreenRecord previous;
        ScreenRecord rec;
        lock (_gate)
        {
            previous = _last;
            int index = ++_count;
            string png = null;
            if (_renderer != null && _outDir != null)
            {
                FrameImage f = _renderer.Render(copy);
                png = Path.Combine(_outDir, $"frame-{index:D3}-{ScreenLabels.Name(copy.Kind)}.png");
                Png.Write(png, f.Width, f.Height, (x, y) => f[x, y], scale: f.Zoom);
            }
            rec = new ScreenRecord(index, at, copy, png);
            _last = rec;
            _screens.Add(rec);
            if (_screens.Count > _keep)
            {
                _screens.RemoveAt(0);
            }
            Monitor.PulseAll(_gate);
        }
        bool changed = rec.IsChangeFrom(previous);
        if (changed && _terminal != null)
        {
            Draw(rec, previous);
        }
        Shown?.Invoke(rec);
        if (changed)
        {
            Changed?.Invoke(rec);
        }
    }

    private void Draw(ScreenRecord rec, ScreenRecord previous)
    {
        ScreenModel m = rec.Model;
        string line = $"[{rec.At.ToLocalTime():HH:mm:ss}] {ScreenLabels.Caption(m.Kind)}";
        if (m.Amount > 0)
        {
            line += " · " + ScreenLabels.Vnd(m.Amount);
        }
        if (!string.IsNullOrEmpty(m.Reference))
        {
            line += " · " + m.Reference;
        }
        if (m.Kind == ScreenKind.Invoice && m.SecondsLeft >= 0)
        {
            line += $" · còn {m.SecondsLeft} s";
        }
        if (m.Offline)
        {
            line += " · [mất kết nối]";
        }
        if (!string.IsNullOrEmpty(m.Reason))
        {
            line += " · " + m.Reason;
        }
        if (!string.IsNullOrEmpty(m.Detail))
        {
            line += " (" + m.Detail + ")";
        }
        _terminal.WriteLine(line);
        if (m.QrPayload != null && m.QrPayload != previous?.Model.QrPayload)
        {
            _terminal.Write(TerminalQr.Render(m.QrPayload));
        }
        _terminal.Flush();
    }
}
