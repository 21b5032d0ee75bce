using Cake.Core.Diagnostics;

namespace Cake.Frosting.Internal;

/// <summary>What the command line asks of the host; everything else is an argument for the tasks.</summary>
internal sealed record HostOptions
{
    public string Target { get; init; } = "Default";

    public Verbosity Verbosity { get; init; } = Verbosity.Normal;

    public bool DryRun { get; init; }

    public bool Exclusive { get; init; }

    public bool ShowDescription { get; init; }

    public bool ShowTree { get; init; }

    public bool ShowHelp { get; init; }

    public ILookup<string, string> Arguments { get; init; } =
        Array.Empty<KeyValuePair<string, string>>().ToLookup(pair => pair.Key, pair => pair.Value);
}
