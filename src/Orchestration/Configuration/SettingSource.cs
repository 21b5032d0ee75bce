namespace Orchestration.Configuration;

public enum SettingSourceKind
{
    File,
    Argument,
    Environment,
    Default,

    /// <summary>Found in the project folder, as repo2docker finds it (the environment spec when no key names it).</summary>
    Discovered,
}

/// <summary>Where a setting's value came from: a file line, an argument, an environment variable or the default.</summary>
public sealed record SettingSource(SettingSourceKind Kind, string Name, int Line = 0)
{
    public static readonly SettingSource Default = new(SettingSourceKind.Default, "default");

    public static SettingSource File(string path, int line = 0) => new(SettingSourceKind.File, path, line);

    public static SettingSource Argument(string name) => new(SettingSourceKind.Argument, name);

    public static SettingSource Environment(string variable) => new(SettingSourceKind.Environment, variable);

    public static SettingSource Discovered(string how) => new(SettingSourceKind.Discovered, how);

    /// <summary>As a reader looks for it: <c>path:line</c>, <c>--argument</c>, <c>environment VARIABLE</c>, <c>default</c> or how it was found.</summary>
    public override string ToString() => Kind switch
    {
        SettingSourceKind.File => Line > 0 ? $"{Name}:{Line}" : Name,
        SettingSourceKind.Argument => "--" + Name,
        SettingSourceKind.Environment => "environment " + Name,
        _ => Name,
    };
}
