using Microsoft.Data.Sqlite;

namespace QrTerminal.Gateway;

/// <summary>
/// SQLite persistence of terminals, invoices, processed payments and events. One connection, used only under the
/// caller's lock (<see cref="TerminalService"/> serialises every write), so there is no cross-connection locking.
/// </summary>
public sealed class GatewayStore : IDisposable
{
    private readonly SqliteConnection _db;

    /// <summary>Opens (and creates) the database at <paramref name="path"/>, or an in-memory one when it is null or empty.</summary>
    public GatewayStore(string path)
    {
        string source = string.IsNullOrEmpty(path) ? ":memory:" : Path.GetFullPath(path);
        if (!string.IsNullOrEmpty(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(source));
        }
        _db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Pooling = false }.ToString());
        _db.Open();
        Exec(string.IsNullOrEmpty(path) ? "PRAGMA journal_mode=MEMORY" : "PRAGMA journal_mode=WAL");
        Exec("""
            CREATE TABLE IF NOT EXISTS terminals (
              id TEXT PRIMARY KEY, version INTEGER NOT NULL, state TEXT NOT NULL, invoice_id TEXT, changed_at INTEGER NOT NULL);
            CREATE TABLE IF NOT EXISTS invoices (
              seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, terminal_id TEXT NOT NULL, amount INTEGER NOT NULL,
              reference TEXT NOT NULL, description TEXT, qr_payload TEXT NOT NULL, created_at INTEGER NOT NULL,
              expires_at INTEGER NOT NULL, status TEXT NOT NULL, paid_amount INTEGER NOT NULL DEFAULT 0, paid_at INTEGER,
              transaction_ref TEXT);
            CREATE INDEX IF NOT EXISTS invoices_pending ON invoices(status, expires_at);
            CREATE TABLE IF NOT EXISTS payments (
              transaction_ref TEXT PRIMARY KEY, invoice_id TEXT, amount INTEGER NOT NULL, received_at INTEGER NOT NULL,
              source TEXT NOT NULL, outcome TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS events (
              seq INTEGER PRIMARY KEY, terminal_id TEXT NOT NULL, received_at INTEGER NOT NULL, type TEXT NOT NULL,
              invoice_id TEXT, reason TEXT, detail TEXT, body TEXT);
            """);
    }

    /// <summary>Makes sure the terminal has a row; a new one starts idle at <paramref name="initialVersion"/>.</summary>
    public void EnsureTerminal(string id, long initialVersion, DateTimeOffset now)
    {
        Exec("INSERT OR IGNORE INTO terminals(id, version, state, invoice_id, changed_at) VALUES ($id, $v, 'idle', NULL, $t)",
            ("$id", id), ("$v", initialVersion), ("$t", now.ToUnixTimeMilliseconds()));
    }

    public TerminalRecord GetTerminal(string id)
    {
        using var cmd = Command("SELECT id, version, state, invoice_id, changed_at FROM terminals WHERE id = $id", ("$id", id));
        using var r = cmd.ExecuteReader();
        return r.Read() ? ReadTerminal(r) : null;
    }

    public List<TerminalRecord> ListTerminals()
    {
        using var cmd = Command("SELECT id, version, state, invoice_id, changed_at FROM terminals ORDER BY id");
        using var r = cmd.ExecuteReader();
        var list = new List<TerminalRecord>();
        while (r.Read())
        {
            list.Add(ReadTerminal(r));
        }
        return list;
    }

    /// <summary>Moves the terminal to <paramref name="state"/> with the next version and returns that version.</summary>
    public long SetTerminalState(string id, string state, string invoiceId, DateTimeOffset now)
    {
        using var cmd = Command(
            "UPDATE terminals SET version = version + 1, state = $s, invoice_id = $i, changed_at = $t WHERE id = $id RETURNING version",
            ("$id", id), ("$s", state), ("$i", invoiceId), ("$t", now.ToUnixTimeMilliseconds()));
        return (long)cmd.ExecuteScalar();
    }

    /// <summary>The next invoice sequence number (also the payOS orderCode).</summary>
    public long NextInvoiceSeq()
    {
        using var cmd = Command("SELECT COALESCE(MAX(seq), 0) + 1 FROM invoices");
        return (long)cmd.ExecuteScalar();
    }

    public void InsertInvoice(Invoice inv)
    {
        Exec("""
            INSERT INTO invoices(seq, id, terminal_id, amount, reference, description, qr_payload, created_at, expires_at, status)
            VALUES ($seq, $id, $term, $amount, $ref, $desc, $qr, $created, $expires, $status)
            """,
            ("$seq", inv.OrderCode), ("$id", inv.Id), ("$term", inv.TerminalId), ("$amount", inv.Amount), ("$ref", inv.Reference),
            ("$desc", inv.Description), ("$qr", inv.QrPayload), ("$created", inv.CreatedAt.ToUnixTimeMilliseconds()),
            ("$expires", inv.ExpiresAt.ToUnixTimeMilliseconds()), ("$status", Name(inv.Status)));
    }

    public Invoice GetInvoice(string id) => QueryInvoices("WHERE id = $k", ("$k", id)).FirstOrDefault();

    public Invoice GetInvoiceByOrderCode(long orderCode) => QueryInvoices("WHERE seq = $k", ("$k", orderCode)).FirstOrDefault();

    /// <summary>Pending invoices whose expiry time is at or before <paramref name="now"/>.</summary>
    public List<Invoice> DueForExpiry(DateTimeOffset now) =>
        QueryInvoices("WHERE status = 'pending' AND expires_at <= $t", ("$t", now.ToUnixTimeMilliseconds()));

    public List<Invoice> RecentInvoices(int limit) => QueryInvoices("ORDER BY seq DESC LIMIT $n", ("$n", limit));

    /// <summary>Changes a pending invoice's status; returns false when it was no longer pending.</summary>
    public bool FinishInvoice(string id, InvoiceStatus status, long paidAmount, DateTimeOffset? paidAt, string transactionRef)
    {
        return Exec("""
            UPDATE invoices SET status = $s, paid_amount = $a, paid_at = $p, transaction_ref = $tx
            WHERE id = $id AND status = 'pending'
            """,
            ("$id", id), ("$s", Name(status)), ("$a", paidAmount), ("$p", paidAt?.ToUnixTimeMilliseconds()), ("$tx", transactionRef)) == 1;
    }

    /// <summary>Records a payment notification; returns false when its transaction reference was already recorded.</summary>
    public bool TryRecordPayment(string transactionRef, string invoiceId, long amount, DateTimeOffset now, string source, PaymentOutcome outcome)
    {
        return Exec("""
            INSERT OR IGNORE INTO payments(transaction_ref, invoice_id, amount, received_at, source, outcome)
            VALUES ($tx, $inv, $a, $t, $src, $o)
            """,
            ("$tx", transactionRef), ("$inv", invoiceId), ("$a", amount), ("$t", now.ToUnixTimeMilliseconds()), ("$src", source),
            ("$o", outcome.ToString())) == 1;
    }

    public void InsertEvent(string terminalId, DateTimeOffset now, string type, string invoiceId, string reason, string detail, string body)
    {
        Exec("""
            INSERT INTO events(terminal_id, received_at, type, invoice_id, reason, detail, body)
            VALUES ($term, $t, $type, $inv, $reason, $detail, $body)
            """,
            ("$term", terminalId), ("$t", now.ToUnixTimeMilliseconds()), ("$type", type), ("$inv", invoiceId), ("$reason", reason),
            ("$detail", detail), ("$body", body));
    }

    /// <summary>The latest <paramref name="limit"/> events of a terminal, newest first.</summary>
    public List<TerminalEvent> RecentEvents(string terminalId, int limit)
    {
        using var cmd = Command(
            "SELECT seq, terminal_id, received_at, type, invoice_id, reason, detail, body FROM events WHERE terminal_id = $id ORDER BY seq DESC LIMIT $n",
            ("$id", terminalId), ("$n", limit));
        using var r = cmd.ExecuteReader();
        var list = new List<TerminalEvent>();
        while (r.Read())
        {
            list.Add(new TerminalEvent(r.GetInt64(0), r.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(2)), r.GetString(3),
                Str(r, 4), Str(r, 5), Str(r, 6), Str(r, 7)));
        }
        return list;
    }

    public void Dispose()
    {
        _db.Dispose();
    }

    private List<Invoice> QueryInvoices(string where, params (string, object)[] args)
    {
        using var cmd = Command("""
            SELECT id, seq, terminal_id, amount, reference, description, qr_payload, created_at, expires_at, status,
                   paid_amount, paid_at, transaction_ref FROM invoices
            """ + " " + where, args);
        using var r = cmd.ExecuteReader();
        var list = new List<Invoice>();
        while (r.Read())
        {
            list.Add(new Invoice(
                r.GetString(0), r.GetInt64(1), r.GetString(2), r.GetInt64(3), r.GetString(4), Str(r, 5), r.GetString(6),
                DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(7)), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(8)),
                Enum.Parse<InvoiceStatus>(r.GetString(9), ignoreCase: true), r.GetInt64(10),
                r.IsDBNull(11) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(11)), Str(r, 12)));
        }
        return list;
    }

    private static TerminalRecord ReadTerminal(SqliteDataReader r) =>
        new(r.GetString(0), r.GetInt64(1), r.GetString(2), Str(r, 3), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(4)));

    private static string Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static string Name(InvoiceStatus s) => s.ToString().ToLowerInvariant();

    private int Exec(string sql, params (string, object)[] args)
    {
        using var cmd = Command(sql, args);
        return cmd.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, params (string Name, object Value)[] args)
    {
        var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in args)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return cmd;
    }
}
