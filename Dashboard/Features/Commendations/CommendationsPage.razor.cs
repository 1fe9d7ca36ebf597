using Dashboard.Features.Agreements;
using Dashboard.Features.Kpis;
using Dashboard.Features.People;
using Dashboard.Features.Shared;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Localization;
using Dashboard.Infrastructure.Security;
using Dashboard.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Dashboard.Features.Commendations;

/// <summary>
/// Candidates per agency for the chosen window; leadership records awards from here. Live like the overview: the ranking
/// follows changes and the clock, through <see cref="SharedFigures"/>.
/// </summary>
public sealed partial class CommendationsPage : IDisposable
{
    /// <summary>?agreement=CODE opens the page on that agreement (a link to share, the live benchmark).</summary>
    [SupplyParameterFromQuery(Name = "agreement")] public string? AgreementInAddress { get; set; }
    [Inject] private CommendationBoard Board { get; set; } = default!;
    [Inject] private SharedFigures Shared { get; set; } = default!;
    [Inject] private DataChangeNotifier Notifier { get; set; } = default!;
    [Inject] private ReferenceLists Lists { get; set; } = default!;
    [Inject] private LocalClock Clock { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private IAuthorizationService Authorization { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    private List<Agreement> _agreements = [];
    private OverviewSelection _selection = new(null, PeriodKind.AgreementToDate);
    private CommendationBoardData? _data;
    private string? _error, _notice;
    private bool _mayAward, _live;
    private LiveRefresh? _refresh;

    private string ExportHref => _data is { Window: var w }
        ? $"/commendations/export?agreement={Uri.EscapeDataString(w.AgreementCode ?? "")}&from={w.From:yyyy-MM-dd}&to={w.To:yyyy-MM-dd}"
        : "";

    private string Explanation
    {
        get
        {
            var w = _data?.Weights ?? CommendationWeights.Default;
            return L["Com_Explanation", CommendationText.Points(w.Threshold), w.TopPerAgency];
        }
    }

    protected override async Task OnInitializedAsync()
    {
        _agreements = await Lists.AgreementsAsync();
        _selection = _selection with { Agreement = WindowPicker.StartingAgreement(_agreements, AgreementInAddress, Clock.Today) };
        _mayAward = (await Authorization.AuthorizeAsync((await AuthState).User, Policies.Leadership)).Succeeded;
        await LoadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive)
        {
            _refresh = new LiveRefresh(Notifier, Clock.Time, () => InvokeAsync(async () =>
            {
                await LoadAsync();
                StateHasChanged();
            }));
            _live = true;
            StateHasChanged();
        }
    }

    private async Task LoadAsync()
    {
        try
        {
            var selection = _selection;
            _data = await Shared.GetAsync((nameof(CommendationsPage), selection), () =>
            {
                var (from, to) = Period.Resolve(selection.Kind, Clock.Today, selection.CustomFrom, selection.CustomTo);
                return Board.LoadAsync(new FigureQuery(selection.Agreement, from, to, Clock.LocalNow));
            });
            _error = null;
        }
        catch (FigureQueryException e)
        {
            _error = e.Message;
        }
    }

    private Task OnSelectionChanged(OverviewSelection selection)
    {
        _selection = selection;
        _notice = null;
        return WindowPicker.IsComplete(selection) ? LoadAsync() : Task.CompletedTask;
    }

    private async Task AwardAsync(CandidateRow row)
    {
        var w = _data!.Window;
        // Inside the window, so that the person leaves this list (SPEC §3: no commendation awarded inside the window).
        var last = w.To.AddDays(-1);
        var day = Clock.Today < last ? Clock.Today : last;
        var form = new AwardForm
        {
            PersonId = row.PersonId,
            Agreement = w.AgreementCode,
            AwardedOn = day.ToDateTime(TimeOnly.MinValue),
            AwardingBody = L[row.Candidate.Agency == Agency.Police ? "Com_Body_Police" : "Com_Body_Telecom"],
            Reason = new CommendationText(L).Achievements(row.Candidate.Breakdown),
        };
        var parameters = new DialogParameters<AwardDialog> { { d => d.Row, row }, { d => d.Form, form } };
        var dialog = await Dialogs.ShowAsync<AwardDialog>(L["Com_Award"], parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        var result = await dialog.Result;
        if (result is { Canceled: false })
        {
            _notice = L["Com_Recorded", row.Candidate.FullName, form.Level, Fmt.Date(DateOnly.FromDateTime(form.AwardedOn!.Value))];
            await LoadAsync();
        }
    }

    public void Dispose() => _refresh?.Dispose();
}
