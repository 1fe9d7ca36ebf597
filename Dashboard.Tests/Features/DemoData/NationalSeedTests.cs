using Dashboard.Features.Agreements;
using Dashboard.Features.Areas;
using Dashboard.Features.DemoData;
using Dashboard.Features.Incidents;
using Dashboard.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Features.DemoData;

public sealed class NationalSeedTests
{
    [Fact]
    public async Task SeedNationalAsync_FillsTheRequestedProvinces_WhenTiny()
    {
        var (db, generator) = await DemoSeed.EmptyAsync();
        await using var _ = db;

        var result = await generator.SeedNationalAsync(new NationalOptions(Provinces: 2, Fraction: 0.01));

        await using var context = db.CreateDbContext();
        var national = await context.Agreements.Where(a => a.Code.StartsWith("QCPH-0")).OrderBy(a => a.Code).ToListAsync();
        Assert.Equal(["QCPH-01-2016", "QCPH-04-2016"], national.Select(a => a.Code));
        foreach (var agreement in national)
        {
            Assert.True(await context.Requests.CountAsync(r => r.AgreementId == agreement.Id) > 5);
            Assert.True(await context.Incidents.CountAsync(i => i.AgreementId == agreement.Id) > 10);
            Assert.True(await context.Verifications.CountAsync(v => v.AgreementId == agreement.Id) > 5);
        }
        Assert.Equal(0, await context.Verifications.CountAsync(v => v.AgreementId != v.Request!.AgreementId));
        Assert.Equal(["Cao Bằng", "Hà Nội"], await context.Areas.Where(a => a.Code == "01" || a.Code == "04").Select(a => a.Name).OrderBy(n => n).ToListAsync());
        // The requests scale with the provinces' share of the full 300,000.
        var expected = NationalOptions.FullRequests * 0.01 * (8.7 + 0.6) / 113.1;
        Assert.InRange(result.Requests, expected * 0.95, expected * 1.05);
        Assert.Empty(await context.Agreements.Where(a => a.Code == "QCPH-08-2016").ToListAsync());
    }
}
