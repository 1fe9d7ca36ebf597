using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dashboard.Features.DemoData;

/// <summary>SQLite: one prepared INSERT per table, its parameters reused row after row, with the journal in memory.</summary>
internal sealed class SqliteBulkTarget : BulkTarget
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly string _journalMode;
    private readonly List<SqliteCommand> _commands = [];

    private SqliteBulkTarget(SqliteConnection connection, SqliteTransaction transaction, string journalMode)
    {
        _connection = connection;
        _transaction = transaction;
        _journalMode = journalMode;
    }

    public static async Task<SqliteBulkTarget> OpenAsync(string connectionString, CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        // Idle pooled connections would keep the file in WAL mode.
        SqliteConnection.ClearPool(connection);
        await connection.OpenAsync(ct);
        var journalMode = (string)(await Scalar(connection, "PRAGMA journal_mode;", ct))!;
        // A load into an empty file needs neither fsync nor a journal on disk; the original mode is restored afterwards.
        await Scalar(connection, "PRAGMA journal_mode=MEMORY;", ct);
        await Scalar(connection, "PRAGMA synchronous=OFF;", ct);
        await Scalar(connection, "PRAGMA cache_size=-131072;", ct);
        var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        return new SqliteBulkTarget(connection, transaction, journalMode);
    }

    public override Rows Table(IEntityType entityType, IReadOnlyList<IProperty> columns)
    {
        var insert = _connection.CreateCommand();
        insert.Transaction = _transaction;
        insert.CommandText = $"INSERT INTO {Quoted(entityType.GetTableName()!)} ({ColumnList(columns)}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))});";
        var parameters = columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        insert.Prepare();
        _commands.Add(insert);
        return new SqliteRows(this, entityType.GetTableName()!, insert, parameters);
    }

    public override async Task ExecuteAsync(string sql, CancellationToken ct)
    {
        await using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    public override async Task CommitAsync(CancellationToken ct)
    {
        await _transaction.CommitAsync(ct);
        await Scalar(_connection, $"PRAGMA journal_mode={_journalMode};", ct);
        await Scalar(_connection, "PRAGMA optimize;", ct);
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var c in _commands)
        {
            await c.DisposeAsync();
        }
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private static async Task<object?> Scalar(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct);
    }

    private sealed class SqliteRows(SqliteBulkTarget target, string table, SqliteCommand insert, SqliteParameter[] parameters) : Rows
    {
        public override long MaxKey(IProperty key)
        {
            using var max = target._connection.CreateCommand();
            max.Transaction = target._transaction;
            max.CommandText = $"SELECT COALESCE(MAX({Quoted(key.GetColumnName())}), 0) FROM {Quoted(table)};";
            return Convert.ToInt64(max.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        public override void Insert(object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }
            insert.ExecuteNonQuery();
        }
    }
}
