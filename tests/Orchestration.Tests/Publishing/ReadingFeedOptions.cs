using Cake.Core;
using Orchestration.Configuration;
using Orchestration.Publishing;
using Orchestration.Pipeline;
using Orchestration.Tests.Fakes;
using Orchestration.Tooling;

namespace Orchestration.Tests.Publishing;

public sealed class ReadingFeedOptions
{
    [Fact]
    public void Without_options_models_go_to_the_default_folder_feed_as_nuget()
    {
        var settings = Read(GivenOptions.With(), "/work/.work/feed");

        Assert.Equal(("/work/.work/feed", ModelFeedType.NuGet, "models", TimeSpan.FromMinutes(10)), (settings.Feed, settings.Type, settings.MavenGroupId, settings.RequestTimeout));
        Assert.Equal((null, null, null), (settings.ApiKey, settings.Username, settings.Password));
    }

    [Fact]
    public void Arguments_win_over_the_environment()
    {
        var settings = Read(
            GivenOptions.With(
                arguments: [("feed", "https://nexus.example.com/repository/models/"), ("feed-type", "Maven"), ("maven-group-id", "com.example.models"), ("feed-timeout", "30")],
                variables: [("MODEL_FEED", "/elsewhere"), ("MODEL_FEED_TYPE", "nuget")]),
            "/work/.work/feed");

        Assert.Equal(
            ("https://nexus.example.com/repository/models/", ModelFeedType.Maven, "com.example.models", TimeSpan.FromSeconds(30)),
            (settings.Feed, settings.Type, settings.MavenGroupId, settings.RequestTimeout));
    }

    [Fact]
    public void Credentials_come_from_the_environment_are_masked_and_never_shown_with_the_settings()
    {
        var settings = Read(
            GivenOptions.With(variables: [("MODEL_FEED_API_KEY", "api-key-from-env-1"), ("MODEL_FEED_USERNAME", "deployer"), ("MODEL_FEED_PASSWORD", "password-from-env-2")]),
            "/feed");

        Assert.Equal(("api-key-from-env-1", "deployer", "password-from-env-2"), (settings.ApiKey, settings.Username, settings.Password));
        Assert.Equal("key *** password ***", SecretMasker.Mask("key api-key-from-env-1 password password-from-env-2"));
        Assert.DoesNotContain("from-env", settings.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Credentials_in_the_feed_url_are_refused_and_masked()
    {
        var error = Assert.Throws<CakeException>(() => Read(GivenOptions.With(arguments: [("feed", "https://deployer:url-password-3@nexus.example.com/")]), "/feed"));

        Assert.StartsWith("--feed must not carry credentials", error.Message, StringComparison.Ordinal);
        Assert.Equal("***", SecretMasker.Mask("url-password-3"));
    }

    [Fact]
    public void An_unknown_feed_type_is_a_configuration_error()
    {
        var error = Assert.Throws<CakeException>(() => Read(GivenOptions.With(arguments: [("feed-type", "npm")]), "/feed"));

        Assert.Equal((2, "--feed-type takes nuget or maven, not 'npm'."), (error.ExitCode, error.Message));
    }

    [Fact]
    public void A_group_id_that_maven_would_not_take_is_a_configuration_error()
    {
        var error = Assert.Throws<CakeException>(() => Read(GivenOptions.With(arguments: [("maven-group-id", "com/example")]), "/feed"));

        Assert.Equal((2, "--maven-group-id takes a Maven groupId such as models or com.example.models, not 'com/example'."), (error.ExitCode, error.Message));
    }

    [Fact]
    public void A_feed_type_from_the_environment_names_its_variable_when_refused()
    {
        var error = Assert.Throws<CakeException>(() => Read(GivenOptions.With(variables: [("MODEL_FEED_TYPE", "ftp")]), "/feed"));

        Assert.Equal("MODEL_FEED_TYPE (for --feed-type) takes nuget or maven, not 'ftp'.", error.Message);
    }

    [Fact]
    public void The_model_is_read_back_from_the_feed_publish_recorded_with_its_group_id_and_timeout_and_todays_credentials()
    {
        var publication = new PublicationRecord
        {
            Identity = ModelIdentity.Parse("salary-regression.2.7"),
            Feed = "https://nexus.example.com/repository/models/",
            FeedType = ModelFeedType.Maven,
            MavenGroupId = "com.example.models",
            FeedTimeout = TimeSpan.FromSeconds(90),
            AlreadyPublished = false,
            ModelSha256 = "aa11",
            PublishedAt = DateTimeOffset.UnixEpoch,
        };
        var later = GivenOptions.With(
            arguments: [("feed-type", "nuget"), ("maven-group-id", "other"), ("feed-timeout", "5")],
            variables: [("MODEL_FEED_USERNAME", "deployer"), ("MODEL_FEED_PASSWORD", "password-from-env-3")]);

        var settings = FeedOptions.Of(publication, later, "/work");

        Assert.Equal(
            ("https://nexus.example.com/repository/models/", ModelFeedType.Maven, "com.example.models", TimeSpan.FromSeconds(90), "deployer", "password-from-env-3"),
            (settings.Feed, settings.Type, settings.MavenGroupId, settings.RequestTimeout, settings.Username, settings.Password));
    }

    private static FeedSettings Read(OptionValues options, string defaultFeed)
    {
        options.RegisterSecrets();
        return FeedOptions.Bind(options, defaultFeed, "/work");
    }
}
