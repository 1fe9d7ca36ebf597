using Dashboard.Features.Agreements;
using Dashboard.Features.People;
using Dashboard.Features.Shared;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Features.Incidents;

/// <summary>The incident form on the shared edit skeleton: areas as they were on today's date, police and telecom contacts.</summary>
public sealed partial class IncidentEditPage
{
    [Inject] private IncidentDetails Details { get; set; } = default!;
    [Inject] private IncidentCommands Commands { get; set; } = default!;

    private List<Agreement> _agreements = [];
    private List<AreaChoice> _areas = [];
    private List<Choice> _police = [], _telecom = [];
    private DateOnly _today;

    protected override string ListUrl => "/incidents";

    protected override string ListTitle => L["Inc_Title"];

    protected override string Title => Id is null ? L["Inc_New"] : L["Inc_Edit"];

    protected override async Task LoadListsAsync()
    {
        _today = Clock.Today;
        _agreements = await Lists.AgreementsAsync();
        _areas = await Lists.AreasAsync();
        _police = await Lists.PeopleAsync(Agency.Police);
        _telecom = await Lists.PeopleAsync(Agency.Telecom);
    }

    protected override Task<IncidentForm?> LoadFormAsync(int id) => Details.FormAsync(id, Clock.UtcNow);

    protected override IncidentForm NewForm(DateTime localMinute) =>
        new() { OccurredAt = localMinute, ReportedAt = localMinute, LoadedAtUtc = Clock.UtcNow };

    protected override Task<CommandResult> SaveFormAsync(IncidentForm form) => Commands.SaveAsync(form);

    protected override string SavedMessage(IncidentForm form) => L["Inc_Saved", form.Code!.Trim()];
}
