using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dashboard.Features.DemoData;

/// <summary>Where a <see cref="BulkWriter"/> puts its rows: the provider's fastest way in, inside one transaction.</summary>
internal abstract class BulkTarget : IAsyncDisposable
{
    /// <summary>The rows of one table, given its columns in order.</summary>
    public abstract Rows Table(IEntityType entityType, IReadOnlyList<IProperty> columns);

    public abstract Task ExecuteAsync(string sql, CancellationToken ct);

    public abstract Task CommitAsync(CancellationToken ct);

    public abstract ValueTask DisposeAsync();

    internal abstract class Rows
    {
        /// <summary>The table's largest key so far (0 when empty).</summary>
        public abstract long MaxKey(IProperty key);

        /// <summary>One row's provider values, in the columns' order.</summary>
        public abstract void Insert(object?[] values);
    }

    protected static string Quoted(string name) => $"\"{name}\"";

    protected static string ColumnList(IEnumerable<IProperty> columns) => string.Join(", ", columns.Select(c => Quoted(c.GetColumnName())));
}
