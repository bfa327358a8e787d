using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace QrTerminal.Gateway;

/// <summary>The HTTP surface of docs/protocol.md: stand endpoints, cashier/HIS endpoints, the payOS webhook and dev hooks.</summary>
internal sealed class GatewayEndpoints
{
    private const string JsonType = "application/json; charset=utf-8";
    private readonly GatewayOptions _o;
    private readonly TerminalService _svc;
    private readonly FaultPlan _faults;
    private readonly ILogger _log;

    private GatewayEndpoints(GatewayOptions o, TerminalService svc, FaultPlan faults, ILogger log)
    {
        _o = o;
        _svc = svc;
        _faults = faults;
        _log = log;
    }

    public static void Map(WebApplication app, GatewayOptions o, TerminalService svc, FaultPlan faults)
    {
        var e = new GatewayEndpoints(o, svc, faults, app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("QrTerminal.Gateway"));
        app.Use(e.Errors);
        app.MapGet("/", CashierPage.Write);
        // Stands.
        app.MapGet("/api/v1/terminals/{id}/state", (Func<HttpContext, string, Task>)e.State);
        app.MapPost("/api/v1/terminals/{id}/events", (Func<HttpContext, string, Task>)e.Event);
        // Cashier / HIS.
        app.MapGet("/api/v1/terminals", (Func<HttpContext, Task>)e.Terminals);
        app.MapGet("/api/v1/terminals/{id}/events", (Func<HttpContext, string, Task>)e.Events);
        app.MapPost("/api/v1/terminals/{id}/invoices", (Func<HttpContext, string, Task>)e.CreateInvoice);
        app.MapGet("/api/v1/invoices", (Func<HttpContext, Task>)e.Invoices);
        app.MapGet("/api/v1/invoices/{invoiceId}", (Func<HttpContext, string, Task>)e.GetInvoice);
        app.MapPost("/api/v1/invoices/{invoiceId}/cancel", (Func<HttpContext, string, Task>)e.Cancel);
        app.MapPost("/api/v1/invoices/{invoiceId}/simulate-payment", (Func<HttpContext, string, Task>)e.SimulatePayment);
        app.MapPost("/api/v1/webhooks/payos", (Func<HttpContext, Task>)e.PayOsWebhook);
        app.MapPost("/api/v1/dev/terminals/{id}/faults", (Func<HttpContext, string, Task>)e.AddFaults);
    }

    // ---- stands -------------------------------------------------------------------------------------------------

    private async Task State(HttpContext ctx, string id)
    {
        RequireStand(ctx, id);
        long since = QueryNumber(ctx, "since", 0, long.MaxValue);
        int wait = (int)Math.Min(QueryNumber(ctx, "wait", 0, int.MaxValue), _o.MaxWaitSeconds);
        _svc.Seen(id);
        CancellationToken aborted = ctx.RequestAborted;

        GatewayFault? fault = _faults.TakeTransport(id);
        if (fault != null)
        {
            _log.LogInformation("fault {Fault} on {Terminal}", fault, id);
            if (await TransportFault(ctx, id, fault.Value))
            {
                return;
            }
        }

        long deadline = Environment.TickCount64 + (wait * 1000L);
        TerminalSnapshot snap;
        while (true)
        {
            Task change = _svc.Changes.NextChange(id); // taken before the read: no lost wake-up
            snap = _svc.Snapshot(id);
            long left = deadline - Environment.TickCount64;
            if (snap.Terminal.Version > since || left <= 0)
            {
                break;
            }
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(aborted);
            await Task.WhenAny(change, Task.Delay(TimeSpan.FromMilliseconds(left), cts.Token));
            cts.Cancel();
            if (aborted.IsCancellationRequested)
            {
                return;
            }
        }
        if (snap.Terminal.Version <= since)
        {
            ctx.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        string qrOverride = null;
        if (snap.Terminal.State == States.Invoice && snap.Invoice != null && _faults.TakePayload(id) is GatewayFault pf)
        {
            _log.LogInformation("fault {Fault} on {Terminal}", pf, id);
            qrOverride = TamperedPayload(snap.Invoice, pf);
        }
        byte[] doc = StateDocuments.Write(snap, qrOverride);
        if (snap.Terminal.State == States.Paid)
        {
            _faults.RememberPaid(id, doc);
        }
        await WriteBytes(ctx, 200, JsonType, doc);
    }

    private async Task Event(HttpContext ctx, string id)
    {
        RequireStand(ctx, id);
        JsonElement root = await ReadJson(ctx, _o.MaxEventBytes);
        string type = OptionalString(root, "type", 32);
        if (string.IsNullOrEmpty(type))
        {
            throw new GatewayException(400, "missing_field", "an event needs a \"type\"");
        }
        _svc.RecordEvent(id, type, OptionalString(root, "invoiceId", 64), OptionalString(root, "reason", 64),
            OptionalString(root, "detail", 256), root.GetRawText());
        ctx.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    // ---- cashier / HIS ------------------------------------------------------------------------------------------

    private async Task Terminals(HttpContext ctx)
    {
        RequireCashier(ctx);
        await WriteJson(ctx, 200, w =>
        {
            w.WriteStartObject();
            w.WriteString("serverTime", StateDocuments.Iso(_svc.Now()));
            w.WriteStartArray("terminals");
            foreach (TerminalSnapshot s in _svc.AllSnapshots())
            {
                w.WriteStartObject();
                w.WriteString("id", s.Terminal.Id);
                w.WriteNumber("version", s.Terminal.Version);
                w.WriteString("state", s.Terminal.State);
                w.WriteString("changedAt", StateDocuments.Iso(s.Terminal.ChangedAt));
                DateTimeOffset? seen = _svc.LastSeen(s.Terminal.Id);
                if (seen != null)
                {
                    w.WriteString("lastSeen", StateDocuments.Iso(seen.Value));
                }
                TerminalEvent last = _svc.RecentEvents(s.Terminal.Id, 1).FirstOrDefault();
                if (last != null)
                {
                    w.WriteStartObject("lastEvent");
                    WriteEventFields(w, last);
                    w.WriteEndObject();
                }
                w.WriteNumber("faultsPending", _faults.Pending(s.Terminal.Id));
                if (s.Invoice != null && s.Terminal.State != States.Idle)
                {
                    w.WritePropertyName("invoice");
                    WriteInvoiceRecord(w, s.Invoice);
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private async Task Events(HttpContext ctx, string id)
    {
        RequireCashier(ctx);
        RequireKnownTerminal(id);
        int limit = (int)QueryNumber(ctx, "limit", 1, 500, 50);
        await WriteJson(ctx, 200, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("events");
            foreach (TerminalEvent ev in _svc.RecentEvents(id, limit))
            {
                w.WriteStartObject();
                WriteEventFields(w, ev);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private async Task CreateInvoice(HttpContext ctx, string id)
    {
        RequireCashier(ctx);
        RequireKnownTerminal(id);
        JsonElement body = await ReadJson(ctx, 4096);
        long amount = RequiredWholeNumber(body, "amount");
        int? ttl = body.TryGetProperty("ttlSeconds", out JsonElement t) && t.ValueKind != JsonValueKind.Null
            ? (int)Math.Clamp(WholeNumber(t, "ttlSeconds"), int.MinValue, int.MaxValue)
            : null;
        Invoice inv = _svc.CreateInvoice(id, amount, OptionalString(body, "reference", 64), OptionalString(body, "description", 200), ttl);
        _log.LogInformation("invoice {Invoice} on {Terminal}: {Amount} VND, ref {Reference}", inv.Id, id, inv.Amount, inv.Reference);
        ctx.Response.Headers.Location = "/api/v1/invoices/" + inv.Id;
        await WriteJson(ctx, 201, w => WriteInvoiceRecord(w, inv));
    }

    private async Task Invoices(HttpContext ctx)
    {
        RequireCashier(ctx);
        int limit = (int)QueryNumber(ctx, "limit", 1, 500, 20);
        await WriteJson(ctx, 200, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("invoices");
            foreach (Invoice inv in _svc.RecentInvoices(limit))
            {
                WriteInvoiceRecord(w, inv);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private async Task GetInvoice(HttpContext ctx, string invoiceId)
    {
        RequireCashier(ctx);
        Invoice inv = _svc.GetInvoice(invoiceId);
        await WriteJson(ctx, 200, w => WriteInvoiceRecord(w, inv));
    }

    private async Task Cancel(HttpContext ctx, string invoiceId)
    {
        RequireCashier(ctx);
        Invoice inv = _svc.Cancel(invoiceId);
        _log.LogInformation("invoice {Invoice} cancelled", inv.Id);
        await WriteJson(ctx, 200, w => WriteInvoiceRecord(w, inv));
    }

    private async Task SimulatePayment(HttpContext ctx, string invoiceId)
    {
        RequireDev();
        RequireCashier(ctx);
        Invoice inv = _svc.GetInvoice(invoiceId);
        long amount = inv.Amount;
        string txRef = null;
        if (ctx.Request.ContentLength is > 0 || ctx.Request.Headers.TransferEncoding.Count > 0)
        {
            JsonElement body = await ReadJson(ctx, 4096);
            if (body.TryGetProperty("amount", out JsonElement a) && a.ValueKind != JsonValueKind.Null)
            {
                amount = WholeNumber(a, "amount");
            }
            txRef = OptionalString(body, "transactionRef", 64);
        }
        txRef ??= "SIM" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6));
        PaymentOutcome outcome = _svc.RecordPayment(inv, amount, txRef, "simulated");
        _log.LogInformation("simulated payment {Tx} of {Amount} VND for {Invoice}: {Outcome}", txRef, amount, inv.Id, outcome);
        int status = outcome is PaymentOutcome.Confirmed or PaymentOutcome.Duplicate ? 200 : 409;
        await WriteJson(ctx, status, w =>
        {
            w.WriteStartObject();
            if (status != 200)
            {
                w.WriteString("error", Outcome(outcome));
                w.WriteString("message", $"payment of {amount} VND for {inv.Id} was not confirmed: {Outcome(outcome)}");
            }
            w.WriteString("outcome", Outcome(outcome));
            w.WriteString("transactionRef", txRef);
            w.WritePropertyName("invoice");
            WriteInvoiceRecord(w, _svc.GetInvoice(inv.Id));
            w.WriteEndObject();
        });
    }

    private async Task PayOsWebhook(HttpContext ctx)
    {
        if (string.IsNullOrEmpty(_o.PayOsChecksumKey))
        {
            throw new GatewayException(401, "webhook_disabled", "no payOS checksum key is configured");
        }
        JsonElement body = await ReadJson(ctx, 16 * 1024);
        if (!body.TryGetProperty("data", out JsonElement data) || data.ValueKind != JsonValueKind.Object)
        {
            throw new GatewayException(400, "missing_field", "the webhook needs a \"data\" object");
        }
        string signature = OptionalString(body, "signature", 256);
        if (!PayOsSignature.Verify(data, signature, _o.PayOsChecksumKey))
        {
            _log.LogWarning("payOS webhook with a bad signature refused");
            throw new GatewayException(401, "bad_signature", "signature does not match the data");
        }

        string result;
        string code = OptionalString(body, "code", 16);
        string dataCode = OptionalString(data, "code", 16);
        string status = OptionalString(data, "status", 32);
        if (code != "00" || (dataCode != null && dataCode != "00"))
        {
            result = "not_success";
        }
        else if (string.Equals(status, "UNDERPAID", StringComparison.OrdinalIgnoreCase))
        {
            result = Outcome(PaymentOutcome.Underpaid);
        }
        else
        {
            long orderCode = RequiredWholeNumber(data, "orderCode");
            long amount = RequiredWholeNumber(data, "amount");
            string txRef = OptionalString(data, "reference", 64);
            if (string.IsNullOrEmpty(txRef))
            {
                throw new GatewayException(400, "missing_field", "data.reference (the bank transaction reference) is required");
            }
            PaymentOutcome outcome = _svc.RecordPayment(_svc.FindByOrderCode(orderCode), amount, txRef, "payos");
            _log.LogInformation("payOS webhook {Tx} orderCode {Order} {Amount} VND: {Outcome}", txRef, orderCode, amount, outcome);
            result = Outcome(outcome);
        }
        // 200 for every correctly signed notification, so payOS does not retry what we deliberately ignored.
        await WriteJson(ctx, 200, w =>
        {
            w.WriteStartObject();
            w.WriteBoolean("success", true);
            w.WriteString("outcome", result);
            w.WriteEndObject();
        });
    }

    private async Task AddFaults(HttpContext ctx, string id)
    {
        RequireDev();
        RequireCashier(ctx);
        RequireKnownTerminal(id);
        JsonElement body = await ReadJson(ctx, 4096);
        if (!body.TryGetProperty("faults", out JsonElement list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new GatewayException(400, "missing_field", "expected {\"faults\": [\"Status500\", ...]}");
        }
        var faults = new List<GatewayFault>();
        foreach (JsonElement f in list.EnumerateArray())
        {
            if (f.ValueKind != JsonValueKind.String || !Enum.TryParse(f.GetString(), ignoreCase: true, out GatewayFault kind) ||
                !Enum.IsDefined(kind))
            {
                throw new GatewayException(400, "bad_fault", $"unknown fault {f.GetRawText()}; known: {string.Join(", ", Enum.GetNames<GatewayFault>())}");
            }
            faults.Add(kind);
        }
        if (body.TryGetProperty("delayMs", out JsonElement d))
        {
            _faults.Delay = TimeSpan.FromMilliseconds(Math.Clamp(WholeNumber(d, "delayMs"), 0, 120_000));
        }
        _faults.Enqueue(id, faults.ToArray());
        await WriteJson(ctx, 200, w =>
        {
            w.WriteStartObject();
            w.WriteNumber("pending", _faults.Pending(id));
            w.WriteEndObject();
        });
    }

    // ---- faults -------------------------------------------------------------------------------------------------

    /// <summary>Commits a transport fault. Returns true when the response is finished (or abandoned).</summary>
    private async Task<bool> TransportFault(HttpContext ctx, string id, GatewayFault fault)
    {
        TerminalSnapshot snap = _svc.Snapshot(id);
        switch (fault)
        {
            case GatewayFault.Delay:
                try
                {
                    await Task.Delay(_faults.Delay, ctx.RequestAborted);
                    return false; // then answer normally, long after the stand gave up
                }
                catch (OperationCanceledException)
                {
                    return true;
                }
            case GatewayFault.Status500:
                await WriteError(ctx, 500, "injected", "fault injection: internal error");
                return true;
            case GatewayFault.TruncatedBody:
            {
                byte[] doc = StateDocuments.Write(snap);
                ctx.Response.StatusCode = 200;
                ctx.Response.ContentType = JsonType;
                ctx.Response.ContentLength = doc.Length;
                await ctx.Response.Body.WriteAsync(doc.AsMemory(0, doc.Length / 2));
                await ctx.Response.Body.FlushAsync();
                ctx.Abort();
                return true;
            }
            case GatewayFault.MalformedJson:
                await WriteBytes(ctx, 200, JsonType, Encoding.UTF8.GetBytes(
                    "{\"version\": " + (snap.Terminal.Version + 1) + ", \"state\": \"paid\", \"paid\": {\"amount\": 150000,, }"));
                return true;
            case GatewayFault.OversizedBody:
            case GatewayFault.OversizedChunked:
            {
                byte[] doc = ForgedOversizedPaid(snap);
                ctx.Response.StatusCode = 200;
                ctx.Response.ContentType = JsonType;
                if (fault == GatewayFault.OversizedBody)
                {
                    ctx.Response.ContentLength = doc.Length;
                    await ctx.Response.Body.WriteAsync(doc);
                }
                else
                {
                    for (int i = 0; i < doc.Length; i += 4096)
                    {
                        await ctx.Response.Body.WriteAsync(doc.AsMemory(i, Math.Min(4096, doc.Length - i)));
                        await ctx.Response.Body.FlushAsync();
                    }
                }
                return true;
            }
            case GatewayFault.WrongContentType:
                await WriteBytes(ctx, 200, "text/html; charset=utf-8", StateDocuments.Write(snap));
                return true;
            case GatewayFault.ReplayOldPaid:
                await WriteBytes(ctx, 200, JsonType, _faults.LastPaid(id) ?? FabricatedOldPaid(snap));
                return true;
            case GatewayFault.DropConnection:
                ctx.Abort();
                return true;
            default:
                return false;
        }
    }

    /// <summary>A "paid" for the invoice on screen with a newer version, padded to 64 KB: only the size limit stops it.</summary>
    private static byte[] ForgedOversizedPaid(TerminalSnapshot snap)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, StateDocuments.WriterOptions))
        {
            w.WriteStartObject();
            w.WriteNumber("version", snap.Terminal.Version + 1);
            w.WriteString("state", States.Paid);
            w.WriteString("serverTime", StateDocuments.Iso(snap.ServerTime));
            if (snap.Invoice != null)
            {
                StateDocuments.WriteInvoice(w, snap.Invoice);
                w.WriteStartObject("paid");
                w.WriteNumber("amount", snap.Invoice.Amount);
                w.WriteString("paidAt", StateDocuments.Iso(snap.ServerTime));
                w.WriteString("transactionRef", "FORGED");
                w.WriteEndObject();
            }
            w.WriteString("padding", new string('x', 64 * 1024));
            w.WriteEndObject();
        }
        return ms.ToArray();
    }

    /// <summary>When no paid document was ever sent: an old-looking one (version 1) for some past invoice.</summary>
    private static byte[] FabricatedOldPaid(TerminalSnapshot snap)
    {
        var old = new Invoice("INV-19700101-0001", 1, snap.Terminal.Id, 150000, "HD197001010001", "", "", snap.ServerTime.AddHours(-1),
            snap.ServerTime.AddMinutes(-55), InvoiceStatus.Paid, 150000, snap.ServerTime.AddMinutes(-58), "FT00000000000001");
        return StateDocuments.Write(new TerminalSnapshot(new TerminalRecord(snap.Terminal.Id, 1, States.Paid, old.Id, old.CreatedAt), old, snap.ServerTime));
    }

    private string TamperedPayload(Invoice inv, GatewayFault fault)
    {
        if (fault == GatewayFault.ForeignAccount)
        {
            var thief = new MerchantAccount { Bin = "970415", Account = "888800001234", Name = "NGUYEN VAN A", City = "HA NOI", Mcc = _o.Merchant.Mcc };
            return InvoiceQr.Build(thief, _o.ReferenceField, inv.Amount, inv.Reference);
        }
        long wrong = inv.Amount <= 999_999_999L ? inv.Amount * 10 : inv.Amount - 1;
        return InvoiceQr.Build(_o.Merchant, _o.ReferenceField, wrong, inv.Reference);
    }

    // ---- plumbing -----------------------------------------------------------------------------------------------

    private async Task Errors(HttpContext ctx, Func<Task> next)
    {
        try
        {
            await next();
        }
        catch (GatewayException e)
        {
            if (!ctx.Response.HasStarted)
            {
                await WriteError(ctx, e.Status, e.Code, e.Message);
            }
        }
        catch (BadHttpRequestException e)
        {
            if (!ctx.Response.HasStarted)
            {
                await WriteError(ctx, 400, "bad_request", e.Message);
            }
        }
        catch (OperationCanceledException) when (ctx.RequestAborted.IsCancellationRequested)
        {
            // the client went away
        }
        catch (Exception e)
        {
            _log.LogError(e, "request {Path} failed", ctx.Request.Path);
            if (!ctx.Response.HasStarted)
            {
                await WriteError(ctx, 500, "internal", "internal error");
            }
        }
    }

    private void RequireStand(HttpContext ctx, string id)
    {
        if (!TerminalService.IsValidTerminalId(id))
        {
            throw new GatewayException(400, "bad_terminal_id", "terminal id must match [A-Za-z0-9_-]{1,32}");
        }
        _o.Terminals.TryGetValue(id, out string expected);
        // Compare even for unknown terminals so timing does not reveal which ids exist.
        bool ok = SecretEquals(BearerToken(ctx), expected ?? "") && expected != null;
        if (!ok)
        {
            throw new GatewayException(401, "unauthorized", "missing or wrong bearer token for this terminal");
        }
    }

    private void RequireCashier(HttpContext ctx)
    {
        string given = ctx.Request.Headers["X-Cashier-Key"].FirstOrDefault() ?? BearerToken(ctx);
        if (string.IsNullOrEmpty(_o.CashierKey) || !SecretEquals(given, _o.CashierKey))
        {
            throw new GatewayException(401, "unauthorized", "missing or wrong cashier key");
        }
    }

    private void RequireDev()
    {
        if (!_o.DevEndpoints)
        {
            throw new GatewayException(404, "not_found", "dev endpoints are disabled on this gateway");
        }
    }

    private void RequireKnownTerminal(string id)
    {
        if (!_svc.IsKnown(id))
        {
            throw new GatewayException(404, "not_found", $"no terminal '{id}'");
        }
    }

    private static string BearerToken(HttpContext ctx)
    {
        string h = ctx.Request.Headers.Authorization.FirstOrDefault();
        return h != null && h.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? h.Substring(7).Trim() : null;
    }

    /// <summary>Constant-time comparison; hashing first also hides the secret's length.</summary>
    private static bool SecretEquals(string given, string expected)
    {
        byte[] a = SHA256.HashData(Encoding.UTF8.GetBytes(given ?? ""));
        byte[] b = SHA256.HashData(Encoding.UTF8.GetBytes(expected ?? ""));
        return CryptographicOperations.FixedTimeEquals(a, b) && given != null;
    }

    private static long QueryNumber(HttpContext ctx, string name, long min, long max, long absent = 0)
    {
        string s = ctx.Request.Query[name].FirstOrDefault();
        if (string.IsNullOrEmpty(s))
        {
            return absent;
        }
        if (!long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out long v) || v < min || v > max)
        {
            throw new GatewayException(400, "bad_query", $"{name} must be a whole number from {min} to {max}");
        }
        return v;
    }

    private static async Task<JsonElement> ReadJson(HttpContext ctx, int maxBytes)
    {
        string type = ctx.Request.ContentType;
        if (type == null || !type.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw new GatewayException(400, "bad_content_type", "the body must be application/json");
        }
        if (ctx.Request.ContentLength > maxBytes)
        {
            throw new GatewayException(400, "body_too_large", $"the body must be at most {maxBytes} bytes");
        }
        using var ms = new MemoryStream();
        var buffer = new byte[4096];
        int n;
        while ((n = await ctx.Request.Body.ReadAsync(buffer, ctx.RequestAborted)) > 0)
        {
            ms.Write(buffer, 0, n);
            if (ms.Length > maxBytes)
            {
                throw new GatewayException(400, "body_too_large", $"the body must be at most {maxBytes} bytes");
            }
        }
        try
        {
            using JsonDocument doc = JsonDocument.Parse(ms.ToArray());
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new GatewayException(400, "malformed_json", "the body must be a JSON object");
            }
            return doc.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new GatewayException(400, "malformed_json", "the body is not valid JSON: " + e.Message);
        }
    }

    private static string OptionalString(JsonElement obj, string name, int maxLength)
    {
        if (!obj.TryGetProperty(name, out JsonElement v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (v.ValueKind != JsonValueKind.String)
        {
            throw new GatewayException(400, "bad_field", $"{name} must be a string");
        }
        string s = v.GetString();
        if (s.Length > maxLength)
        {
            throw new GatewayException(400, "bad_field", $"{name} must be at most {maxLength} characters");
        }
        return s;
    }

    private static long RequiredWholeNumber(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out JsonElement v) || v.ValueKind == JsonValueKind.Null)
        {
            throw new GatewayException(400, "missing_field", $"{name} is required");
        }
        return WholeNumber(v, name);
    }

    private static long WholeNumber(JsonElement v, string name)
    {
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt64(out long n))
        {
            throw new GatewayException(400, "bad_field", $"{name} must be a whole number");
        }
        return n;
    }

    private static string Outcome(PaymentOutcome o) => o switch
    {
        PaymentOutcome.Confirmed => "confirmed",
        PaymentOutcome.Duplicate => "duplicate",
        PaymentOutcome.Underpaid => "underpaid",
        PaymentOutcome.Overpaid => "overpaid",
        PaymentOutcome.NotPending => "not_pending",
        PaymentOutcome.UnknownInvoice => "unknown_invoice",
        _ => "unknown",
    };

    private static void WriteInvoiceRecord(Utf8JsonWriter w, Invoice inv)
    {
        w.WriteStartObject();
        w.WriteString("id", inv.Id);
        w.WriteString("terminalId", inv.TerminalId);
        w.WriteNumber("orderCode", inv.OrderCode);
        w.WriteNumber("amount", inv.Amount);
        w.WriteString("currency", "704");
        w.WriteString("reference", inv.Reference);
        w.WriteString("description", inv.Description ?? "");
        w.WriteString("qrPayload", inv.QrPayload);
        w.WriteString("createdAt", StateDocuments.Iso(inv.CreatedAt));
        w.WriteString("expiresAt", StateDocuments.Iso(inv.ExpiresAt));
        w.WriteString("status", inv.Status.ToString().ToLowerInvariant());
        if (inv.Status == InvoiceStatus.Paid)
        {
            w.WriteNumber("paidAmount", inv.PaidAmount);
            w.WriteString("paidAt", StateDocuments.Iso(inv.PaidAt ?? inv.CreatedAt));
            w.WriteString("transactionRef", inv.TransactionRef);
        }
        w.WriteEndObject();
    }

    private static void WriteEventFields(Utf8JsonWriter w, TerminalEvent ev)
    {
        w.WriteString("receivedAt", StateDocuments.Iso(ev.ReceivedAt));
        w.WriteString("type", ev.Type);
        if (ev.InvoiceId != null)
        {
            w.WriteString("invoiceId", ev.InvoiceId);
        }
        if (ev.Reason != null)
        {
            w.WriteString("reason", ev.Reason);
        }
        if (ev.Detail != null)
        {
            w.WriteString("detail", ev.Detail);
        }
    }

    private static Task WriteError(HttpContext ctx, int status, string code, string message) =>
        WriteJson(ctx, status, w =>
        {
            w.WriteStartObject();
            w.WriteString("error", code);
            w.WriteString("message", message);
            w.WriteEndObject();
        });

    private static Task WriteJson(HttpContext ctx, int status, Action<Utf8JsonWriter> write)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, StateDocuments.WriterOptions))
        {
            write(w);
        }
        return WriteBytes(ctx, status, JsonType, ms.ToArray());
    }

    private static async Task WriteBytes(HttpContext ctx, int status, string contentType, byte[] body)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = contentType;
        ctx.Response.ContentLength = body.Length;
        await ctx.Response.Body.WriteAsync(body, ctx.RequestAborted);
    }
}
