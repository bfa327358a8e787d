using nanoFramework.TestFramework;
using QrTerminal.Core;

namespace QrTerminal.Tests
{
    /// <summary>The stand's state machine against a scripted gateway, a fake clock and a recording display.</summary>
    [TestClass]
    public class StandTests
    {
        private const string Payload = "00020101021238570010A000000727012700069704360113001100012345602080QRIBFTTA5303704540615000053037045802VN6304ABCD";

        private static StandRig WithInvoiceOnScreen()
        {
            StandRig rig = new StandRig();
            rig.Transport.Enqueue(StandDocs.Json(StandDocs.Invoice(1, "INV-1", 150000, Payload, 300)));
            rig.RunScript(10);
            Assert.AreEqual((int)StandState.Invoice, (int)rig.Stand.State, "setup: the invoice must be on screen");
            return rig;
        }

        [TestMethod]
        public void BootShowsBootThenConnectingThenIdle()
        {
            StandRig rig = new StandRig();
            Assert.AreEqual((int)ScreenKind.Boot, (int)rig.Display.Last.Kind, "the constructor shows Boot");
            rig.Transport.Enqueue(StandDocs.Json(StandDocs.Simple(1, "idle")));
            rig.RunScript(5);
            Assert.AreEqual((int)ScreenKind.Connecting, (int)((ScreenModel)rig.Display.Screens[1]).Kind);
            Assert.AreEqual((int)ScreenKind.Idle, (int)rig.Display.Last.Kind);
            Assert.AreEqual((int)StandState.Idle, (int)rig.Stand.State);
            Assert.AreEqual(1L, rig.Stand.AppliedVersion);
            Assert.AreEqual("quay-03", rig.Display.Last.TerminalId);
            Assert.AreEqual("BV Da khoa - Quay 3", rig.Display.Last.Title);
        }

        [TestMethod]
        public void FirstGoodAnswerReportsBootWithFirmwareAndHeap()
        {
            StandRig rig = new StandRig();
            rig.Transport.Enqueue(StandDocs.Json(StandDocs.Simple(1, "idle")));
            rig.RunScript(5);
            Assert.AreEqual(1, rig.Transport.CountEvents(StandEvent.TypeBoot, null));
            StandEvent boot = (StandEvent)rig.Transport.Events[0];
            Assert.AreEqual("1.0.0-test", boot.Firmware);
            Assert.AreEqual(61234L, boot.FreeHeap);
            Assert.AreEqual(-61, boot.Rssi);
        }

        [TestMethod]
        public void NotModifiedAtConnectGoesIdle()
        {
            StandRig rig = new StandRig();
            rig.Step();
            Assert.AreEqual((int)StandState.Idle, (int)rig.Stand.State);
            Assert.AreEqual(0L, rig.Stand.AppliedVersion);
        }

        [TestMethod]
        public void VerifiedInvoiceShowsQrAmountAndServerBasedCountdown()
        {
            StandRig rig = new StandRig();
            rig.Clock.Utc = 0; // the stand's own wall clock is 1970: must not matter
            rig.Transport.Enqueue(StandDocs.Json(StandDocs.Invoice(7, "INV-1", 150000, Payload, 300)));
            rig.RunScript(5);
            ScreenModel s = rig.Display.Last;
            Assert.AreEqual((int)ScreenKind.Invoice, (int)s.Kind);
            Assert.AreEqual(Payload, s.QrPayload);
            Assert.AreEqual(150000L, s.Amount);
            Assert.AreEqual("INV-1", s.InvoiceId);
            Assert.AreEqual("HDINV-1", s.Reference);
            Assert.AreEqual("Vien phi kham benh", s.Description);
            Assert.IsTrue(s.SecondsLeft <= 300 && s.SecondsLeft >= 299, "expiresAt - serverTime = 300 s, got " + s.SecondsLeft.ToString());
            Assert.IsFalse(s.Offline);
            Assert.AreEqual(1, rig.Verifier.Calls);
        }

        [TestMethod]
        public void CountdownTicksOnTheMonotonicClock()
        {
            StandRig rig = WithInvoiceOnScreen();
            int before = rig.Display.Last.SecondsLeft;
            rig.RunFor(30000);
            int after = rig.Display.Last.SecondsLeft;
            Assert.IsTrue(before - after >= 29 && before - after <= 31, "30 s later the countdown is 30 s lower: " + before.ToString() + " -> " + after.ToString());
        }

        [TestMethod]
        public void InvoiceWaitIsShorterSoTheCountdownRefreshes()
        {
            StandRig rig = WithInvoiceOnScreen();
            rig.RunFor(20000);
            int last = (int)rig.Transport.Waits[rig.Transport.Waits.Count - 1];
            Assert.AreEqual(rig.Config.InvoiceWaitSeconds, last);
            Assert.AreEqual(rig.Config.LongPollSeconds, (int)rig.Transport.Waits[0], "idle long poll uses the full wait");
            Assert.AreEqual(Protocol.StateTimeoutMs(last), (int)rig.Transport.Timeouts[rig.Transport.Timeouts.Count - 1], "timeout = wait + 10 s");
        }

        [TestMethod]
        public void PaidForTheInvoiceOnScreenShowsPaidSignalsAndReturnsToIdle()
        {
            StandRig rig = WithInvoiceOnScreen();
            rig.Transport.Enqueue(StandDocs.Json(StandDocs.Paid(2, "INV-1", 150000, 150000)));
            rig.RunScript(10);
            ScreenModel s = rig.Display.Last;
            Assert.AreEqual((int)ScreenKind.Paid, (int)s.Kind);
            Assert.AreEqual(150000L, s.Amount);
            Assert.AreEqual("FT26326123456789", s.Detail);
            Assert.IsNull(s.QrPayload, "the paid screen carries no QR");
            Assert.AreEqual(1, rig.Device.PaidSignals);
            rig.RunFor(60000);
            Assert.AreEqual((int)StandState.Idle, (int)rig.Stand.State);
            Assert.AreEqual((int)ScreenKind.Idle, (int)rig.Display.Last.Kind);
            long paidAt = rig.Display.FirstTime(ScreenKind.Paid, 0);
            long idleAt = rig.Display.FirstTime(ScreenKind.Idle, 0);
            long shownMs = idleAt - paidAt;
            Assert.IsTrue(shownMs >= rig.Config.PaidScreenSeconds * 1000L && shownMs <= (rig.Config.PaidScreenSeconds * 1000L) + 1000,
                "paid stays for the configured time, not longer: " + shownMs.ToString());
        }

        [TestMethod]
        public void PaidForAnotherInvoiceIsNotShown()
        {
            StandRig rig = WithInvoiceOnScreen();
            rig.Transport.Enqueue(StandDocs.Json(StandDocs.Paid(2, "INV-OTHER", 150000, 150000)));
            rig.RunScript(10);
            Assert.IsFalse(rig.Display.Showed(ScreenKind.Paid));
            Assert.AreEqual((int)StandState.Invoice, (int)rig.Stand.State, "the QR stays");
            Assert.AreEqual(0, rig.Device.PaidSignals);
            Assert.AreEqual(1, rig.Transport.CountEvents(StandEvent.TypeError, "StalePaid"));
        }

        [TestMethod]
        public void PaidWithAnotherAmountIsNotShown()
        {
            StandRig rig = WithInvoiceOnScreen();
            rig.Transport.Enqueue(StandDocs.Json(StandDocs.Paid(2, "INV-1", 150000, 149999)));
            rig.Transport.Enqueue(StandDocs.Json(StandDocs.Paid(3, "INV-1", 15000, 15000)));
            rig.RunScript(10);
            Assert.IsFalse(rig.Display.Showed(ScreenKind.Paid));
            Assert.AreEqual(2, rig.Transport.CountEvents(StandEvent.TypeError, "StalePaid"));
        }

        [TestMethod]
        public void PaidWithoutAnInvoiceOnScreenIsNotShown()
        {
            StandRig rig = new StandRig();
            rig.Transport.Enqueue(StandDocs.Json(StandDocs.Paid(5, "INV-1", 150000, 150000)));
            rig.RunScript(10);
            Assert.IsFalse(rig.Display.Showed(ScreenKind.Paid));
            Assert.AreEqual((int)StandState.Idle, (int)rig.Stand.State);
        }

        [TestMethod]
        public void ReplayedPaidIsIgnored()
        {
            StandRig rig = WithInvoiceOnScreen();
            string paid = StandDocs.Paid(2, "INV-1", 150000, 150000);
            rig.Transport.Enqueue(StandDocs.Json(paid));
            rig.Transport.Enqueue(StandDocs.Json(StandDocs.Simple(3, "idle")));
            rig.Transport.Enqueue(StandDocs.Json(StandDocs.Invoice(4, "INV-1", 150000, Payload, 300)));
            rig.Transport.Enqueue(StandDocs.Json(paid)); // an attacker or a buggy proxy replays version 2
            rig.RunScript(20);
            Assert.AreEqual(1, rig.Device.PaidSignals, "only the real confirmation counts");
            Assert.AreEqual((int)StandState.Invoice, (int)rig.Stand.State);
            Assert.AreEqual(4L, rig.Stand.AppliedVersion);
            Assert.AreEqual(1, rig.Transport.CountEvents(StandEvent.TypeError, "StaleVersion"));
        }

        [TestMethod]
        public void SinceCarriesTheAppliedVersion()
        {
            StandRig rig = WithInvoiceOnScreen();
            rig.Step();
            Assert.AreEqual(0L, (long)rig.Transport.Sinces[0]);
            Assert.AreEqual(1L, (long)rig.Transport.Sinces[rig.Transport.Sinces.Count - 1]);
        }

        [TestMethod]
        public void PolicyFailureShowsRejectedNeverTheQrAndReports()
        {
            StandRig rig = new StandRig();
            rig.Transport.Enqueue(StandDocs.Json(StandDocs.Invoice(1, "INV-9", 150000, "000201BAD", 300)));
            rig.Transport.Enqueue(StandDocs.Json(StandDocs.Paid(2, "INV-9", 150000, 150000)));
            rig.RunScript(10);
            Assert.AreEqual(0, rig.Display.QrScreens(), "a rejected payload never reaches the screen");
            Assert.IsTrue(rig.Display.Showed(ScreenKind.Rejected));
            Assert.IsFalse(rig.Display.Showed(ScreenKind.Paid), "paid for a rejected invoice is not shown");
            Assert.AreEqual(1, rig.Transport.CountEvents(StandEvent.TypeRejected, "AccountNotAllowed"));
            ScreenModel rejected = null;
            for (int i = 0; i < rig.Display.Screens.Count; i++)
            {
                ScreenModel s = (ScreenModel)rig.Display.Screens[i];
                if (s.Kind == ScreenKind.Rejected)
                {
                    rejected = s;
                }
            }

            Assert.AreEqual("Tài khoản nhận không được phép", rejected.Reason);
            rig.RunFor((rig.Config.RejectedScreenSeconds * 1000L) + 30000);
            Assert.AreEqual((int)StandState.Idle, (int)rig.Stand.State);
        }

        [TestMethod]
        public void VerifierCrashIsARejection()
        {
            StandRig rig = new StandRig();
            rig.Verifier.Throw = true;
            rig.Transport.Enqueue(StandDocs.Json(StandDocs.Invoice(1, "INV-1", 150000, Payload, 300)));
            rig.RunScript(10);
            Assert.AreEqual((int)StandState.Rejected, (int)rig.Stand.State);
            Assert.AreEqual(0, rig.Display.QrScreens());
        }

        [TestMethod]
        public void NonVndInvoiceIsRejected()
        {
            StandRig rig = new StandRig();
            string doc = StandDocs.Swap(StandDocs.Invoice(1, "INV-1", 150000, Payload, 300), "\"704\"", "\"840\"");
            rig.Transport.Enqueue(StandDocs.Json(doc));
            rig.RunScript(10);
            Assert.AreEqual((int)StandState.Rejected, (int)rig.Stand.State);
            Assert.AreEqual(0, rig.Verifier.Calls);
        }

        [TestMethod]
        public void CancelledAndExpiredDocumentsShowThenReturnToIdle()
        {
            StandRig rig = WithInvoiceOnScreen();
            rig.Transport.Enqueue(StandDocs.Json(StandDocs.WithInvoice(2, "cancelled", "INV-1", 150000)));
            rig.RunScript(10);
            Assert.AreEqual((int)ScreenKind.Cancelled, (int)rig.Display.Last.Kind);
            Assert.IsNull(rig.Display.Last.QrPayload);
            rig.RunFor((rig.Config.CancelledScreenSeconds * 1000L) + 30000);
            Assert.AreEqual((int)StandState.Idle, (int)rig.Stand.State);

            rig.Transport.Enqueue(StandDocs.Json(StandDocs.Invoice(3, "INV-2", 20000, Payload, 300)));
            rig.Transport.Enqueue(StandDocs.Json(StandDocs.WithInvoice(4, "expired", "INV-2", 20000)));
            rig.RunScript(10);
            Assert.AreEqual((int)ScreenKind.Expired, (int)rig.Display.Last.Kind);
            rig.RunFor((rig.Config.ExpiredScreenSeconds * 1000L) + 30000);
            Assert.AreEqual((int)StandState.Idle, (int)rig.Stand.State);
        }

        [TestMethod]
        public void InvoiceExpiresLocallyWhenTheGatewayIsSilent()
        {
            StandRig rig = new StandRig();
            rig.Transport.Enqueue(StandDocs.Json(StandDocs.Invoice(1, "INV-1", 150000, Payload, 60)));
            rig.RunScript(5);
            rig.RunFor(55000);
            Assert.AreEqual((int)StandState.Invoice, (int)rig.Stand.State);
            rig.RunFor(30000);
            long expiredAt = rig.Display.FirstTime(ScreenKind.Expired, 0);
            Assert.IsTrue(expiredAt >= 60000 && expiredAt <= 61100, "expired on time: " + expiredAt.ToString());
            Assert.AreEqual((int)StandState.Idle, (int)rig.Stand.State, "then back to idle");
            AssertNoQrAfter(rig, ScreenKind.Expired);
        }

        [TestMethod]
        public void AlreadyExpiredInvoiceIsNeverShown()
        {
            StandRig rig = new StandRig();
            string doc = StandDocs.Swap(StandDocs.Invoice(1, "INV-1", 150000, Payload, 60), "\"serverTime\":\"2026-11-22T08:15:00Z\"", "\"serverTime\":\"2026-11-22T08:17:00Z\"");
            rig.Transport.Enqueue(StandDocs.Json(doc));
            rig.RunScript(5);
            Assert.AreEqual(0, rig.Display.QrScreens());
            Assert.AreEqual((int)StandState.Expired, (int)rig.Stand.State);
        }

        [TestMethod]
        public void WifiLossKeepsTheQrWithAnOfflineMarkerAndTheResultShowsWhenItReturns()
        {
            StandRig rig = WithInvoiceOnScreen();
            rig.Link.Up = false;
            rig.RunFor(20000);
            ScreenModel s = rig.Display.Last;
            Assert.AreEqual((int)ScreenKind.Invoice, (int)s.Kind);
            Assert.AreEqual(Payload, s.QrPayload, "the citizen can still pay");
            Assert.IsTrue(s.Offline);
            Assert.IsTrue(rig.Link.ConnectAttempts > 0);
            Assert.AreEqual((int)Fault.LinkDown, (int)rig.Stand.LastFault);

            rig.Link.ComesBackOnConnect = true;
            rig.Transport.Enqueue(StandDocs.Json(StandDocs.Paid(2, "INV-1", 150000, 150000)));
            rig.RunScript(40);
            Assert.AreEqual((int)ScreenKind.Paid, (int)rig.Display.Last.Kind);
            Assert.IsFalse(rig.Display.Last.Offline);
            Assert.AreEqual(1, rig.Transport.CountEvents(StandEvent.TypeError, "LinkDown"), "reported once, after the link came back");
        }

        [TestMethod]
        public void ExpiryWhileOfflineShowsExpired()
        {
            StandRig rig = new StandRig();
            rig.Transport.Enqueue(StandDocs.Json(StandDocs.Invoice(1, "INV-1", 150000, Payload, 60)));
            rig.RunScript(5);
            rig.Link.Up = false;
            rig.RunFor(65000);
            long expiredAt = rig.Display.FirstTime(ScreenKind.Expired, 0);
            Assert.IsTrue(expiredAt >= 60000 && expiredAt <= 61100, "expired on time while offline: " + expiredAt.ToString());
            ScreenModel expired = (ScreenModel)rig.Display.Screens[rig.Display.Screens.Count - 1];
            Assert.IsTrue(expired.Offline, "the offline marker stays");
            AssertNoQrAfter(rig, ScreenKind.Expired);
        }

        [TestMethod]
        public void LatePaidForAnInvoiceThatExpiredLocallyIsStillShown()
        {
            StandRig rig = new StandRig();
            rig.Transport.Enqueue(StandDocs.Json(StandDocs.Invoice(1, "INV-1", 150000, Payload, 60)));
            rig.RunScript(5);
            rig.Link.Up = false;
            rig.RunFor(70000);
            Assert.IsTrue(rig.Display.Showed(ScreenKind.Expired));
            rig.Link.Up = true;
            rig.Transport.Enqueue(StandDocs.Json(StandDocs.Paid(2, "INV-1", 150000, 150000)));
            rig.RunScript(40);
            Assert.IsTrue(rig.Display.Showed(ScreenKind.Paid), "the bank confirmed a payment made before expiry");
        }

        [TestMethod]
        public void IdleWhileOfflineSaysWhy()
        {
            StandRig rig = new StandRig();
            rig.Link.Up = false;
            rig.Step();
            rig.Step();
            Assert.AreEqual((int)ScreenKind.Connecting, (int)rig.Display.Last.Kind);
            Assert.IsTrue(rig.Display.Last.Offline);
            rig.Link.Up = true;
            rig.RunFor(5000);
            rig.Link.Up = false;
            rig.RunFor(5000);
            Assert.AreEqual((int)ScreenKind.Offline, (int)rig.Display.Last.Kind);
            Assert.AreEqual(StandText.WifiDown, rig.Display.Last.Reason);
        }

        private static void AssertNoQrAfter(StandRig rig, ScreenKind kind)
        {
            bool after = false;
            for (int i = 0; i < rig.Display.Screens.Count; i++)
            {
                ScreenModel s = (ScreenModel)rig.Display.Screens[i];
                after |= s.Kind == kind;
                Assert.IsFalse(after && s.QrPayload != null, "no QR once the invoice expired");
            }
        }

        private static StandRig SurvivesFault(object fault, string reason)
        {
            StandRig rig = WithInvoiceOnScreen();
            rig.Transport.Enqueue(fault);
            rig.Transport.Enqueue(fault);
            rig.Transport.Enqueue(StandDocs.Json(StandDocs.Paid(2, "INV-1", 150000, 150000)));
            rig.RunScript(60);
            Assert.IsTrue(rig.Display.Showed(ScreenKind.Paid), reason + ": the stand recovers and shows the result");
            bool sawOfflineQr = false;
            for (int i = 0; i < rig.Display.Screens.Count; i++)
            {
                ScreenModel s = (ScreenModel)rig.Display.Screens[i];
                sawOfflineQr |= s.Offline && s.QrPayload == Payload;
            }

            Assert.IsTrue(sawOfflineQr, reason + ": QR kept with the offline marker during the fault");
            Assert.AreEqual(1, rig.Transport.CountEvents(StandEvent.TypeError, reason), reason + " reported once");
            return rig;
        }

        [TestMethod]
        public void SurvivesTimeout()
        {
            SurvivesFault(new TransportException(Fault.Timeout, "no answer in 15 s"), "Timeout");
        }

        [TestMethod]
        public void SurvivesServerError()
        {
            SurvivesFault(StandDocs.Status(500), "HttpStatus");
        }

        [TestMethod]
        public void SurvivesUnauthorized()
        {
            SurvivesFault(StandDocs.Status(401), "Unauthorized");
        }

        [TestMethod]
        public void SurvivesMalformedJson()
        {
            SurvivesFault(StandDocs.Json("{\"version\":2,\"state\":\"paid\""), "MalformedJson");
        }

        [TestMethod]
        public void SurvivesOversizedBodyFromTheTransport()
        {
            SurvivesFault(new TransportException(Fault.BodyTooLarge, "Content-Length 9000 > 8192"), "BodyTooLarge");
        }

        [TestMethod]
        public void SurvivesOversizedBodyHandedOver()
        {
            byte[] big = new byte[Protocol.MaxBodyBytes + 1];
            SurvivesFault(new HttpResult(200, "application/json", big, big.Length), "BodyTooLarge");
        }

        [TestMethod]
        public void SurvivesWrongContentType()
        {
            byte[] html = System.Text.Encoding.UTF8.GetBytes("<html>captive portal</html>");
            SurvivesFault(new HttpResult(200, "text/html", html, html.Length), "BadContentType");
        }

        [TestMethod]
        public void SurvivesUnknownStateAndSkipsIt()
        {
            StandRig rig = WithInvoiceOnScreen();
            rig.Transport.Enqueue(StandDocs.Json(StandDocs.Simple(2, "refunded")));
            rig.Transport.Enqueue(StandDocs.Json(StandDocs.Paid(3, "INV-1", 150000, 150000)));
            rig.RunScript(20);
            Assert.AreEqual(1L, (long)rig.Transport.Sinces[1]);
            Assert.AreEqual(2L, (long)rig.Transport.Sinces[2], "the unusable version is skipped, not fetched again");
            Assert.AreEqual(1, rig.Transport.CountEvents(StandEvent.TypeError, "UnknownState"));
            Assert.IsTrue(rig.Display.Showed(ScreenKind.Paid));
        }

        [TestMethod]
        public void MissingFieldIsAProtocolError()
        {
            StandRig rig = WithInvoiceOnScreen();
            rig.Transport.Enqueue(StandDocs.Json("{\"version\":2,\"state\":\"paid\",\"serverTime\":\"2026-11-22T08:16:05Z\"}"));
            rig.RunScript(20);
            rig.RunFor(10000);
            Assert.AreEqual(1, rig.Transport.CountEvents(StandEvent.TypeError, "MissingField"));
            Assert.IsFalse(rig.Display.Showed(ScreenKind.Paid));
            Assert.AreEqual(2L, rig.Stand.AppliedVersion);
        }

        [TestMethod]
        public void UnauthorizedInIdleShowsTheErrorScreen()
        {
            StandRig rig = new StandRig();
            rig.Transport.Enqueue(StandDocs.Status(401));
            rig.Step();
            Assert.AreEqual((int)ScreenKind.Connecting, (int)rig.Display.Last.Kind);
            rig.Transport.Enqueue(StandDocs.Json(StandDocs.Simple(1, "idle")));
            rig.Transport.Enqueue(StandDocs.Status(401));
            rig.RunScript(20);
            Assert.AreEqual((int)ScreenKind.Error, (int)rig.Display.Last.Kind);
            Assert.AreEqual(StandText.TokenRefused, rig.Display.Last.Reason);
        }

        [TestMethod]
        public void BackoffDoublesUpToTheCapAndResetsAfterSuccess()
        {
            StandRig rig = new StandRig("\"polling\":{\"backoffInitialMs\":1000,\"backoffMaxMs\":8000}");
            rig.Random.PerMille = 1000; // top of each jitter range: the full delay
            rig.Transport.ResponseDelayMs = 0;
            for (int i = 0; i < 6; i++)
            {
                rig.Transport.Enqueue(StandDocs.Status(503));
            }

            long[] startTimes = new long[6];
            int requests = 0;
            long guard = 0;
            while (requests < 6 && guard++ < 1000)
            {
                int before = rig.Transport.Sinces.Count;
                long t = rig.Clock.Now;
                rig.Step();
                if (rig.Transport.Sinces.Count > before)
                {
                    startTimes[requests++] = t;
                }
            }

            long[] expected = new long[] { 1000, 2000, 4000, 8000, 8000 };
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.AreEqual(expected[i], startTimes[i + 1] - startTimes[i], "gap after failure " + (i + 1).ToString());
            }

            Assert.AreEqual(6, rig.Stand.ConsecutiveFailures);
            rig.Transport.Enqueue(StandDocs.Json(StandDocs.Simple(1, "idle")));
            rig.RunScript(20);
            Assert.AreEqual(0, rig.Stand.ConsecutiveFailures);
            Assert.IsFalse(rig.Stand.Offline);
        }

        [TestMethod]
        public void JitterSpreadsRetriesBetweenHalfAndFullDelay()
        {
            Backoff low = new Backoff(1000, 30000, new FakeRandom());
            FakeRandom highRandom = new FakeRandom();
            highRandom.PerMille = 1000;
            Backoff high = new Backoff(1000, 30000, highRandom);
            for (int i = 0; i < 10; i++)
            {
                int l = low.NextDelayMs();
                int h = high.NextDelayMs();
                Assert.AreEqual(h / 2, l, "low end is half the delay");
                Assert.IsTrue(h <= 30000, "capped");
            }

            Assert.AreEqual(30000, high.NextDelayMs());
        }

        [TestMethod]
        public void PlainPollingUsesWaitZeroAndTheInterval()
        {
            StandRig rig = new StandRig("\"polling\":{\"longPollSeconds\":0,\"pollIntervalSeconds\":3}");
            rig.Transport.ResponseDelayMs = 0;
            rig.RunFor(10000);
            Assert.AreEqual(0, (int)rig.Transport.Waits[0]);
            Assert.IsTrue(rig.Transport.Sinces.Count >= 3 && rig.Transport.Sinces.Count <= 4, "one request per 3 s: " + rig.Transport.Sinces.Count.ToString());
        }

        [TestMethod]
        public void WatchdogRebootsAfterConsecutiveFailuresButNotWhileAQrIsUp()
        {
            StandRig rig = WithInvoiceOnScreen();
            rig.Link.Up = false;
            rig.RunFor(200000);
            Assert.IsTrue(rig.Stand.ConsecutiveFailures > 0);
            Assert.AreEqual(0, rig.Device.Reboots, "never reboot away a payable QR");

            StandRig idle = new StandRig("\"device\":{\"rebootAfterFailures\":5}");
            idle.Link.Up = false;
            idle.RunFor(200000);
            Assert.IsTrue(idle.Device.Reboots >= 1);
            Assert.StartsWith("LinkDown", idle.Device.RebootReason);
        }

        [TestMethod]
        public void DisplayFailureDoesNotStopTheStand()
        {
            StandRig rig = new StandRig();
            rig.Display.Throw = true;
            rig.Transport.Enqueue(StandDocs.Json(StandDocs.Invoice(1, "INV-1", 150000, Payload, 300)));
            rig.Transport.Enqueue(StandDocs.Json(StandDocs.Paid(2, "INV-1", 150000, 150000)));
            rig.RunScript(10);
            Assert.AreEqual((int)StandState.Paid, (int)rig.Stand.State);
            Assert.IsTrue(rig.Transport.CountEvents(StandEvent.TypeError, "Display") >= 1);
        }

        [TestMethod]
        public void EventsAreBestEffortAndBounded()
        {
            StandRig rig = new StandRig();
            rig.Transport.FailEvents = true;
            for (int i = 0; i < 20; i++)
            {
                rig.Transport.Enqueue(StandDocs.Json(StandDocs.Invoice(i + 1, "INV-" + i.ToString(), 1000, "000201BAD" + i.ToString(), 300)));
            }

            rig.RunScript(100);
            Assert.AreEqual((int)StandState.Rejected, (int)rig.Stand.State, "event failures never block the screen");
            Assert.IsTrue(rig.Stand.QueuedEvents <= Stand.MaxQueuedEvents);
            Assert.IsTrue(rig.Stand.DroppedEvents > 0);
        }

        [TestMethod]
        public void HeartbeatCarriesHeapAndRssi()
        {
            StandRig rig = new StandRig("\"device\":{\"heartbeatSeconds\":60}");
            rig.RunFor(200000);
            Assert.IsTrue(rig.Transport.CountEvents(StandEvent.TypeHeartbeat, null) >= 2);
            StandEvent hb = null;
            for (int i = 0; i < rig.Transport.Events.Count; i++)
            {
                StandEvent e = (StandEvent)rig.Transport.Events[i];
                if (e.Type == StandEvent.TypeHeartbeat)
                {
                    hb = e;
                }
            }

            Assert.AreEqual(61234L, hb.FreeHeap);
            Assert.AreEqual(-61, hb.Rssi);
        }

        [TestMethod]
        public void SameInvoiceAgainKeepsTheScreenAndTakesTheNewExpiry()
        {
            StandRig rig = WithInvoiceOnScreen();
            rig.Transport.Enqueue(StandDocs.Json(StandDocs.Invoice(2, "INV-1", 150000, Payload, 600)));
            rig.RunScript(5);
            Assert.AreEqual(1, rig.Verifier.Calls, "not verified twice");
            Assert.IsTrue(rig.Display.Last.SecondsLeft > 590);
            rig.Transport.Enqueue(StandDocs.Json(StandDocs.Paid(3, "INV-1", 150000, 150000)));
            rig.RunScript(5);
            Assert.AreEqual((int)StandState.Paid, (int)rig.Stand.State);
        }

        [TestMethod]
        public void SetupScreenNamesTheBadField()
        {
            ConfigException error = null;
            try
            {
                ConfigParser.Parse(StandDocs.Swap(StandDocs.Config(null), "quay-03", "quay 03"));
            }
            catch (ConfigException e)
            {
                error = e;
            }

            Assert.IsNotNull(error);
            ScreenModel setup = Stand.SetupScreen(error, "BV");
            Assert.AreEqual((int)ScreenKind.Setup, (int)setup.Kind);
            Assert.StartsWith("backend.terminalId", setup.Detail);
        }
    }
}
