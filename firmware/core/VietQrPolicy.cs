using System;

namespace QrTerminal.Core
{
    /// <summary>Which field of 62 must carry the invoice reference.</summary>
    public enum ReferenceField
    {
        /// <summary>62-01 bill number.</summary>
        BillNumber,
        /// <summary>62-05 reference label.</summary>
        ReferenceLabel,
        /// <summary>62-08 purpose of transaction.</summary>
        Purpose,
        /// <summary>Any of the three.</summary>
        Any
    }

    /// <summary>
    /// The stand's last line of defence before it shows a QR: the payload must be a well-formed dynamic NAPAS VietQR
    /// that pays one of the provisioned (BIN, account) pairs, in VND, in Vietnam, exactly the invoice amount, and
    /// names the invoice. Rules are checked in <see cref="PolicyRule"/> order and the first failure is reported.
    /// </summary>
    public sealed class VietQrPolicy
    {
        /// <summary>One NAPAS247 transfer must be below this many VND (NAPAS spec §8.1.1).</summary>
        public const long NapasTransferLimit = 500000000;

        private readonly string[] _bins;
        private readonly string[] _accounts;
        private readonly ReferenceField _referenceField;

        /// <summary>Creates the policy.</summary>
        /// <param name="allowlist">"BIN:ACCOUNT" pairs, e.g. "970436:0011000123456". Empty means nothing is allowed.</param>
        /// <param name="referenceField">Where the invoice reference must appear.</param>
        /// <exception cref="ArgumentException">An entry is not "6 digits:1–19 characters".</exception>
        public VietQrPolicy(string[] allowlist, ReferenceField referenceField)
        {
            if (allowlist == null)
            {
                throw new ArgumentNullException("allowlist");
            }
            _bins = new string[allowlist.Length];
            _accounts = new string[allowlist.Length];
            for (int i = 0; i < allowlist.Length; i++)
            {
                string entry = allowlist[i];
                int colon = entry == null ? -1 : entry.IndexOf(':');
                if (colon != 6 || !IsDigits(entry.Substring(0, 6)) || entry.Length < 8 || entry.Length > 7 + 19 || entry.IndexOf(':', 7) >= 0)
                {
                    throw new ArgumentException("allowlist entry " + i + " must be BIN:ACCOUNT (6 digits, colon, 1-19 characters)");
                }
                _bins[i] = entry.Substring(0, 6);
                _accounts[i] = entry.Substring(7);
            }
            _referenceField = referenceField;
        }

        /// <summary>Checks <paramref name="payload"/> against the invoice. Never throws for any payload text.</summary>
        /// <param name="payload">The VietQR string from the backend.</param>
        /// <param name="invoiceAmount">The invoice total in whole dong.</param>
        /// <param name="invoiceReference">The invoice id that must appear in field 62; null or empty always fails.</param>
        public PolicyVerdict Check(string payload, long invoiceAmount, string invoiceReference)
        {
            VietQrPayload parsed;
            try
            {
                parsed = VietQrParser.Parse(payload);
            }
            catch (VietQrException e)
            {
                return PolicyVerdict.Reject(PolicyRule.Malformed, e.Error, e.Message, null);
            }

            if (!parsed.IsDynamic)
            {
                return PolicyVerdict.Reject(PolicyRule.NotDynamic, "point of initiation is " + parsed.PointOfInitiation + ", an invoice needs 12", parsed);
            }
            if (parsed.MerchantAccountId != 38 || parsed.Guid != VietQrPayload.NapasGuid)
            {
                return PolicyVerdict.Reject(PolicyRule.WrongGuid, "merchant account is not NAPAS 38/" + VietQrPayload.NapasGuid, parsed);
            }
            if (parsed.MerchantAccountCount != 1)
            {
                // The payer's app could pick the other network's account instead of the one we verify.
                return PolicyVerdict.Reject(PolicyRule.WrongGuid, "payload carries " + parsed.MerchantAccountCount + " merchant accounts", parsed);
            }
            if (!IsAllowed(parsed.Bin, parsed.Account))
            {
                return PolicyVerdict.Reject(PolicyRule.AccountNotAllowed, parsed.Bin + ":" + parsed.Account + " is not on the allowlist", parsed);
            }
            if (parsed.Currency != "704")
            {
                return PolicyVerdict.Reject(PolicyRule.WrongCurrency, "currency " + parsed.Currency + ", expected 704", parsed);
            }
            if (parsed.Country != "VN")
            {
                return PolicyVerdict.Reject(PolicyRule.WrongCountry, "country " + parsed.Country + ", expected VN", parsed);
            }
            if (parsed.Amount != invoiceAmount || invoiceAmount <= 0)
            {
                string carried = parsed.Amount < 0 ? "no amount" : parsed.Amount.ToString();
                return PolicyVerdict.Reject(PolicyRule.AmountMismatch, carried + ", invoice " + invoiceAmount, parsed);
            }
            if (parsed.TipIndicator != null)
            {
                // A tip or fee lets the payer send a different total than the invoice.
                return PolicyVerdict.Reject(PolicyRule.AmountMismatch, "tip/convenience indicator " + parsed.TipIndicator + " present", parsed);
            }
            if (invoiceAmount >= NapasTransferLimit)
            {
                // The payer's bank would refuse the transfer: no QR the citizen cannot pay.
                return PolicyVerdict.Reject(PolicyRule.AmountOverLimit, invoiceAmount + " VND, a NAPAS247 transfer must be below " + NapasTransferLimit, parsed);
            }
            if (!CarriesReference(parsed, invoiceReference))
            {
                return PolicyVerdict.Reject(PolicyRule.ReferenceMissing, "invoice reference not found in " + FieldName(_referenceField), parsed);
            }
            return PolicyVerdict.Accept(parsed);
        }

        private bool IsAllowed(string bin, string account)
        {
            for (int i = 0; i < _bins.Length; i++)
            {
                if (_bins[i] == bin && _accounts[i] == account)
                {
                    return true;
                }
            }
            return false;
        }

        private bool CarriesReference(VietQrPayload parsed, string reference)
        {
            if (reference == null || reference.Length == 0)
            {
                return false;
            }
            switch (_referenceField)
            {
                case ReferenceField.BillNumber: return ContainsToken(parsed.BillNumber, reference);
                case ReferenceField.ReferenceLabel: return ContainsToken(parsed.ReferenceLabel, reference);
                case ReferenceField.Purpose: return ContainsToken(parsed.Purpose, reference);
                default:
                    return ContainsToken(parsed.BillNumber, reference)
                        || ContainsToken(parsed.ReferenceLabel, reference)
                        || ContainsToken(parsed.Purpose, reference);
            }
        }

        /// <summary>
        /// True when <paramref name="token"/> occurs in <paramref name="text"/> not glued to another letter or digit,
        /// so invoice "HD12" is not taken as present in "VIEN PHI HD123".
        /// </summary>
        public static bool ContainsToken(string text, string token)
        {
            if (text == null || token == null || token.Length == 0)
            {
                return false;
            }
            int from = 0;
            while (from <= text.Length - token.Length)
            {
                int at = text.IndexOf(token, from);
                if (at < 0)
                {
                    return false;
                }
                int after = at + token.Length;
                if ((at == 0 || !IsLetterOrDigit(text[at - 1])) && (after == text.Length || !IsLetterOrDigit(text[after])))
                {
                    return true;
                }
                from = at + 1;
            }
            return false;
        }

        private static string FieldName(ReferenceField field)
        {
            switch (field)
            {
                case ReferenceField.BillNumber: return "62-01";
                case ReferenceField.ReferenceLabel: return "62-05";
                case ReferenceField.Purpose: return "62-08";
                default: return "62-01/05/08";
            }
        }

        private static bool IsLetterOrDigit(char c)
        {
            return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        }

        private static bool IsDigits(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return false;
                }
            }
            return true;
        }
    }
}
