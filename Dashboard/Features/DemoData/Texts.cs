using Dashboard.Features.Incidents;

namespace Dashboard.Features.DemoData;

/// <summary>Short, generic texts for generated records. Never personal data: a subject says what kind of case, not who.</summary>
internal static class Texts
{
    private static readonly string[] Subjects =
    [
        "Xác minh chủ thuê bao liên quan vụ trộm cáp quang tại {0}",
        "Tra cứu lịch sử cuộc gọi phục vụ điều tra vụ lừa đảo qua mạng",
        "Xác minh vị trí trạm phát sóng phục vụ truy bắt đối tượng truy nã",
        "Xác minh thông tin đăng ký SIM liên quan vụ lừa đảo chiếm đoạt tài sản",
        "Tra cứu tài khoản Internet liên quan hành vi phát tán thông tin sai sự thật",
        "Xác minh thuê bao liên quan vụ cố ý gây thương tích tại {0}",
        "Xác minh thuê bao phục vụ tìm kiếm người mất tích tại {0}",
        "Tra cứu thông tin phục vụ điều tra vụ trộm cắp tài sản tại {0}",
        "Xác minh thuê bao liên quan đường dây mua bán người qua biên giới",
        "Xác minh dữ liệu phục vụ điều tra vụ vận chuyển trái phép chất ma túy",
        "Tra cứu thông tin liên quan vụ tổ chức đánh bạc qua mạng",
        "Xác minh thuê bao liên quan vụ phá hoại trạm BTS tại {0}",
        "Xác minh thuê bao liên quan vụ cướp tài sản tại {0}",
        "Tra cứu thông tin phục vụ xác minh tin báo tội phạm tại {0}",
    ];

    private static readonly string[] CutCauses = ["thi công mở rộng đường", "cây đổ", "xe quá khổ kéo đứt", "đốt nương làm rẫy"];

    public static string Subject(Random rng, string place) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Subjects[rng.Next(Subjects.Length)], place);

    public static string Summary(Random rng, IncidentKind kind, string place, bool rainySeason) => kind switch
    {
        IncidentKind.CableCut => rainySeason && rng.Next(100) < 70
            ? $"Đứt cáp quang do sạt lở đất tại {place}"
            : $"Đứt cáp quang do {CutCauses[rng.Next(CutCauses.Length)]} tại {place}",
        IncidentKind.CableTheft => $"Trộm cắp {rng.Next(2, 60) * 10} m cáp {(rng.Next(2) == 0 ? "quang" : "đồng")} tại {place}",
        IncidentKind.EquipmentTheft => $"Mất trộm {(rng.Next(3) == 0 ? "máy phát điện" : "ắc quy")} trạm BTS tại {place}",
        IncidentKind.StationVandalism => $"Phá khóa, xâm nhập trái phép nhà trạm BTS tại {place}",
        IncidentKind.Arson => $"Đốt tủ cáp, gây cháy thiết bị tại {place}",
        IncidentKind.RouteEncroachment => $"Lấn chiếm hành lang tuyến cáp tại {place}",
        IncidentKind.SignalInterference => $"Can nhiễu tần số di động khu vực {place}",
        IncidentKind.NetworkMisuse => $"Sử dụng trái phép thiết bị phát sóng giả (BTS giả) tại {place}",
        _ => $"Xâm hại cột treo cáp tại {place}",
    };
}
