namespace QrTerminal.Core
{
    /// <summary>The Vietnamese words on the stand's screens (one place, so they are reviewed together).</summary>
    public static class ScreenText
    {
        public const string Ready = "Sẵn sàng";
        public const string Paid = "Đã thanh toán";
        public const string Expired = "Hết hạn";
        public const string ExpiredDetail = "Mã QR đã hết hạn";
        public const string Cancelled = "Đã hủy";
        public const string CancelledDetail = "Hóa đơn đã hủy";
        public const string Rejected = "Từ chối";
        public const string RejectedDefault = "Mã QR không hợp lệ";
        public const string Offline = "Mất kết nối";
        public const string OfflineDefault = "Wi-Fi hoặc máy chủ không phản hồi";
        public const string OfflineMarker = "MẤT MẠNG";
        public const string Error = "Lỗi";
        public const string Setup = "Cài đặt";
        public const string SetupDefault = "Cần cấu hình Wi-Fi và máy chủ";
        public const string TerminalPrefix = "Mã máy: ";
        public const string Boot = "Đang khởi động";
        public const string Connecting = "Đang kết nối";
        public const string QrTooLong = "Mã QR quá dài";
        public const string TransactionPrefix = "Mã GD: ";
        public const string Left = "Còn ";
        public const string Minutes = " phút";
        public const string UnderAMinute = "Còn dưới 1 phút";
    }
}
