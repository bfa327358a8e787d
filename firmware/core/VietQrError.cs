namespace QrTerminal.Core
{
    /// <summary>Why a VietQR payload (or a builder input) was refused. Each reason is distinct so reports can say why.</summary>
    public enum VietQrError
    {
        /// <summary>No error.</summary>
        None,
        /// <summary>The payload is null or empty.</summary>
        Empty,
        /// <summary>More than 512 characters (EMVCo MPM §4.1).</summary>
        TooLong,
        /// <summary>A character outside printable ASCII 0x20–0x7E.</summary>
        NonAscii,
        /// <summary>The payload does not start with "000201" (payload format indicator 01).</summary>
        MissingHeader,
        /// <summary>The payload does not end with "6304" and four characters.</summary>
        MissingCrc,
        /// <summary>The CRC is not 4 uppercase hex digits or does not match the payload.</summary>
        BadCrc,
        /// <summary>A TLV id is not two digits.</summary>
        NonNumericId,
        /// <summary>A TLV length is not two digits.</summary>
        NonNumericLength,
        /// <summary>A TLV length of 00 (lengths are 01–99).</summary>
        ZeroLength,
        /// <summary>A TLV value runs past the end of its parent.</summary>
        LengthOverflow,
        /// <summary>1–3 characters left over after the last TLV object of a level.</summary>
        TrailingBytes,
        /// <summary>The same id twice at one level.</summary>
        DuplicateId,
        /// <summary>The CRC object 63 is not the last object.</summary>
        CrcNotLast,
        /// <summary>A mandatory field is absent.</summary>
        MissingField,
        /// <summary>Point of initiation (01) is neither 11 (static) nor 12 (dynamic).</summary>
        BadPointOfInitiation,
        /// <summary>A template (26–51, 80–99, or a 62 sub-template 50–99) without its GUID in sub-field 00.</summary>
        TemplateWithoutGuid,
        /// <summary>An id that the template does not define (e.g. 38-01-02, the known vietqr-ts nesting bug).</summary>
        UnexpectedField,
        /// <summary>Amount (54, 56) is not a non-zero whole number of at most 13 characters without leading zeros.</summary>
        MalformedAmount,
        /// <summary>A field has the wrong format (BIN not 6 digits, MCC not 4 digits, currency not 3 digits, ...).</summary>
        InvalidField,
        /// <summary>A field is longer than the spec allows (59 ≤ 25, 60 ≤ 15, 62-xx ≤ 25, 62 total ≤ 99, ...).</summary>
        FieldTooLong,
        /// <summary>Tip or convenience-fee fields 55/56/57 that contradict each other.</summary>
        TipInconsistent
    }

    /// <summary>Stable ASCII names of <see cref="VietQrError"/> (Enum.ToString() gives a number on nanoFramework).</summary>
    public static class VietQrErrorText
    {
        /// <summary>The enum member's name, e.g. "BadCrc", for logs, telemetry and the CLI.</summary>
        public static string Code(VietQrError error)
        {
            switch (error)
            {
                case VietQrError.None: return "None";
                case VietQrError.Empty: return "Empty";
                case VietQrError.TooLong: return "TooLong";
                case VietQrError.NonAscii: return "NonAscii";
                case VietQrError.MissingHeader: return "MissingHeader";
                case VietQrError.MissingCrc: return "MissingCrc";
                case VietQrError.BadCrc: return "BadCrc";
                case VietQrError.NonNumericId: return "NonNumericId";
                case VietQrError.NonNumericLength: return "NonNumericLength";
                case VietQrError.ZeroLength: return "ZeroLength";
                case VietQrError.LengthOverflow: return "LengthOverflow";
                case VietQrError.TrailingBytes: return "TrailingBytes";
                case VietQrError.DuplicateId: return "DuplicateId";
                case VietQrError.CrcNotLast: return "CrcNotLast";
                case VietQrError.MissingField: return "MissingField";
                case VietQrError.BadPointOfInitiation: return "BadPointOfInitiation";
                case VietQrError.TemplateWithoutGuid: return "TemplateWithoutGuid";
                case VietQrError.UnexpectedField: return "UnexpectedField";
                case VietQrError.MalformedAmount: return "MalformedAmount";
                case VietQrError.InvalidField: return "InvalidField";
                case VietQrError.FieldTooLong: return "FieldTooLong";
                case VietQrError.TipInconsistent: return "TipInconsistent";
                default: return "Unknown";
            }
        }
    }
}
