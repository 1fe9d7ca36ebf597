namespace Dashboard.Features.DemoData;

/// <summary>A province or centrally-run city after the 2025 merger, with its official code and a weight close to its population (millions).</summary>
internal sealed record Province(string Code, string Name, bool IsCity, double Weight, bool Highland)
{
    /// <summary>"Công an tỉnh Lào Cai", "Công an thành phố Đà Nẵng".</summary>
    public string PoliceName => $"Công an {(IsCity ? "thành phố" : "tỉnh")} {Name}";

    public string TelecomName => $"Viễn thông {(Name == "Hồ Chí Minh" ? "Thành phố Hồ Chí Minh" : Name)}";

    /// <summary>The 34 provincial-level units from 1 July 2025 (Nghị quyết 202/2025/QH15).</summary>
    public static readonly Province[] All =
    [
        new("01", "Hà Nội", true, 8.7, false), new("04", "Cao Bằng", false, 0.6, true),
        new("08", "Tuyên Quang", false, 1.9, true), new("11", "Điện Biên", false, 0.7, true),
        new("12", "Lai Châu", false, 0.5, true), new("14", "Sơn La", false, 1.3, true),
        new("15", "Lào Cai", false, 1.8, true), new("19", "Thái Nguyên", false, 1.8, true),
        new("20", "Lạng Sơn", false, 0.8, true), new("22", "Quảng Ninh", false, 1.4, false),
        new("24", "Bắc Ninh", false, 3.6, false), new("25", "Phú Thọ", false, 4.0, true),
        new("31", "Hải Phòng", true, 4.7, false), new("33", "Hưng Yên", false, 3.6, false),
        new("37", "Ninh Bình", false, 4.4, false), new("38", "Thanh Hóa", false, 4.3, false),
        new("40", "Nghệ An", false, 3.8, false), new("42", "Hà Tĩnh", false, 1.6, false),
        new("44", "Quảng Trị", false, 1.9, false), new("46", "Huế", true, 1.2, false),
        new("48", "Đà Nẵng", true, 3.1, false), new("51", "Quảng Ngãi", false, 2.2, false),
        new("52", "Gia Lai", false, 3.6, false), new("56", "Khánh Hòa", false, 2.2, false),
        new("66", "Đắk Lắk", false, 3.3, false), new("68", "Lâm Đồng", false, 3.9, false),
        new("75", "Đồng Nai", false, 4.5, false), new("79", "Hồ Chí Minh", true, 14.0, false),
        new("80", "Tây Ninh", false, 3.3, false), new("82", "Đồng Tháp", false, 4.4, false),
        new("86", "Vĩnh Long", false, 4.3, false), new("91", "An Giang", false, 4.9, false),
        new("92", "Cần Thơ", true, 4.2, false), new("96", "Cà Mau", false, 2.6, false),
    ];

    public static double TotalWeight { get; } = All.Sum(p => p.Weight);
}
