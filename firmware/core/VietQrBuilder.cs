namespace QrTerminal.Core
{
    /// <summary>
    /// Builds a NAPAS VietQR payload (EMVCo merchant-presented mode) in the order the NAPAS examples use:
    /// 00, 01, 38 (GUID, BIN + account, service code), 52, 53, 54, 58, 59, 60, 62 (01, 05, 07, 08), 63 (CRC).
    /// Text fields are folded to ASCII without Vietnamese diacritics; case is kept. Invalid input throws
    /// <see cref="VietQrException"/> naming the property.
    /// </summary>
    public sealed class VietQrBuilder
    {
        /// <summary>Largest amount field 54 can carry (13 digits).</summary>
        public const long MaxAmount = 9999999999999L;

        /// <summary>Service code: transfer to an account.</summary>
        public const string ServiceToAccount = "QRIBFTTA";

        /// <summary>Service code: transfer to a card.</summary>
        public const string ServiceToCard = "QRIBFTTC";

        /// <summary>Beneficiary bank BIN, 6 digits (not necessarily 9704xx).</summary>
        public string Bin { get; set; }

        /// <summary>Account or card number: 1–19 letters or digits.</summary>
        public string Account { get; set; }

        /// <summary>Whole dong. Dynamic: 1..MaxAmount. Static: 0 omits field 54.</summary>
        public long Amount { get; set; }

        /// <summary>True (default): 01 = "12", one payment. False: "11", reusable.</summary>
        public bool Dynamic { get; set; } = true;

        /// <summary>QRIBFTTA (default) or QRIBFTTC.</summary>
        public string ServiceCode { get; set; } = ServiceToAccount;

        /// <summary>52, 4 digits (8062 = hospitals); null omits it.</summary>
        public string Mcc { get; set; }

        /// <summary>59, at most 25 characters after folding; null or empty omits it.</summary>
        public string MerchantName { get; set; }

        /// <summary>60, at most 15 characters after folding.</summary>
        public string City { get; set; }

        /// <summary>62-01, at most 25 characters after folding.</summary>
        public string BillNumber { get; set; }

        /// <summary>62-05, at most 25 characters after folding.</summary>
        public string ReferenceLabel { get; set; }

        /// <summary>62-07, at most 25 characters after folding.</summary>
        public string TerminalLabel { get; set; }

        /// <summary>62-08 (transfer content shown by the payer's app), at most 25 characters after folding.</summary>
        public string Purpose { get; set; }

        /// <summary>Validates the fields and returns the payload with its CRC.</summary>
        /// <exception cref="VietQrException">A field is missing, malformed or too long.</exception>
        public string Build()
        {
            string bin = Bin;
            if (bin == null || bin.Length == 0)
            {
                throw new VietQrException(VietQrError.MissingField, "Bin", "BIN is required");
            }
            if (bin.Length != 6 || !IsDigits(bin))
            {
                throw new VietQrException(VietQrError.InvalidField, "Bin", "BIN must be 6 digits");
            }
            string account = Account;
            if (account == null || account.Length == 0)
            {
                throw new VietQrException(VietQrError.MissingField, "Account", "account is required");
            }
            if (account.Length > 19)
            {
                throw new VietQrException(VietQrError.FieldTooLong, "Account", "at most 19 characters");
            }
            if (!IsLettersOrDigits(account))
            {
                throw new VietQrException(VietQrError.InvalidField, "Account", "letters and digits only");
            }
            if (ServiceCode != ServiceToAccount && ServiceCode != ServiceToCard)
            {
                throw new VietQrException(VietQrError.InvalidField, "ServiceCode", "QRIBFTTA or QRIBFTTC");
            }
            if (Amount < 0 || Amount > MaxAmount || (Dynamic && Amount == 0))
            {
                throw new VietQrException(VietQrError.MalformedAmount, "Amount", Dynamic ? "dynamic QR needs 1..9999999999999" : "static QR takes 0 (none) or 1..9999999999999");
            }
            if (Mcc != null && (Mcc.Length != 4 || !IsDigits(Mcc)))
            {
                throw new VietQrException(VietQrError.InvalidField, "Mcc", "MCC must be 4 digits");
            }
            string name = Text(MerchantName, 25, "MerchantName");
            string city = Text(City, 15, "City");
            string bill = Text(BillNumber, 25, "BillNumber");
            string reference = Text(ReferenceLabel, 25, "ReferenceLabel");
            string terminal = Text(TerminalLabel, 25, "TerminalLabel");
            string purpose = Text(Purpose, 25, "Purpose");

            var beneficiary = new Writer(4 + 6 + 4 + 19);
            beneficiary.Add(0, bin);
            beneficiary.Add(1, account);
            var merchantAccount = new Writer(14 + 4 + 33 + 12);
            merchantAccount.Add(0, VietQrPayload.NapasGuid);
            merchantAccount.Add(1, beneficiary.ToString());
            merchantAccount.Add(2, ServiceCode);
            var additional = new Writer(4 * 29);
            additional.Add(1, bill);
            additional.Add(5, reference);
            additional.Add(7, terminal);
            additional.Add(8, purpose);
            if (additional.Length > 99)
            {
                throw new VietQrException(VietQrError.FieldTooLong, "62", "bill, reference, terminal and purpose together exceed 99 characters");
            }

            var payload = new Writer(VietQrParser.MaxLength);
            payload.Add(0, "01");
            payload.Add(1, Dynamic ? "12" : "11");
            payload.Add(38, merchantAccount.ToString());
            payload.Add(52, Mcc);
            payload.Add(53, "704");
            payload.Add(54, Amount > 0 ? Amount.ToString() : null);
            payload.Add(58, "VN");
            payload.Add(59, name);
            payload.Add(60, city);
            payload.Add(62, additional.Length > 0 ? additional.ToString() : null);
            payload.Append("6304");
            string body = payload.ToString();
            return body + Crc16Ccitt.ToHex(Crc16Ccitt.Compute(body));
        }

        /// <summary>Folds to ASCII and checks the EMV common character set and the length; null or empty gives null.</summary>
        private static string Text(string value, int max, string property)
        {
            if (value == null || value.Length == 0)
            {
                return null;
            }
            string folded = VietnameseFold.ToAscii(value);
            for (int i = 0; i < folded.Length; i++)
            {
                if (folded[i] < ' ' || folded[i] > '~')
                {
                    throw new VietQrException(VietQrError.NonAscii, property, "character " + i + " has no ASCII form");
                }
            }
            if (folded.Length > max)
            {
                throw new VietQrException(VietQrError.FieldTooLong, property, "at most " + max + " characters");
            }
            return folded;
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

        private static bool IsLettersOrDigits(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
                {
                    return false;
                }
            }
            return true;
        }

        /// <summary>Appends TLV objects into a fixed char buffer (no StringBuilder needed on the device).</summary>
        private sealed class Writer
        {
            private readonly char[] _buffer;

            public Writer(int capacity)
            {
                _buffer = new char[capacity];
            }

            public int Length { get; private set; }

            /// <summary>Appends id, 2-digit length and value; a null value is skipped (optional field).</summary>
            public void Add(int id, string value)
            {
                if (value == null)
                {
                    return;
                }
                AppendTwoDigits(id);
                AppendTwoDigits(value.Length);
                Append(value);
            }

            public void Append(string text)
            {
                for (int i = 0; i < text.Length; i++)
                {
                    _buffer[Length++] = text[i];
                }
            }

            public override string ToString()
            {
                return new string(_buffer, 0, Length);
            }

            private void AppendTwoDigits(int value)
            {
                _buffer[Length++] = (char)('0' + value / 10);
                _buffer[Length++] = (char)('0' + value % 10);
            }
        }
    }
}
