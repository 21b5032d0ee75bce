namespace Cake.Frosting.Tests;

/// <summary>Host tests share the console and the record of what ran: they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostTestsRunAlone
{
    public const string Name = "Host";
}
