namespace QrTerminal.Core
{
    /// <summary>
    /// CRC-16/CCITT-FALSE (ISO/IEC 13239: polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR),
    /// the checksum of EMVCo merchant-presented QR payloads (field 63). Check value: "123456789" gives 0x29B1.
    /// </summary>
    public static class Crc16Ccitt
    {
        /// <summary>CRC of the low bytes of <paramref name="count"/> characters of <paramref name="text"/> from <paramref name="start"/>.</summary>
        /// <remarks>Callers pass ASCII only (payloads are checked for it first), so one char is one byte.</remarks>
        public static int Compute(string text, int start, int count)
        {
            int crc = 0xFFFF;
            int end = start + count;
            for (int i = start; i < end; i++)
            {
                crc ^= (text[i] & 0xFF) << 8;
                for (int bit = 0; bit < 8; bit++)
                {
                    crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
                }
            }
            return crc;
        }

        /// <summary>CRC of the whole string.</summary>
        public static int Compute(string text)
        {
            return Compute(text, 0, text.Length);
        }

        /// <summary>The CRC as 4 uppercase hex digits, as field 63 carries it.</summary>
        public static string ToHex(int crc)
        {
            char[] hex = new char[4];
            for (int i = 3; i >= 0; i--)
            {
                int nibble = crc & 0xF;
                hex[i] = (char)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10);
                crc >>= 4;
            }
            return new string(hex);
        }
    }
}
