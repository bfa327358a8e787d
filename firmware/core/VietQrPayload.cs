namespace QrTerminal.Core
{
    /// <summary>
    /// A VietQR / EMVCo merchant-presented payload that passed <see cref="VietQrParser.Parse"/>.
    /// Absent optional fields are null (Amount: -1). Text is exactly as carried in the payload.
    /// </summary>
    public sealed class VietQrPayload
    {
        /// <summary>The NAPAS VietQR GUID (AID) in 38-00.</summary>
        public const string NapasGuid = "A000000727";

        /// <summary>The whole payload string.</summary>
        public string Raw { get; internal set; }

        /// <summary>01: "11" static (many payments) or "12" dynamic (one payment).</summary>
        public string PointOfInitiation { get; internal set; }

        /// <summary>True when 01 is "12".</summary>
        public bool IsDynamic { get { return PointOfInitiation == "12"; } }

        /// <summary>Id of the merchant account object used for Guid/Bin/Account: 38 when present, else the lowest of 02–51.</summary>
        public int MerchantAccountId { get; internal set; }

        /// <summary>How many merchant account objects (02–51) the payload carries; a payer's app may pick any of them.</summary>
        public int MerchantAccountCount { get; internal set; }

        /// <summary>GUID (sub-field 00) of the merchant account template; null for a primitive 02–25 account.</summary>
        public string Guid { get; internal set; }

        /// <summary>38-01-00: acquirer / beneficiary bank BIN (6 digits). Null unless 38 carries the NAPAS GUID.</summary>
        public string Bin { get; internal set; }

        /// <summary>38-01-01: account or card number (≤ 19).</summary>
        public string Account { get; internal set; }

        /// <summary>38-02: QRIBFTTA (to account), QRIBFTTC (to card), QRPUSH...; may be absent.</summary>
        public string ServiceCode { get; internal set; }

        /// <summary>52: merchant category code (8062 hospitals).</summary>
        public string Mcc { get; internal set; }

        /// <summary>53: ISO 4217 numeric currency ("704" = VND).</summary>
        public string Currency { get; internal set; }

        /// <summary>54 as whole dong, or -1 when absent.</summary>
        public long Amount { get; internal set; }

        /// <summary>54 as carried (e.g. "50000" or "50000."), or null.</summary>
        public string AmountText { get; internal set; }

        /// <summary>55: tip or convenience indicator ("01", "02", "03"), or null.</summary>
        public string TipIndicator { get; internal set; }

        /// <summary>58: country ("VN").</summary>
        public string Country { get; internal set; }

        /// <summary>59: merchant name.</summary>
        public string MerchantName { get; internal set; }

        /// <summary>60: merchant city.</summary>
        public string City { get; internal set; }

        /// <summary>61: postal code.</summary>
        public string PostalCode { get; internal set; }

        /// <summary>62-01: bill number.</summary>
        public string BillNumber { get; internal set; }

        /// <summary>62-02: mobile number.</summary>
        public string MobileNumber { get; internal set; }

        /// <summary>62-03: store label.</summary>
        public string StoreLabel { get; internal set; }

        /// <summary>62-05: reference label.</summary>
        public string ReferenceLabel { get; internal set; }

        /// <summary>62-07: terminal label.</summary>
        public string TerminalLabel { get; internal set; }

        /// <summary>62-08: purpose of transaction (the transfer content the payer's app shows).</summary>
        public string Purpose { get; internal set; }

        /// <summary>63: the CRC as carried (4 uppercase hex digits; verified).</summary>
        public string Crc { get; internal set; }
    }
}
