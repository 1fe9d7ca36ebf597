using Dashboard.Infrastructure.Modules;

namespace Dashboard.Infrastructure.Data;

/// <summary>Every <see cref="ISaveParticipant"/> of this assembly, found once (<see cref="Discovery"/>) in their order.</summary>
public static class SaveParticipants
{
    public static IReadOnlyList<ISaveParticipant> All { get; } = Discovery.All<ISaveParticipant>(p => p.Order);
}
