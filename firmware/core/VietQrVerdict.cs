namespace QrTerminal.Core
{
    /// <summary>The stand's rules for showing a QR, in the order <see cref="VietQrPolicy"/> checks them.</summary>
    public enum PolicyRule
    {
        /// <summary>No rule failed.</summary>
        None,
        /// <summary>The payload is not a well-formed VietQR (the parser's reason is in the verdict).</summary>
        Malformed,
        /// <summary>Static QR (01 = 11): reusable, not bound to this invoice.</summary>
        NotDynamic,
        /// <summary>Not a NAPAS VietQR account (38 with GUID A000000727), or other merchant accounts beside it.</summary>
        WrongGuid,
        /// <summary>The (BIN, account) pair is not provisioned for this stand.</summary>
        AccountNotAllowed,
        /// <summary>Currency is not 704 (VND).</summary>
        WrongCurrency,
        /// <summary>Country is not VN.</summary>
        WrongCountry,
        /// <summary>Amount absent or different from the invoice, or a tip/fee that changes the total.</summary>
        AmountMismatch,
        /// <summary>The amount is 500 million VND or more: one NAPAS247 transfer must stay below that (NAPAS §8.1.1).</summary>
        AmountOverLimit,
        /// <summary>The invoice reference is not in the configured field of 62.</summary>
        ReferenceMissing
    }

    /// <summary>Outcome of <see cref="VietQrPolicy.Check"/>.</summary>
    public sealed class PolicyVerdict
    {
        /// <summary>True only when every rule passed; only then may the stand show the QR.</summary>
        public bool Accepted;

        /// <summary>The first rule that failed; None when accepted.</summary>
        public PolicyRule FailedRule;

        /// <summary>For Malformed, the parser's reason; otherwise None.</summary>
        public VietQrError Error;

        /// <summary>English detail for logs and the backend report (for Malformed it starts with the VietQrError code).</summary>
        public string Detail;

        /// <summary>The parsed payload, or null when it did not parse.</summary>
        public VietQrPayload Payload;

        internal static PolicyVerdict Accept(VietQrPayload payload)
        {
            var verdict = new PolicyVerdict();
            verdict.Accepted = true;
            verdict.FailedRule = PolicyRule.None;
            verdict.Error = VietQrError.None;
            verdict.Payload = payload;
            return verdict;
        }

        internal static PolicyVerdict Reject(PolicyRule rule, string detail, VietQrPayload payload)
        {
            return Reject(rule, VietQrError.None, detail, payload);
        }

        internal static PolicyVerdict Reject(PolicyRule rule, VietQrError error, string detail, VietQrPayload payload)
        {
            var verdict = new PolicyVerdict();
            verdict.Accepted = false;
            verdict.FailedRule = rule;
            verdict.Error = error;
            verdict.Detail = detail;
            verdict.Payload = payload;
            return verdict;
        }
    }

    /// <summary>Texts for a <see cref="PolicyRule"/>: Vietnamese for the Rejected screen, a stable code for telemetry.</summary>
    public static class PolicyRuleText
    {
        /// <summary>Short Vietnamese reason for the citizen and cashier.</summary>
        public static string Vietnamese(PolicyRule rule)
        {
            switch (rule)
            {
                case PolicyRule.None: return "Mã QR hợp lệ";
                case PolicyRule.Malformed: return "Mã QR không hợp lệ";
                case PolicyRule.NotDynamic: return "Không phải mã QR động";
                case PolicyRule.WrongGuid: return "Không phải mã VietQR";
                case PolicyRule.AccountNotAllowed: return "Sai tài khoản nhận";
                case PolicyRule.WrongCurrency: return "Sai loại tiền";
                case PolicyRule.WrongCountry: return "Sai mã quốc gia";
                case PolicyRule.AmountMismatch: return "Sai số tiền";
                case PolicyRule.AmountOverLimit: return "Số tiền vượt hạn mức";
                case PolicyRule.ReferenceMissing: return "Thiếu mã hóa đơn";
                default: return "Mã QR bị từ chối";
            }
        }

        /// <summary>Stable ASCII code, the member name (Enum.ToString() gives a number on nanoFramework).</summary>
        public static string Code(PolicyRule rule)
        {
            switch (rule)
            {
                case PolicyRule.None: return "None";
                case PolicyRule.Malformed: return "Malformed";
                case PolicyRule.NotDynamic: return "NotDynamic";
                case PolicyRule.WrongGuid: return "WrongGuid";
                case PolicyRule.AccountNotAllowed: return "AccountNotAllowed";
                case PolicyRule.WrongCurrency: return "WrongCurrency";
                case PolicyRule.WrongCountry: return "WrongCountry";
                case PolicyRule.AmountMismatch: return "AmountMismatch";
                case PolicyRule.AmountOverLimit: return "AmountOverLimit";
                case PolicyRule.ReferenceMissing: return "ReferenceMissing";
                default: return "Unknown";
            }
        }
    }
}
