namespace Dashboard.Features.Settings;

/// <summary>
/// A section of /admin/settings, registered by the feature it belongs to (a component without parameters), so that the
/// settings page knows no feature and each feature keeps its own editor.
/// </summary>
public sealed record SettingsSection(Type Component, int Order);
