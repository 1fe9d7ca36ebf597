using Dashboard.Features.Agreements;
using Dashboard.Features.People;
using Dashboard.Infrastructure.Data;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Infrastructure;

public sealed class VietnameseOrderTests
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

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSQL)]
    public async Task AgreementCodes_CompareWithoutRegardToCase_OnEitherDatabase(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var context = db.CreateDbContext();

        Assert.Equal("QCPH-2023", await context.Agreements.Where(a => SqlFunctions.CaseInsensitive(a.Code) == "qcph-2023").Select(a => a.Code).SingleAsync());
    }
}
