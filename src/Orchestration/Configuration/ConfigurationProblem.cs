namespace Orchestration.Configuration;

/// <summary>One thing wrong with the configuration: where it is, and what was expected.</summary>
public sealed record ConfigurationProblem(SettingSource Source, string Message)
{
    public override string ToString() => $"{Source}: {Message}";
}
