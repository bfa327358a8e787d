using QrTerminal.Core;

namespace QrTerminal.Device
{
    /// <summary>Fail-safe verifier used when no VietQR policy is wired in: nothing unverified is ever shown.</summary>
    internal sealed class RejectAllVerifier : IInvoiceVerifier
    {
        public InvoiceCheck Verify(InvoiceInfo invoice)
        {
            return InvoiceCheck.Reject("PolicyMissing", "Chưa cài đặt kiểm tra mã QR", "firmware built without the VietQR policy");
        }
    }
}
