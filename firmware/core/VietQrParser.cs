namespace QrTerminal.Core
{
    /// <summary>
    /// Strict parser and validator of NAPAS VietQR / EMVCo merchant-presented QR payloads.
    /// It checks the envelope (ASCII, ≤ 512, header, CRC) first, then the TLV structure at every level, then the
    /// fields the stand relies on. Any input, including null, either parses or throws <see cref="VietQrException"/>.
    /// </summary>
    public static class VietQrParser
    {
        /// <summary>EMVCo MPM §4.1: a payload should not exceed 512 characters.</summary>
        public const int MaxLength = 512;

        private const string Header = "000201";

        /// <summary>Parses and validates <paramref name="payload"/>.</summary>
        /// <exception cref="VietQrException">The payload is not a well-formed merchant-presented QR.</exception>
        public static VietQrPayload Parse(string payload)
        {
            CheckEnvelope(payload);
            Level root = Scan(payload, 0, payload.Length, null);
            if (root.FirstId != 0)
            {
                throw new VietQrException(VietQrError.MissingHeader, "00", "payload format indicator must come first");
            }
            if (root.LastId != 63)
            {
                throw new VietQrException(VietQrError.CrcNotLast, "63", "the CRC must be the last object");
            }

            var result = new VietQrPayload();
            result.Raw = payload;
            result.Crc = root.Value(63);

            string initiation = root.Value(1);
            if (initiation == null)
            {
                throw new VietQrException(VietQrError.MissingField, "01", "point of initiation is mandatory");
            }
            if (initiation != "11" && initiation != "12")
            {
                throw new VietQrException(VietQrError.BadPointOfInitiation, "01", "must be 11 (static) or 12 (dynamic)");
            }
            result.PointOfInitiation = initiation;

            ReadMerchantAccounts(root, result);
            ReadTransaction(root, result);
            ReadMerchant(root);
            result.MerchantName = root.Value(59);
            result.City = root.Value(60);
            result.PostalCode = root.Value(61);
            if (root.Has(62))
            {
                ReadAdditionalData(root.Sub(62, "62"), result);
            }
            if (root.Has(64))
            {
                ReadLanguageTemplate(root.Sub(64, "64"));
            }
            for (int id = 80; id <= 99; id++)
            {
                if (root.Has(id))
                {
                    RequireGuid(root.Sub(id, Path(null, id)), Path(null, id));
                }
            }
            // 65–79 are RFU for EMVCo: carried opaquely.
            return result;
        }

        private static void CheckEnvelope(string payload)
        {
            if (payload == null || payload.Length == 0)
            {
                throw new VietQrException(VietQrError.Empty, null, "no payload");
            }
            if (payload.Length > MaxLength)
            {
                throw new VietQrException(VietQrError.TooLong, null, "more than 512 characters");
            }
            for (int i = 0; i < payload.Length; i++)
            {
                char c = payload[i];
                if (c < ' ' || c > '~')
                {
                    throw new VietQrException(VietQrError.NonAscii, null, "character at index " + i + " is not printable ASCII");
                }
            }
            if (payload.Length < Header.Length || payload.Substring(0, Header.Length) != Header)
            {
                throw new VietQrException(VietQrError.MissingHeader, "00", "must start with 000201");
            }
            int crcAt = payload.Length - 8;
            if (crcAt < Header.Length || payload.Substring(crcAt, 4) != "6304")
            {
                throw new VietQrException(VietQrError.MissingCrc, "63", "must end with 6304 and 4 hex digits");
            }
            int carried = 0;
            for (int i = crcAt + 4; i < payload.Length; i++)
            {
                char c = payload[i];
                int nibble;
                if (c >= '0' && c <= '9')
                {
                    nibble = c - '0';
                }
                else if (c >= 'A' && c <= 'F')
                {
                    nibble = c - 'A' + 10;
                }
                else
                {
                    throw new VietQrException(VietQrError.BadCrc, "63", "CRC must be 4 uppercase hex digits");
                }
                carried = (carried << 4) | nibble;
            }
            int computed = Crc16Ccitt.Compute(payload, 0, crcAt + 4);
            if (computed != carried)
            {
                throw new VietQrException(VietQrError.BadCrc, "63", "carried " + payload.Substring(crcAt + 4) + ", computed " + Crc16Ccitt.ToHex(computed));
            }
        }

        private static void ReadMerchantAccounts(Level root, VietQrPayload result)
        {
            int count = 0;
            int chosen = -1;
            for (int id = 2; id <= 51; id++)
            {
                if (!root.Has(id))
                {
                    continue;
                }
                count++;
                string guid = null;
                if (id >= 26)
                {
                    // EMVCo §4.5: 26–51 are templates that must start with a GUID.
                    Level template = root.Sub(id, Path(null, id));
                    guid = RequireGuid(template, Path(null, id));
                    if (id == 38 && guid == VietQrPayload.NapasGuid)
                    {
                        ReadNapasAccount(template, result);
                    }
                }
                if (chosen < 0 || id == 38)
                {
                    chosen = id;
                    result.Guid = guid;
                }
            }
            if (count == 0)
            {
                throw new VietQrException(VietQrError.MissingField, "38", "no merchant account information (02-51)");
            }
            result.MerchantAccountId = chosen;
            result.MerchantAccountCount = count;
        }

        private static void ReadNapasAccount(Level template, VietQrPayload result)
        {
            // NAPAS VietQR 38: 00 GUID, 01 beneficiary organisation, 02 service code; nothing else.
            template.OnlyIds(0, 2, "38");
            if (!template.Has(1))
            {
                throw new VietQrException(VietQrError.MissingField, "38.01", "beneficiary organisation is mandatory");
            }
            Level beneficiary = template.Sub(1, "38.01");
            beneficiary.OnlyIds(0, 1, "38.01");
            string bin = beneficiary.Value(0);
            if (bin == null)
            {
                throw new VietQrException(VietQrError.MissingField, "38.01.00", "BIN is mandatory");
            }
            if (bin.Length != 6 || !IsDigits(bin))
            {
                throw new VietQrException(VietQrError.InvalidField, "38.01.00", "BIN must be 6 digits");
            }
            string account = beneficiary.Value(1);
            if (account == null)
            {
                throw new VietQrException(VietQrError.MissingField, "38.01.01", "account or card number is mandatory");
            }
            if (account.Length > 19)
            {
                throw new VietQrException(VietQrError.FieldTooLong, "38.01.01", "account is at most 19 characters");
            }
            string service = template.Value(2);
            if (service != null && service.Length > 10)
            {
                throw new VietQrException(VietQrError.FieldTooLong, "38.02", "service code is at most 10 characters");
            }
            result.Bin = bin;
            result.Account = account;
            result.ServiceCode = service;
        }

        private static void ReadTransaction(Level root, VietQrPayload result)
        {
            string mcc = root.Value(52);
            if (mcc != null && (mcc.Length != 4 || !IsDigits(mcc)))
            {
                throw new VietQrException(VietQrError.InvalidField, "52", "MCC must be 4 digits");
            }
            result.Mcc = mcc;

            string currency = root.Value(53);
            if (currency == null)
            {
                throw new VietQrException(VietQrError.MissingField, "53", "currency is mandatory");
            }
            if (currency.Length != 3 || !IsDigits(currency))
            {
                throw new VietQrException(VietQrError.InvalidField, "53", "currency must be 3 digits");
            }
            result.Currency = currency;

            string amount = root.Value(54);
            result.AmountText = amount;
            result.Amount = amount == null ? -1 : ParseAmount(amount, "54");

            // 55/56/57 (EMVCo §4.6.3): 01 = payer enters a tip; 02 = fixed fee in 56; 03 = percentage in 57.
            string tip = root.Value(55);
            string fixedFee = root.Value(56);
            string percentFee = root.Value(57);
            if (tip == null)
            {
                if (fixedFee != null || percentFee != null)
                {
                    throw new VietQrException(VietQrError.TipInconsistent, "55", "56/57 need indicator 55");
                }
            }
            else if (tip == "01")
            {
                if (fixedFee != null || percentFee != null)
                {
                    throw new VietQrException(VietQrError.TipInconsistent, "55", "indicator 01 takes no 56/57");
                }
            }
            else if (tip == "02")
            {
                if (fixedFee == null || percentFee != null)
                {
                    throw new VietQrException(VietQrError.TipInconsistent, "56", "indicator 02 needs 56 and no 57");
                }
                ParseAmount(fixedFee, "56");
            }
            else if (tip == "03")
            {
                if (percentFee == null || fixedFee != null)
                {
                    throw new VietQrException(VietQrError.TipInconsistent, "57", "indicator 03 needs 57 and no 56");
                }
                CheckPercentage(percentFee);
            }
            else
            {
                throw new VietQrException(VietQrError.TipInconsistent, "55", "indicator must be 01, 02 or 03");
            }
            result.TipIndicator = tip;

            string country = root.Value(58);
            if (country == null)
            {
                throw new VietQrException(VietQrError.MissingField, "58", "country is mandatory");
            }
            if (country.Length != 2 || !IsUpperLetter(country[0]) || !IsUpperLetter(country[1]))
            {
                throw new VietQrException(VietQrError.InvalidField, "58", "country must be 2 uppercase letters");
            }
            result.Country = country;
        }

        private static void ReadMerchant(Level root)
        {
            CheckMaxLength(root, 59, 25, "59");
            CheckMaxLength(root, 60, 15, "60");
            CheckMaxLength(root, 61, 10, "61");
        }

        private static void ReadAdditionalData(Level data, VietQrPayload result)
        {
            if (data.Has(0))
            {
                throw new VietQrException(VietQrError.UnexpectedField, "62.00", "additional data has no sub-field 00");
            }
            for (int id = 1; id <= 8; id++)
            {
                CheckMaxLength(data, id, 25, Path("62", id));
            }
            string request = data.Value(9);
            if (request != null)
            {
                // Consumer data request: up to 3 of A (address), M (mobile), E (email), each once.
                bool bad = request.Length > 3;
                for (int i = 0; i < request.Length && !bad; i++)
                {
                    char c = request[i];
                    bad = (c != 'A' && c != 'M' && c != 'E') || request.IndexOf(c) != i;
                }
                if (bad)
                {
                    throw new VietQrException(VietQrError.InvalidField, "62.09", "must be up to 3 of A, M, E, each once");
                }
            }
            // 10–49 are RFU (later EMVCo versions define 10 and 11): carried opaquely. 50–99 are templates.
            for (int id = 50; id <= 99; id++)
            {
                if (data.Has(id))
                {
                    RequireGuid(data.Sub(id, Path("62", id)), Path("62", id));
                }
            }
            result.BillNumber = data.Value(1);
            result.MobileNumber = data.Value(2);
            result.StoreLabel = data.Value(3);
            result.ReferenceLabel = data.Value(5);
            result.TerminalLabel = data.Value(7);
            result.Purpose = data.Value(8);
        }

        private static void ReadLanguageTemplate(Level language)
        {
            string preference = language.Value(0);
            if (preference == null)
            {
                throw new VietQrException(VietQrError.MissingField, "64.00", "language preference is mandatory");
            }
            if (preference.Length != 2)
            {
                throw new VietQrException(VietQrError.InvalidField, "64.00", "language preference is 2 characters");
            }
            if (!language.Has(1))
            {
                throw new VietQrException(VietQrError.MissingField, "64.01", "alternate merchant name is mandatory");
            }
            CheckMaxLength(language, 1, 25, "64.01");
            CheckMaxLength(language, 2, 15, "64.02");
        }

        private static string RequireGuid(Level template, string path)
        {
            string guid = template.Value(0);
            if (guid == null)
            {
                throw new VietQrException(VietQrError.TemplateWithoutGuid, path, "template must start with a GUID in sub-field 00");
            }
            if (guid.Length > 32)
            {
                throw new VietQrException(VietQrError.FieldTooLong, Path(path, 0), "GUID is at most 32 characters");
            }
            return guid;
        }

        /// <summary>Whole dong: 1–13 characters, digits without a leading zero, optionally one trailing '.' (NAPAS allows "50000.").</summary>
        private static long ParseAmount(string text, string path)
        {
            int digits = text.Length;
            if (digits > 1 && text[digits - 1] == '.')
            {
                digits--;
            }
            bool ok = text.Length <= 13 && text[0] >= '1' && text[0] <= '9';
            long value = 0;
            for (int i = 0; i < digits && ok; i++)
            {
                char c = text[i];
                ok = c >= '0' && c <= '9';
                value = value * 10 + (c - '0');
            }
            if (!ok)
            {
                throw new VietQrException(VietQrError.MalformedAmount, path, "must be a non-zero whole amount without leading zeros, at most 13 characters");
            }
            return value;
        }

        /// <summary>57: a percentage 00.01–99.99 (at most 5 characters).</summary>
        private static void CheckPercentage(string text)
        {
            bool ok = text.Length >= 1 && text.Length <= 5;
            bool nonZero = false;
            int dots = 0;
            for (int i = 0; i < text.Length && ok; i++)
            {
                char c = text[i];
                if (c == '.')
                {
                    dots++;
                    ok = dots == 1 && i > 0 && i < text.Length - 1;
                }
                else
                {
                    ok = c >= '0' && c <= '9';
                    nonZero |= c != '0';
                }
            }
            if (!ok || !nonZero)
            {
                throw new VietQrException(VietQrError.TipInconsistent, "57", "percentage must be 00.01-99.99");
            }
        }

        private static void CheckMaxLength(Level level, int id, int max, string path)
        {
            string value = level.Value(id);
            if (value != null && value.Length > max)
            {
                throw new VietQrException(VietQrError.FieldTooLong, path, "at most " + max + " characters");
            }
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

        private static bool IsUpperLetter(char c)
        {
            return c >= 'A' && c <= 'Z';
        }

        private static string Path(string parent, int id)
        {
            string two = id < 10 ? "0" + id : id.ToString();
            return parent == null ? two : parent + "." + two;
        }

        private static int TwoDigits(string text, int at)
        {
            char high = text[at];
            char low = text[at + 1];
            if (high < '0' || high > '9' || low < '0' || low > '9')
            {
                return -1;
            }
            return (high - '0') * 10 + (low - '0');
        }

        /// <summary>Splits text[start, end) into TLV objects: every id and length 2 digits, lengths 01–99, no overflow, no leftovers, no duplicates.</summary>
        private static Level Scan(string text, int start, int end, string path)
        {
            var level = new Level(text);
            int pos = start;
            while (pos < end)
            {
                if (end - pos < 4)
                {
                    throw new VietQrException(VietQrError.TrailingBytes, path, (end - pos) + " characters after the last object");
                }
                int id = TwoDigits(text, pos);
                if (id < 0)
                {
                    throw new VietQrException(VietQrError.NonNumericId, path, "id at index " + pos + " is not 2 digits");
                }
                int length = TwoDigits(text, pos + 2);
                if (length < 0)
                {
                    throw new VietQrException(VietQrError.NonNumericLength, Path(path, id), "length is not 2 digits");
                }
                if (length == 0)
                {
                    throw new VietQrException(VietQrError.ZeroLength, Path(path, id), "lengths are 01-99");
                }
                int valueStart = pos + 4;
                if (length > end - valueStart)
                {
                    throw new VietQrException(VietQrError.LengthOverflow, Path(path, id), "value runs past the end of its parent");
                }
                if (level.Start[id] >= 0)
                {
                    throw new VietQrException(VietQrError.DuplicateId, Path(path, id), "id appears twice");
                }
                level.Start[id] = valueStart;
                level.Length[id] = length;
                if (level.FirstId < 0)
                {
                    level.FirstId = id;
                }
                level.LastId = id;
                pos = valueStart + length;
            }
            return level;
        }

        /// <summary>The objects of one TLV level, indexed by id (ids are 00–99, so two small arrays beat a table).</summary>
        private sealed class Level
        {
            public readonly int[] Start = new int[100];
            public readonly int[] Length = new int[100];
            public int FirstId = -1;
            public int LastId = -1;
            private readonly string _text;

            public Level(string text)
            {
                _text = text;
                for (int i = 0; i < Start.Length; i++)
                {
                    Start[i] = -1;
                }
            }

            public bool Has(int id)
            {
                return Start[id] >= 0;
            }

            public string Value(int id)
            {
                return Start[id] < 0 ? null : _text.Substring(Start[id], Length[id]);
            }

            public Level Sub(int id, string path)
            {
                return Scan(_text, Start[id], Start[id] + Length[id], path);
            }

            /// <summary>Rejects any id outside [first, last] at this level.</summary>
            public void OnlyIds(int first, int last, string path)
            {
                for (int id = 0; id < Start.Length; id++)
                {
                    if (Start[id] >= 0 && (id < first || id > last))
                    {
                        throw new VietQrException(VietQrError.UnexpectedField, Path(path, id), "not defined in this template");
                    }
                }
            }
        }
    }
}
