namespace Orchestration.Checkout;

/// <summary>
/// What a checkout takes from the machine, passed in rather than read from global state: the working
/// tree the build runs in, the folder clones go to, and the CI variables (GIT_COMMIT, GITHUB_SHA).
/// </summary>
public sealed record CheckoutEnvironment(string WorkingTree, string Workspace, IReadOnlyDictionary<string, string> Variables)
{
    /// <summary>The environment variables a checkout reads: the commit a CI system checked out.</summary>
    public static IReadOnlyList<string> CiVariables => CiCommit.Variables;

    /// <summary>Where the clone is made (replaced on every run).</summary>
    public string CloneDirectory => Path.Combine(Workspace, "source");
}
