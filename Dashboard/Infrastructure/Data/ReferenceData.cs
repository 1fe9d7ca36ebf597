using Dashboard.Features.Agreements;
using Dashboard.Features.Areas;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Data;

/// <summary>Reference data every database starts with: Hà Giang and its eleven district-level units (official codes), and both agreements.</summary>
internal static class ReferenceData
{
    public const int HaGiangProvinceId = 1;
    public const int Agreement2012Id = 1;
    public const int Agreement2023Id = 2;

    public static readonly (string Code, string Name)[] HaGiangDistricts =
    [
        ("024", "Thành phố Hà Giang"), ("026", "Đồng Văn"), ("027", "Mèo Vạc"), ("028", "Yên Minh"),
        ("029", "Quản Bạ"), ("030", "Vị Xuyên"), ("031", "Bắc Mê"), ("032", "Hoàng Su Phì"),
        ("033", "Xín Mần"), ("034", "Bắc Quang"), ("035", "Quang Bình"),
    ];

    public static void Apply(ModelBuilder builder)
    {
        builder.Entity<Area>().HasData(new Area { Id = HaGiangProvinceId, Code = "02", Name = "Hà Giang", Level = AreaLevel.Province });
        builder.Entity<Area>().HasData(HaGiangDistricts.Select((d, i) => new Area
        {
            Id = 10 + i, Code = d.Code, Name = d.Name, Level = AreaLevel.District, ParentId = HaGiangProvinceId,
        }));
        builder.Entity<Agreement>().HasData(
            new Agreement
            {
                Id = Agreement2012Id, Code = "QCPH-2012",
                Title = "Quy chế phối hợp giữa Viễn thông Hà Giang và Công an tỉnh Hà Giang giai đoạn 2012–2023",
                SignedOn = new DateOnly(2012, 1, 1), StartsOn = new DateOnly(2012, 1, 1), EndsOn = new DateOnly(2023, 10, 28),
            },
            new Agreement
            {
                Id = Agreement2023Id, Code = "QCPH-2023",
                Title = "Quy chế phối hợp giữa Viễn thông Hà Giang và Công an tỉnh Hà Giang giai đoạn 2023–2027",
                SignedOn = new DateOnly(2023, 10, 29), StartsOn = new DateOnly(2023, 10, 29), EndsOn = new DateOnly(2027, 12, 31),
                PredecessorId = Agreement2012Id,
            });
    }
}
