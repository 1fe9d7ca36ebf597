namespace Dashboard.Features.Shared;

/// <summary>
/// The outcome of a command: errors in the user's language, or the record's id. Requests, incidents, commendations
/// and settings all answer with it, so it lives in the shared kernel rather than in any one of them. The kernel is
/// Features/Shared, not Infrastructure: it leans on feature types (agreements, the audit trail, reference lists), and
/// Infrastructure must not depend on features.
/// </summary>
public sealed record CommandResult(int? Id, IReadOnlyList<string> Errors, bool Conflict = false)
{
    public bool Ok => Errors.Count == 0;

    public static CommandResult Done(int id) => new(id, []);

    public static CommandResult Failed(params string[] errors) => new(null, errors);
}
