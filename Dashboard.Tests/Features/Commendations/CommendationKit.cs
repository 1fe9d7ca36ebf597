using Dashboard.Features.Kpis;
using Dashboard.Features.People;
using Dashboard.Features.Requests;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Time;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Features.Commendations;

/// <summary>The product's services over crafted data on a fixed clock (15/06/2024 12:00 in Hà Giang), signed in with the given roles.</summary>
public sealed class CommendationKit : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2024, 6, 15, 12, 0, 0, LocalClock.Offset);

    private CommendationKit(CoreServices core)
    {
        Core = core;
        Data = new FigureData(core.Get<IDbContextFactory<DashboardDbContext>>());
    }

    public CoreServices Core { get; }
    public FigureData Data { get; }

    /// <summary>QCPH-2023 from its first day to today.</summary>
    public static FigureQuery ToDate => new(FigureData.Agreement2023, AsOf: Now);

    public static async Task<CommendationKit> CreateAsync(string user, params string[] roles) =>
        new(await CoreServices.CreateAsync(new FixedTime(Now), user, roles));

    public static DateTime Local(int year, int month, int day, int hour = 0) => FigureData.Local(year, month, day, hour);

    /// <summary>Requests answered on time by the person, inside the window.</summary>
    public async Task AnsweredOnTimeAsync(Person person, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var received = Local(2024, 3, 1 + i, 8);
            await Data.RequestAsync(received, received.AddDays(3), answered: received.AddDays(1), assignee: person);
        }
    }

    public async Task VerificationsAsync(Person person, int count)
    {
        var request = await Data.RequestAsync(Local(2024, 2, 1), Local(2024, 2, 8), closed: Local(2024, 2, 2));
        await Data.VerificationAsync(request, VerificationKind.CallRecords, count, Local(2024, 2, 1, 10), person);
    }

    public async Task ResolvedAsync(Person lead, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var occurred = Local(2024, 4, 1 + i, 9);
            await Data.IncidentAsync(occurred, resolved: occurred.AddDays(2), lead: lead);
        }
    }

    public ValueTask DisposeAsync() => Core.DisposeAsync();
}
