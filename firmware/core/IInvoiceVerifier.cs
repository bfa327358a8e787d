namespace QrTerminal.Core
{
    /// <summary>
    /// Decides whether an invoice's QR may be shown (the VietQR policy: dynamic payload, allowlisted BIN:account,
    /// amount and reference match). Production: <c>VietQrInvoiceVerifier</c>; tests: fakes.
    /// </summary>
    public interface IInvoiceVerifier
    {
        /// <summary>Checks <paramref name="invoice"/>. Must not throw: bad payloads are a rejected result.</summary>
        InvoiceCheck Verify(InvoiceInfo invoice);
    }
}
