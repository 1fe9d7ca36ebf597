using Dashboard.Features.Areas;
using Dashboard.Features.People;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Features.Areas;

/// <summary>The administrative areas: the tree every database starts with, retired areas kept for history, and the areas forms offer.</summary>
public sealed class AreaTreeTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task NewDatabase_HoldsHaGiang_WithItsElevenDistrictsUnderIt()
    {
        await using var db = _db.CreateDbContext();

        var areas = await db.Areas.AsNoTracking().Include(a => a.Parent).ToListAsync();

        var province = Assert.Single(areas, a => a.Level == AreaLevel.Province);
        Assert.Equal(("02", "Hà Giang"), (province.Code, province.Name));
        var districts = areas.Where(a => a.Level == AreaLevel.District).ToList();
        Assert.Equal(11, districts.Count);
        Assert.All(districts, d => Assert.Equal("02", d.Parent?.Code));
        Assert.Contains(districts, d => (d.Code, d.Name) == ("026", "Đồng Văn"));
    }

    [Fact]
    public async Task Province_CannotBeDeleted_WhileItsDistrictsHangUnderIt()
    {
        await using var db = _db.CreateDbContext();
        db.Areas.Remove(await db.Areas.SingleAsync(a => a.Code == "02"));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        await using var check = _db.CreateDbContext();
        Assert.Equal(12, await check.Areas.CountAsync());
    }

    [Fact]
    public async Task AreaCodes_AreUnique()
    {
        await using var db = _db.CreateDbContext();
        db.Areas.Add(new Area { Code = "026", Name = "Đồng Văn (trùng)", Level = AreaLevel.District, ParentId = 1 });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task AreaList_KeepsRetiredCommunes_AfterProvinceAndDistricts_InVietnameseOrder()
    {
        await using (var db = _db.CreateDbContext())
        {
            var viXuyen = await db.Areas.SingleAsync(a => a.Code == "030");
            db.Areas.Add(new Area { Code = "00901", Name = "Xã Thanh Thủy", Level = AreaLevel.Commune, ParentId = viXuyen.Id, ValidTo = new DateOnly(2025, 6, 30) });
            await db.SaveChangesAsync();
        }

        var areas = await new ReferenceLists(_db).AreasAsync();

        Assert.Equal("Hà Giang", areas[0].Name);
        Assert.Equal(("Xã Thanh Thủy", new DateOnly(2025, 6, 30)), (areas[^1].Name, areas[^1].ValidTo));
        var districts = areas.Where(a => a.Level == AreaLevel.District).Select(a => a.Name).ToList();
        Assert.Equal(["Bắc Mê", "Bắc Quang", "Đồng Văn", "Hoàng Su Phì"], districts.Take(4));
        Assert.Equal("Yên Minh", districts[^1]);
    }

    [Theory]
    [InlineData(2024, 12, 31, false)]
    [InlineData(2025, 1, 1, true)]
    [InlineData(2025, 6, 30, true)]
    [InlineData(2025, 7, 1, false)]
    public void Area_ExistsFromItsFirstDayToItsLastDay_Inclusive(int year, int month, int day, bool exists)
    {
        var commune = new AreaChoice(1, "00901", "Xã Thanh Thủy", AreaLevel.Commune, new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30));

        Assert.Equal(exists, commune.ExistsOn(new DateOnly(year, month, day)));
    }
}
