using Dashboard.Features.People;
using Dashboard.Infrastructure.Data;
using Dashboard.Tests.TestInfrastructure;

namespace Dashboard.Tests.Features.People;

/// <summary>The lists of units and people that forms and filters pick from.</summary>
public sealed class ReferenceListsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSQL)]
    public async Task PeopleList_SortsNamesInVietnameseOrder_DBeforeĐBeforeE_OnEitherDatabase(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var data = new FigureData(db);
        foreach (var (code, name) in new[] { ("P1", "Zơ Râm"), ("P2", "Đặng Văn Hùng"), ("P3", "Dương Thị Lan"), ("P4", "Ê Ban"), ("P5", "Âu Cơ"), ("P6", "An Khê") })
        {
            await data.PersonAsync(code, name);
        }

        var names = (await new ReferenceLists(db).PeopleAsync(null)).Select(c => c.Name.Split(" – ")[0]).ToList();

        Assert.Equal(["An Khê", "Âu Cơ", "Dương Thị Lan", "Đặng Văn Hùng", "Ê Ban", "Zơ Râm"], names);
    }

    [Fact]
    public async Task PeopleList_OfAnAgency_OffersItsActivePeopleOnly_EachWithTheirUnit()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using (var context = db.CreateDbContext())
        {
            var pa05 = new Unit { Code = "PA05", Name = "Phòng An ninh mạng", Agency = Agency.Police };
            var telecom = new Unit { Code = "VT-KT", Name = "Phòng Kỹ thuật", Agency = Agency.Telecom };
            context.AddRange(
                new Person { Code = "P01", FullName = "Trần Văn Hùng", Unit = pa05 },
                new Person { Code = "P02", FullName = "Lò Văn Minh", Unit = pa05, IsActive = false },
                new Person { Code = "T01", FullName = "Nguyễn Thị Hà", Unit = telecom });
            await context.SaveChangesAsync();
        }
        var lists = new ReferenceLists(db);

        Assert.Equal(["Trần Văn Hùng – Phòng An ninh mạng"], (await lists.PeopleAsync(Agency.Police)).Select(c => c.Name));
        Assert.Equal(["Nguyễn Thị Hà – Phòng Kỹ thuật"], (await lists.PeopleAsync(Agency.Telecom)).Select(c => c.Name));
        Assert.Equal(2, (await lists.PeopleAsync(null)).Count);
    }

    [Fact]
    public async Task UnitList_OfAnAgency_IsInVietnameseOrder_WithoutTheOtherAgencysUnits()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using (var context = db.CreateDbContext())
        {
            context.Units.AddRange(
                new Unit { Code = "TTVT-YM", Name = "Trung tâm Viễn thông Yên Minh", Agency = Agency.Telecom },
                new Unit { Code = "TTVT-DV", Name = "Trung tâm Viễn thông Đồng Văn", Agency = Agency.Telecom },
                new Unit { Code = "TTVT-BM", Name = "Trung tâm Viễn thông Bắc Mê", Agency = Agency.Telecom },
                new Unit { Code = "PA05", Name = "Phòng An ninh mạng", Agency = Agency.Police });
            await context.SaveChangesAsync();
        }

        var units = await new ReferenceLists(db).UnitsAsync(Agency.Telecom);

        Assert.Equal(["Trung tâm Viễn thông Bắc Mê", "Trung tâm Viễn thông Đồng Văn", "Trung tâm Viễn thông Yên Minh"], units.Select(u => u.Name));
    }
}
