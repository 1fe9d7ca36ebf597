using System.CommandLine;
using Dashboard.Infrastructure.Data;

namespace Dashboard.Cli;

internal static class DataVerbs
{
    public static Command Migrate(Func<IServiceProvider> services)
    {
        var command = new Command("migrate", "Áp dụng các migration lên cơ sở dữ liệu / Apply database migrations");
        command.SetAction(async (parse, ct) =>
        {
            await MigrationCheck.MigrateIfNeededAsync(services(), ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync("Đã cập nhật cơ sở dữ liệu. / Database is up to date.");
            return 0;
        });
        return command;
    }
}
