using Dashboard.Features.Agreements;
using Dashboard.Features.People;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Features.Requests;

/// <summary>The request list on the shared list skeleton; it adds its pickers and the due marks read against one clock reading a load.</summary>
public sealed partial class RequestsPage
{
    [Inject] private RequestQueries Queries { get; set; } = default!;

    private List<Agreement> _agreements = [];
    private List<Choice> _units = [], _people = [];
    private DateTime _now;

    protected override string DefaultSort => "received";

    private string ExportUrl => "/requests/export" + RequestFilterQuery.ToQuery(Filter);

    protected override async Task OnInitializedAsync()
    {
        _agreements = await Lists.AgreementsAsync();
        _units = await Lists.UnitsAsync(Agency.Police);
        _people = await Lists.PeopleAsync(Agency.Telecom);
        await UserDb.RecordViewAsync(nameof(InformationRequest), "list");
    }

    protected override void BeforeLoad() => _now = Clock.UtcNow;

    protected override Task<(List<RequestRow> Rows, int Total)> SearchAsync(RequestFilter filter, int page, int pageSize, CancellationToken ct) =>
        Queries.SearchAsync(filter, page, pageSize, ct);
}
