using System.Globalization;
using Dashboard.Features.Import;
using Dashboard.Infrastructure.Data;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static Dashboard.Tests.Features.Import.ImportTestKit;

namespace Dashboard.Tests.Features.Import;

public class ImportFaultTests
{
    /// <summary>The database the imports would write to; the PostgreSQL run is in OnPostgreSql.cs.</summary>
    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <summary>Refused, with the fault at that place, and no table changed (the valid rows beside it are not written either).</summary>
    private async Task<ImportReport> AssertRefusedAsync(Stream file, string sheet, int row, string column, string code, long? maxBytes = null)
    {
        await using var db = await TestDatabase.CreateAsync(Provider);
        var before = await CountsAsync(db);

        var report = await Service(db, maxBytes).ImportAsync(file, new ImportOptions());

        Assert.False(report.Accepted);
        Assert.Contains(report.Faults, f => (f.Sheet, f.Row, f.Column, f.Code) == (sheet, row, column, code));
        Assert.Equal(before, await CountsAsync(db));
        return report;
    }

    [Fact]
    public Task ImportAsync_Refuses_WhenADateIsBad()
    {
        var file = new WorkbookBuilder().WithPeople().Sheet("Requests", RequestColumns, Request("1/A"), Request("2/A", receivedAt: "31/02/2024 10:00"));
        return AssertRefusedAsync(file.Stream(), "Requests", 3, "ReceivedAt", "BadDateTime");
    }

    [Fact]
    public Task ImportAsync_Refuses_WhenAPersonCodeIsUnknown()
    {
        var file = new WorkbookBuilder().WithPeople().Sheet("Requests", RequestColumns, Request("1/A", assigned: "NOBODY"));
        return AssertRefusedAsync(file.Stream(), "Requests", 2, "AssignedToCode", "UnknownPerson");
    }

    [Fact]
    public Task ImportAsync_Refuses_WhenARequiredColumnIsMissing()
    {
        var file = new WorkbookBuilder().Sheet("Units", ["Code", "Agency"], ["PA05", "Police"]);
        return AssertRefusedAsync(file.Stream(), "Units", 1, "Name", "MissingColumn");
    }

    [Fact]
    public Task ImportAsync_Refuses_WhenAKeyIsTwiceInTheFile()
    {
        var file = new WorkbookBuilder().Sheet("Units", UnitColumns, ["PA05", "A", "Police"], ["PA06", "B", "Police"], ["PA05", "C", "Police"]);
        return AssertRefusedAsync(file.Stream(), "Units", 4, "Code", "Duplicate");
    }

    [Fact]
    public async Task ImportAsync_ReportsTheDuplicate_WhenTheFirstRowOfTheKeyHasAnotherFault()
    {
        var file = new WorkbookBuilder().Sheet("Units", UnitColumns, ["PA05", "A", "Army"], ["PA05", "B", "Police"]);

        var report = await AssertRefusedAsync(file.Stream(), "Units", 3, "Code", "Duplicate");

        Assert.Contains(report.Faults, f => (f.Row, f.Column, f.Code) == (2, "Agency", "BadChoice"));
    }

    [Fact]
    public Task ImportAsync_Refuses_WhenTheFileIsNotExcel() =>
        AssertRefusedAsync(new MemoryStream("Code;Name\nPA05;x"u8.ToArray()), "", 0, "", "NotExcel");

    [Fact]
    public Task ImportAsync_Refuses_WhenTheFileIsTooLarge() =>
        AssertRefusedAsync(new WorkbookBuilder().WithPeople().Stream(), "", 0, "", "TooLarge", maxBytes: 1000);

    [Fact]
    public Task ImportAsync_Refuses_WhenNoSheetIsKnown() =>
        AssertRefusedAsync(new WorkbookBuilder().Sheet("Sheet1", ["Code"], ["PA05"]).Stream(), "", 0, "", "NoKnownSheet");

    [Fact]
    public Task ImportAsync_Refuses_WhenCountIsBelowOne()
    {
        var file = new WorkbookBuilder().WithPeople().Sheet("Requests", RequestColumns, Request("1/A"))
            .Sheet("Verifications", VerificationColumns, [null, "1/A", "CallRecords", 0, "VT01", "01/03/2024 08:00"]);
        return AssertRefusedAsync(file.Stream(), "Verifications", 2, "Count", "TooSmall");
    }

    [Fact]
    public Task ImportAsync_Refuses_WhenDueAtIsBeforeReceivedAt()
    {
        var row = Request("1/A");
        row[7] = "29/02/2024 23:00";
        return AssertRefusedAsync(new WorkbookBuilder().WithPeople().Sheet("Requests", RequestColumns, row).Stream(), "Requests", 2, "DueAt", "DueBeforeReceived");
    }

    [Fact]
    public Task ImportAsync_Refuses_WhenAVerificationNamesAnUnknownRequest()
    {
        var file = new WorkbookBuilder().WithPeople().Sheet("Verifications", VerificationColumns, ["QCPH-2023", "404/X", "Other", 1, null, "01/03/2024 08:00"]);
        return AssertRefusedAsync(file.Stream(), "Verifications", 2, "RequestReferenceNo", "UnknownRequest");
    }

    [Fact]
    public Task ImportAsync_Refuses_WhenNoAgreementIsInForce()
    {
        var file = new WorkbookBuilder().WithPeople().Sheet("Requests", RequestColumns, Request("1/A", receivedAt: "01/01/2005 08:00"));
        return AssertRefusedAsync(file.Stream(), "Requests", 2, "Agreement", "NoAgreementInForce");
    }

    [Fact]
    public Task ImportAsync_Refuses_WhenAnEnumValueIsUnknown()
    {
        var file = new WorkbookBuilder().Sheet("Units", UnitColumns, ["PA05", "A", "Army"]);
        return AssertRefusedAsync(file.Stream(), "Units", 2, "Agency", "BadChoice");
    }

    [Fact]
    public async Task ImportAsync_ReportsEveryFault_WhenSeveralRowsAreBad()
    {
        var file = new WorkbookBuilder()
            .Sheet("Units", UnitColumns, ["PA05", "A", "Police"], ["PA05", "B", "Police"], ["PA07", null, "Police"])
            .Sheet("Requests", RequestColumns, Request("1/A", receivedAt: "hôm qua"), Request("2/A", assigned: "X9"));

        var report = await AssertRefusedAsync(file.Stream(), "Units", 3, "Code", "Duplicate");

        var located = report.Faults.Select(f => (f.Sheet, f.Row, f.Column, f.Code)).ToList();
        Assert.Contains(("Units", 4, "Name", "Required"), located);
        Assert.Contains(("Requests", 2, "ReceivedAt", "BadDateTime"), located);
        Assert.Contains(("Requests", 3, "AssignedToCode", "UnknownPerson"), located);
        Assert.Contains(("Requests", 3, "RequestedByCode", "UnknownPerson"), located);
    }

    [Fact]
    public void Message_IsVietnamese_WhenTheUiCultureIsVietnamese_AndEnglishOtherwise()
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);
        var localizer = factory.Create(typeof(SharedResource));
        var fault = new ImportFault("Requests", 3, "ReceivedAt", "BadDateTime", ["hôm qua"]);
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");
            Assert.StartsWith("“hôm qua” không phải là ngày giờ hợp lệ", fault.Message(localizer), StringComparison.Ordinal);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
            Assert.StartsWith("“hôm qua” is not a valid date and time", fault.Message(localizer), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
