using Cake.Core;
using Orchestration.Pipeline;

namespace Orchestration.Tests.Pipeline;

public sealed class RefusingUnknownArguments
{
    private static readonly string[] Known = ["data-version", "model-version", "feed"];
    private static readonly string[] Secrets = ["MODEL_FEED_API_KEY", "DOCKER_REGISTRY_PASSWORD"];

    [Fact]
    public void Known_arguments_pass_whatever_their_case()
    {
        ArgumentCheck.ThrowOnUnknown(["data-version", "FEED"], Known, Secrets);
    }

    [Fact]
    public void A_mistyped_argument_is_a_usage_error_that_suggests_the_closest_one()
    {
        var error = Assert.Throws<CakeException>(() => ArgumentCheck.ThrowOnUnknown(["data-verison", "feed"], Known, Secrets));

        Assert.Equal(ConfigurationError.ExitCode, error.ExitCode);
        Assert.StartsWith("--data-verison is not an argument of this build (did you mean --data-version?)\nArguments: --data-version, --feed, --model-version.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_argument_like_no_other_gets_no_suggestion()
    {
        var error = Assert.Throws<CakeException>(() => ArgumentCheck.ThrowOnUnknown(["colour"], Known, Secrets));

        Assert.StartsWith("--colour is not an argument of this build\n", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api-key")]
    [InlineData("registry-password")]
    [InlineData("token")]
    public void A_secret_given_as_an_argument_is_refused_with_where_secrets_go(string name)
    {
        var error = Assert.Throws<CakeException>(() => ArgumentCheck.ThrowOnUnknown([name], Known, Secrets));

        Assert.StartsWith($"--{name} is not accepted: secrets are never read from the command line", error.Message, StringComparison.Ordinal);
        Assert.Contains("Set them in the environment: MODEL_FEED_API_KEY, DOCKER_REGISTRY_PASSWORD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_build_accepts_exactly_the_arguments_its_stages_declare()
    {
        var catalog = PipelineOptions.Catalog;

        Assert.Contains("cell-timeout", catalog.ArgumentNames);
        Assert.Contains("data-version", catalog.ArgumentNames);
        Assert.DoesNotContain(catalog.ArgumentNames, name => name.Contains("password", StringComparison.Ordinal));
        Assert.Equal(catalog.ArgumentNames.Count, catalog.ArgumentNames.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
