using System;

namespace QrTerminal.Core
{
    /// <summary>The only exception the VietQR parser and builder throw: a typed reason and where it was found.</summary>
    public class VietQrException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="error">The reason.</param>
        /// <param name="field">Where: a TLV path like "38.01.00" or a builder property name; null when global.</param>
        /// <param name="detail">A short English explanation.</param>
        public VietQrException(VietQrError error, string field, string detail)
            : base(Describe(error, field, detail))
        {
            Error = error;
            Field = field;
        }

        /// <summary>The reason.</summary>
        public VietQrError Error { get; }

        /// <summary>The TLV path ("38.01.00") or builder property; null when the whole payload is concerned.</summary>
        public string Field { get; }

        private static string Describe(VietQrError error, string field, string detail)
        {
            string text = VietQrErrorText.Code(error);
            if (field != null)
            {
                text = text + " at " + field;
            }
            return detail == null ? text : text + ": " + detail;
        }
    }
}
