using System;
using System.Collections;

namespace QrTerminal.Core
{
    /// <summary>
    /// The stand: a single-threaded state machine that polls the terminal gateway (docs/protocol.md), verifies invoices,
    /// and drives an <see cref="IStandDisplay"/>. It owns no thread and no real time: the device's Main loop and the
    /// host simulator call <see cref="Step"/> repeatedly and sleep for the returned milliseconds; tests do the same
    /// with a fake clock. It never throws out of <see cref="Step"/> for anything a gateway, the network or the display does.
    ///
    /// Safety rules enforced here (each is a test):
    /// a QR is shown only after <see cref="IInvoiceVerifier"/> accepted it; "paid" is shown only for the invoice on
    /// screen, with the exact amount and a newer version; documents not newer than the applied version are ignored
    /// (replay); the countdown uses expiresAt − serverTime measured on the monotonic clock from reception.
    /// </summary>
    public sealed class Stand
    {
        /// <summary>Longest sleep <see cref="Step"/> asks for, so link changes and countdown ticks are noticed promptly.</summary>
        public const int MaxSleepMs = 1000;

        /// <summary>How long one Wi-Fi (re)connection attempt may block.</summary>
        public const int LinkConnectTimeoutMs = 10000;

        /// <summary>Minimum spacing between two state requests, even if a gateway answers 304 at once to a long poll.</summary>
        public const int MinPollSpacingMs = 500;

        /// <summary>Events kept while they cannot be sent; further ones are dropped (and counted).</summary>
        public const int MaxQueuedEvents = 8;

        /// <summary>Events sent per step at most, so telemetry never holds up polling for long.</summary>
        public const int MaxEventsPerStep = 3;

        private readonly StandConfig _config;
        private readonly IStandTransport _transport;
        private readonly IStandDisplay _display;
        private readonly IClock _clock;
        private readonly ILink _link;
        private readonly IInvoiceVerifier _verifier;
        private readonly IDeviceServices _device;
        private readonly Backoff _backoff;
        private readonly ArrayList _events = new ArrayList();

        private StandState _state = StandState.Boot;
        private bool _offline;
        private Fault _lastFault = Fault.None;
        private Fault _lastReportedFault = Fault.None;
        private long _appliedVersion;
        private long _nextNetworkAtMs;
        private long _screenUntilMs;
        private long _nextHeartbeatAtMs;
        private bool _bootReported;
        private int _failures;
        private int _droppedEvents;

        // The verified invoice the stand answers for (on screen, or expired locally and awaiting the gateway's word).
        private InvoiceInfo _current;
        private long _currentVersion;
        private long _deadlineMs;

        // What the current non-invoice screen shows.
        private InvoiceInfo _screenInvoice;
        private PaidInfo _paid;
        private string _reason;
        private string _detail;

        private ScreenModel _shown;

        /// <summary>
        /// Creates the stand and shows the Boot screen. All ports are required. <paramref name="config"/> must come from
        /// <see cref="ConfigParser"/> (validated).
        /// </summary>
        public Stand(StandConfig config, IStandTransport transport, IStandDisplay display, IClock clock, IRandom random,
            ILink link, IInvoiceVerifier verifier, IDeviceServices device)
        {
            if (config == null || transport == null || display == null || clock == null || random == null ||
                link == null || verifier == null || device == null)
            {
                throw new ArgumentNullException("a Stand port is null");
            }

            _config = config;
            _transport = transport;
            _display = display;
            _clock = clock;
            _link = link;
            _verifier = verifier;
            _device = device;
            _backoff = new Backoff(config.BackoffInitialMs, config.BackoffMaxMs, random);
            _nextNetworkAtMs = clock.MonotonicMs;
            Render();
        }

        /// <summary>Current state.</summary>
        public StandState State
        {
            get { return _state; }
        }

        /// <summary>True while the link or the gateway is unreachable (the Offline overlay).</summary>
        public bool Offline
        {
            get { return _offline; }
        }

        /// <summary>Highest document version applied (sent as <c>since</c>).</summary>
        public long AppliedVersion
        {
            get { return _appliedVersion; }
        }

        /// <summary>The last fault of a failed exchange, or None after a success.</summary>
        public Fault LastFault
        {
            get { return _lastFault; }
        }

        /// <summary>Consecutive failed exchanges (reset by a success).</summary>
        public int ConsecutiveFailures
        {
            get { return _failures; }
        }

        /// <summary>Events queued but not yet sent.</summary>
        public int QueuedEvents
        {
            get { return _events.Count; }
        }

        /// <summary>Events dropped because the queue was full or a send failed.</summary>
        public int DroppedEvents
        {
            get { return _droppedEvents; }
        }

        /// <summary>A copy of the screen last passed to the display.</summary>
        public ScreenModel CurrentScreen
        {
            get { return _shown == null ? null : _shown.Clone(); }
        }

        /// <summary>The Setup screen for a bad config (the caller shows it instead of constructing a Stand).</summary>
        public static ScreenModel SetupScreen(ConfigException error, string title)
        {
            ScreenModel m = new ScreenModel();
            m.Kind = ScreenKind.Setup;
            m.Title = title;
            m.Reason = StandText.ConfigInvalid;
            m.Detail = error.Field + ": " + error.Problem;
            return m;
        }

        /// <summary>
        /// Does at most one unit of work: timers (countdown, screen timeouts, local expiry), then, when due, one link
        /// attempt or one state request (which may block up to its timeout), then a few queued events.
        /// Returns how long the caller should sleep before the next call, in [0, <see cref="MaxSleepMs"/>].
        /// </summary>
        public int Step()
        {
            long now = _clock.MonotonicMs;
            if (_state == StandState.Boot)
            {
                _state = StandState.Connecting;
                Render();
            }

            Tick(now);
            if (now >= _nextNetworkAtMs)
            {
                Exchange();
                now = _clock.MonotonicMs;
                Tick(now);
            }

            if (_config.HeartbeatSeconds > 0 && _bootReported && now >= _nextHeartbeatAtMs)
            {
                _nextHeartbeatAtMs = now + (_config.HeartbeatSeconds * 1000L);
                StandEvent hb = NewEvent(StandEvent.TypeHeartbeat);
                hb.FreeHeap = _device.FreeHeapBytes();
                hb.Rssi = _link.Rssi;
                Queue(hb);
            }

            if (!_offline)
            {
                FlushEvents();
                now = _clock.MonotonicMs;
            }

            return SleepHint(now);
        }

        private void Exchange()
        {
            long started = _clock.MonotonicMs;
            if (!_link.IsUp)
            {
                _lastFault = Fault.LinkDown;
                SetOffline(true);
                bool up;
                try
                {
                    up = _link.TryConnect(LinkConnectTimeoutMs);
                }
                catch (Exception)
                {
                    up = false;
                }

                if (!up)
                {
                    Fail(Fault.LinkDown, "Wi-Fi not connected");
                    return;
                }
            }

            int wait = CurrentWaitSeconds(_clock.MonotonicMs);
            HttpResult result;
            try
            {
                result = _transport.GetState(_appliedVersion, wait, Protocol.StateTimeoutMs(wait));
            }
            catch (TransportException e)
            {
                Fail(e.Fault, e.Detail);
                return;
            }
            catch (Exception e)
            {
                Fail(Fault.Network, e.Message);
                return;
            }

            if (result == null)
            {
                Fail(Fault.Network, "no response");
                return;
            }

            StateDocument doc;
            try
            {
                doc = StateParser.Parse(result);
            }
            catch (ProtocolException e)
            {
                if (e.Fault == Fault.UnknownState || e.Fault == Fault.MissingField)
                {
                    // Well-formed but unusable: skip its version so it is not fetched again and again.
                    long v = StateParser.VersionOf(result);
                    if (v > _appliedVersion)
                    {
                        _appliedVersion = v;
                    }
                }

                Fail(e.Fault, e.Detail);
                return;
            }

            long now = _clock.MonotonicMs;
            Succeed();
            if (doc != null)
            {
                Apply(doc, now);
            }
            else if (_state == StandState.Connecting)
            {
                Enter(StandState.Idle, now);
            }

            long spacing = _config.LongPollSeconds == 0 ? _config.PollIntervalSeconds * 1000L : MinPollSpacingMs;
            long next = started + spacing;
            _nextNetworkAtMs = next > now ? next : now;
        }

        private void Apply(StateDocument doc, long now)
        {
            if (doc.Version <= _appliedVersion)
            {
                Report(Fault.StaleVersion, "version " + doc.Version.ToString() + " <= applied " + _appliedVersion.ToString(), null);
                if (_state == StandState.Connecting)
                {
                    Enter(StandState.Idle, now);
                }

                return;
            }

            _appliedVersion = doc.Version;
            switch (doc.State)
            {
                case TerminalState.Idle:
                    _current = null;
                    Enter(StandState.Idle, now);
                    break;
                case TerminalState.Invoice:
                    ApplyInvoice(doc, now);
                    break;
                case TerminalState.Paid:
                    ApplyPaid(doc, now);
                    break;
                case TerminalState.Cancelled:
                    _current = null;
                    _screenInvoice = doc.Invoice;
                    Enter(StandState.Cancelled, now);
                    break;
                case TerminalState.Expired:
                    _current = null;
                    _screenInvoice = doc.Invoice;
                    Enter(StandState.Expired, now);
                    break;
            }
        }

        private void ApplyInvoice(StateDocument doc, long now)
        {
            InvoiceInfo inv = doc.Invoice;
            long left = inv.ExpiresAtMs - doc.ServerTimeMs;
            if (_current != null && _state == StandState.Invoice && _current.Id == inv.Id && _current.Amount == inv.Amount &&
                _current.QrPayload == inv.QrPayload && _current.Reference == inv.Reference)
            {
                // The same verified invoice again (e.g. its expiry moved): keep it, take the new expiry and version.
                _currentVersion = doc.Version;
                _deadlineMs = now + left;
                Tick(now);
                return;
            }

            InvoiceCheck check;
            if (inv.Currency != "704")
            {
                check = InvoiceCheck.Reject("CurrencyNotVnd", StandText.CurrencyNotVnd, "currency " + inv.Currency);
            }
            else
            {
                try
                {
                    check = _verifier.Verify(inv);
                }
                catch (Exception e)
                {
                    check = InvoiceCheck.Reject("VerifierError", StandText.VerifierFailed, e.Message);
                }

                if (check == null)
                {
                    check = InvoiceCheck.Reject("VerifierError", StandText.VerifierFailed, "no verdict");
                }
            }

            if (!check.Accepted)
            {
                _current = null;
                _screenInvoice = inv;
                _reason = check.ReasonText;
                _detail = check.ReasonCode;
                StandEvent e = NewEvent(StandEvent.TypeRejected);
                e.InvoiceId = inv.Id;
                e.Reason = check.ReasonCode;
                e.Detail = check.Detail;
                Queue(e);
                Enter(StandState.Rejected, now);
                return;
            }

            _current = inv;
            _currentVersion = doc.Version;
            _deadlineMs = now + left;
            if (left <= 0)
            {
                _screenInvoice = inv;
                Enter(StandState.Expired, now);
                return;
            }

            Enter(StandState.Invoice, now);
        }

        private void ApplyPaid(StateDocument doc, long now)
        {
            InvoiceInfo current = _current;
            string why = null;
            if (current == null)
            {
                why = "no verified invoice on screen";
            }
            else if (doc.Invoice.Id != current.Id)
            {
                why = "paid names " + doc.Invoice.Id + ", screen shows " + current.Id;
            }
            else if (doc.Paid.Amount != current.Amount || doc.Invoice.Amount != current.Amount)
            {
                why = "paid " + doc.Paid.Amount.ToString() + " for an invoice of " + current.Amount.ToString();
            }
            else if (doc.Version <= _currentVersion)
            {
                why = "paid version not newer than the invoice";
            }

            if (why != null)
            {
                // Keep whatever safe screen is up; the gateway's word alone never paints "paid".
                Report(Fault.StalePaid, why, doc.Invoice.Id);
                if (_state == StandState.Connecting)
                {
                    Enter(StandState.Idle, now);
                }

                return;
            }

            _current = null;
            _screenInvoice = current;
            _paid = doc.Paid;
            Enter(StandState.Paid, now);
            try
            {
                _device.SignalPaid();
            }
            catch (Exception)
            {
                // The buzzer is a courtesy; the screen already says it.
            }
        }

        private void Tick(long now)
        {
            switch (_state)
            {
                case StandState.Invoice:
                    if (now >= _deadlineMs)
                    {
                        // Keep _current: if the gateway later confirms a payment made in time, the stand still shows it.
                        _screenInvoice = _current;
                        Enter(StandState.Expired, now);
                    }
                    else
                    {
                        Render();
                    }

                    break;
                case StandState.Paid:
                case StandState.Expired:
                case StandState.Cancelled:
                case StandState.Rejected:
                    if (now >= _screenUntilMs)
                    {
                        Enter(StandState.Idle, now);
                    }

                    break;
            }
        }

        private void Enter(StandState state, long now)
        {
            _state = state;
            int seconds = 0;
            switch (state)
            {
                case StandState.Paid:
                    seconds = _config.PaidScreenSeconds;
                    break;
                case StandState.Expired:
                    seconds = _config.ExpiredScreenSeconds;
                    break;
                case StandState.Cancelled:
                    seconds = _config.CancelledScreenSeconds;
                    break;
                case StandState.Rejected:
                    seconds = _config.RejectedScreenSeconds;
                    break;
            }

            _screenUntilMs = now + (seconds * 1000L);
            Render();
        }

        private void Succeed()
        {
            _backoff.Reset();
            _failures = 0;
            _lastFault = Fault.None;
            _lastReportedFault = Fault.None;
            SetOffline(false);
            if (!_bootReported)
            {
                _bootReported = true;
                StandEvent boot = NewEvent(StandEvent.TypeBoot);
                boot.Firmware = _device.FirmwareVersion;
                boot.FreeHeap = _device.FreeHeapBytes();
                boot.Rssi = _link.Rssi;
                _events.Insert(0, boot);
                _nextHeartbeatAtMs = _clock.MonotonicMs + (_config.HeartbeatSeconds * 1000L);
            }
        }

        private void Fail(Fault fault, string detail)
        {
            _lastFault = fault;
            _failures++;
            long now = _clock.MonotonicMs;
            _nextNetworkAtMs = now + _backoff.NextDelayMs();
            SetOffline(true);
            Render();
            if (fault != _lastReportedFault)
            {
                // One event per kind of trouble, not one per retry.
                _lastReportedFault = fault;
                Report(fault, detail, _current == null ? null : _current.Id);
            }

            if (_config.RebootAfterFailures > 0 && _failures >= _config.RebootAfterFailures && _state != StandState.Invoice)
            {
                // Watchdog: never while a payable QR is up (the citizen can still pay offline).
                _failures = 0;
                _device.Reboot(FaultText.Code(fault) + " x" + _config.RebootAfterFailures.ToString());
            }
        }

        private void Report(Fault fault, string detail, string invoiceId)
        {
            StandEvent e = NewEvent(StandEvent.TypeError);
            e.Reason = FaultText.Code(fault);
            e.Detail = detail;
            e.InvoiceId = invoiceId;
            Queue(e);
        }

        private void SetOffline(bool offline)
        {
            if (_offline != offline)
            {
                _offline = offline;
                Render();
            }
        }

        private int CurrentWaitSeconds(long now)
        {
            if (_config.LongPollSeconds == 0)
            {
                return 0;
            }

            // Never hold a request past the next local deadline (countdown end, screen timeout): the Step loop is
            // single-threaded, so a long poll would otherwise delay the Expired or Idle screen.
            long wait = _config.LongPollSeconds;
            long until = long.MaxValue;
            if (_state == StandState.Invoice)
            {
                if (_config.InvoiceWaitSeconds < wait)
                {
                    wait = _config.InvoiceWaitSeconds;
                }

                until = _deadlineMs;
            }
            else if (_state == StandState.Paid || _state == StandState.Expired || _state == StandState.Cancelled || _state == StandState.Rejected)
            {
                until = _screenUntilMs;
            }

            if (until != long.MaxValue)
            {
                long left = (until - now + 999) / 1000;
                if (left < wait)
                {
                    wait = left;
                }
            }

            return wait < 1 ? 1 : (int)wait;
        }

        private int SleepHint(long now)
        {
            long due = _nextNetworkAtMs;
            if (_state == StandState.Invoice)
            {
                // Wake for the next countdown second.
                long toNextSecond = (_deadlineMs - now) % 1000;
                long tick = now + (toNextSecond <= 0 ? 1000 : toNextSecond);
                if (tick < due)
                {
                    due = tick;
                }
            }
            else if (_state == StandState.Paid || _state == StandState.Expired || _state == StandState.Cancelled || _state == StandState.Rejected)
            {
                if (_screenUntilMs < due)
                {
                    due = _screenUntilMs;
                }
            }

            long ms = due - now;
            if (ms < 0)
            {
                return 0;
            }

            return ms > MaxSleepMs ? MaxSleepMs : (int)ms;
        }

        private StandEvent NewEvent(string type)
        {
            StandEvent e = new StandEvent();
            e.Type = type;
            e.AtMs = _clock.UtcNowMs;
            if (type == StandEvent.TypeError)
            {
                e.FreeHeap = _device.FreeHeapBytes();
            }

            return e;
        }

        private void Queue(StandEvent e)
        {
            if (_events.Count >= MaxQueuedEvents)
            {
                _droppedEvents++;
                return;
            }

            _events.Add(e);
        }

        private void FlushEvents()
        {
            int sent = 0;
            while (_events.Count > 0 && sent < MaxEventsPerStep)
            {
                StandEvent e = (StandEvent)_events[0];
                _events.RemoveAt(0);
                sent++;
                try
                {
                    int status = _transport.PostEvent(e, Protocol.EventTimeoutMs);
                    if (status < 200 || status > 299)
                    {
                        _droppedEvents++;
                    }
                }
                catch (Exception)
                {
                    // Best effort: drop this one, keep the rest for the next good exchange.
                    _droppedEvents++;
                    return;
                }
            }
        }

        private void Render()
        {
            ScreenModel m = new ScreenModel();
            m.Title = _config.Title;
            m.TerminalId = _config.TerminalId;
            m.Offline = _offline;
            switch (_state)
            {
                case StandState.Boot:
                    m.Kind = ScreenKind.Boot;
                    break;
                case StandState.Setup:
                    m.Kind = ScreenKind.Setup;
                    break;
                case StandState.Connecting:
                    m.Kind = ScreenKind.Connecting;
                    break;
                case StandState.Idle:
                    m.Kind = ScreenKind.Idle;
                    if (_offline)
                    {
                        // Nothing payable on screen: say plainly why nothing happens.
                        m.Kind = _lastFault == Fault.Unauthorized ? ScreenKind.Error : ScreenKind.Offline;
                        m.Reason = _lastFault == Fault.Unauthorized ? StandText.TokenRefused
                            : (_lastFault == Fault.LinkDown ? StandText.WifiDown : StandText.GatewayDown);
                        m.Detail = FaultText.Code(_lastFault);
                    }

                    break;
                case StandState.Invoice:
                    m.Kind = ScreenKind.Invoice;
                    FillInvoice(m, _current);
                    m.QrPayload = _current.QrPayload;
                    long msLeft = _deadlineMs - _clock.MonotonicMs;
                    m.SecondsLeft = msLeft <= 0 ? 0 : (int)((msLeft + 999) / 1000);
                    break;
                case StandState.Paid:
                    m.Kind = ScreenKind.Paid;
                    FillInvoice(m, _screenInvoice);
                    m.Detail = _paid.TransactionRef;
                    break;
                case StandState.Expired:
                    m.Kind = ScreenKind.Expired;
                    FillInvoice(m, _screenInvoice);
                    break;
                case StandState.Cancelled:
                    m.Kind = ScreenKind.Cancelled;
                    FillInvoice(m, _screenInvoice);
                    break;
                case StandState.Rejected:
                    m.Kind = ScreenKind.Rejected;
                    FillInvoice(m, _screenInvoice);
                    m.Reason = _reason;
                    m.Detail = _detail;
                    break;
            }

            if (m.SameAs(_shown))
            {
                return;
            }

            _shown = m;
            try
            {
                _display.Show(m.Clone());
            }
            catch (Exception e)
            {
                // A flaky panel must not stop payments being tracked; report and carry on.
                Report(Fault.Display, e.Message, null);
            }
        }

        private static void FillInvoice(ScreenModel m, InvoiceInfo inv)
        {
            if (inv == null)
            {
                return;
            }

            m.InvoiceId = inv.Id;
            m.Amount = inv.Amount;
            m.Reference = inv.Reference;
            m.Description = inv.Description;
        }
    }
}
