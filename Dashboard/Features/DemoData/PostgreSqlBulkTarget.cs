using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Dashboard.Features.DemoData;

/// <summary>
/// PostgreSQL: rows are gathered per table and written by binary COPY, all tables at once in foreign-key order (a parent's
/// rows before its children's), whenever enough are waiting and before any SQL or the commit. Keys are given explicitly,
/// so the identity sequences are moved past them before the commit.
/// </summary>
internal sealed class PostgreSqlBulkTarget : BulkTarget
{
    /// <summary>Rows held in memory before they are copied (about 10 MB at the widest tables).</summary>
    private const int BatchRows = 50_000;

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly Dictionary<IEntityType, int> _order;
    private readonly List<PostgreSqlRows> _tables = [];
    private int _waiting;

    private PostgreSqlBulkTarget(NpgsqlConnection connection, NpgsqlTransaction transaction, IModel model)
    {
        _connection = connection;
        _transaction = transaction;
        _order = ForeignKeyOrder(model);
    }

    public static async Task<PostgreSqlBulkTarget> OpenAsync(string connectionString, IModel model, CancellationToken ct)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var transaction = await connection.BeginTransactionAsync(ct);
        return new PostgreSqlBulkTarget(connection, transaction, model);
    }

    public override Rows Table(IEntityType entityType, IReadOnlyList<IProperty> columns)
    {
        var rows = new PostgreSqlRows(this, entityType, columns);
        _tables.Add(rows);
        _tables.Sort((a, b) => _order[a.EntityType].CompareTo(_order[b.EntityType]));
        return rows;
    }

    public override async Task ExecuteAsync(string sql, CancellationToken ct)
    {
        Flush();
        await using var command = new NpgsqlCommand(sql, _connection, _transaction);
        await command.ExecuteNonQueryAsync(ct);
    }

    public override async Task CommitAsync(CancellationToken ct)
    {
        Flush();
        foreach (var t in _tables)
        {
            await using var reset = new NpgsqlCommand(t.ResetIdentitySql, _connection, _transaction);
            await reset.ExecuteNonQueryAsync(ct);
        }
        await _transaction.CommitAsync(ct);
        // Fresh planner statistics, and the visibility map set, for the rows just loaded: until a vacuum has passed, every
        // index-only read also visits the table (measured on the national seed: one agreement's figures 28 ms before the
        // autovacuum came by a minute later, 12 ms after). Outside the transaction, as VACUUM must be; about 2 s on that seed.
        await using var vacuum = new NpgsqlCommand("VACUUM (ANALYZE);", _connection) { CommandTimeout = 0 };
        await vacuum.ExecuteNonQueryAsync(ct);
    }

    public override async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private void Waiting()
    {
        if (++_waiting >= BatchRows)
        {
            Flush();
        }
    }

    private void Flush()
    {
        foreach (var t in _tables)
        {
            t.Copy();
        }
        _waiting = 0;
    }

    /// <summary>Each entity type's place: after every type it refers to (a reference to its own type aside).</summary>
    private static Dictionary<IEntityType, int> ForeignKeyOrder(IModel model)
    {
        var order = new Dictionary<IEntityType, int>();
        var types = model.GetEntityTypes().Where(t => t.GetTableName() is not null).ToList();
        while (order.Count < types.Count)
        {
            var ready = types.Where(t => !order.ContainsKey(t)
                && t.GetForeignKeys().All(fk => fk.PrincipalEntityType == t || order.ContainsKey(fk.PrincipalEntityType)
                    || !types.Contains(fk.PrincipalEntityType))).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException("The model's foreign keys form a cycle; the bulk writer cannot order its tables.");
            }
            foreach (var t in ready)
            {
                order[t] = order.Count;
            }
        }
        return order;
    }

    private sealed class PostgreSqlRows : Rows
    {
        private readonly PostgreSqlBulkTarget _target;
        private readonly string _table;
        private readonly string _copy;
        private readonly string[] _types;
        private readonly List<object?[]> _rows = [];
        private string _key = "Id";

        public PostgreSqlRows(PostgreSqlBulkTarget target, IEntityType entityType, IReadOnlyList<IProperty> columns)
        {
            _target = target;
            EntityType = entityType;
            _table = Quoted(entityType.GetTableName()!);
            _copy = $"COPY {_table} ({ColumnList(columns)}) FROM STDIN (FORMAT BINARY)";
            // The column's type without its length or precision ("character varying(60)" → "character varying").
            _types = [.. columns.Select(c => c.GetColumnType().Split('(')[0].Trim())];
        }

        public IEntityType EntityType { get; }

        public string ResetIdentitySql =>
            $"SELECT setval(pg_get_serial_sequence('{_table}', '{_key}'), COALESCE(MAX(\"{_key}\"), 0) + 1, false) FROM {_table};";

        public override long MaxKey(IProperty key)
        {
            _key = key.GetColumnName();
            // Keys are max + 1 from here on: no other writer may add rows to this table until the load commits.
            using var command = new NpgsqlCommand(
                $"LOCK TABLE {_table} IN SHARE ROW EXCLUSIVE MODE; SELECT COALESCE(MAX(\"{_key}\"), 0) FROM {_table};",
                _target._connection, _target._transaction);
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        public override void Insert(object?[] values)
        {
            _rows.Add(values);
            _target.Waiting();
        }

        public void Copy()
        {
            if (_rows.Count == 0)
            {
                return;
            }
            using (var importer = _target._connection.BeginBinaryImport(_copy))
            {
                foreach (var row in _rows)
                {
                    importer.StartRow();
                    for (var i = 0; i < row.Length; i++)
                    {
                        if (row[i] is { } value)
                        {
                            importer.Write(value, _types[i]);
                        }
                        else
                        {
                            importer.WriteNull();
                        }
                    }
                }
                importer.Complete();
            }
            _rows.Clear();
        }
    }
}
