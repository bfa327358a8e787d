namespace QrTerminal.Core
{
    /// <summary>
    /// The production <see cref="IInvoiceVerifier"/>: the VietQR policy (allowlisted BIN:account, dynamic NAPAS payload,
    /// VND, VN, exact amount, invoice reference in the configured field 62 sub-field).
    /// </summary>
    public sealed class VietQrInvoiceVerifier : IInvoiceVerifier
    {
        private readonly VietQrPolicy _policy;

        /// <summary>Wraps an existing policy.</summary>
        public VietQrInvoiceVerifier(VietQrPolicy policy)
        {
            _policy = policy;
        }

        /// <summary>Builds the policy from a validated config (allowlist and reference field).</summary>
        public static VietQrInvoiceVerifier FromConfig(StandConfig config)
        {
            return new VietQrInvoiceVerifier(new VietQrPolicy(config.Allowlist, ReferenceFieldOf(config.ReferenceField)));
        }

        /// <summary>Maps the config's reference field name to the policy's enum.</summary>
        public static ReferenceField ReferenceFieldOf(string name)
        {
            switch (name)
            {
                case "referenceLabel": return ReferenceField.ReferenceLabel;
                case "purpose": return ReferenceField.Purpose;
                case "any": return ReferenceField.Any;
                default: return ReferenceField.BillNumber;
            }
        }

        /// <inheritdoc/>
        public InvoiceCheck Verify(InvoiceInfo invoice)
        {
            PolicyVerdict verdict = _policy.Check(invoice.QrPayload, invoice.Amount, invoice.Reference);
            if (verdict.Accepted)
            {
                return InvoiceCheck.Accept();
            }

            return InvoiceCheck.Reject(PolicyRuleText.Code(verdict.FailedRule), PolicyRuleText.Vietnamese(verdict.FailedRule), verdict.Detail);
        }
    }
}
