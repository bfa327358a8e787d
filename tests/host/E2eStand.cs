using System;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using QrTerminal.Core;
using QrTerminal.Gateway;
using QrTerminal.Simulator;

namespace QrTerminal.Tests
{
    /// <summary>A simulated stand (the real core) against a <see cref="GatewayHarness"/>, with short timings for tests.</summary>
    internal sealed class E2eStand : IDisposable
    {
        public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

        private E2eStand(GatewayHarness gateway, SimulatedStand stand, string outDir)
        {
            Gateway = gateway;
            Stand = stand;
            OutDir = outDir;
        }

        public GatewayHarness Gateway { get; }

        public SimulatedStand Stand { get; }

        public QrTerminal.Simulator.RecordingDisplay Display => Stand.Display;

        public string OutDir { get; }

        /// <summary>Starts a stand on <paramref name="terminal"/> and waits until it is idle.</summary>
        public static E2eStand Start(GatewayHarness g, string terminal = "quay-1", bool pngs = false)
        {
            GatewayOptions o = g.Server.Options;
            string outDir = pngs ? Path.Combine(Path.GetTempPath(), "qrterminal-e2e-" + Guid.NewGuid().ToString("N")) : null;
            var settings = new StandSettings
            {
                BaseUrl = g.BaseUrl,
                TerminalId = terminal,
                Token = GatewayHarness.Token(terminal),
                Allowlist = new[] { o.Merchant.Bin + ":" + o.Merchant.Account },
                ReferenceField = o.ReferenceField,
                LongPollSeconds = 1,
                InvoiceWaitSeconds = 1,
                PollIntervalSeconds = 1,
                BackoffInitialMs = 100,
                BackoffMaxMs = 400,
                PaidSeconds = 2,
                ExpiredSeconds = 1,
                CancelledSeconds = 1,
                RejectedSeconds = 2,
                HeartbeatSeconds = 0,
                MaxTimeoutMs = 2500,
                Seed = 7,
            };
            g.Server.Faults.Delay = TimeSpan.FromSeconds(4);
            var stand = new SimulatedStand(settings, new QrTerminal.Simulator.RecordingDisplay(pngs ? PanelFrameRenderer.For("epd29") : null, outDir));
            stand.Start();
            var e = new E2eStand(g, stand, outDir);
            e.Expect(r => r.Model.Kind == ScreenKind.Idle && !r.Model.Offline, "Idle");
            return e;
        }

        /// <summary>Waits for a screen after <paramref name="after"/>; fails the test naming <paramref name="what"/>.</summary>
        public ScreenRecord Expect(Func<ScreenRecord, bool> match, string what, ScreenRecord after = null)
        {
            ScreenRecord r = Display.WaitFor(match, Patience, after?.Index ?? 0);
            if (r == null)
            {
                string seen = string.Join(" → ", Display.Screens.Select(s => s.Model.Kind + (s.Model.Offline ? "(offline)" : "") +
                    (s.Model.Reason != null ? "[" + s.Model.Reason + "]" : "")).Distinct());
                Assert.Fail($"stand never showed {what}; screens: {seen}; last fault {Stand.Core.LastFault}");
            }
            return r;
        }

        public ScreenRecord ExpectInvoice(string invoiceId, ScreenRecord after = null) =>
            Expect(r => r.Model.Kind == ScreenKind.Invoice && r.Model.InvoiceId == invoiceId && r.Model.QrPayload != null, "the QR of " + invoiceId, after);

        public ScreenRecord ExpectPaid(string invoiceId, ScreenRecord after = null) =>
            Expect(r => r.Model.Kind == ScreenKind.Paid && r.Model.InvoiceId == invoiceId, "Paid for " + invoiceId, after);

        /// <summary>
        /// The safety property over everything the stand showed: Paid only for an invoice the gateway confirmed with its
        /// exact amount; a QR only if it is the gateway's genuine payload for that invoice.
        /// </summary>
        public void AssertSafe()
        {
            foreach (ScreenRecord r in Display.Screens)
            {
                ScreenModel m = r.Model;
                if (m.Kind == ScreenKind.Paid)
                {
                    Invoice inv = Gateway.Server.Service.GetInvoice(m.InvoiceId);
                    Assert.AreEqual(InvoiceStatus.Paid, inv.Status, $"false Paid for {m.InvoiceId}");
                    Assert.AreEqual(inv.Amount, inv.PaidAmount, $"Paid for {m.InvoiceId} without the exact amount");
                    Assert.AreEqual(inv.Amount, m.Amount, $"Paid screen amount for {m.InvoiceId}");
                }
                if (m.QrPayload != null)
                {
                    Assert.AreEqual(Gateway.Server.Service.GetInvoice(m.InvoiceId).QrPayload, m.QrPayload, $"a QR that is not {m.InvoiceId}'s was shown");
                }
            }
            Assert.AreEqual(0, Stand.StepExceptions, "Stand.Step threw");
        }

        public void Dispose()
        {
            Stand.Dispose();
            if (OutDir != null && Directory.Exists(OutDir))
            {
                Directory.Delete(OutDir, recursive: true);
            }
        }
    }
}
