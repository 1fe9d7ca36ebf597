using Dashboard.Features.Agreements;
using Dashboard.Infrastructure.Data;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Features.Agreements;

/// <summary>An agreement is found by its code however the user types its case (e.g. `digest --agreement qcph-2023`), on either database.</summary>
public sealed class AgreementCodeTests
{
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
