using Dashboard.Features.Audit;
using Dashboard.Features.Shared;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Features.Requests;

/// <summary>A request on the shared detail skeleton, with its due mark and its verifications.</summary>
public sealed partial class RequestDetailPage
{
    [Inject] private RequestDetails Details { get; set; } = default!;
    [Inject] private RequestCommands Commands { get; set; } = default!;

    private DueState? DueState => Detail is null ? null : RequestRow.DueOf(Detail.Request.DueAt, Detail.Request.ClosedAt, Clock.UtcNow);

    protected override string ListUrl => "/requests";

    protected override string ListTitle => L["Req_Title"];

    protected override string Entity => nameof(InformationRequest);

    protected override Task<RequestDetail?> LoadAsync(int id) => Details.LoadAsync(id);

    protected override string NameOf(RequestDetail detail) => detail.Request.ReferenceNo;

    protected override int VersionOf(RequestDetail detail) => detail.Request.Version;

    protected override Task<CommandResult> MoveAsync(int id, int version, DateTime loadedAt, RequestStatus status) =>
        Commands.ChangeStatusAsync(id, version, loadedAt, status);

    protected override string StatusChangedMessage(RequestStatus status) => L["Req_StatusChanged", L["ReqStatus_" + status]];

    /// <summary>A history value in the user's language: status and priority are stored as enum names.</summary>
    private string Show(string field, string? value) => value switch
    {
        null => AuditChanges.Display(null),
        _ when field == nameof(InformationRequest.Status) => L["ReqStatus_" + value],
        _ when field == nameof(InformationRequest.Priority) => L["Priority_" + value],
        _ => AuditChanges.Display(value),
    };
}
