using Dashboard.Features.People;

namespace Dashboard.Features.DemoData;

/// <summary>The units and people of the Hà Giang demo: both agencies' provincial departments and their district units.</summary>
internal static class HaGiangCast
{
    /// <summary>Short names of the districts, in the order of ReferenceAreas.HaGiangDistricts (ids 10..20).</summary>
    public static readonly string[] DistrictShort = ["HG", "DV", "MV", "YM", "QBA", "VX", "BM", "HSP", "XM", "BQ", "QBI"];

    public static string TelecomCentreName(string district) => $"Trung tâm Viễn thông {district}";

    public static string DistrictPoliceName(string district) =>
        district.StartsWith("Thành phố", StringComparison.Ordinal) ? $"Công an thành phố {district[10..]}" : $"Công an huyện {district}";

    public static readonly (string Code, string Name)[] TelecomDepartments =
    [
        ("VTHG-KTDT", "Phòng Kỹ thuật – Đầu tư, Viễn thông Hà Giang"),
        ("VTHG-THNS", "Phòng Tổng hợp – Nhân sự, Viễn thông Hà Giang"),
        ("VTHG-DHTT", "Trung tâm Điều hành thông tin, Viễn thông Hà Giang"),
    ];

    public static readonly (string Code, string Name)[] PoliceDepartments =
    [
        ("PA05", "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao"),
        ("PC02", "Phòng Cảnh sát hình sự"),
        ("PA04", "Phòng An ninh điều tra"),
    ];

    /// <summary>Person code, full name, title, unit code. District units are TTVT-xx (telecom) and CAH-xx (police).</summary>
    public static readonly (string Code, string Name, string Title, string Unit)[] People =
    [
        ("T01", "Nguyễn Thị Hà", "Trưởng phòng", "VTHG-KTDT"),
        ("T02", "Nông Văn Hùng", "Phó Trưởng phòng", "VTHG-KTDT"),
        ("T03", "Hoàng Thị Lan", "Kỹ sư", "VTHG-DHTT"),
        ("T04", "Trần Quang Huy", "Kỹ sư", "VTHG-DHTT"),
        ("T05", "Vi Văn Thắng", "Kỹ thuật viên", "VTHG-DHTT"),
        ("T06", "Phạm Thị Thu Trang", "Chuyên viên", "VTHG-THNS"),
        ("T07", "Bàn Văn Phú", "Giám đốc Trung tâm", "TTVT-HSP"),
        ("T08", "Triệu Thị Mai", "Kỹ thuật viên", "TTVT-BQ"),
        ("T09", "Đỗ Mạnh Cường", "Giám đốc Trung tâm", "TTVT-BQ"),
        ("T10", "Vàng Thị Mỷ", "Kỹ thuật viên", "TTVT-DV"),
        ("T11", "Lý Mí Sính", "Kỹ thuật viên", "TTVT-MV"),
        ("T12", "Ma Văn Tuấn", "Giám đốc Trung tâm", "TTVT-VX"),
        ("T13", "Lê Thị Thanh Hương", "Kỹ sư", "TTVT-HG"),
        ("T14", "Mã Thị Hoa", "Kỹ thuật viên", "TTVT-XM"),
        ("T15", "Vũ Đức Thắng", "Kỹ sư", "TTVT-QBI"),
        ("T16", "Thèn Văn Sáng", "Kỹ thuật viên", "TTVT-YM"),
        ("T17", "Ngô Thị Ngọc Ánh", "Chuyên viên", "VTHG-KTDT"),
        ("T18", "Hoàng Văn Khởi", "Kỹ thuật viên", "TTVT-BM"),
        ("T19", "Sèn Thị Nhung", "Kỹ thuật viên", "TTVT-QBA"),
        ("P01", "Phạm Quốc Tuấn", "Thượng tá, Trưởng phòng", "PA05"),
        ("P02", "Giàng A Páo", "Đại úy", "PA05"),
        ("P03", "Sùng Mí Chá", "Thượng úy", "CAH-MV"),
        ("P04", "Thào Mí Lử", "Trung úy", "CAH-DV"),
        ("P05", "Nguyễn Văn Long", "Trung tá, Phó Trưởng phòng", "PC02"),
        ("P06", "Đặng Thị Huyền", "Đại úy", "PA05"),
        ("P07", "Nông Thị Hạnh", "Thiếu tá", "PA05"),
        ("P08", "Bùi Văn Khánh", "Thiếu tá, Đội trưởng", "PC02"),
        ("P09", "Hoàng Văn Dũng", "Đại úy", "CAH-BQ"),
        ("P10", "Lương Văn Tùng", "Thượng úy", "CAH-VX"),
        ("P11", "Triệu Văn Kiên", "Đại úy", "CAH-HSP"),
        ("P12", "Lục Văn Thắng", "Trung úy", "CAH-XM"),
        ("P13", "Trần Minh Đức", "Trung tá, Trưởng phòng", "PA04"),
        ("P14", "Lê Hoàng Nam", "Đại úy", "PA04"),
        ("P15", "Vương Mí Sà", "Thượng úy", "CAH-YM"),
        ("P16", "Mua Mí Vàng", "Trung úy", "CAH-QBA"),
        ("P17", "Phan Anh Tuấn", "Thiếu tá", "CAH-HG"),
        ("P18", "Bàn Thị Liên", "Thượng úy", "CAH-BM"),
        ("P19", "Nguyễn Đức Mạnh", "Đại úy", "CAH-QBI"),
        ("P20", "Đinh Thị Thu Hà", "Thiếu tá", "PC02"),
        ("P21", "Vi Thị Hồng", "Đại úy", "PA05"),
        ("P22", "Giàng Thị Sua", "Thượng úy", "CAH-MV"),
    ];

    /// <summary>All units: departments first, then one telecom centre and one police unit per district.</summary>
    public static IEnumerable<Unit> Units(IReadOnlyList<(string Code, string Name)> districts)
    {
        foreach (var (code, name) in TelecomDepartments)
        {
            yield return new Unit { Code = code, Name = name, Agency = Agency.Telecom };
        }
        foreach (var (code, name) in PoliceDepartments)
        {
            yield return new Unit { Code = code, Name = name, Agency = Agency.Police };
        }
        for (var i = 0; i < districts.Count; i++)
        {
            yield return new Unit { Code = $"TTVT-{DistrictShort[i]}", Name = TelecomCentreName(districts[i].Name), Agency = Agency.Telecom };
            yield return new Unit { Code = $"CAH-{DistrictShort[i]}", Name = DistrictPoliceName(districts[i].Name), Agency = Agency.Police };
        }
    }
}
