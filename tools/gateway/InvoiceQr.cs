using QrTerminal.Core;

namespace QrTerminal.Gateway;

/// <summary>Builds the VietQR payload of an invoice from the configured merchant account (with the core's VietQrBuilder).</summary>
public static class InvoiceQr
{
    /// <summary>The reference-field names, as in the stand's config (<c>referenceField</c>).</summary>
    public static readonly string[] ReferenceFields = { "billNumber", "referenceLabel", "purpose" };

    /// <summary>
    /// The dynamic VietQR payload paying <paramref name="amount"/> VND into <paramref name="merchant"/>, with
    /// <paramref name="reference"/> in the 62 sub-field named by <paramref name="referenceField"/>. The reference also
    /// goes in 62-08 (purpose), which payers' banking apps put in the transfer content, so statements can be matched.
    /// </summary>
    /// <exception cref="VietQrException">The merchant account or reference cannot make a valid payload.</exception>
    public static string Build(MerchantAccount merchant, string referenceField, long amount, string reference)
    {
        var b = new VietQrBuilder
        {
            Bin = merchant.Bin,
            Account = merchant.Account,
            Amount = amount,
            Dynamic = true,
            Mcc = merchant.Mcc,
            MerchantName = merchant.Name,
            City = merchant.City,
            Purpose = reference,
        };
        switch (referenceField)
        {
            case "billNumber":
                b.BillNumber = reference;
                break;
            case "referenceLabel":
                b.ReferenceLabel = reference;
                break;
            case "purpose":
                break;
            default:
                throw new ArgumentException("referenceField must be billNumber, referenceLabel or purpose", nameof(referenceField));
        }
        return b.Build();
    }
}
