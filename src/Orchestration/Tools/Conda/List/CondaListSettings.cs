namespace Orchestration.Tools.Conda.List;

/// <summary>Settings for <c>conda list --prefix DIR [--export]</c>.</summary>
internal sealed class CondaListSettings : CondaSettings
{
    /// <summary>The environment to list (<c>--prefix</c>).</summary>
    public required string Prefix { get; set; }

    /// <summary>One <c>name=version=build</c> line per package, the format <c>conda create --file</c> reads (<c>--export</c>).</summary>
    public bool Export { get; set; }
}
