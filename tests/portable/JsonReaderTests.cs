using System.Collections;
using nanoFramework.TestFramework;
using QrTerminal.Core;

namespace QrTerminal.Tests
{
    [TestClass]
    public class JsonReaderTests
    {
        [TestMethod]
        public void ParsesNestedValues()
        {
            JsonObject o = JsonReader.ParseObject("{\"a\":1,\"b\":[true,false,null,\"x\"],\"c\":{\"d\":-2.5e1},\"e\":\"\\u0110\\u1ed3ng \\\"q\\\"\\n\"}");
            Assert.AreEqual(1L, o.GetLong("a", 0, 10));
            ArrayList b = o.GetArray("b");
            Assert.AreEqual(4, b.Count);
            Assert.AreEqual(true, (bool)b[0]);
            Assert.IsNull(b[2]);
            Assert.AreEqual("x", (string)b[3]);
            Assert.AreEqual(-25.0, (double)o.GetObject("c").Get("d"));
            Assert.AreEqual("Đồng \"q\"\n", o.GetString("e"));
        }

        [TestMethod]
        public void ParsesUtf8BytesWithBom()
        {
            byte[] bytes = new byte[] { 0xEF, 0xBB, 0xBF, (byte)'{', (byte)'"', (byte)'k', (byte)'"', (byte)':', 0xC4, 0x91 /* not valid JSON: bare bytes */ };
            Assert.ThrowsException(typeof(JsonException), () => JsonReader.Parse(bytes, bytes.Length));
            byte[] ok = System.Text.Encoding.UTF8.GetBytes("\uFEFF{\"k\":\"đ\"}");
            Assert.AreEqual("đ", JsonReader.ParseObject(ok, ok.Length).GetString("k"));
        }

        [TestMethod]
        public void RejectsMalformedJson()
        {
            string[] bad = new string[]
            {
                string.Empty, "{", "}", "{\"a\":}", "{\"a\":1,}", "[1,]", "{'a':1}", "{\"a\":01}", "{\"a\":1.}", "{\"a\":-}",
                "{\"a\":1}x", "{\"a\":tru}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12G4\"}", "{\"a\":\"unterminated}", "{\"a\":1,\"a\":2}",
                "{\"a\":\"tab\there\"}", "{a:1}", "{\"a\":1 /*c*/}", "{\"a\":12345678901234567890}",
            };
            for (int i = 0; i < bad.Length; i++)
            {
                string text = bad[i];
                Assert.ThrowsException(typeof(JsonException), () => JsonReader.Parse(text), "must reject: " + text);
            }
        }

        [TestMethod]
        public void RefusesDeepNesting()
        {
            string deep = new string('[', JsonReader.MaxDepth + 1) + new string(']', JsonReader.MaxDepth + 1);
            Assert.ThrowsException(typeof(JsonException), () => JsonReader.Parse(deep));
            string ok = new string('[', JsonReader.MaxDepth) + new string(']', JsonReader.MaxDepth);
            Assert.IsNotNull(JsonReader.Parse(ok));
        }

        [TestMethod]
        public void TypedAccessorsNameTheField()
        {
            JsonObject o = JsonReader.ParseObject("{\"backend\":{\"port\":\"x\",\"n\":99}}");
            JsonObject backend = o.GetObject("backend");
            JsonFieldException e1 = null;
            try
            {
                backend.GetLong("port", 0, 10);
            }
            catch (JsonFieldException e)
            {
                e1 = e;
            }

            Assert.AreEqual("backend.port", e1.Field);
            Assert.ThrowsException(typeof(JsonFieldException), () => backend.GetLong("n", 0, 10));
            Assert.ThrowsException(typeof(JsonFieldException), () => backend.GetString("missing"));
            Assert.AreEqual("d", backend.GetString("missing", "d"));
        }

        [TestMethod]
        public void WriterEscapesAndReaderRoundTrips()
        {
            StandEvent e = new StandEvent();
            e.Type = StandEvent.TypeRejected;
            e.AtMs = 1795335301000L;
            e.InvoiceId = "INV-\"7\"";
            e.Detail = "line1\nline2\\ \u0001 Sai tài khoản";
            e.FreeHeap = 61234;
            e.Rssi = -61;
            JsonObject back = JsonReader.ParseObject(e.ToJson());
            Assert.AreEqual("rejected", back.GetString("type"));
            Assert.AreEqual("2026-11-22T08:15:01Z", back.GetString("at"));
            Assert.AreEqual(e.InvoiceId, back.GetString("invoiceId"));
            Assert.AreEqual(e.Detail, back.GetString("detail"));
            Assert.AreEqual(61234L, back.GetLong("freeHeap", 0, 1000000));
            Assert.AreEqual(-61L, back.GetLong("rssi", -200, 0));
            Assert.IsFalse(back.Has("firmware"), "absent optional fields are omitted");
        }
    }
}
