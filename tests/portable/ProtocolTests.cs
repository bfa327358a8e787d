using System.IO;
using nanoFramework.TestFramework;
using QrTerminal.Core;

namespace QrTerminal.Tests
{
    [TestClass]
    public class ProtocolTests
    {
        private static Fault FaultOf(HttpResult r)
        {
            try
            {
                StateParser.Parse(r);
            }
            catch (ProtocolException e)
            {
                return e.Fault;
            }

            return Fault.None;
        }

        [TestMethod]
        public void ParsesTheDocumentedPaidExample()
        {
            StateDocument d = StateParser.Parse(StandDocs.Json(StandDocs.Paid(43, "INV-20261122-0007", 150000, 150000)));
            Assert.AreEqual(43L, d.Version);
            Assert.AreEqual((int)TerminalState.Paid, (int)d.State);
            Assert.AreEqual("INV-20261122-0007", d.Invoice.Id);
            Assert.AreEqual(150000L, d.Paid.Amount);
            Assert.AreEqual("FT26326123456789", d.Paid.TransactionRef);
            Assert.AreEqual("704", d.Invoice.Currency);
        }

        [TestMethod]
        public void IgnoresUnknownFields()
        {
            string doc = "{\"version\":3,\"state\":\"idle\",\"serverTime\":\"2026-11-22T08:16:20Z\",\"future\":{\"x\":[1,2]}}";
            Assert.AreEqual((int)TerminalState.Idle, (int)StateParser.Parse(StandDocs.Json(doc)).State);
        }

        [TestMethod]
        public void NotModifiedHasNoDocument()
        {
            Assert.IsNull(StateParser.Parse(new HttpResult(304, null, null, 0)));
        }

        [TestMethod]
        public void ClassifiesEveryFault()
        {
            Assert.AreEqual((int)Fault.Unauthorized, (int)FaultOf(StandDocs.Status(401)));
            Assert.AreEqual((int)Fault.HttpStatus, (int)FaultOf(StandDocs.Status(500)));
            Assert.AreEqual((int)Fault.HttpStatus, (int)FaultOf(StandDocs.Status(404)));
            byte[] body = System.Text.Encoding.UTF8.GetBytes(StandDocs.Simple(1, "idle"));
            Assert.AreEqual((int)Fault.BadContentType, (int)FaultOf(new HttpResult(200, "text/html", body, body.Length)));
            Assert.AreEqual((int)Fault.BadContentType, (int)FaultOf(new HttpResult(200, null, body, body.Length)));
            Assert.AreEqual((int)Fault.None, (int)FaultOf(new HttpResult(200, "Application/JSON ; charset=UTF-8", body, body.Length)));
            Assert.AreEqual((int)Fault.MalformedJson, (int)FaultOf(StandDocs.Json("{\"version\":1,")));
            Assert.AreEqual((int)Fault.MalformedJson, (int)FaultOf(StandDocs.Json("[1]")));
            Assert.AreEqual((int)Fault.UnknownState, (int)FaultOf(StandDocs.Json(StandDocs.Simple(1, "refunded"))));
            Assert.AreEqual((int)Fault.MissingField, (int)FaultOf(StandDocs.Json("{\"state\":\"idle\",\"serverTime\":\"2026-11-22T08:16:20Z\"}")));
            Assert.AreEqual((int)Fault.MissingField, (int)FaultOf(StandDocs.Json("{\"version\":0,\"state\":\"idle\",\"serverTime\":\"2026-11-22T08:16:20Z\"}")));
            Assert.AreEqual((int)Fault.MissingField, (int)FaultOf(StandDocs.Json("{\"version\":1,\"state\":\"invoice\",\"serverTime\":\"2026-11-22T08:16:20Z\"}")));
            Assert.AreEqual((int)Fault.MissingField, (int)FaultOf(StandDocs.Json(StandDocs.Swap(StandDocs.Invoice(1, "I", 5, "P", 60), "\"amount\":5", "\"amount\":-5"))));
            Assert.AreEqual((int)Fault.MissingField, (int)FaultOf(StandDocs.Json(StandDocs.Swap(StandDocs.Invoice(1, "I", 5, "P", 60), "08:16:00Z", "tomorrow"))));
            byte[] big = new byte[Protocol.MaxBodyBytes + 1];
            Assert.AreEqual((int)Fault.BodyTooLarge, (int)FaultOf(new HttpResult(200, "application/json", big, big.Length)));
        }

        [TestMethod]
        public void IsoTimeParsesOffsetsAndFractions()
        {
            long z = IsoTime.Parse("2026-11-22T08:15:00Z", "t");
            Assert.AreEqual(1795335300000L, z);
            Assert.AreEqual(z, IsoTime.Parse("2026-11-22T15:15:00+07:00", "t"));
            Assert.AreEqual(z + 250, IsoTime.Parse("2026-11-22T08:15:00.2501234Z", "t"));
            Assert.AreEqual("2026-11-22T08:15:00Z", IsoTime.Format(z));
            Assert.AreEqual("2024-02-29T23:59:59Z", IsoTime.Format(IsoTime.Parse("2024-02-29T23:59:59Z", "t")));
            Assert.AreEqual("1970-01-01T00:00:00Z", IsoTime.Format(0));
            string[] bad = new string[] { "2026-11-22 08:15:00Z", "2026-11-22T08:15:00", "2026-02-30T00:00:00Z", "2026-11-22T24:00:00Z", "2026-11-22T08:15:00+7", "x" };
            for (int i = 0; i < bad.Length; i++)
            {
                string s = bad[i];
                Assert.ThrowsException(typeof(JsonFieldException), () => IsoTime.Parse(s, "t"), s);
            }
        }

        [TestMethod]
        public void PathsFollowTheProtocol()
        {
            Assert.AreEqual("/api/v1/terminals/quay-03/state?since=42&wait=25", Protocol.StatePath("quay-03", 42, 25));
            Assert.AreEqual("/api/v1/terminals/quay-03/events", Protocol.EventsPath("quay-03"));
            Assert.AreEqual(35000, Protocol.StateTimeoutMs(25));
            Assert.IsTrue(Protocol.IsValidTerminalId("Quay_3-b"));
            Assert.IsFalse(Protocol.IsValidTerminalId("quay/3"));
            Assert.IsFalse(Protocol.IsValidTerminalId(new string('a', 33)));
        }

        [TestMethod]
        public void BoundedBodyRefusesDeclaredOversizeWithoutReading()
        {
            CountingStream s = new CountingStream(9000);
            int n;
            Assert.ThrowsException(typeof(TransportException), () => BoundedBody.Read(s, 9000, Protocol.MaxBodyBytes, out n));
            Assert.AreEqual(0, s.BytesRead, "nothing read when Content-Length already says too much");
        }

        [TestMethod]
        public void BoundedBodyStopsAnUndeclaredOversizeJustPastTheLimit()
        {
            CountingStream s = new CountingStream(1000000);
            int n;
            Assert.ThrowsException(typeof(TransportException), () => BoundedBody.Read(s, -1, Protocol.MaxBodyBytes, out n));
            Assert.IsTrue(s.BytesRead <= Protocol.MaxBodyBytes + 1, "read " + s.BytesRead.ToString());
            CountingStream liar = new CountingStream(5000);
            Assert.ThrowsException(typeof(TransportException), () => BoundedBody.Read(liar, 100, Protocol.MaxBodyBytes, out n));
            Assert.IsTrue(liar.BytesRead <= 101);
        }

        [TestMethod]
        public void BoundedBodyReadsBodiesUpToTheLimit()
        {
            int n;
            byte[] b = BoundedBody.Read(new CountingStream(Protocol.MaxBodyBytes), -1, Protocol.MaxBodyBytes, out n);
            Assert.AreEqual(Protocol.MaxBodyBytes, n);
            Assert.AreEqual((byte)7, b[Protocol.MaxBodyBytes - 1]);
            BoundedBody.Read(new CountingStream(300), 300, Protocol.MaxBodyBytes, out n);
            Assert.AreEqual(300, n);
        }

        /// <summary>A stream of <c>length</c> bytes of 7, delivered in small chunks, counting what was read.</summary>
        private sealed class CountingStream : Stream
        {
            private readonly long _length;

            public CountingStream(long length)
            {
                _length = length;
            }

            private int _read;

            public int BytesRead
            {
                get { return _read; }
            }

            public override bool CanRead
            {
                get { return true; }
            }

            public override bool CanSeek
            {
                get { return false; }
            }

            public override bool CanWrite
            {
                get { return false; }
            }

            public override long Length
            {
                get { throw new System.NotSupportedException(); }
            }

            public override long Position
            {
                get { return _read; }
                set { throw new System.NotSupportedException(); }
            }

            public override void Flush()
            {
            }

            public override int Read(byte[] buffer, int offset, int count)
            {
                long left = _length - _read;
                int n = count < 700 ? count : 700;
                if (n > left)
                {
                    n = (int)left;
                }

                for (int i = 0; i < n; i++)
                {
                    buffer[offset + i] = 7;
                }

                _read += n;
                return n;
            }

            public override long Seek(long offset, SeekOrigin origin)
            {
                throw new System.NotSupportedException();
            }

            public override void SetLength(long value)
            {
                throw new System.NotSupportedException();
            }

            public override void Write(byte[] buffer, int offset, int count)
            {
                throw new System.NotSupportedException();
            }
        }
    }
}
