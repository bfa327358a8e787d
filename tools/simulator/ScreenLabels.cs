using QrTerminal.Core;

namespace QrTerminal.Simulator;

/// <summary>Stable names (JSON, file names) and Vietnamese captions of the screens.</summary>
public static class ScreenLabels
{
    /// <summary>Lower-case screen name for JSON lines and file names, e.g. "invoice".</summary>
    public static string Name(ScreenKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>What a citizen reads on that screen, for the terminal view.</summary>
    public static string Caption(ScreenKind kind) => kind switch
    {
        ScreenKind.Boot => "Khởi động",
        ScreenKind.Setup => "Cần cấu hình",
        ScreenKind.Connecting => "Đang kết nối",
        ScreenKind.Idle => "Sẵn sàng",
        ScreenKind.Invoice => "Quét mã để thanh toán",
        ScreenKind.Paid => "Đã thanh toán",
        ScreenKind.Expired => "Hoá đơn hết hạn",
        ScreenKind.Cancelled => "Hoá đơn đã huỷ",
        ScreenKind.Rejected => "Từ chối hiển thị mã QR",
        ScreenKind.Offline => "Mất kết nối",
        ScreenKind.Error => "Lỗi",
        _ => kind.ToString(),
    };

    /// <summary>Whole VND with dot thousands separators, e.g. "150.000 ₫".</summary>
    public static string Vnd(long amount) => amount.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.') + " ₫";
}
