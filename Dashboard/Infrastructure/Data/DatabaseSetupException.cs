namespace Dashboard.Infrastructure.Data;

/// <summary>
/// The database cannot be used as configured (unknown provider, no connection string, server unreachable, migrations
/// pending). Its message is for the person who runs the program: the web server and the verbs print it and exit 1.
/// </summary>
public sealed class DatabaseSetupException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>This fault in <paramref name="e"/> or the exceptions it wraps, if any.</summary>
    public static DatabaseSetupException? Find(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is DatabaseSetupException setup)
            {
                return setup;
            }
            if (e is AggregateException { InnerExceptions.Count: 1 } aggregate)
            {
                return Find(aggregate.InnerExceptions[0]);
            }
        }
        return null;
    }
}
