using ClosedXML.Excel;

namespace Dashboard.Features.Digests.Workbook;

/// <summary>The incidents that occurred in the week, by time.</summary>
internal static class IncidentsSheet
{
    public static void Write(IXLWorksheet sheet, DigestContent c, DigestText t)
    {
        var w = new SheetWriter(sheet);
        w.Title(1, t.Format("Digest_Incidents_Heading", c.Week, DigestText.Days(c.Week)));
        w.Header(3,
            t["Digest_Col_Code"], t["Digest_Col_OccurredAt"], t["Digest_Col_Area"], t["Digest_Col_Kind"], t["Digest_Col_Severity"],
            t["Digest_Col_CurrentStatus"], t["Digest_Col_OutageMinutes"], t["Digest_Col_Subscribers"], t["Digest_Col_Damage"],
            t["Digest_Col_CaseRef"], t["Digest_Col_Summary"]);
        var row = 3;
        foreach (var i in c.Incidents)
        {
            row++;
            w.Text(row, 1, i.Code);
            w.LocalTime(row, 2, i.OccurredAt);
            w.Text(row, 3, i.AreaName);
            w.Text(row, 4, t.Of(i.Kind));
            w.Text(row, 5, t.Of(i.Severity));
            w.Text(row, 6, t.Of(i.Status));
            w.Number(row, 7, i.OutageMinutes, SheetWriter.CountFormat);
            w.Number(row, 8, i.SubscribersAffected, SheetWriter.CountFormat);
            w.Number(row, 9, i.DamageVnd, SheetWriter.MoneyFormat);
            w.Text(row, 10, i.CaseRef);
            w.Text(row, 11, i.Summary);
        }
        if (c.Incidents.Count == 0)
        {
            w.Title(4, t["Digest_NoRows"], large: false).Style.Font.Italic = true;
        }
        if (c.Incidents.Count >= DigestContent.ListLimit)
        {
            w.Title(row + 2, t.Format("Digest_Cut", DigestContent.ListLimit), large: false).Style.Font.Italic = true;
        }
        w.Finish(filter: true, wrapColumns: 11);
    }
}
