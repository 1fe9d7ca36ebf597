namespace Dashboard.Features.Areas;

/// <summary>The areas every database starts with (HasData): Hà Giang and its eleven district-level units, by official code.</summary>
internal static class ReferenceAreas
{
    public const int HaGiangProvinceId = 1;

    /// <summary>In the order of their ids, 10 onwards.</summary>
    public static readonly (string Code, string Name)[] HaGiangDistricts =
    [
        ("024", "Thành phố Hà Giang"), ("026", "Đồng Văn"), ("027", "Mèo Vạc"), ("028", "Yên Minh"),
        ("029", "Quản Bạ"), ("030", "Vị Xuyên"), ("031", "Bắc Mê"), ("032", "Hoàng Su Phì"),
        ("033", "Xín Mần"), ("034", "Bắc Quang"), ("035", "Quang Bình"),
    ];

    public static IEnumerable<Area> Rows =>
    [
        new Area { Id = HaGiangProvinceId, Code = "02", Name = "Hà Giang", Level = AreaLevel.Province },
        .. HaGiangDistricts.Select((d, i) => new Area
        {
            Id = 10 + i, Code = d.Code, Name = d.Name, Level = AreaLevel.District, ParentId = HaGiangProvinceId,
        }),
    ];
}
