using Dashboard.Features.Audit;
using Dashboard.Features.Shared;
using Microsoft.Extensions.Localization;

namespace Dashboard.Features.Commendations;

/// <summary>Saves the settings of /admin/settings, validated, with the signed-in admin as the audit actor.</summary>
public sealed class WeightsCommands(UserDb userDb, CommendationWeightsStore store, IStringLocalizer<SharedResource> l)
{
    public async Task<CommandResult> SaveWeightsAsync(WeightsForm form, CancellationToken ct = default)
    {
        var problems = form.Problems();
        if (problems.Count > 0)
        {
            return new CommandResult(null, [.. problems.Select(p => (string)l[p.Problem, l[p.Field]])]);
        }
        await store.SaveAsync(form.ToWeights(), await userDb.ActorAsync(), ct);
        return CommandResult.Done(0);
    }

    /// <summary>Back to the defaults of SPEC §3 (saved, so the audit trail shows the values it replaced).</summary>
    public Task<CommandResult> ResetWeightsAsync(CancellationToken ct = default) =>
        SaveWeightsAsync(WeightsForm.From(CommendationWeights.Default), ct);
}
