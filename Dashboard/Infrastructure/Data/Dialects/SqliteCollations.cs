using System.Data.Common;
using System.Globalization;
using Dashboard.Infrastructure.Localization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dashboard.Infrastructure.Data.Dialects;

/// <summary>
/// SQLite knows no Vietnamese order: every connection the context opens gets it as a collation, with .NET's (ICU's)
/// vi-VN rules — the same rules PostgreSQL's ICU collation and the in-memory rankings use.
/// </summary>
internal sealed class SqliteCollations : DbConnectionInterceptor
{
    public const string Vietnamese = "VIETNAMESE";

    private static readonly CompareInfo Rules = Cultures.Vi.CompareInfo;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection) =>
        ((SqliteConnection)connection).CreateCollation(Vietnamese, (x, y) => Rules.Compare(x, y, CompareOptions.None));
}
