using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using QrTerminal.Core;

namespace QrTerminal.Tests
{
    /// <summary>
    /// Single-character mutations of valid payloads (flip, insert, delete, change a length digit). Every mutant must be
    /// rejected with VietQrException and nothing else; a mutant that parses is only tolerated if an independent CRC
    /// confirms it (a real CRC collision), and the run shows there are none.
    /// </summary>
    [TestClass]
    public class VietQrMutationTests
    {
        public TestContext TestContext { get; set; }

        // Characters a mutation may write: all printable ASCII, controls, and non-ASCII a scanner could deliver.
        private static readonly char[] Pool = Enumerable.Range(0x20, 0x5F).Select(i => (char)i)
            .Concat(new[] { '\0', '\t', '\n', '\r', '\u007F', '\u00A0', '\u00E9', '\u0111', '\u1EC7', '\u20AB', '\uFFFD' }).ToArray();

        private static string[] Seeds()
        {
            var seeds = new List<string>(VietQrTestVectors.Valid) { VietQrTestVectors.NapasStaticAccount };
            var b = new VietQrBuilder
            {
                Bin = "963388", Account = "ABC123", Amount = 9999999999999, Mcc = "8062", MerchantName = "BV DEMO",
                City = "HUE", BillNumber = "B1", ReferenceLabel = "R1", TerminalLabel = "T1", Purpose = "P1",
            };
            seeds.Add(b.Build());
            return seeds.ToArray();
        }

        private enum Kind { Flip, Insert, Delete, LengthDigit }

        private static string Mutate(string s, Random rng, out Kind kind)
        {
            while (true)
            {
                kind = (Kind)rng.Next(4);
                switch (kind)
                {
                    case Kind.Flip:
                    {
                        int at = rng.Next(s.Length);
                        char c = Pool[rng.Next(Pool.Length)];
                        if (c == s[at]) continue;
                        return s[..at] + c + s[(at + 1)..];
                    }
                    case Kind.Insert:
                    {
                        int at = rng.Next(s.Length + 1);
                        return s[..at] + Pool[rng.Next(Pool.Length)] + s[at..];
                    }
                    case Kind.Delete:
                    {
                        int at = rng.Next(s.Length);
                        return s[..at] + s[(at + 1)..];
                    }
                    default:
                    {
                        int[] digits = LengthDigitPositions(s);
                        int at = digits[rng.Next(digits.Length)];
                        char c = (char)('0' + rng.Next(10));
                        if (c == s[at]) continue;
                        return s[..at] + c + s[(at + 1)..];
                    }
                }
            }
        }

        /// <summary>Positions of every LEN digit at the root and inside the templates 26–51, 62, 64, 80–99 (walked here, not by the parser).</summary>
        private static int[] LengthDigitPositions(string s)
        {
            var positions = new List<int>();
            void Walk(int start, int end, bool root)
            {
                int pos = start;
                while (pos + 4 <= end)
                {
                    int id = int.Parse(s.AsSpan(pos, 2));
                    int len = int.Parse(s.AsSpan(pos + 2, 2));
                    positions.Add(pos + 2);
                    positions.Add(pos + 3);
                    bool template = root ? (id >= 26 && id <= 51) || id == 62 || id == 64 || id >= 80 : id == 1 && s.Substring(start, 2) == "00" && s.Substring(start + 4, 10) == "A000000727";
                    if (template)
                    {
                        Walk(pos + 4, pos + 4 + len, false);
                    }
                    pos += 4 + len;
                }
            }
            Walk(0, s.Length, true);
            return positions.ToArray();
        }

        [TestMethod]
        public void TwentyThousandSingleMutationsAreAllRejectedWithTheTypedException()
        {
            string[] seeds = Seeds();
            var rng = new Random(20250604);
            var reasons = new Dictionary<string, int>();
            var kinds = new Dictionary<Kind, int>();
            int parsed = 0;
            const int Count = 20000;
            for (int n = 0; n < Count; n++)
            {
                string seed = seeds[n % seeds.Length];
                string mutant = Mutate(seed, rng, out Kind kind);
                kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
                Assert.AreNotEqual(seed, mutant);
                try
                {
                    VietQrPayload p = VietQrParser.Parse(mutant);
                    // Honest fallback: only a genuine CRC collision may parse.
                    Assert.AreEqual(VietQrTestVectors.ReferenceCrc(mutant[..^4]).ToString("X4"), mutant[^4..], $"parsed without a valid CRC: {mutant}");
                    Assert.AreEqual(mutant, p.Raw);
                    parsed++;
                }
                catch (VietQrException e)
                {
                    string code = VietQrErrorText.Code(e.Error);
                    reasons[code] = reasons.GetValueOrDefault(code) + 1;
                }
                catch (Exception e)
                {
                    Assert.Fail($"{kind} mutant threw {e.GetType().Name}: {e.Message}\n{mutant}");
                }
            }
            TestContext.WriteLine($"{Count} mutants ({string.Join(", ", kinds.Select(k => $"{k.Key} {k.Value}"))}); parsed {parsed}; " +
                string.Join(", ", reasons.OrderByDescending(r => r.Value).Select(r => $"{r.Key} {r.Value}")));
            Assert.AreEqual(0, parsed, "no single-character mutation of a valid payload should still verify");
            Assert.IsTrue(kinds.Values.All(v => v > Count / 8), "every mutation kind is exercised");
        }

        [TestMethod]
        public void ReSignedMutantsExerciseTheStructuralChecksWithoutStrayExceptions()
        {
            // The same mutations with the CRC recomputed, so the TLV walker and field checks see them instead of the CRC.
            string[] seeds = Seeds();
            var rng = new Random(42);
            var reasons = new Dictionary<string, int>();
            int parsed = 0;
            const int Count = 20000;
            for (int n = 0; n < Count; n++)
            {
                string seed = seeds[n % seeds.Length];
                string body = Mutate(seed[..^8], rng, out Kind kind);
                string mutant = VietQrTestVectors.Sign(body);
                try
                {
                    VietQrPayload p = VietQrParser.Parse(mutant);
                    Assert.AreEqual(mutant[^4..], p.Crc);
                    parsed++;
                }
                catch (VietQrException e)
                {
                    Assert.IsNotNull(e.Message);
                    string code = VietQrErrorText.Code(e.Error);
                    reasons[code] = reasons.GetValueOrDefault(code) + 1;
                }
                catch (Exception e)
                {
                    Assert.Fail($"{kind} re-signed mutant threw {e.GetType().Name}: {e.Message}\n{mutant}");
                }
            }
            TestContext.WriteLine($"{Count} re-signed mutants; parsed {parsed}; " +
                string.Join(", ", reasons.OrderByDescending(r => r.Value).Select(r => $"{r.Key} {r.Value}")));
            Assert.IsTrue(reasons.Count >= 10, "the structural mutants reach many distinct reasons");
        }

        [TestMethod]
        public void RandomTextNeverEscapesAsAnotherException()
        {
            // Random strings, half of them given the header and a valid CRC so they get past the envelope.
            var rng = new Random(7);
            for (int n = 0; n < 10000; n++)
            {
                int length = rng.Next(0, 120);
                var chars = new char[length];
                for (int i = 0; i < length; i++)
                {
                    chars[i] = rng.Next(3) == 0 ? (char)('0' + rng.Next(10)) : Pool[rng.Next(Pool.Length)];
                }
                string text = new string(chars);
                string payload = n % 2 == 0 ? text : VietQrTestVectors.Sign("000201" + text);
                try
                {
                    VietQrParser.Parse(payload);
                }
                catch (VietQrException)
                {
                }
            }
        }
    }
}
