using System;
using System.Text;

namespace QrTerminal.HostKit
{
    /// <summary>
    /// Host-side builder of valid VietQR (NAPAS/EMVCo) payloads for tests and docs: TLV fields plus the
    /// CRC-16/CCITT-FALSE in tag 63. Independent of the firmware's own builder, so tests do not grade it with itself.
    /// </summary>
    public static class VietQrSample
    {
        /// <summary>A dynamic account-transfer payload with amount, bill number and purpose.</summary>
        public static string Build(string bin, string account, long amount, string billNumber, string purpose)
        {
            string beneficiary = Tlv("00", bin) + Tlv("01", account);
            string merchant = Tlv("00", "A000000727") + Tlv("01", beneficiary) + Tlv("02", "QRIBFTTA");
            string additional = Tlv("01", billNumber) + Tlv("08", purpose);
            string body = Tlv("00", "01") + Tlv("01", "12") + Tlv("38", merchant) + Tlv("53", "704")
                + Tlv("54", amount.ToString(System.Globalization.CultureInfo.InvariantCulture)) + Tlv("58", "VN")
                + Tlv("62", additional) + "6304";
            return body + Crc16(Encoding.UTF8.GetBytes(body)).ToString("X4");
        }

        /// <summary>A realistic ~170-character hospital payload (the size the hardware notes quote).</summary>
        public static string Typical()
        {
            return Build("970436", "0071000123456", 1250000, "BV2024INV000123456",
                "TT VIEN PHI HD000123456 BN NGUYEN VAN AN");
        }

        private static string Tlv(string tag, string value)
        {
            if (value.Length > 99) throw new ArgumentException("TLV value longer than 99: " + tag);
            return tag + value.Length.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + value;
        }

        private static ushort Crc16(byte[] data)
        {
            ushort crc = 0xFFFF;
            foreach (byte b in data)
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
}
