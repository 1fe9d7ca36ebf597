using Dashboard.Features.Areas;
using Dashboard.Features.Incidents;
using Dashboard.Features.People;
using Dashboard.Features.Requests;

namespace Dashboard.Features.Import;

public enum ColumnKind { Text, Code, Date, DateTime, WholeNumber, Number, Choice }

/// <summary>A column of the import workbook (SPEC §5.1). Required: the header must exist and every row must fill it.</summary>
public sealed record ImportColumn(string Key, ColumnKind Kind, bool Required, int MaxLength = 0, string[]? Choices = null);

public sealed record ImportSheet(string Name, IReadOnlyList<ImportColumn> Columns);

/// <summary>The sheets and column keys of SPEC §5.1, shared by the reader and the template.</summary>
public static class ImportSchema
{
    public const string Agreements = "Agreements";
    public const string Areas = "Areas";
    public const string Units = "Units";
    public const string People = "People";
    public const string Requests = "Requests";
    public const string Verifications = "Verifications";
    public const string Incidents = "Incidents";
    public const string Commendations = "Commendations";

    /// <summary>Cells further right than this are not read: the sheets have at most 19 columns, headers in any order.</summary>
    public const int MaxColumns = 1024;

    private static ImportColumn Req(string key, ColumnKind kind, int max = 0) => new(key, kind, true, max);
    private static ImportColumn Opt(string key, ColumnKind kind, int max = 0) => new(key, kind, false, max);
    private static ImportColumn Choice<T>(string key, bool required) where T : struct, Enum => new(key, ColumnKind.Choice, required, 0, Enum.GetNames<T>());

    /// <summary>In the order they are written: each sheet only refers to the ones before it.</summary>
    public static IReadOnlyList<ImportSheet> Sheets { get; } =
    [
        new(Agreements, [Req("Code", ColumnKind.Code, 40), Req("Title", ColumnKind.Text, 400), Opt("SignedOn", ColumnKind.Date),
            Req("StartsOn", ColumnKind.Date), Req("EndsOn", ColumnKind.Date)]),
        new(Areas, [Req("Code", ColumnKind.Code, 20), Req("Name", ColumnKind.Text, 200), Choice<AreaLevel>("Level", true), Opt("ParentCode", ColumnKind.Code, 20)]),
        new(Units, [Req("Code", ColumnKind.Code, 40), Req("Name", ColumnKind.Text, 200), Choice<Agency>("Agency", true)]),
        new(People, [Req("Code", ColumnKind.Code, 40), Req("FullName", ColumnKind.Text, 200), Req("UnitCode", ColumnKind.Code, 40), Opt("Title", ColumnKind.Text, 200)]),
        new(Requests, [Opt("Agreement", ColumnKind.Code, 40), Req("ReferenceNo", ColumnKind.Code, 60), Req("RequestingUnitCode", ColumnKind.Code, 40),
            Opt("RequestedByCode", ColumnKind.Code, 40), Req("Subject", ColumnKind.Text, 1000), Choice<RequestPriority>("Priority", false),
            Req("ReceivedAt", ColumnKind.DateTime), Opt("DueAt", ColumnKind.DateTime), Opt("AssignedToCode", ColumnKind.Code, 40),
            Choice<RequestStatus>("Status", false), Opt("AnsweredAt", ColumnKind.DateTime), Opt("ClosedAt", ColumnKind.DateTime)]),
        new(Verifications, [Opt("Agreement", ColumnKind.Code, 40), Req("RequestReferenceNo", ColumnKind.Code, 60), Choice<VerificationKind>("Kind", true),
            Req("Count", ColumnKind.WholeNumber), Opt("PerformedByCode", ColumnKind.Code, 40), Req("PerformedAt", ColumnKind.DateTime)]),
        new(Incidents, [Opt("Agreement", ColumnKind.Code, 40), Req("Code", ColumnKind.Code, 60), Choice<IncidentKind>("Kind", true), Req("AreaCode", ColumnKind.Code, 20),
            Req("OccurredAt", ColumnKind.DateTime), Opt("ReportedAt", ColumnKind.DateTime), Choice<IncidentSeverity>("Severity", true),
            Choice<IncidentStatus>("Status", false), Opt("ResolvedAt", ColumnKind.DateTime), Opt("ClosedAt", ColumnKind.DateTime),
            Opt("OutageMinutes", ColumnKind.WholeNumber), Opt("SubscribersAffected", ColumnKind.WholeNumber), Opt("DamageVnd", ColumnKind.WholeNumber),
            Opt("LeadOfficerCode", ColumnKind.Code, 40), Opt("TelecomContactCode", ColumnKind.Code, 40), Opt("CaseRef", ColumnKind.Text, 100),
            Opt("Latitude", ColumnKind.Number), Opt("Longitude", ColumnKind.Number), Opt("Summary", ColumnKind.Text, 2000)]),
        new(Commendations, [Opt("Agreement", ColumnKind.Code, 40), Req("PersonCode", ColumnKind.Code, 40), Req("AwardedOn", ColumnKind.Date),
            Req("Level", ColumnKind.Text, 100), Opt("AwardingBody", ColumnKind.Text, 200), Opt("Reason", ColumnKind.Text, 2000)]),
    ];

    public static ImportSheet Sheet(string name) => Sheets.First(s => s.Name == name);
}
