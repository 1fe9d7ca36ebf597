using ClosedXML.Excel;

namespace Dashboard.Features.Digests.Workbook;

/// <summary>Commendation candidates over the agreement to date, in rank order, with the breakdown that makes each score.</summary>
internal static class CandidatesSheet
{
    public static void Write(IXLWorksheet sheet, DigestContent c, DigestText t)
    {
        var w = new SheetWriter(sheet);
        w.Title(1, t["Digest_Candidates_Heading"]);
        w.Header(3,
            t["Digest_Col_Rank"], t["Digest_Col_PersonCode"], t["Digest_Col_FullName"], t["Digest_Col_Agency"], t["Digest_Col_Score"],
            t["Digest_Col_AnsweredOnTime"], t["Digest_Col_AnsweredLate"], t["Digest_Col_Verifications"], t["Digest_Col_IncidentsResolved"],
            t["Digest_Col_CriticalResolved"], t["Digest_Col_OverdueNow"]);
        var row = 3;
        var rank = 0;
        foreach (var p in c.Candidates)
        {
            row++;
            rank++;
            w.Number(row, 1, rank, SheetWriter.CountFormat).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            w.Text(row, 2, p.PersonCode);
            w.Text(row, 3, p.FullName);
            w.Text(row, 4, t.Of(p.Agency));
            w.Number(row, 5, (double)Math.Round(p.Score, 2, MidpointRounding.AwayFromZero), SheetWriter.PointsFormat).Style.Font.Bold = true;
            w.Number(row, 6, p.Breakdown.AnsweredOnTime, SheetWriter.CountFormat);
            w.Number(row, 7, p.Breakdown.AnsweredLate, SheetWriter.CountFormat);
            w.Number(row, 8, p.Breakdown.Verifications, SheetWriter.CountFormat);
            w.Number(row, 9, p.Breakdown.IncidentsResolved, SheetWriter.CountFormat);
            w.Number(row, 10, p.Breakdown.CriticalResolved, SheetWriter.CountFormat);
            w.Number(row, 11, p.Breakdown.OverdueNow, SheetWriter.CountFormat);
        }
        if (c.Candidates.Count == 0)
        {
            w.Title(4, t["Digest_NoRows"], large: false).Style.Font.Italic = true;
        }
        w.Finish(filter: true);
    }
}
