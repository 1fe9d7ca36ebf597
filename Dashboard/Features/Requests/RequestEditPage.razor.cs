using Dashboard.Features.Agreements;
using Dashboard.Features.People;
using Dashboard.Features.Shared;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Features.Requests;

/// <summary>The request form on the shared edit skeleton: police units and people ask, telecom staff are assigned.</summary>
public sealed partial class RequestEditPage
{
    [Inject] private RequestDetails Details { get; set; } = default!;
    [Inject] private RequestCommands Commands { get; set; } = default!;

    private List<Agreement> _agreements = [];
    private List<Choice> _units = [], _police = [], _telecom = [];

    protected override string ListUrl => "/requests";

    protected override string ListTitle => L["Req_Title"];

    protected override string Title => Id is null ? L["Req_New"] : L["Req_Edit"];

    protected override async Task LoadListsAsync()
    {
        _agreements = await Lists.AgreementsAsync();
        _units = await Lists.UnitsAsync(Agency.Police);
        _police = await Lists.PeopleAsync(Agency.Police);
        _telecom = await Lists.PeopleAsync(Agency.Telecom);
    }

    protected override Task<RequestForm?> LoadFormAsync(int id) => Details.FormAsync(id, Clock.UtcNow);

    protected override RequestForm NewForm(DateTime localMinute) => new() { ReceivedAt = localMinute, LoadedAtUtc = Clock.UtcNow };

    protected override Task<CommandResult> SaveFormAsync(RequestForm form) => Commands.SaveAsync(form);

    protected override string SavedMessage(RequestForm form) => L["Req_Saved", form.ReferenceNo!];
}
