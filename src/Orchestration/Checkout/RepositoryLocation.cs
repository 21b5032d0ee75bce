using Cake.Core;
using Orchestration.Pipeline;
using Orchestration.Tooling;
using Orchestration.Tools.Git;
using Orchestration.Tools.Git.RevParse;

namespace Orchestration.Checkout;

/// <summary>
/// Where the source comes from: <see cref="Source"/> is what git is given (an absolute path or a URL),
/// <see cref="Display"/> is what logs and records show (a URL without its credentials).
/// </summary>
internal sealed record RepositoryLocation(string Source, string Display, bool IsWorkingTree)
{
    /// <summary>A repository in a folder of this machine (not a URL): git can say at once which commit a ref names there.</summary>
    public bool IsFolder => Path.IsPathFullyQualified(Source);

    public static RepositoryLocation Resolve(string? given, string workingTree, ICakeContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(given))
        {
            var root = context.GitShowTopLevel(new GitRevParseSettings { WorkingDirectory = workingTree }, cancellationToken)
                ?? throw ConfigurationError.Create(
                    $"{workingTree} is not inside a git working tree, so there is no default repository. Pass --repository=URL-or-path.");
            return new(root, root, IsWorkingTree: true);
        }

        if (given.StartsWith('-') || given.Any(c => char.IsControl(c) || c == '"'))
        {
            throw ConfigurationError.Create($"{CheckoutOptions.Repository} '{given}' is not a git URL or a folder: it starts with '-' or contains a control character or '\"'.");
        }

        var folder = Path.GetFullPath(given, workingTree);
        if (Directory.Exists(folder))
        {
            return Local(folder, workingTree, context, cancellationToken);
        }

        return IsUrl(given)
            ? new(given, WithoutCredentials(given), IsWorkingTree: false)
            : throw ConfigurationError.Create(
                $"{CheckoutOptions.Repository} '{given}' is neither an existing folder (looked for {folder}) nor a git URL (https://..., ssh://..., git@host:path).");
    }

    private static RepositoryLocation Local(string folder, string workingTree, ICakeContext context, CancellationToken cancellationToken)
    {
        if (!context.GitIsRepository(new GitRevParseSettings { WorkingDirectory = folder }, cancellationToken))
        {
            throw ConfigurationError.Create($"{CheckoutOptions.Repository} {folder} is a folder but not a git repository.");
        }

        var path = Path.TrimEndingDirectorySeparator(folder);
        var workingTreeRoot = context.GitShowTopLevel(new GitRevParseSettings { WorkingDirectory = workingTree }, cancellationToken);
        var isWorkingTree = workingTreeRoot is not null && string.Equals(path, Path.TrimEndingDirectorySeparator(workingTreeRoot), StringComparison.Ordinal);
        return new(path, path, isWorkingTree);
    }

    /// <summary>A URL with a scheme, or git's scp-like form <c>host:path</c> (a colon before any slash).</summary>
    private static bool IsUrl(string given)
    {
        var colon = given.IndexOf(':', StringComparison.Ordinal);
        var slash = given.IndexOf('/', StringComparison.Ordinal);
        return given.Contains("://", StringComparison.Ordinal) || (colon > 0 && (slash < 0 || colon < slash));
    }

    /// <summary>
    /// An http(s) URL without its user info: a password, or a token given as the user name. The secret
    /// is registered, so git's own messages are masked too. An ssh user name (git@) is no secret.
    /// </summary>
    private static string WithoutCredentials(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.UserInfo.Length == 0 || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return url;
        }

        var separator = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
        var secret = separator >= 0 ? uri.UserInfo[(separator + 1)..] : uri.UserInfo;
        SecretMasker.Add(secret);
        SecretMasker.Add(Uri.UnescapeDataString(secret));
        return new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty }.Uri.ToString();
    }
}
