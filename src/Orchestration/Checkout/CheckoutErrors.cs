using Cake.Core;
using Orchestration.Pipeline;

namespace Orchestration.Checkout;

/// <summary>The checkout's messages for bad input: what is wrong, where, and what to do.</summary>
internal static class CheckoutErrors
{
    private const int ListedFiles = 20;

    public static CakeException DirtyProject(string workingTree, string projectPath, IReadOnlyList<string> changes)
    {
        var listed = changes.Take(ListedFiles).Select(line => "  " + line);
        var more = changes.Count > ListedFiles ? [$"  ... and {changes.Count - ListedFiles} more"] : Array.Empty<string>();
        return ConfigurationError.Create(string.Join('\n', [
            $"The model project {projectPath} in {workingTree} has uncommitted or untracked changes:",
            .. listed,
            .. more,
            "A build is made from committed code: commit, stash or .gitignore these files, or pass --allow-dirty to build the working tree as it is (the run is then marked dirty)."]));
    }

    public static CakeException UnknownRef(string repository, string gitRef, IEnumerable<string> gitError) =>
        ConfigurationError.Create(string.Join('\n', [
            $"Ref '{gitRef}' was not found in repository {repository}: it is not a branch, tag or commit there.",
            .. gitError.Where(line => line.Length > 0).TakeLast(5).Select(line => "  " + line),
            $"Check --ref (the branches and tags: git ls-remote {repository}).",
        ]));

    public static CakeException MissingProject(string projectPath, string repository, string gitRef, string commit, IReadOnlyList<string> candidates)
    {
        var found = candidates.Count == 0
            ? "No folder there has a build.properties."
            : "Folders with a build.properties there: " + string.Join(", ", candidates) + ".";
        return ConfigurationError.Create(
            $"{CheckoutOptions.ProjectDirectory} '{projectPath}' does not exist in {repository} at {gitRef} (commit {commit[..Math.Min(12, commit.Length)]}). {found} Pass {CheckoutOptions.ProjectDirectory}=FOLDER, relative to the repository root.");
    }
}
