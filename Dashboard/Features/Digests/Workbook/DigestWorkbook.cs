using ClosedXML.Excel;

namespace Dashboard.Features.Digests.Workbook;

/// <summary>
/// The digest workbook of SPEC §4.6 in one language. Leadership: summary, heat map, candidates. Coordinator: also the
/// open requests and the incidents of the week (reference numbers, subjects, case references, summaries).
/// </summary>
public static class DigestWorkbook
{
    public static byte[] Build(DigestContent content, DigestText text)
    {
        using var workbook = new XLWorkbook();
        workbook.Properties.Title = text.Format("Digest_Wb_Title", content.AgreementCode, content.Week);
        workbook.Properties.Author = text["AppTitle"];
        SummarySheet.Write(workbook.AddWorksheet(text["Digest_Sheet_Summary"]), content, text);
        if (content.Scope == DigestScope.Coordinator)
        {
            RequestsSheet.Write(workbook.AddWorksheet(text["Digest_Sheet_Requests"]), content, text);
            IncidentsSheet.Write(workbook.AddWorksheet(text["Digest_Sheet_Incidents"]), content, text);
        }
        HeatmapSheet.Write(workbook.AddWorksheet(text["Digest_Sheet_Heatmap"]), content, text);
        CandidatesSheet.Write(workbook.AddWorksheet(text["Digest_Sheet_Candidates"]), content, text);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>A file name without diacritics, which every mail client and file system keeps intact.</summary>
    public static string FileName(string agreementCode, IsoWeek week, DigestScope scope, string language) =>
        $"digest-{Safe(agreementCode)}-{week}-{scope.ToString().ToLowerInvariant()}-{language}.xlsx";

    private static string Safe(string code) => new([.. code.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_')]);
}
