namespace Dashboard.Infrastructure.Data;

/// <summary>Which database holds the data (Database:Provider): the embedded SQLite file by default, PostgreSQL when it outgrows one machine.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSQL,
}
