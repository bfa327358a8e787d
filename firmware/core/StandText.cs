namespace QrTerminal.Core
{
    /// <summary>Vietnamese texts the state machine puts into <see cref="ScreenModel.Reason"/> (layouts add their own labels).</summary>
    public static class StandText
    {
        /// <summary>Setup screen reason.</summary>
        public const string ConfigInvalid = "Cấu hình chưa hợp lệ";

        /// <summary>Error screen reason for 401.</summary>
        public const string TokenRefused = "Máy chủ từ chối mã xác thực của quầy";

        /// <summary>Offline screen reason when Wi-Fi is down.</summary>
        public const string WifiDown = "Mất kết nối Wi-Fi";

        /// <summary>Offline screen reason when the gateway does not answer properly.</summary>
        public const string GatewayDown = "Không kết nối được máy chủ";

        /// <summary>Rejected reason when the invoice currency is not VND.</summary>
        public const string CurrencyNotVnd = "Hóa đơn không dùng đồng Việt Nam";

        /// <summary>Rejected reason when the verifier itself failed.</summary>
        public const string VerifierFailed = "Không kiểm tra được mã QR";
    }
}
