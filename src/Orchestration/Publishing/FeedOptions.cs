using System.Text.RegularExpressions;
using Cake.Common;
using Cake.Core;
using Orchestration.Pipeline;
using Orchestration.Tooling;

namespace Orchestration.Publishing;

/// <summary>Reads the feed options every stage that talks to the model feed shares (Publish, DockerBuild).</summary>
public static partial class FeedOptions
{
    /// <summary>Where models go when no feed is named: a folder feed in the workspace, so the sample works without a server.</summary>
    public static string DefaultFeed(WorkspacePaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return Path.Combine(paths.Work, "feed");
    }

    /// <summary><c>--feed</c>, <c>--feed-type</c>, <c>--maven-group-id</c>, <c>--feed-timeout</c>, and the credentials from the environment.</summary>
    public static FeedSettings Read(ICakeContext context, string defaultFeed)
    {
        ArgumentNullException.ThrowIfNull(context);
        var feed = Options.Get(context, "feed", "MODEL_FEED");
        return Create(
            context,
            string.IsNullOrWhiteSpace(feed) ? defaultFeed : feed,
            Options.Get(context, "feed-type", "MODEL_FEED_TYPE", "nuget")!,
            Options.Get(context, "maven-group-id", "MODEL_FEED_MAVEN_GROUP_ID", FeedSettings.DefaultMavenGroupId)!) with
        {
            RequestTimeout = Options.Duration(context, "feed-timeout", "MODEL_FEED_TIMEOUT", TimeSpan.FromMinutes(10)),
        };
    }

    /// <summary>Settings for a given feed, with the credentials from the environment.</summary>
    public static FeedSettings Create(ICakeContext context, string feed, string feedType, string mavenGroupId = FeedSettings.DefaultMavenGroupId)
    {
        ArgumentNullException.ThrowIfNull(context);
        RefuseCredentialsInUrl(feed);
        if (!GroupIdPattern().IsMatch(mavenGroupId))
        {
            throw ConfigurationError.Create($"--maven-group-id must be a Maven groupId such as models or com.example.models, not '{mavenGroupId}'.");
        }

        return new FeedSettings
        {
            Feed = feed,
            Type = ModelFeedTypes.Parse(feedType),
            MavenGroupId = mavenGroupId,
            ApiKey = Secret(context, "MODEL_FEED_API_KEY"),
            Username = NullIfEmpty(context.EnvironmentVariable("MODEL_FEED_USERNAME")),
            Password = Secret(context, "MODEL_FEED_PASSWORD"),
            WorkingDirectory = context.Environment.WorkingDirectory.FullPath,
        };
    }

    private static string? Secret(ICakeContext context, string variable)
    {
        var value = NullIfEmpty(context.EnvironmentVariable(variable));
        SecretMasker.Add(value);
        return value;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static void RefuseCredentialsInUrl(string feed)
    {
        if (Uri.TryCreate(feed, UriKind.Absolute, out var uri) && !uri.IsFile && uri.UserInfo.Length > 0)
        {
            SecretMasker.Add(uri.UserInfo.Split(':', 2).ElementAtOrDefault(1));
            throw ConfigurationError.Create(
                "--feed must not carry credentials (user:password@): it is printed in logs. Set MODEL_FEED_USERNAME and MODEL_FEED_PASSWORD, or MODEL_FEED_API_KEY, instead.");
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$")]
    private static partial Regex GroupIdPattern();
}
