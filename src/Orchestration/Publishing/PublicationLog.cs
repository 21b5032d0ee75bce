using Orchestration.Fingerprint;

namespace Orchestration.Publishing;

/// <summary>How a publication is told in the log.</summary>
public static class PublicationLog
{
    /// <summary>
    /// For a model found already published: <c>identical inputs (3f9a…), built at commit c0d309d by Jenkins build #12</c>,
    /// and this run's commit when it is another one.
    /// </summary>
    public static string Provenance(PublicationRecord publication)
    {
        ArgumentNullException.ThrowIfNull(publication);
        if (publication.InputsSha256 is null)
        {
            return "the same provenance (commit, data, parameters, model)";
        }

        var builtBy = publication.BuiltBy is { } build
            ? $" by {build.System} build {(build.Number is null ? string.Empty : "#" + build.Number)}".TrimEnd()
            : " by a local build";
        var thisRun = publication.Commit is { } commit && !string.Equals(commit, publication.BuiltAtCommit, StringComparison.OrdinalIgnoreCase)
            ? $"; this run's commit {Short(commit)} is recorded in the Publish record, not in the package"
            : string.Empty;
        return $"identical inputs ({InputsFingerprint.Abbreviate(publication.InputsSha256)}), built at commit {Short(publication.BuiltAtCommit ?? "unknown")}{builtBy}{thisRun}";
    }

    private static string Short(string commit) => commit[..Math.Min(12, commit.Length)];
}
