using System.Globalization;
using ClosedXML.Excel;
using Dashboard.Features.Commendations;
using Dashboard.Features.Identity;
using Dashboard.Features.People;
using Dashboard.Infrastructure.Localization;

namespace Dashboard.Tests.Features.Commendations;

public sealed class CommendationExportTests
{
    public CommendationExportTests() => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Cultures.Vi;

    [Fact]
    public async Task Export_ListsWhatANominationNeeds_InVietnamese_WithTypedTextNeverAFormula()
    {
        await using var kit = await CommendationKit.CreateAsync("lanhdao@test.local", Roles.Leader);
        var ha = await kit.Data.PersonAsync("T01", "=HYPERLINK(\"http://x\",\"Hà\")");
        var minh = await kit.Data.PersonAsync("P01", "Lò Văn Minh", Agency.Police);
        await kit.AnsweredOnTimeAsync(ha, 5);
        await kit.VerificationsAsync(ha, 290);
        await kit.ResolvedAsync(minh, 3);

        var bytes = await kit.Core.Get<CommendationExport>().BuildAsync(CommendationKit.ToDate, "lanhdao@test.local");

        using var wb = new XLWorkbook(new MemoryStream(bytes));
        var ws = wb.Worksheet(1);
        Assert.Equal("Đề xuất khen thưởng", ws.Name);
        Assert.Equal("Danh sách đề xuất khen thưởng — QCPH-2023, từ 29/10/2023 đến 15/06/2024", ws.Cell(1, 1).GetString());
        Assert.Equal(["Bên", "Hạng", "Họ và tên", "Đơn vị", "Chức vụ", "Điểm", "Thành tích", "Cách tính điểm"],
            ws.Row(3).Cells(1, 8).Select(c => c.GetString()));
        var telecom = ws.Row(4);
        Assert.Equal("Viễn thông", telecom.Cell(1).GetString());
        Assert.False(telecom.Cell(3).HasFormula);
        Assert.Equal(XLDataType.Text, telecom.Cell(3).DataType);
        Assert.Equal("=HYPERLINK(\"http://x\",\"Hà\")", telecom.Cell(3).GetString());
        Assert.Equal(64.5, telecom.Cell(6).GetDouble());
        Assert.Equal("Trả lời đúng hạn 5 yêu cầu tra cứu thông tin; Thực hiện 290 lượt xác minh phục vụ điều tra.", telecom.Cell(7).GetString());
        Assert.Equal("5 yêu cầu trả lời đúng hạn × 10 = 50; 290 lượt xác minh × 0,05 = 14,5", telecom.Cell(8).GetString());
        var police = ws.Row(5);
        Assert.Equal(("Công an", 1, "Lò Văn Minh", 45.0), (police.Cell(1).GetString(), police.Cell(2).GetValue<int>(), police.Cell(3).GetString(), police.Cell(6).GetDouble()));
        Assert.Equal("Tham gia giải quyết dứt điểm 3 vụ việc xâm hại công trình viễn thông.", police.Cell(7).GetString());
        Assert.True(ws.Cell(6, 1).IsEmpty());
    }
}
