namespace QrTerminal.Tests
{
    /// <summary>
    /// Payloads and CRCs copied verbatim from ../shared/reference/vietqr-and-payments.md §1 "Test vectors"
    /// (CRCs re-verified there independently), plus a CRC written separately from the code under test.
    /// </summary>
    public static class VietQrTestVectors
    {
        /// <summary>
        /// Notes vector 1 as printed in NAPAS §6.1.1 (static to account, CRC F4E5). Its 38-01-01 length reads "12"
        /// before a 13-digit account, so a strict TLV parser refuses it (1 leftover character in 38-01).
        /// </summary>
        public const string NapasStaticAccountAsPrinted = "00020101021138570010A00000072701270006970403011200110123456780208QRIBFTTA53037045802VN6304F4E5";

        /// <summary>
        /// Vector 1 with the inner length corrected to "13" (as vector 3 writes the same account). Not in the notes:
        /// its CRC comes from <see cref="Sign"/>, the test-side reference CRC.
        /// </summary>
        public static readonly string NapasStaticAccount = Sign("00020101021138570010A00000072701270006970403011300110123456780208QRIBFTTA53037045802VN");

        /// <summary>Notes vector 2: NAPAS §6.1.2, static to card.</summary>
        public const string NapasStaticCard = "00020101021138600010A00000072701300006970403011697040311012345670208QRIBFTTC53037045802VN63044F52";

        /// <summary>Notes vector 3: NAPAS §6.1.3, dynamic to account, 180000 VND, 62-01 + 62-08.</summary>
        public const string NapasDynamicAccount = "00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA530370454061800005802VN62340107NPS68690819thanh toan don hang63042E2E";

        /// <summary>Notes vector 4: NAPAS §6.1.4, dynamic to card (the "CRC input" column).</summary>
        public const string NapasDynamicCard = "00020101021238600010A00000072701300006970403011697040311012345670208QRIBFTTC530370454061800005802VN62340107NPS68690819thanh toan don hang6304A203";

        /// <summary>Notes vector 5: subiz/vietqr README, VietinBank, 120000 VND.</summary>
        public const string SubizVietinBank = "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304C15C";

        /// <summary>Notes vector 6: liopayvn/vietqr-php README, Vietcombank.</summary>
        public const string LiopayVietcombank = "00020101021238540010A00000072701240006970436011010175956000208QRIBFTTA530370454061800005802VN62230819thanh toan don hang630470FA";

        /// <summary>Notes vector 7: liopayvn/vietqr-php README, QRPUSH without service code, MCC 5812, 59/60, 62-03.</summary>
        public const string LiopayQrPush = "00020101021138480010A00000072701300006970403011621129950446040255204581253037045802VN5910PHUONG CAC6005HANOI62110307NPS686963045802";

        /// <summary>Notes vector 8: VNPAY-QR (ID 26, GUID A000000775), xuannghia/vietnam-qr-pay README.</summary>
        public const string VnpayCellphones = "00020101021126280010A0000007750110010531314453037045408210900005802VN5910CELLPHONES62600312CPSHN ONLINE0517021908061613127850705ONLHN0810CellphoneS63047685";

        /// <summary>Notes vector 9: hospital-style, MCC 8062, 62-01/07/08.</summary>
        public const string HospitalDemo = "00020101021238570010A00000072701270006970436011300110001234560208QRIBFTTA52048062530370454061500005802VN5914BENH VIEN DEMO6006HA NOI62510112HD20250001230706QUAY050821VIEN PHI HD20250001236304CFAF";

        /// <summary>Every verified vector that is also well formed (all but vector 1), with the CRC the notes give for it.</summary>
        public static readonly string[] Valid = new string[]
        {
            NapasStaticCard, NapasDynamicAccount, NapasDynamicCard, SubizVietinBank,
            LiopayVietcombank, LiopayQrPush, VnpayCellphones, HospitalDemo
        };

        /// <summary>The CRC the notes state for each entry of <see cref="Valid"/>.</summary>
        public static readonly string[] ValidCrc = new string[]
        {
            "4F52", "2E2E", "A203", "C15C", "70FA", "5802", "7685", "CFAF"
        };

        /// <summary>
        /// Reference CRC-16/CCITT-FALSE, table-driven and written apart from the firmware's bitwise one,
        /// so tests can make payloads with a correct CRC around a structural fault.
        /// </summary>
        public static int ReferenceCrc(string text)
        {
            int[] table = new int[256];
            for (int n = 0; n < 256; n++)
            {
                int r = n << 8;
                for (int k = 0; k < 8; k++)
                {
                    r = (r & 0x8000) != 0 ? (r << 1) ^ 0x1021 : r << 1;
                }
                table[n] = r & 0xFFFF;
            }
            int crc = 0xFFFF;
            for (int i = 0; i < text.Length; i++)
            {
                crc = ((crc << 8) ^ table[((crc >> 8) ^ text[i]) & 0xFF]) & 0xFFFF;
            }
            return crc;
        }

        /// <summary>Appends "6304" and the reference CRC to a body.</summary>
        public static string Sign(string body)
        {
            string withTag = body + "6304";
            return withTag + ReferenceCrc(withTag).ToString("X4");
        }
    }
}
