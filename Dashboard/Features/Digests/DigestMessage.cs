using System.Globalization;
using System.Text;
using Dashboard.Features.Digests.Workbook;
using Dashboard.Features.Shared;
using Dashboard.Infrastructure.Time;
using MimeKit;

namespace Dashboard.Features.Digests;

/// <summary>The mail of one delivery: subject and body in the recipient's language, the key figures in the body, the workbook attached.</summary>
public static class DigestMessage
{
    public const string XlsxType = XlsxDownload.ContentType;

    public static MimeMessage Compose(
        string from, DigestRecipientAddress to, string agreementCode, IsoWeek week, DigestScope scope, DateTime asOfUtc,
        DigestKeyFigures figures, byte[] workbook, DigestText t, string messageId)
    {
        var message = new MimeMessage { Subject = t.Format("Digest_Mail_Subject", agreementCode, week, DigestText.Days(week)) };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(new MailboxAddress(to.DisplayName, to.Email));
        // A stable id per (run, recipient): a mail system that sees it twice can tell it is the same message.
        message.MessageId = messageId;
        var body = new BodyBuilder { TextBody = Body(to, agreementCode, week, asOfUtc, figures, t) };
        body.Attachments.Add(DigestWorkbook.FileName(agreementCode, week, scope, t.Language), workbook, ContentType.Parse(XlsxType));
        message.Body = body.ToMessageBody();
        return message;
    }

    public static string Body(DigestRecipientAddress to, string agreementCode, IsoWeek week, DateTime asOfUtc, DigestKeyFigures figures, DigestText t)
    {
        var text = new StringBuilder();
        text.AppendLine(t.Format("Digest_Mail_Greeting", to.DisplayName)).AppendLine();
        text.AppendLine(t.Format("Digest_Mail_Intro", agreementCode, week, DigestText.Days(week),
            LocalClock.ToLocal(asOfUtc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture))).AppendLine();
        foreach (var m in DigestMetrics.Key)
        {
            var value = DigestMetrics.Rounded(m, m.Read(figures.ThisWeek));
            var change = DigestMetrics.Change(m, figures.ThisWeek, figures.PreviousWeek);
            text.Append("- ").Append(t[m.Key]).Append(": ").Append(Show(m, value, t));
            if (change is { } c)
            {
                text.Append(" (").Append(t["Digest_Mail_Change"]).Append(' ').Append(ShowChange(m, c, t)).Append(')');
            }
            text.AppendLine();
        }
        text.AppendLine().AppendLine(t["Digest_Mail_Attached"]).AppendLine().AppendLine(t["Digest_Mail_Footer"]);
        return text.ToString();
    }

    public static string Show(DigestMetric m, double? value, DigestText t) => value is not { } v ? "—" : m.Kind switch
    {
        MetricKind.Rate => (v * 100).ToString("N1", t.Culture) + " %",
        MetricKind.Hours => v.ToString("N1", t.Culture),
        MetricKind.Money => v.ToString("N0", t.Culture) + " ₫",
        _ => v.ToString("N0", t.Culture),
    };

    private static string ShowChange(DigestMetric m, double change, DigestText t) =>
        (change > 0 ? "+" : change < 0 ? "−" : "±") + (m.Kind == MetricKind.Rate
            ? (Math.Abs(change) * 100).ToString("N1", t.Culture) + " " + t["Digest_Points"]
            : Show(m, Math.Abs(change), t));
}

/// <summary>Who a delivery goes to.</summary>
public sealed record DigestRecipientAddress(string Email, string DisplayName);
