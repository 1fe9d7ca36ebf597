using Dashboard.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dashboard.Features.DemoData;

/// <summary>
/// Writes entities with prepared SQLite commands in one transaction, bypassing change tracking and per-row audit.
/// Tables, columns and value conversions come from the EF model, so the rows are exactly what EF would write.
/// Keys are handed out here (max + 1 per table), so the same input always gives the same rows.
/// </summary>
internal sealed class BulkWriter : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly IModel _model;
    private readonly Dictionary<Type, Table> _tables = [];
    private readonly string _journalMode;
    private readonly SortedDictionary<string, int> _rows = new(StringComparer.Ordinal);

    private BulkWriter(SqliteConnection connection, SqliteTransaction transaction, IModel model, string journalMode)
    {
        _connection = connection;
        _transaction = transaction;
        _model = model;
        _journalMode = journalMode;
    }

    public static async Task<BulkWriter> OpenAsync(DashboardDbContext db, CancellationToken ct)
    {
        var connection = new SqliteConnection(db.Database.GetConnectionString());
        // Idle pooled connections would keep the file in WAL mode.
        SqliteConnection.ClearPool(connection);
        await connection.OpenAsync(ct);
        var journalMode = (string)(await Scalar(connection, "PRAGMA journal_mode;", ct))!;
        // A load into an empty file needs neither fsync nor a journal on disk; the original mode is restored afterwards.
        await Scalar(connection, "PRAGMA journal_mode=MEMORY;", ct);
        await Scalar(connection, "PRAGMA synchronous=OFF;", ct);
        await Scalar(connection, "PRAGMA cache_size=-131072;", ct);
        var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        return new BulkWriter(connection, transaction, db.Model, journalMode);
    }

    /// <summary>Gives the entity the next key of its table and inserts it.</summary>
    public void Add<T>(T entity) where T : class
    {
        var table = TableFor(typeof(T));
        table.SetKey(entity);
        table.Insert(entity);
        _rows[typeof(T).Name] = _rows.GetValueOrDefault(typeof(T).Name) + 1;
    }

    /// <summary>Rows written so far, by entity name in ordinal order.</summary>
    public IReadOnlyDictionary<string, int> Rows => _rows;

    public void AddRange<T>(IEnumerable<T> entities) where T : class
    {
        foreach (var e in entities)
        {
            Add(e);
        }
    }

    /// <summary>Runs SQL on the rows written so far, inside the load's transaction.</summary>
    public async Task ExecuteAsync(string sql, CancellationToken ct)
    {
        await using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        await _transaction.CommitAsync(ct);
        await Scalar(_connection, $"PRAGMA journal_mode={_journalMode};", ct);
        await Scalar(_connection, "PRAGMA optimize;", ct);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var t in _tables.Values)
        {
            t.Dispose();
        }
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private Table TableFor(Type type)
    {
        if (!_tables.TryGetValue(type, out var table))
        {
            var entityType = _model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
            table = new Table(entityType, _connection, _transaction);
            _tables[type] = table;
        }
        return table;
    }

    private static async Task<object?> Scalar(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct);
    }

    /// <summary>One prepared INSERT for one entity type, its parameters reused row after row.</summary>
    private sealed class Table : IDisposable
    {
        private readonly IClrPropertyGetter[] _getters;
        private readonly Func<object?, object?>?[] _converters;
        private readonly SqliteParameter[] _parameters;
        private readonly SqliteCommand _insert;
        private readonly IProperty _key;
        private long _nextKey;

        public Table(IEntityType entityType, SqliteConnection connection, SqliteTransaction transaction)
        {
            var tableName = entityType.GetTableName()!;
            _key = entityType.FindPrimaryKey()!.Properties.Single();
            // Generated columns are SQLite's to write.
            var properties = entityType.GetProperties().Where(p => !p.IsShadowProperty() && p.GetComputedColumnSql() is null).ToArray();
            _getters = properties.Select(p => p.GetGetter()).ToArray();
            _converters = properties.Select(p => p.GetTypeMapping().Converter?.ConvertToProvider).ToArray();
            _insert = connection.CreateCommand();
            _insert.Transaction = transaction;
            var columns = properties.Select(p => p.GetColumnName()).ToArray();
            _insert.CommandText = $"INSERT INTO \"{tableName}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
                $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))});";
            _parameters = columns.Select((_, i) => _insert.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
            _insert.Prepare();
            using var max = connection.CreateCommand();
            max.Transaction = transaction;
            max.CommandText = $"SELECT COALESCE(MAX(\"{_key.GetColumnName()}\"), 0) FROM \"{tableName}\";";
            _nextKey = Convert.ToInt64(max.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) + 1;
        }

        public void SetKey(object entity)
        {
            var key = _nextKey++;
            _key.PropertyInfo!.SetValue(entity, _key.ClrType == typeof(long) ? key : (object)checked((int)key));
        }

        public void Insert(object entity)
        {
            for (var i = 0; i < _getters.Length; i++)
            {
                var value = _getters[i].GetClrValueUsingContainingEntity(entity);
                if (value is not null && _converters[i] is { } convert)
                {
                    value = convert(value);
                }
                _parameters[i].Value = value ?? DBNull.Value;
            }
            _insert.ExecuteNonQuery();
        }

        public void Dispose() => _insert.Dispose();
    }
}
