using Cake.Core;
using Orchestration.Notebooks;
using Orchestration.Tests.Fakes;

namespace Orchestration.Tests.Notebooks;

public sealed class ReadingNotebookEnvironmentArguments
{
    [Fact]
    public void Each_argument_is_a_name_and_a_value_which_may_hold_equals_signs()
    {
        var variables = Bind("DATA_DIR=/data", "QUERY=a=b", "EMPTY=");

        Assert.Equal(new Dictionary<string, string> { ["DATA_DIR"] = "/data", ["QUERY"] = "a=b", ["EMPTY"] = "" }, variables);
    }

    [Theory]
    [InlineData("=value")]
    [InlineData("1ST=x")]
    [InlineData("MY-VAR=x")]
    public void Anything_but_name_equals_value_is_refused(string argument)
    {
        var error = Assert.Throws<CakeException>(() => Bind(argument));

        Assert.Equal(
            (2, $"--notebook-env takes NAME=VALUE (or NAME, to pass the build's variable through), NAME made of letters, digits and underscores (e.g. DATA_DIR=/data), not '{argument}'."),
            (error.ExitCode, error.Message));
    }

    [Fact]
    public void A_name_alone_passes_the_builds_variable_through()
    {
        var variables = Bind([("MLFLOW_TRACKING_TOKEN", "token-value")], "MLFLOW_TRACKING_TOKEN");

        Assert.Equal("token-value", variables["MLFLOW_TRACKING_TOKEN"]);
    }

    [Fact]
    public void A_name_alone_that_the_build_does_not_have_is_refused()
    {
        var error = Assert.Throws<CakeException>(() => Bind("MLFLOW_TRACKING_TOKEN"));

        Assert.Equal("--notebook-env=MLFLOW_TRACKING_TOKEN: MLFLOW_TRACKING_TOKEN is not set in the build's environment, so there is nothing to pass through.", error.Message);
    }

    [Fact]
    public void The_variables_the_stage_sets_itself_cannot_be_overridden()
    {
        var error = Assert.Throws<CakeException>(() => Bind("ORCHESTRATION_METRICS_PATH=/tmp/x"));

        Assert.Contains("cannot set ORCHESTRATION_METRICS_PATH: the Train stage sets it itself", error.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyDictionary<string, string> Bind(params string[] values) => Bind([], values);

    private static IReadOnlyDictionary<string, string> Bind((string Name, string Value)[] environment, params string[] values) =>
        NotebookOptions.Bind(GivenOptions.With([.. values.Select(value => ("notebook-env", value))], environment)).NotebookEnvironment;
}
