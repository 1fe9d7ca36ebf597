namespace Dashboard;

/// <summary>
/// Marker for the app's strings: Resources/SharedResource.resx (Vietnamese, the default) and SharedResource.en.resx, which
/// the build merges with every feature's Features/&lt;Name&gt;/Strings.resx and Strings.en.resx (see Dashboard.csproj).
/// </summary>
public sealed class SharedResource;
