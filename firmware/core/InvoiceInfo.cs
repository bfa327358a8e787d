namespace QrTerminal.Core
{
    /// <summary>The <c>invoice</c> object of a state document.</summary>
    public sealed class InvoiceInfo
    {
        /// <summary>Gateway invoice id.</summary>
        public string Id;

        /// <summary>Whole VND, &gt; 0.</summary>
        public long Amount;

        /// <summary>ISO 4217 numeric currency, "704" for VND.</summary>
        public string Currency;

        /// <summary>The invoice reference that must appear in the QR's field 62.</summary>
        public string Reference;

        /// <summary>Description shown under the amount; may be empty.</summary>
        public string Description;

        /// <summary>The VietQR (EMVCo) payload.</summary>
        public string QrPayload;

        /// <summary>Expiry on the gateway's clock, Unix ms.</summary>
        public long ExpiresAtMs;
    }
}
