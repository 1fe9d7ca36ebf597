using ClosedXML.Excel;
using Dashboard.Features.Kpis;
using Dashboard.Features.People;
using Dashboard.Infrastructure.Excel;
using Dashboard.Infrastructure.Localization;
using Dashboard.Infrastructure.Time;
using Microsoft.Extensions.Localization;

namespace Dashboard.Features.Commendations;

/// <summary>The nomination list: per agency, ranked, with name, unit, title, score and the achievements written out.</summary>
public sealed class CommendationExport(CommendationBoard board, LocalClock clock, IStringLocalizer<SharedResource> l)
{
    /// <summary>Throws <see cref="FigureQueryException"/> for inputs that cannot be computed.</summary>
    public async Task<byte[]> BuildAsync(FigureQuery query, string exportedBy, CancellationToken ct = default)
    {
        var data = await board.LoadAsync(query, ct);
        var text = new CommendationText(l);
        var w = data.Window;
        using var wb = new XLWorkbook();
        var ws = wb.AddWorksheet(l["Com_Sheet"]);
        SheetWriter.Text(ws.Cell(1, 1), l["Com_ExportTitle", w.AgreementCode ?? l["Ov_AllAgreements"], Fmt.Date(w.From), Fmt.Date(w.To.AddDays(-1))]);
        ws.Cell(1, 1).Style.Font.Bold = true;
        ws.Cell(1, 1).Style.Font.FontSize = 14;
        SheetWriter.Text(ws.Cell(2, 1), l["Export_Generated", Fmt.DateTime(clock.UtcNow), Fmt.Number(data.Rows.Count)] + " — " + exportedBy);
        const int headerRow = 3;
        string[] titles =
        [
            l["Com_Agency"], l["Com_Rank"], l["Com_Name"], l["Com_Unit"], l["Com_Title"], l["Com_Score"], l["Com_Achievements"], l["Com_Breakdown"],
        ];
        SheetWriter.Header(ws, headerRow, titles);
        var r = headerRow;
        foreach (var agency in new[] { Agency.Telecom, Agency.Police })
        {
            foreach (var row in data.Of(agency))
            {
                r++;
                var c = row.Candidate;
                SheetWriter.Text(ws.Cell(r, 1), l["Agency_" + agency]);
                SheetWriter.Number(ws.Cell(r, 2), row.Rank);
                SheetWriter.Text(ws.Cell(r, 3), c.FullName);
                SheetWriter.Text(ws.Cell(r, 4), row.Unit);
                SheetWriter.Text(ws.Cell(r, 5), row.Title);
                ws.Cell(r, 6).SetValue(Math.Round(c.Score, 2, MidpointRounding.AwayFromZero));
                ws.Cell(r, 6).Style.NumberFormat.Format = "#,##0.00";
                SheetWriter.Text(ws.Cell(r, 7), text.Achievements(c.Breakdown));
                SheetWriter.Text(ws.Cell(r, 8), text.Breakdown(c.Breakdown, data.Weights));
            }
        }
        SheetWriter.Finish(ws, headerRow, titles.Length, r);
        using var stream = new MemoryStream();
        wb.SaveAs(stream);
        return stream.ToArray();
    }
}
