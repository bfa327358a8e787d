using System.Text;

namespace QrTerminal.Gateway;

/// <summary>Builds the VietQR payload of an invoice from the configured merchant account.</summary>
public static class InvoiceQr
{
    /// <summary>
    /// The dynamic VietQR payload paying <paramref name="amount"/> VND into <paramref name="merchant"/>, with
    /// <paramref name="reference"/> in the 62 sub-field <paramref name="referenceField"/> ("01", "05" or "08").
    /// </summary>
    public static string Build(MerchantAccount merchant, string referenceField, long amount, string reference)
    {
        // TEMPORARY until VietQrBuilder (firmware/core, branch vietqr) lands on main: same field order.
        var acct = Tlv("00", "A000000727") + Tlv("01", Tlv("00", merchant.Bin) + Tlv("01", merchant.Account)) + Tlv("02", "QRIBFTTA");
        string addl = referenceField switch
        {
            "01" => Tlv("01", reference),
            "05" => Tlv("05", reference),
            "08" => Tlv("08", reference),
            _ => throw new ArgumentException("ReferenceField must be 01, 05 or 08", nameof(referenceField)),
        };
        var sb = new StringBuilder();
        sb.Append(Tlv("00", "01")).Append(Tlv("01", "12")).Append(Tlv("38", acct)).Append(Tlv("52", merchant.Mcc))
          .Append(Tlv("53", "704")).Append(Tlv("54", amount.ToString(System.Globalization.CultureInfo.InvariantCulture)))
          .Append(Tlv("58", "VN")).Append(Tlv("59", merchant.Name)).Append(Tlv("60", merchant.City)).Append(Tlv("62", addl)).Append("6304");
        string body = sb.ToString();
        return body + Crc(body).ToString("X4");
    }

    private static string Tlv(string id, string v) => id + v.Length.ToString("D2") + v;

    private static ushort Crc(string s)
    {
        ushort crc = 0xFFFF;
        foreach (byte b in Encoding.ASCII.GetBytes(s))
        {
            crc ^= (ushort)(b << 8);
            for (int i = 0; i < 8; i++)
            {
                crc = (crc & 0x8000) != 0 ? (ushort)((crc << 1) ^ 0x1021) : (ushort)(crc << 1);
            }
        }
        return crc;
    }
}
