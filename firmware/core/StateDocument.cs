namespace QrTerminal.Core
{
    /// <summary>One parsed, schema-checked state document (docs/protocol.md section 1).</summary>
    public sealed class StateDocument
    {
        /// <summary>Monotonic per terminal, &gt;= 1.</summary>
        public long Version;

        /// <summary>What the stand should show.</summary>
        public TerminalState State;

        /// <summary>The gateway's clock when it sent the document, Unix ms.</summary>
        public long ServerTimeMs;

        /// <summary>Present for invoice, paid, cancelled and expired; null for idle.</summary>
        public InvoiceInfo Invoice;

        /// <summary>Present only for paid.</summary>
        public PaidInfo Paid;
    }
}
