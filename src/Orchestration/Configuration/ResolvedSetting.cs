namespace Orchestration.Configuration;

/// <summary>A setting's effective value (null: not set) and where it came from.</summary>
public sealed record ResolvedSetting(string Key, string? Value, SettingSource Source);
