using Dashboard.Features.Agreements;
using Dashboard.Features.People;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Features.Incidents;

/// <summary>The incident list on the shared list skeleton; it adds its pickers and the areas as they were on today's date.</summary>
public sealed partial class IncidentsPage
{
    [Inject] private IncidentQueries Queries { get; set; } = default!;

    private List<Agreement> _agreements = [];
    private List<AreaChoice> _areas = [];
    private DateOnly _today;

    protected override string DefaultSort => "occurred";

    private string ExportUrl => "/incidents/export" + IncidentFilterQuery.ToQuery(Filter);

    protected override async Task OnInitializedAsync()
    {
        _today = Clock.Today;
        _agreements = await Lists.AgreementsAsync();
        _areas = await Lists.AreasAsync();
        await UserDb.RecordViewAsync(nameof(Incident), "list");
    }

    protected override Task<(List<IncidentRow> Rows, int Total)> SearchAsync(IncidentFilter filter, int page, int pageSize, CancellationToken ct) =>
        Queries.SearchAsync(filter, page, pageSize, ct);
}
