namespace Dashboard.Features.DemoData;

/// <summary>Parts of Vietnamese names, Kinh and the ethnic minorities of the northern mountains, for generated people.</summary>
internal static class VietnameseNames
{
    private static readonly string[] KinhFamily =
    [
        "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
        "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Lương", "Tạ", "Cao",
    ];

    private static readonly string[] MaleMiddle = ["Văn", "Văn", "Đức", "Minh", "Quốc", "Hữu", "Thanh", "Công", "Mạnh", "Xuân", "Anh"];
    private static readonly string[] FemaleMiddle = ["Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Thị Thu", "Thị Thanh", "Minh"];

    private static readonly string[] MaleGiven =
    [
        "Hùng", "Dũng", "Tuấn", "Minh", "Long", "Nam", "Thắng", "Cường", "Hải", "Sơn", "Trung", "Phong", "Khoa",
        "Bình", "Quân", "Hiếu", "Đức", "Tùng", "Khánh", "Việt", "Huy", "Phúc", "Lâm", "Kiên",
    ];

    private static readonly string[] FemaleGiven =
    [
        "Hà", "Lan", "Hương", "Mai", "Linh", "Trang", "Huyền", "Thảo", "Ngọc", "Phương", "Yến", "Hạnh", "Oanh",
        "Nhung", "Hằng", "Vân", "Giang", "Thủy", "Ánh", "Quyên",
    ];

    /// <summary>Whole names of the H'Mông, Tày, Dao, Nùng and Giáy people of the northern border provinces.</summary>
    private static readonly string[] Highland =
    [
        "Giàng A Páo", "Sùng Mí Chá", "Vàng Thị Mỷ", "Lý Mí Sính", "Thào Mí Lử", "Giàng Thị Sua", "Vương Mí Sà",
        "Mua Mí Vàng", "Sùng Thị Dợ", "Thào Seo Lềnh", "Nông Văn Hùng", "Hoàng Thị Lan", "Ma Văn Tuấn",
        "Lương Văn Tùng", "Nông Thị Hạnh", "Bàn Văn Phú", "Triệu Thị Mai", "Triệu Văn Kiên", "Bàn Thị Liên",
        "Vi Văn Thắng", "Mã Thị Hoa", "Lục Văn Thắng", "Vi Thị Hồng", "Thèn Văn Sáng", "Sèn Thị Nhung",
    ];

    public static string Compose(Random rng, bool highlandProvince)
    {
        if (highlandProvince && rng.Next(100) < 35)
        {
            return Highland[rng.Next(Highland.Length)];
        }
        var family = KinhFamily[rng.Next(KinhFamily.Length)];
        return rng.Next(100) < 55
            ? $"{family} {MaleMiddle[rng.Next(MaleMiddle.Length)]} {MaleGiven[rng.Next(MaleGiven.Length)]}"
            : $"{family} {FemaleMiddle[rng.Next(FemaleMiddle.Length)]} {FemaleGiven[rng.Next(FemaleGiven.Length)]}";
    }

    public static readonly string[] PoliceRanks = ["Trung úy", "Thượng úy", "Thượng úy", "Đại úy", "Đại úy", "Thiếu tá", "Trung tá"];
    public static readonly string[] TelecomTitles = ["Kỹ sư", "Kỹ sư", "Kỹ thuật viên", "Kỹ thuật viên", "Chuyên viên", "Nhân viên kỹ thuật"];
}
