namespace Dashboard;

/// <summary>Marker for the shared strings in Resources/SharedResource.resx (Vietnamese, the default) and SharedResource.en.resx.</summary>
public sealed class SharedResource;
