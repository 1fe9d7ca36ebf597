using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dashboard.Infrastructure.Data;

/// <summary>
/// The figure totals are kept by SaveChanges (FigureTotalWriter) and by the bulk loads. A write to the rows they come from
/// (requests, verifications, incidents) or to the totals themselves that goes around them — ExecuteUpdate, ExecuteDelete,
/// raw SQL — would leave the totals wrong without a sound, so it fails loudly instead. The upkeep's own SQL carries
/// <see cref="UpkeepTag"/>.
/// </summary>
internal sealed partial class FigureTablesGuard : DbCommandInterceptor
{
    /// <summary>Opens the SQL of the totals upkeep (a comment: the database ignores it).</summary>
    public const string UpkeepTag = "-- figure totals upkeep\n";

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Check(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(command, eventData);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbCommand command, CommandEventData eventData)
    {
        if (eventData.CommandSource is CommandSource.SaveChanges or CommandSource.Migrations
            || command.CommandText.StartsWith(UpkeepTag, StringComparison.Ordinal))
        {
            return;
        }
        if (FigureWrite().Match(command.CommandText) is { Success: true } write)
        {
            throw new InvalidOperationException(
                $"A write to \"{write.Groups["table"].Value}\" outside SaveChanges ({eventData.CommandSource}) would leave the figure totals " +
                "wrong: change those rows through the context, or rebuild the totals in the same transaction (FigureTotalWriter).");
        }
    }

    [GeneratedRegex("""\b(?:UPDATE|DELETE\s+FROM|INSERT\s+INTO)\s+"(?<table>Requests|Verifications|Incidents|FigureTotals)"\s""", RegexOptions.IgnoreCase)]
    private static partial Regex FigureWrite();
}
