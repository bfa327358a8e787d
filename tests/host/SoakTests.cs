using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using QrTerminal.Gateway;
using QrTerminal.Simulator;

namespace QrTerminal.Tests
{
    /// <summary>A short soak: two stands, random faults on every invoice, the safety and liveness counts must be zero.</summary>
    [TestClass]
    public sealed class SoakTests
    {
        [TestMethod]
        public async Task ShortSoakHasNoFalseAndNoMissedPaids()
        {
            GatewayOptions o = GatewayHarness.TestOptions();
            o.IdleAfterSeconds = 0;
            await using var g = await GatewayHarness.StartAsync(o);
            g.Server.Faults.Delay = TimeSpan.FromSeconds(3);
            var rnd = new Random(3);
            GatewayFault[] faults = { GatewayFault.Status500, GatewayFault.MalformedJson, GatewayFault.OversizedBody, GatewayFault.ReplayOldPaid,
                                      GatewayFault.DropConnection, GatewayFault.TruncatedBody, GatewayFault.WrongContentType, GatewayFault.Delay };
            var run = new SoakRun(g.BaseUrl, GatewayHarness.CashierKey, new[] { o.Merchant.Bin + ":" + o.Merchant.Account }, o.ReferenceField,
                (t, k) =>
                {
                    lock (rnd) { for (int i = 0; i < k; i++) g.Server.Faults.Enqueue(t, faults[rnd.Next(faults.Length)]); }
                    return Task.CompletedTask;
                },
                t =>
                {
                    g.Server.Faults.Enqueue(t, GatewayFault.ForeignAccount);
                    return Task.CompletedTask;
                })
            { FaultRate = 1.0, Seed = 5 };
            SoakReport r = await run.RunAsync(8, new[] { "quay-1", "quay-2" }, GatewayHarness.Token, requestTimeoutCapMs: 2500);
            Assert.AreEqual(0, r.FalsePaids, string.Join("; ", r.Problems));
            Assert.AreEqual(0, r.MissedPaids, string.Join("; ", r.Problems));
            Assert.AreEqual(8, r.Completed, string.Join("; ", r.Problems));
            Assert.IsTrue(r.FaultsInjected >= 8);
            Assert.AreEqual(0, r.Problems.Count, string.Join("; ", r.Problems));
        }
    }
}
