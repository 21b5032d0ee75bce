namespace Orchestration.Packaging;

/// <summary>A repository address fit to publish: CI checkouts often carry a token in the URL.</summary>
internal static class RepositoryUrl
{
    public static string WithoutCredentials(string repository)
    {
        ArgumentNullException.ThrowIfNull(repository);
        if (Uri.TryCreate(repository, UriKind.Absolute, out var uri) && !uri.IsFile && uri.UserInfo.Length > 0)
        {
            return new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty }.Uri.AbsoluteUri;
        }

        return repository;
    }

    /// <summary>The URL when the repository is a web address (for links), else null.</summary>
    public static Uri? AsWebAddress(string repository) =>
        Uri.TryCreate(WithoutCredentials(repository), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : null;
}
