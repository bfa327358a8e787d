using QrTerminal.Core;

namespace QrTerminal.Simulator;

/// <summary>
/// <see cref="IInvoiceVerifier"/> over the core's <see cref="VietQrPolicy"/>: the same rules the device applies
/// (allowlisted BIN:account, dynamic, VND, VN, exact amount, reference in field 62).
/// </summary>
public sealed class PolicyInvoiceVerifier : IInvoiceVerifier
{
    private readonly VietQrPolicy _policy;

    public PolicyInvoiceVerifier(string[] allowlist, string referenceField)
    {
        _policy = new VietQrPolicy(allowlist, referenceField switch
        {
            "billNumber" => ReferenceField.BillNumber,
            "referenceLabel" => ReferenceField.ReferenceLabel,
            "purpose" => ReferenceField.Purpose,
            "any" => ReferenceField.Any,
            _ => throw new ArgumentException("referenceField must be billNumber, referenceLabel, purpose or any", nameof(referenceField)),
        });
    }

    public InvoiceCheck Verify(InvoiceInfo invoice)
    {
        PolicyVerdict v = _policy.Check(invoice.QrPayload, invoice.Amount, invoice.Reference);
        return v.Accepted
            ? InvoiceCheck.Accept()
            : InvoiceCheck.Reject(PolicyRuleText.Code(v.FailedRule), PolicyRuleText.Vietnamese(v.FailedRule), v.Detail);
    }
}
