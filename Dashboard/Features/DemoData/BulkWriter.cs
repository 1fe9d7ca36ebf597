using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Data.Dialects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dashboard.Features.DemoData;

/// <summary>
/// Writes entities in one transaction, bypassing change tracking and per-row audit: prepared INSERTs on SQLite, binary
/// COPY on PostgreSQL (<see cref="BulkTarget"/>). Tables, columns and value conversions come from the EF model, so the
/// rows are exactly what EF would write. Keys are handed out here (max + 1 per table), so the same input always gives
/// the same rows.
/// </summary>
internal sealed class BulkWriter : IAsyncDisposable
{
    private readonly BulkTarget _target;
    private readonly IModel _model;
    private readonly Dictionary<Type, Table> _tables = [];
    private readonly SortedDictionary<string, int> _rows = new(StringComparer.Ordinal);

    private BulkWriter(BulkTarget target, IModel model, SqlDialect dialect)
    {
        _target = target;
        _model = model;
        Dialect = dialect;
    }

    /// <summary>The database's dialect, for SQL run through <see cref="ExecuteAsync"/>.</summary>
    public SqlDialect Dialect { get; }

    public static async Task<BulkWriter> OpenAsync(DashboardDbContext db, CancellationToken ct)
    {
        var dialect = SqlDialect.Of(db.Database);
        var connection = db.Database.GetConnectionString()!;
        BulkTarget target = dialect.Provider == DatabaseProvider.PostgreSQL
            ? await PostgreSqlBulkTarget.OpenAsync(connection, db.Model, ct)
            : await SqliteBulkTarget.OpenAsync(connection, ct);
        return new BulkWriter(target, db.Model, dialect);
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
    public Task ExecuteAsync(string sql, CancellationToken ct) => _target.ExecuteAsync(sql, ct);

    public Task CommitAsync(CancellationToken ct) => _target.CommitAsync(ct);

    public ValueTask DisposeAsync() => _target.DisposeAsync();

    private Table TableFor(Type type)
    {
        if (!_tables.TryGetValue(type, out var table))
        {
            var entityType = _model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
            table = new Table(entityType, _target);
            _tables[type] = table;
        }
        return table;
    }

    /// <summary>One entity type's columns, read off the entities with EF's getters and converters, and its next key.</summary>
    private sealed class Table
    {
        private readonly IClrPropertyGetter[] _getters;
        private readonly Func<object?, object?>?[] _converters;
        private readonly IProperty _key;
        private readonly BulkTarget.Rows _rows;
        private long _nextKey;

        public Table(IEntityType entityType, BulkTarget target)
        {
            _key = entityType.FindPrimaryKey()!.Properties.Single();
            // Generated columns are the database's to write.
            var properties = entityType.GetProperties().Where(p => !p.IsShadowProperty() && p.GetComputedColumnSql() is null).ToArray();
            _getters = [.. properties.Select(p => p.GetGetter())];
            _converters = [.. properties.Select(p => p.GetTypeMapping().Converter?.ConvertToProvider)];
            _rows = target.Table(entityType, properties);
            _nextKey = _rows.MaxKey(_key) + 1;
        }

        public void SetKey(object entity)
        {
            var key = _nextKey++;
            _key.PropertyInfo!.SetValue(entity, _key.ClrType == typeof(long) ? key : (object)checked((int)key));
        }

        public void Insert(object entity)
        {
            var values = new object?[_getters.Length];
            for (var i = 0; i < _getters.Length; i++)
            {
                var value = _getters[i].GetClrValueUsingContainingEntity(entity);
                values[i] = value is not null && _converters[i] is { } convert ? convert(value) : value;
            }
            _rows.Insert(values);
        }
    }
}
