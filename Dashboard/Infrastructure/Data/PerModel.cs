using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dashboard.Infrastructure.Data;

/// <summary>
/// An EF compiled query (<see cref="EF.CompileAsyncQuery{TContext, TResult}(System.Linq.Expressions.Expression{Func{TContext, TResult}})"/>),
/// compiled once per model. The figures compile their queries so that EF skips looking the LINQ up in its cache on every
/// call; a process has one model, but the tests build several, and a compiled query refuses any model but its first.
/// </summary>
public sealed class PerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _queries = [];

    public TQuery For(DbContext db) => _queries.GetValue(db.Model, _ => compile());
}
