using System.Text.RegularExpressions;
using Orchestration.Pipeline;
using Orchestration.Tooling;

namespace Orchestration.Publishing;

/// <summary>The options of the model feed, shared by Publish and DockerBuild (which reads the model back).</summary>
public static partial class FeedOptions
{
    public static readonly Option<string?> Feed = Option.Parsed<string?>(
        "feed", "MODEL_FEED", null, ".work/feed", "a folder, a NuGet v3 URL or NuGet.Config source, or a Maven repository", RefuseCredentials);

    public static readonly Option<ModelFeedType> FeedType = Option.Parsed(
        "feed-type", "MODEL_FEED_TYPE", ModelFeedType.NuGet, "nuget", "nuget or maven", ModelFeedTypes.Parse);

    public static readonly Option<string> MavenGroupId = Option.Parsed(
        "maven-group-id", "MODEL_FEED_MAVEN_GROUP_ID", FeedSettings.DefaultMavenGroupId, FeedSettings.DefaultMavenGroupId, "the Maven groupId of the models", ParseGroupId);

    public static readonly Option<TimeSpan> FeedTimeout = Option.Seconds("feed-timeout", "MODEL_FEED_TIMEOUT", 600, "seconds one request may take");

    public static readonly Option<string?> ApiKey = Option.Secret("MODEL_FEED_API_KEY", "NuGet API key (else NuGet.Config credentials)");

    public static readonly Option<string?> Username = Option.Environment("Maven basic authentication user", "MODEL_FEED_USERNAME");

    public static readonly Option<string?> Password = Option.Secret("MODEL_FEED_PASSWORD", "Maven basic authentication password");

    /// <summary>Where models go when no feed is named: a folder feed in the workspace, so the sample works without a server.</summary>
    public static string DefaultFeed(WorkspacePaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return Path.Combine(paths.Work, "feed");
    }

    /// <summary>The feed the options name (the workspace's folder feed by default), with the credentials.</summary>
    public static FeedSettings Bind(OptionValues options, string defaultFeed, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        var feed = options.Get(Feed);
        return Create(options, string.IsNullOrWhiteSpace(feed) ? defaultFeed : feed, options.Get(FeedType), workingDirectory);
    }

    /// <summary>
    /// The feed a publication was made to, as Publish recorded it (feed, type, Maven groupId, request timeout), with the
    /// credentials of the options: records never hold secrets.
    /// </summary>
    public static FeedSettings Of(PublicationRecord publication, OptionValues options, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(publication);
        return Credentials(options, new FeedSettings
        {
            Feed = publication.Feed,
            Type = publication.FeedType,
            MavenGroupId = publication.MavenGroupId,
            RequestTimeout = publication.FeedTimeout,
            WorkingDirectory = workingDirectory,
            DownloadsDirectory = DownloadsDirectory(workingDirectory),
        });
    }

    /// <summary><c>.work/downloads</c> of the workspace: the packages this build downloaded (see <see cref="FeedSettings.DownloadsDirectory"/>).</summary>
    private static string DownloadsDirectory(string workingDirectory) => Path.Combine(new Pipeline.WorkspacePaths(workingDirectory).Work, "downloads");

    private static FeedSettings Create(OptionValues options, string feed, ModelFeedType type, string workingDirectory) => Credentials(options, new FeedSettings
    {
        Feed = feed,
        Type = type,
        MavenGroupId = options.Get(MavenGroupId),
        RequestTimeout = options.Get(FeedTimeout),
        WorkingDirectory = workingDirectory,
        DownloadsDirectory = DownloadsDirectory(workingDirectory),
    });

    private static FeedSettings Credentials(OptionValues options, FeedSettings settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        return settings with
        {
            ApiKey = options.Get(ApiKey),
            Username = options.Get(Username),
            Password = options.Get(Password),
        };
    }

    private static string? RefuseCredentials(string feed)
    {
        if (Uri.TryCreate(feed, UriKind.Absolute, out var uri) && !uri.IsFile && uri.UserInfo.Length > 0)
        {
            SecretMasker.Add(uri.UserInfo.Split(':', 2).ElementAtOrDefault(1));
            throw new FormatException(
                $"must not carry credentials (user:password@): it is printed in logs. Set {Username.Flag} and {Password.Flag}, or {ApiKey.Flag}, instead.");
        }

        return feed;
    }

    private static string ParseGroupId(string text) =>
        GroupIdPattern().IsMatch(text) ? text : throw new FormatException($"takes a Maven groupId such as models or com.example.models, not '{text}'.");

    [GeneratedRegex(@"^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$")]
    private static partial Regex GroupIdPattern();
}
