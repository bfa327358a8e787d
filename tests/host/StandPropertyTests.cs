using System;
using System.Collections.Generic;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using QrTerminal.Core;

namespace QrTerminal.Tests
{
    /// <summary>
    /// Random gateway behaviour (invoices, payments for any invoice and amount, replays, faults, Wi-Fi loss, time passing)
    /// against the stand. The script keeps the ground truth of what it really confirmed; the stand must never paint
    /// "paid" for anything else, and never a QR that failed the policy.
    /// </summary>
    [TestClass]
    public class StandPropertyTests
    {
        private static readonly long[] Amounts = { 150000, 20000, 999000 };

        [TestMethod]
        public void NeverShowsPaidUnlessTheGatewayConfirmedThatInvoiceAndAmount()
        {
            var op = Gen.Select(Gen.Int[0, 9], Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[0, 3]);
            op.Array[1, 60].Sample(ops =>
            {
                var rig = new StandRig();
                var issued = new HashSet<(string, long)>();     // invoices sent with a good payload
                var confirmed = new HashSet<(string, long)>();  // payments the gateway really confirmed
                int confirmations = 0;                          // how many times it confirmed (an id may be re-issued and paid again)
                var sent = new List<string>();
                long version = 0;
                foreach (var (kind, a, b, c) in ops)
                {
                    string id = "INV-" + a;
                    long amount = Amounts[b];
                    switch (kind)
                    {
                        case 0:
                        case 1:
                        {
                            bool good = c != 0;
                            string doc = StandDocs.Invoice(++version, id, amount, good ? "000201GOOD-" + id : "000201BAD-" + id, 30 + (c * 60));
                            if (good)
                            {
                                issued.Add((id, amount));
                            }

                            Send(rig, sent, doc);
                            break;
                        }

                        case 2:
                        case 3:
                        {
                            long paid = c == 0 ? amount + 1 : amount;
                            string doc = StandDocs.Paid(++version, id, amount, paid);
                            if (paid == amount && issued.Contains((id, amount)))
                            {
                                confirmed.Add((id, amount));
                                confirmations++;
                            }

                            Send(rig, sent, doc);
                            break;
                        }

                        case 4:
                            Send(rig, sent, c switch
                            {
                                0 => StandDocs.Simple(++version, "idle"),
                                1 => StandDocs.WithInvoice(++version, "cancelled", id, amount),
                                _ => StandDocs.WithInvoice(++version, "expired", id, amount),
                            });
                            break;
                        case 5:
                            rig.Transport.Enqueue(c switch
                            {
                                0 => StandDocs.Status(500),
                                1 => new TransportException(Fault.Timeout, "t"),
                                2 => StandDocs.Json("{\"version\":" + (version + 1) + ",\"state\":\"paid\""),
                                _ => StandDocs.Status(401),
                            });
                            rig.RunScript(20);
                            break;
                        case 6:
                            rig.Link.Up = false;
                            for (int i = 0; i <= c; i++)
                            {
                                rig.Step();
                            }

                            rig.Link.Up = true;
                            break;
                        case 7:
                            rig.RunFor((b + 1) * 20000L);
                            break;
                        default:
                            // Replay anything the gateway sent before (a proxy cache, an attacker).
                            if (sent.Count > 0)
                            {
                                rig.Transport.Enqueue(StandDocs.Json(sent[(a * 7 + c) % sent.Count]));
                                rig.RunScript(20);
                            }

                            break;
                    }

                    foreach (ScreenModel s in rig.Display.Screens)
                    {
                        if (s.Kind == ScreenKind.Paid && !confirmed.Contains((s.InvoiceId, s.Amount)))
                        {
                            throw new Exception($"painted paid for {s.InvoiceId} {s.Amount} without a confirmation");
                        }

                        if (s.QrPayload != null && s.QrPayload.Contains("BAD"))
                        {
                            throw new Exception("painted a QR that failed the policy: " + s.QrPayload);
                        }
                    }

                    if (rig.Device.PaidSignals > confirmations)
                    {
                        throw new Exception("buzzed more payments than were confirmed");
                    }
                }
            }, iter: 400);
        }

        private static void Send(StandRig rig, List<string> sent, string doc)
        {
            sent.Add(doc);
            rig.Transport.Enqueue(StandDocs.Json(doc));
            rig.RunScript(20);
        }
    }
}
