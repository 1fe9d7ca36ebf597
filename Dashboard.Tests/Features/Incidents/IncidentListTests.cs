using System.Globalization;
using ClosedXML.Excel;
using Dashboard.Features.Incidents;
using Dashboard.Infrastructure.Excel;
using Dashboard.Infrastructure.Localization;
using Dashboard.Tests.TestInfrastructure;

namespace Dashboard.Tests.Features.Incidents;

public sealed class IncidentListTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 5, 0, 0, TimeSpan.Zero);
    private CoreServices _s = null!;

    public IncidentListTests() => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Cultures.Vi;

    public async Task InitializeAsync()
    {
        _s = await CoreServices.CreateAsync(new FixedTime(Now));
        await AddAsync("SC-2026-0001", IncidentSeverity.Low, 15, new DateTime(2026, 11, 20, 8, 0, 0), "Cắt đứt cáp do sạt lở", caseRef: null, damage: 2_000_000);
        await AddAsync("SC-2026-0002", IncidentSeverity.Critical, 11, new DateTime(2026, 11, 21, 23, 30, 0), "=HYPERLINK(\"http://x\",\"y\")", caseRef: "45/HS-PA05", damage: 1_234_567);
        await AddAsync("SC-2026-0003", IncidentSeverity.High, 15, new DateTime(2026, 11, 25, 1, 0, 0), "Trộm ắc quy trạm BTS", caseRef: null, damage: 0);
    }

    public async Task DisposeAsync() => await _s.DisposeAsync();

    private async Task AddAsync(string code, IncidentSeverity severity, int area, DateTime occurred, string summary, string? caseRef, long damage)
    {
        var result = await _s.Scoped<IncidentCommands>().SaveAsync(new IncidentForm
        {
            Code = code, Kind = IncidentKind.CableCut, Severity = severity, AreaId = area, OccurredAt = occurred, Summary = summary,
            CaseRef = caseRef, DamageVnd = damage, LoadedAtUtc = Now.UtcDateTime,
        });
        Assert.True(result.Ok, string.Join("; ", result.Errors));
    }

    [Fact]
    public async Task Search_FindsTextInCodeCaseRefAndSummary_AndFiltersByAreaAndDay()
    {
        var queries = _s.Get<IncidentQueries>();

        var byCaseRef = await queries.SearchAsync(new IncidentFilter { Text = "45/HS" }, 0, 25);
        var bySummary = await queries.SearchAsync(new IncidentFilter { Text = "ắc quy" }, 0, 25);
        var inViXuyen = await queries.SearchAsync(new IncidentFilter { AreaId = 15, OccurredTo = new DateOnly(2026, 11, 24) }, 0, 25);

        Assert.Equal(["SC-2026-0002"], byCaseRef.Rows.Select(r => r.Code));
        Assert.Equal(["SC-2026-0003"], bySummary.Rows.Select(r => r.Code));
        Assert.Equal((1, "SC-2026-0001"), (inViXuyen.Total, inViXuyen.Rows.Single().Code));
    }

    [Fact]
    public async Task Search_SortsSeverityByRank_NotAlphabetically()
    {
        var (rows, _) = await _s.Get<IncidentQueries>().SearchAsync(new IncidentFilter { SortBy = "severity", Descending = true }, 0, 25);

        Assert.Equal([IncidentSeverity.Critical, IncidentSeverity.High, IncidentSeverity.Low], rows.Select(r => r.Severity));
    }

    [Fact]
    public async Task Export_KeepsFormulaLikeSummariesAsText_AndWritesDamageAsVnd()
    {
        var bytes = await _s.Get<IncidentExport>().BuildAsync(new IncidentFilter(), "tester");

        using var wb = new XLWorkbook(new MemoryStream(bytes));
        var ws = wb.Worksheets.First();
        Assert.Equal("Vụ việc xâm hại", ws.Name);
        var formula = ws.CellsUsed().Single(c => c.GetString().Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.False(formula.HasFormula);
        Assert.Equal("=HYPERLINK(\"http://x\",\"y\")", formula.GetString());
        var header = ws.CellsUsed().Single(c => c.GetString() == "Thiệt hại (₫)");
        var damage = ws.Cell(formula.Address.RowNumber, header.Address.ColumnNumber);
        Assert.Equal((1_234_567d, SheetWriter.VndFormat), (damage.GetDouble(), damage.Style.NumberFormat.Format));
        Assert.Contains(ws.CellsUsed(), c => c.GetString() == "Đặc biệt nghiêm trọng");
        Assert.Contains(ws.CellsUsed(), c => c.GetString() == "Vị Xuyên (030)");
        Assert.Equal(header.Address.RowNumber, ws.SheetView.SplitRow);
        Assert.Equal(XLPageOrientation.Landscape, ws.PageSetup.PageOrientation);
    }

    [Fact]
    public async Task Export_OfAFilteredList_HoldsOnlyItsRows()
    {
        var bytes = await _s.Get<IncidentExport>().BuildAsync(new IncidentFilter { Severity = IncidentSeverity.Low }, "tester");

        using var wb = new XLWorkbook(new MemoryStream(bytes));
        var codes = wb.Worksheets.First().CellsUsed().Select(c => c.GetString()).Where(s => s.StartsWith("SC-", StringComparison.Ordinal));
        Assert.Equal(["SC-2026-0001"], codes);
    }
}
