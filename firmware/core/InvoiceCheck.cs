namespace QrTerminal.Core
{
    /// <summary>The verdict of an <see cref="IInvoiceVerifier"/>.</summary>
    public sealed class InvoiceCheck
    {
        private InvoiceCheck(bool accepted, string reasonCode, string reasonText, string detail)
        {
            Accepted = accepted;
            ReasonCode = reasonCode;
            ReasonText = reasonText;
            Detail = detail;
        }

        /// <summary>True when the QR may be shown.</summary>
        public bool Accepted { get; private set; }

        /// <summary>Stable code of the first failed rule (event <c>reason</c>), null when accepted.</summary>
        public string ReasonCode { get; private set; }

        /// <summary>The reason in Vietnamese for the Rejected screen, null when accepted.</summary>
        public string ReasonText { get; private set; }

        /// <summary>Technical detail for the event (e.g. "970436:0011000123456 not in allowlist").</summary>
        public string Detail { get; private set; }

        /// <summary>The invoice passed.</summary>
        public static InvoiceCheck Accept()
        {
            return new InvoiceCheck(true, null, null, null);
        }

        /// <summary>The invoice failed <paramref name="reasonCode"/>.</summary>
        public static InvoiceCheck Reject(string reasonCode, string reasonText, string detail)
        {
            return new InvoiceCheck(false, reasonCode, reasonText, detail);
        }
    }
}
