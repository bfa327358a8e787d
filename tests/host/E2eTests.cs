using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using QrTerminal.Core;
using QrTerminal.Gateway;
using QrTerminal.HostKit;
using QrTerminal.Simulator;

namespace QrTerminal.Tests
{
    /// <summary>
    /// End to end over real HTTP on loopback: the dev gateway in process and a simulated stand running the firmware core.
    /// No timing is asserted (latency is reported by the demo timeline and the soak run).
    /// </summary>
    [TestClass]
    public sealed class E2eTests
    {
        [TestMethod]
        public async Task HappyPathShowsTheQrThenPaidThenIdle()
        {
            await using var g = await GatewayHarness.StartAsync();
            using var s = E2eStand.Start(g, pngs: true);
            string id = (await g.CreateInvoice("quay-1", 150000)).GetProperty("id").GetString();
            ScreenRecord qr = s.ExpectInvoice(id);
            Assert.AreEqual(150000, qr.Model.Amount);
            Assert.IsTrue(qr.Model.SecondsLeft > 0);
            // The frame really carries the gateway's QR: an independent decoder reads it back.
            Assert.AreEqual(g.Server.Service.GetInvoice(id).QrPayload, Zbar.DecodeFile(qr.PngPath));
            Assert.AreEqual(HttpStatusCode.OK, await g.Pay(id));
            ScreenRecord paid = s.ExpectPaid(id, qr);
            Assert.AreEqual(150000, paid.Model.Amount);
            s.Expect(r => r.Model.Kind == ScreenKind.Idle, "Idle after Paid", paid);
            Assert.IsTrue(s.Stand.Device.PaidSignals >= 1);
            s.AssertSafe();
        }

        [TestMethod]
        public async Task CancelShowsCancelledThenIdle()
        {
            await using var g = await GatewayHarness.StartAsync();
            using var s = E2eStand.Start(g);
            string id = (await g.CreateInvoice("quay-1", 42000)).GetProperty("id").GetString();
            ScreenRecord qr = s.ExpectInvoice(id);
            Assert.AreEqual(HttpStatusCode.OK, await g.CancelInvoice(id));
            ScreenRecord c = s.Expect(r => r.Model.Kind == ScreenKind.Cancelled && r.Model.QrPayload == null, "Cancelled without QR", qr);
            s.Expect(r => r.Model.Kind == ScreenKind.Idle, "Idle after Cancelled", c);
            s.AssertSafe();
        }

        [TestMethod]
        public async Task ExpiryShowsExpired()
        {
            await using var g = await GatewayHarness.StartAsync();
            using var s = E2eStand.Start(g);
            string id = (await g.CreateInvoice("quay-1", 30000, ttlSeconds: 2)).GetProperty("id").GetString();
            ScreenRecord qr = s.ExpectInvoice(id);
            s.Expect(r => r.Model.Kind == ScreenKind.Expired && r.Model.QrPayload == null, "Expired without QR", qr);
            Assert.AreEqual(HttpStatusCode.Conflict, await g.Pay(id)); // too late: not confirmed
            s.AssertSafe();
        }

        [TestMethod]
        public async Task GatewayRestartMidInvoiceKeepsTheQrAndDeliversPaid()
        {
            string db = GatewayHarness.TempDb();
            await using var g = await GatewayHarness.StartAsync(GatewayHarness.TestOptions(db));
            using var s = E2eStand.Start(g);
            string id = (await g.CreateInvoice("quay-1", 99000)).GetProperty("id").GetString();
            ScreenRecord qr = s.ExpectInvoice(id);
            string url = g.BaseUrl;
            await g.Server.StopAsync();
            // The citizen can still pay: the QR stays up with the offline marker.
            ScreenRecord offline = s.Expect(r => r.Model.Offline && r.Model.Kind == ScreenKind.Invoice && r.Model.QrPayload != null, "the QR with the offline marker", qr);
            await g.RestartOnAsync(url);
            Assert.AreEqual(HttpStatusCode.OK, await g.Pay(id));
            s.ExpectPaid(id, offline);
            s.AssertSafe();
            System.IO.Directory.Delete(System.IO.Path.GetDirectoryName(db), recursive: true);
        }

        [TestMethod]
        [DataRow(GatewayFault.Delay)]
        [DataRow(GatewayFault.Status500)]
        [DataRow(GatewayFault.TruncatedBody)]
        [DataRow(GatewayFault.MalformedJson)]
        [DataRow(GatewayFault.OversizedBody)]
        [DataRow(GatewayFault.OversizedChunked)]
        [DataRow(GatewayFault.WrongContentType)]
        [DataRow(GatewayFault.DropConnection)]
        public async Task TransportFaultDuringAnInvoiceIsSurvivedAndPaidStillArrives(GatewayFault fault)
        {
            await using var g = await GatewayHarness.StartAsync();
            using var s = E2eStand.Start(g);
            string id = (await g.CreateInvoice("quay-1", 120000)).GetProperty("id").GetString();
            ScreenRecord qr = s.ExpectInvoice(id);
            g.Server.Faults.Enqueue("quay-1", fault, fault);
            await GatewayHarness.Until(() => g.Server.Faults.Pending("quay-1") == 0, "the stand to take both faults");
            // While the faults hit, the stand kept this invoice's QR (maybe marked offline) and showed no Paid.
            Assert.IsTrue(s.Display.Screens.Where(r => r.Index > qr.Index).All(r => r.Model.Kind == ScreenKind.Invoice && r.Model.InvoiceId == id),
                "the stand left the invoice screen during " + fault);
            Assert.AreEqual(HttpStatusCode.OK, await g.Pay(id));
            s.ExpectPaid(id, qr);
            s.AssertSafe();
        }

        [TestMethod]
        [DataRow(GatewayFault.ForeignAccount)]
        [DataRow(GatewayFault.WrongAmount)]
        public async Task TamperedPayloadIsRejectedReportedAndNeverShown(GatewayFault fault)
        {
            await using var g = await GatewayHarness.StartAsync();
            using var s = E2eStand.Start(g);
            g.Server.Faults.Enqueue("quay-1", fault);
            string id = (await g.CreateInvoice("quay-1", 150000)).GetProperty("id").GetString();
            ScreenRecord rejected = s.Expect(r => r.Model.Kind == ScreenKind.Rejected, "Rejected");
            Assert.IsNull(rejected.Model.QrPayload);
            Assert.IsFalse(s.Display.Screens.Any(r => r.Model.QrPayload != null), "a tampered QR reached the screen");
            await GatewayHarness.Until(() => g.Server.Service.RecentEvents("quay-1", 20).Any(e => e.Type == "rejected" && e.InvoiceId == id), "the rejected event");
            // The cashier cancels; the next genuine invoice is shown normally.
            await g.CancelInvoice(id);
            string next = (await g.CreateInvoice("quay-1", 150000)).GetProperty("id").GetString();
            s.ExpectInvoice(next, rejected);
            s.AssertSafe();
        }

        [TestMethod]
        public async Task ReplayedOldPaidIsIgnored()
        {
            await using var g = await GatewayHarness.StartAsync();
            using var s = E2eStand.Start(g);
            string first = (await g.CreateInvoice("quay-1", 150000)).GetProperty("id").GetString();
            s.ExpectInvoice(first);
            await g.Pay(first);
            ScreenRecord paid = s.ExpectPaid(first);
            ScreenRecord idle = s.Expect(r => r.Model.Kind == ScreenKind.Idle, "Idle", paid);
            string second = (await g.CreateInvoice("quay-1", 150000)).GetProperty("id").GetString();
            ScreenRecord qr = s.ExpectInvoice(second, idle);
            g.Server.Faults.Enqueue("quay-1", GatewayFault.ReplayOldPaid, GatewayFault.ReplayOldPaid);
            await GatewayHarness.Until(() => g.Server.Faults.Pending("quay-1") == 0, "the replays to be served");
            await g.CancelInvoice(second);
            ScreenRecord cancelled = s.Expect(r => r.Model.Kind == ScreenKind.Cancelled, "Cancelled", qr);
            Assert.IsFalse(s.Display.Screens.Any(r => r.Index > idle.Index && r.Index < cancelled.Index && r.Model.Kind == ScreenKind.Paid),
                "the replayed paid was shown");
            s.AssertSafe();
        }

        [TestMethod]
        public async Task WifiLossKeepsTheQrAndThePaymentShowsWhenTheLinkIsBack()
        {
            await using var g = await GatewayHarness.StartAsync();
            using var s = E2eStand.Start(g);
            string id = (await g.CreateInvoice("quay-1", 64000)).GetProperty("id").GetString();
            ScreenRecord qr = s.ExpectInvoice(id);
            s.Stand.Link.Available = false;
            s.Stand.Link.IsUp = false;
            ScreenRecord offline = s.Expect(r => r.Model.Offline && r.Model.QrPayload != null, "the QR with the offline marker", qr);
            Assert.AreEqual(HttpStatusCode.OK, await g.Pay(id)); // the citizen paid during the outage
            s.Stand.Link.Available = true;
            s.ExpectPaid(id, offline);
            s.AssertSafe();
        }
    }
}
