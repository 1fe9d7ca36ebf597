using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.TestInfrastructure;

/// <summary>Every row of every table as text, tables by name and rows by key: two databases with equal dumps hold the same data.</summary>
public static class DatabaseDump
{
    public static async Task<string> OfAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        var dump = new StringBuilder();
        foreach (var table in tables)
        {
            dump.Append("## ").AppendLine(table);
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1;";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    dump.Append(i == 0 ? "" : "|").Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture));
                }
                dump.AppendLine();
            }
        }
        return dump.ToString();
    }
}
