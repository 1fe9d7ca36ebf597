using System.Globalization;
using Dashboard.Features.Agreements;
using Dashboard.Features.Shared;
using Dashboard.Infrastructure.Data;
using Hangfire;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace Dashboard.Features.Digests;

public sealed partial class DigestsPage : IDisposable
{
    [Inject] private IDbContextFactory<DashboardDbContext> Dbs { get; set; } = default!;
    [Inject] private DigestContentLoader Loader { get; set; } = default!;
    [Inject] private IBackgroundJobClient Jobs { get; set; } = default!;
    [Inject] private Infrastructure.Time.LocalClock Clock { get; set; } = default!;
    [Inject] private DataChangeNotifier Notifier { get; set; } = default!;

    internal sealed record AgreementChoice(string Code, string Title);
    internal sealed record RunRow(int Id, string AgreementCode, string Week, DigestScope Scope, DigestRunStatus Status, DateTime CreatedAt, int Sent, int Failed, int Pending);

    private List<AgreementChoice> _agreements = [];
    private List<RunRow> _runs = [];
    private List<DigestDelivery>? _deliveries;
    private int _deliveriesOf;
    private string? _agreement, _week, _error, _notice;
    private DigestContent? _preview;
    private bool _busy;
    private LiveRefresh? _refresh;

    protected override async Task OnInitializedAsync()
    {
        await using var db = await Dbs.CreateDbContextAsync();
        var today = Clock.Today;
        _agreements = await db.Agreements.OrderByDescending(a => a.StartsOn).Select(a => new AgreementChoice(a.Code, a.Title)).ToListAsync();
        _agreement = await db.Agreements.Where(a => a.StartsOn <= today && a.EndsOn >= today).Select(a => a.Code).FirstOrDefaultAsync()
            ?? _agreements.FirstOrDefault()?.Code;
        _week = IsoWeek.LastCompleted(today).ToString();
        await LoadRunsAsync();
    }

    /// <summary>The history follows the job server: a digest sent (or failing) shows up without a reload.</summary>
    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive)
        {
            _refresh = new LiveRefresh(Notifier, Clock.Time, () => InvokeAsync(async () =>
            {
                await LoadRunsAsync();
                if (_deliveries is not null)
                {
                    await ShowDeliveriesAsync(_deliveriesOf);
                }
                StateHasChanged();
            }));
        }
    }

    public void Dispose() => _refresh?.Dispose();

    private async Task LoadRunsAsync()
    {
        await using var db = await Dbs.CreateDbContextAsync();
        _runs = await db.DigestRuns.OrderByDescending(r => r.CreatedAt).Take(100)
            .Select(r => new RunRow(r.Id, r.Agreement!.Code, r.Week, r.Scope, r.Status, r.CreatedAt,
                r.Deliveries.Count(d => d.Status == DeliveryStatus.Sent),
                r.Deliveries.Count(d => d.Status == DeliveryStatus.Failed),
                r.Deliveries.Count(d => d.Status == DeliveryStatus.Pending)))
            .ToListAsync();
    }

    /// <summary>The chosen agreement and week, checked; null (with the message shown) when they cannot make a digest.</summary>
    private async Task<(string Code, IsoWeek Week)?> ChosenAsync()
    {
        (_error, _notice) = (null, null);
        if (!IsoWeek.TryParse(_week, out var week))
        {
            _error = L["Digest_Err_BadWeek", _week ?? ""];
            return null;
        }
        try
        {
            var agreement = await Loader.FindAgreementAsync(_agreement ?? "", week.Value);
            return (agreement.Code, week.Value);
        }
        catch (DigestInputException e)
        {
            _error = e.Message;
            return null;
        }
    }

    private async Task PreviewAsync()
    {
        _busy = true;
        if (await ChosenAsync() is { } chosen)
        {
            _preview = await Loader.LoadAsync(chosen.Code, chosen.Week, DigestScope.Leadership);
        }
        _busy = false;
    }

    private async Task SendNowAsync()
    {
        if (await ChosenAsync() is { } chosen)
        {
            Jobs.Enqueue<DigestJobs>(j => j.SendWeekAsync(chosen.Code, chosen.Week.ToString(), CancellationToken.None));
            _notice = L["Digest_P_Queued", chosen.Code, chosen.Week.ToString()];
        }
    }

    private async Task ResendAsync(int runId)
    {
        Jobs.Enqueue<DigestJobs>(j => j.ResendAsync(runId, CancellationToken.None));
        (_error, _notice) = (null, L["Digest_P_ResendQueued"]);
        await LoadRunsAsync();
    }

    private async Task ShowDeliveriesAsync(int runId)
    {
        await using var db = await Dbs.CreateDbContextAsync();
        _deliveries = await db.DigestDeliveries.AsNoTracking().Where(d => d.RunId == runId).OrderBy(d => d.Email).ToListAsync();
        _deliveriesOf = runId;
    }

    private string Show(DigestMetric m, Kpis.Kpis f) => DigestMessage.Show(m, DigestMetrics.Rounded(m, m.Read(f)), Text);

    private string ShowChange(DigestMetric m) =>
        _preview is null || DigestMetrics.Change(m, _preview.ThisWeek, _preview.PreviousWeek) is not { } c ? "—"
            : (c > 0 ? "+" : "") + DigestMessage.Show(m, c, Text);

    private DigestText Text => new(L, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    private static Color StatusColor(DigestRunStatus status) => status switch
    {
        DigestRunStatus.Sent => Color.Success,
        DigestRunStatus.Failed => Color.Error,
        DigestRunStatus.Sending => Color.Warning,
        _ => Color.Default,
    };
}
