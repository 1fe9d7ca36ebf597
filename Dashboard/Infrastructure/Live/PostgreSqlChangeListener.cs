using Dashboard.Infrastructure.Data;
using Npgsql;

namespace Dashboard.Infrastructure.Live;

/// <summary>
/// LISTENs on a dedicated long-lived connection and raises the in-process notifier for every change another node (or a
/// verb's process) committed: no polling. After a drop it reconnects with a growing pause (up to 10 s) and raises the
/// notifier once, since notices sent while it was away are lost.
/// </summary>
internal sealed class PostgreSqlChangeListener(PostgreSqlChangeFeed feed, DataChangeNotifier notifier, ILogger<PostgreSqlChangeListener> log)
    : BackgroundService
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pause = FirstPause;
        var missed = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(feed.ListenConnectionString);
                connection.Notification += OnNotification;
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {PostgreSqlChangeFeed.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                if (missed)
                {
                    log.LogInformation("Listening for changes of other nodes again");
                    notifier.NotifyChangedElsewhere();
                }
                pause = FirstPause;
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogWarning(e, "Lost the connection that listens for changes of other nodes; reconnecting in {Pause}", pause);
                missed = true;
                try
                {
                    await Task.Delay(pause, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
            }
        }
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs e)
    {
        if (e.Payload != feed.NodeId)
        {
            notifier.NotifyChangedElsewhere();
        }
    }
}
