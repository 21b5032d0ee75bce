using Cake.Core;
using Orchestration.Pipeline;
using Orchestration.Tests.Fakes;
using Orchestration.Tooling;

namespace Orchestration.Tests.Pipeline;

/// <summary>Every option's value is checked before the first task runs, all problems in one message.</summary>
public sealed class CheckingOptionsUpFront
{
    [Theory]
    [InlineData("cell-timeout", "abc", "--cell-timeout takes a whole number of seconds greater than 0, not 'abc'.")]
    [InlineData("feed-type", "ftp", "--feed-type takes nuget or maven, not 'ftp'.")]
    [InlineData("endpoint-port", "99999", "--endpoint-port takes a port number from 1 to 65535, not '99999'.")]
    [InlineData("system-site-packages", "maybe", "--system-site-packages takes true or false, not 'maybe'.")]
    [InlineData("tests", "smoke", "--tests takes unit, integration or all, not 'smoke'.")]
    [InlineData("backend-config", "", null)]
    public void A_bad_value_is_a_usage_error_naming_the_argument_and_what_it_takes(string name, string value, string? message)
    {
        var options = GivenOptions.With([(name, value)]);

        if (message is null)
        {
            options.Validate([name]);
            return;
        }

        var error = Assert.Throws<CakeException>(() => options.Validate([name]));
        Assert.Equal((2, message), (error.ExitCode, error.Message));
    }

    [Fact]
    public void A_bad_value_from_the_environment_names_the_variable()
    {
        var error = Assert.Throws<CakeException>(() => GivenOptions.With(variables: [("ORCHESTRATION_CELL_TIMEOUT", "10m")]).Validate([]));

        Assert.Equal("ORCHESTRATION_CELL_TIMEOUT (for --cell-timeout) takes a whole number of seconds greater than 0, not '10m'.", error.Message);
    }

    [Fact]
    public void Unknown_arguments_and_bad_values_are_reported_together()
    {
        var options = GivenOptions.With([("cell-timeout", "abc"), ("feed-type", "ftp"), ("data-verison", "2")]);

        var error = Assert.Throws<CakeException>(() => options.Validate(["cell-timeout", "feed-type", "data-verison"]));

        Assert.StartsWith(
            "--data-verison is not an argument of this build (did you mean --data-version?)\n"
            + "--cell-timeout takes a whole number of seconds greater than 0, not 'abc'.\n"
            + "--feed-type takes nuget or maven, not 'ftp'.\n"
            + "Arguments: --allow-dirty, ",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Good_values_and_no_values_pass()
    {
        GivenOptions.With([("cell-timeout", "30"), ("feed-type", "Maven"), ("allow-dirty", "true"), ("notebook-env", "A=1")]).Validate(["cell-timeout", "feed-type", "allow-dirty", "notebook-env"]);
        GivenOptions.With().Validate([]);
    }

    [Fact]
    public void Secrets_are_environment_only_an_argument_of_the_same_name_is_refused()
    {
        var error = Assert.Throws<CakeException>(() => GivenOptions.With([("model-feed-api-key", "x")]).Validate(["model-feed-api-key"]));

        Assert.Contains("secrets are never read from the command line", error.Message, StringComparison.Ordinal);
        Assert.Contains("MODEL_FEED_API_KEY, MODEL_FEED_PASSWORD, DOCKER_REGISTRY_PASSWORD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_says_where_each_value_came_from_and_masks_secrets()
    {
        var options = GivenOptions.With(
            [("feed", "/srv/feed")],
            [("ORCHESTRATION_CELL_TIMEOUT", "30"), ("MODEL_FEED_PASSWORD", "table-secret-7"), ("MLFLOW_TRACKING_URI", "https://u:table-url-secret-8@mlflow.example.com")]);
        options.RegisterSecrets();

        var table = options.Table();

        Assert.Equal("Options (argument > environment > default):", table[0]);
        Assert.Contains(table, line => Columns(line) == "--feed /srv/feed --feed");
        Assert.Contains(table, line => Columns(line) == "--cell-timeout 00:00:30 environment ORCHESTRATION_CELL_TIMEOUT".Replace("00:00:30", "30", StringComparison.Ordinal));
        Assert.Contains(table, line => Columns(line) == "--notebook-timeout 3600 default");
        Assert.Contains(table, line => Columns(line) == "MODEL_FEED_PASSWORD *** environment MODEL_FEED_PASSWORD");
        Assert.Contains(table, line => Columns(line) == "--mlflow-tracking-uri https://u:***@mlflow.example.com environment MLFLOW_TRACKING_URI");
        Assert.DoesNotContain(table, line => line.Contains("table-", StringComparison.Ordinal));
        Assert.Equal("***", SecretMasker.Mask("table-url-secret-8"));
    }

    private static string Columns(string line) => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
