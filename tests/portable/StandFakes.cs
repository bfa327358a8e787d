using System;
using System.Collections;
using System.Text;
using QrTerminal.Core;

namespace QrTerminal.Tests
{
    /// <summary>A clock that moves only when told to (or when a fake transport simulates a held request).</summary>
    public sealed class FakeClock : IClock
    {
        /// <summary>Monotonic time, ms.</summary>
        public long Now;

        /// <summary>Wall clock, Unix ms (deliberately unrelated to the gateway's serverTime in tests).</summary>
        public long Utc = 1000000000000L;

        public long MonotonicMs
        {
            get { return Now; }
        }

        public long UtcNowMs
        {
            get { return Utc + Now; }
        }

        public void Advance(long ms)
        {
            Now += ms;
        }
    }

    /// <summary>Deterministic "random": always the same fraction of the range.</summary>
    public sealed class FakeRandom : IRandom
    {
        /// <summary>0 gives the low end of every jitter range, 1000 the high end.</summary>
        public int PerMille;

        public int Next(int maxExclusive)
        {
            if (maxExclusive <= 0)
            {
                return 0;
            }

            int v = (int)((long)(maxExclusive - 1) * PerMille / 1000);
            return v;
        }
    }

    /// <summary>Link that is up unless a test takes it down.</summary>
    public sealed class FakeLink : ILink
    {
        public bool Up = true;
        public bool ComesBackOnConnect;
        public int ConnectAttempts;

        public bool IsUp
        {
            get { return Up; }
        }

        public int Rssi
        {
            get { return -61; }
        }

        public bool TryConnect(int timeoutMs)
        {
            ConnectAttempts++;
            if (ComesBackOnConnect)
            {
                Up = true;
            }

            return Up;
        }
    }

    /// <summary>Records every screen the stand shows.</summary>
    public sealed class RecordingDisplay : IStandDisplay
    {
        public readonly ArrayList Screens = new ArrayList();
        public readonly ArrayList Times = new ArrayList();
        public FakeClock Clock;
        public bool Throw;

        public void Show(ScreenModel model)
        {
            Screens.Add(model);
            Times.Add(Clock == null ? 0L : Clock.Now);
            if (Throw)
            {
                throw new InvalidOperationException("panel busy");
            }
        }

        public ScreenModel Last
        {
            get { return Screens.Count == 0 ? null : (ScreenModel)Screens[Screens.Count - 1]; }
        }

        /// <summary>True when any recorded screen is of <paramref name="kind"/>.</summary>
        public bool Showed(ScreenKind kind)
        {
            for (int i = 0; i < Screens.Count; i++)
            {
                if (((ScreenModel)Screens[i]).Kind == kind)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Fake-clock time of the first screen of <paramref name="kind"/> at or after index <paramref name="from"/>, or -1.</summary>
        public long FirstTime(ScreenKind kind, int from)
        {
            for (int i = from; i < Screens.Count; i++)
            {
                if (((ScreenModel)Screens[i]).Kind == kind)
                {
                    return (long)Times[i];
                }
            }

            return -1;
        }

        /// <summary>How many recorded screens carry a QR payload.</summary>
        public int QrScreens()
        {
            int n = 0;
            for (int i = 0; i < Screens.Count; i++)
            {
                if (((ScreenModel)Screens[i]).QrPayload != null)
                {
                    n++;
                }
            }

            return n;
        }
    }

    /// <summary>Accepts any invoice whose payload does not contain "BAD"; records what it saw.</summary>
    public sealed class FakeVerifier : IInvoiceVerifier
    {
        public int Calls;
        public bool Throw;

        public InvoiceCheck Verify(InvoiceInfo invoice)
        {
            Calls++;
            if (Throw)
            {
                throw new InvalidOperationException("verifier broke");
            }

            if (invoice.QrPayload.IndexOf("BAD") >= 0)
            {
                return InvoiceCheck.Reject("AccountNotAllowed", "Tài khoản nhận không được phép", "970436:999 not in allowlist");
            }

            return InvoiceCheck.Accept();
        }
    }

    /// <summary>Records paid signals and reboot requests.</summary>
    public sealed class FakeDevice : IDeviceServices
    {
        public int PaidSignals;
        public int Reboots;
        public string RebootReason;

        public string FirmwareVersion
        {
            get { return "1.0.0-test"; }
        }

        public long FreeHeapBytes()
        {
            return 61234;
        }

        public void SignalPaid()
        {
            PaidSignals++;
        }

        public void Reboot(string reason)
        {
            Reboots++;
            RebootReason = reason;
        }
    }

    /// <summary>
    /// A gateway that plays a script. Each GetState takes the next entry: an <see cref="HttpResult"/> (returned after
    /// advancing the clock by <see cref="ResponseDelayMs"/>) or a <see cref="TransportException"/> (thrown after the
    /// request timeout has elapsed on the fake clock). An empty script behaves like a long poll with no change: the
    /// clock advances by the wait and 304 comes back.
    /// </summary>
    public sealed class ScriptedTransport : IStandTransport
    {
        private readonly FakeClock _clock;
        private readonly ArrayList _script = new ArrayList();

        public readonly ArrayList Sinces = new ArrayList();
        public readonly ArrayList Waits = new ArrayList();
        public readonly ArrayList Timeouts = new ArrayList();
        public readonly ArrayList Events = new ArrayList();
        public bool FailEvents;
        public long ResponseDelayMs = 50;

        public ScriptedTransport(FakeClock clock)
        {
            _clock = clock;
        }

        public int Remaining
        {
            get { return _script.Count; }
        }

        public void Enqueue(object entry)
        {
            _script.Add(entry);
        }

        public HttpResult GetState(long since, int waitSeconds, int timeoutMs)
        {
            Sinces.Add(since);
            Waits.Add(waitSeconds);
            Timeouts.Add(timeoutMs);
            if (_script.Count == 0)
            {
                _clock.Advance(waitSeconds * 1000L);
                return new HttpResult(304, null, null, 0);
            }

            object next = _script[0];
            _script.RemoveAt(0);
            TransportException te = next as TransportException;
            if (te != null)
            {
                _clock.Advance(te.Fault == Fault.Timeout ? timeoutMs : ResponseDelayMs);
                throw te;
            }

            _clock.Advance(ResponseDelayMs);
            return (HttpResult)next;
        }

        public int PostEvent(StandEvent evt, int timeoutMs)
        {
            if (FailEvents)
            {
                throw new TransportException(Fault.Network, "events endpoint down");
            }

            Events.Add(evt);
            return 204;
        }

        /// <summary>Number of posted events of <paramref name="type"/> (and <paramref name="reason"/> unless null).</summary>
        public int CountEvents(string type, string reason)
        {
            int n = 0;
            for (int i = 0; i < Events.Count; i++)
            {
                StandEvent e = (StandEvent)Events[i];
                if (e.Type == type && (reason == null || e.Reason == reason))
                {
                    n++;
                }
            }

            return n;
        }
    }

    /// <summary>Builders for protocol documents (docs/protocol.md) as the gateway would send them.</summary>
    public static class StandDocs
    {
        public const string ServerTime = "2026-11-22T08:15:00Z";

        public static HttpResult Json(string json)
        {
            byte[] body = Encoding.UTF8.GetBytes(json);
            return new HttpResult(200, "application/json; charset=utf-8", body, body.Length);
        }

        public static HttpResult Status(int status)
        {
            byte[] body = Encoding.UTF8.GetBytes("{\"error\":\"x\",\"message\":\"y\"}");
            return new HttpResult(status, "application/json", body, body.Length);
        }

        public static string Invoice(long version, string id, long amount, string payload, int ttlSeconds)
        {
            return "{\"version\":" + version.ToString() + ",\"state\":\"invoice\",\"serverTime\":\"" + ServerTime + "\"," +
                InvoiceMember(id, amount, payload, ttlSeconds) + "}";
        }

        public static string Paid(long version, string id, long invoiceAmount, long paidAmount)
        {
            return "{\"version\":" + version.ToString() + ",\"state\":\"paid\",\"serverTime\":\"2026-11-22T08:16:05Z\"," +
                InvoiceMember(id, invoiceAmount, "000201PAYLOAD-" + id, 300) +
                ",\"paid\":{\"amount\":" + paidAmount.ToString() + ",\"paidAt\":\"2026-11-22T08:16:04Z\",\"transactionRef\":\"FT26326123456789\"}}";
        }

        public static string Simple(long version, string state)
        {
            return "{\"version\":" + version.ToString() + ",\"state\":\"" + state + "\",\"serverTime\":\"" + ServerTime + "\"}";
        }

        public static string WithInvoice(long version, string state, string id, long amount)
        {
            return "{\"version\":" + version.ToString() + ",\"state\":\"" + state + "\",\"serverTime\":\"" + ServerTime + "\"," +
                InvoiceMember(id, amount, "000201PAYLOAD-" + id, 300) + "}";
        }

        public static string InvoiceMember(string id, long amount, string payload, int ttlSeconds)
        {
            // serverTime is 08:15:00; expiresAt = serverTime + ttl (ttl < 3600 here).
            int minutes = 15 + (ttlSeconds / 60);
            int seconds = ttlSeconds % 60;
            string expires = "2026-11-22T08:" + minutes.ToString("D2") + ":" + seconds.ToString("D2") + "Z";
            return "\"invoice\":{\"id\":\"" + id + "\",\"amount\":" + amount.ToString() + ",\"currency\":\"704\"," +
                "\"reference\":\"HD" + id + "\",\"description\":\"Vien phi kham benh\",\"qrPayload\":\"" + payload + "\"," +
                "\"expiresAt\":\"" + expires + "\"}";
        }

        /// <summary>Replaces the first occurrence of <paramref name="from"/> (string.Replace is not on nanoFramework).</summary>
        public static string Swap(string text, string from, string to)
        {
            int i = text.IndexOf(from);
            if (i < 0)
            {
                throw new System.ArgumentException("test setup: '" + from + "' not found");
            }

            return text.Substring(0, i) + to + text.Substring(i + from.Length);
        }

        /// <summary>A valid config (https, PEM, one allowlist entry) with the given extra top-level members.</summary>
        public static string Config(string extra)
        {
            return "{\"title\":\"BV Da khoa - Quay 3\"," +
                "\"wifi\":{\"ssid\":\"BV-Staff\",\"password\":\"secret-pass\"}," +
                "\"backend\":{\"baseUrl\":\"https://gw.benhvien.local:8443/\",\"terminalId\":\"quay-03\"," +
                "\"token\":\"0123456789abcdef0123\",\"rootCaPem\":\"-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----\\n\"}," +
                "\"panel\":{\"id\":\"ssd1306-128x64\",\"pins\":{\"sda\":21,\"scl\":22}}," +
                "\"policy\":{\"allowlist\":[\"970436:0011000123456\"],\"referenceField\":\"billNumber\"}" +
                (extra == null ? string.Empty : "," + extra) + "}";
        }
    }

    /// <summary>A stand wired to fakes, for the state machine tests.</summary>
    public sealed class StandRig
    {
        public readonly FakeClock Clock = new FakeClock();
        public readonly FakeRandom Random = new FakeRandom();
        public readonly FakeLink Link = new FakeLink();
        public readonly RecordingDisplay Display = new RecordingDisplay();
        public readonly FakeVerifier Verifier = new FakeVerifier();
        public readonly FakeDevice Device = new FakeDevice();
        public readonly ScriptedTransport Transport;
        public readonly StandConfig Config;
        public readonly Stand Stand;

        public StandRig()
            : this(null)
        {
        }

        public StandRig(string configExtra)
        {
            Transport = new ScriptedTransport(Clock);
            Display.Clock = Clock;
            Config = ConfigParser.Parse(StandDocs.Config(configExtra));
            Stand = new Stand(Config, Transport, Display, Clock, Random, Link, Verifier, Device);
        }

        /// <summary>Steps once and sleeps (on the fake clock) as the stand asked.</summary>
        public void Step()
        {
            int sleep = Stand.Step();
            Clock.Advance(sleep);
        }

        /// <summary>Steps until the script is used up (then one more), at most <paramref name="max"/> steps.</summary>
        public void RunScript(int max)
        {
            for (int i = 0; i < max && Transport.Remaining > 0; i++)
            {
                Step();
            }
        }

        /// <summary>Steps until <paramref name="ms"/> of fake time have passed.</summary>
        public void RunFor(long ms)
        {
            long end = Clock.Now + ms;
            int guard = 0;
            while (Clock.Now < end && guard++ < 100000)
            {
                Step();
            }
        }
    }
}
