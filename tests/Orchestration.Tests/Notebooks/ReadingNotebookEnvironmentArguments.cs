using Orchestration.Notebooks;

namespace Orchestration.Tests.Notebooks;

public sealed class ReadingNotebookEnvironmentArguments
{
    [Fact]
    public void Each_argument_is_a_name_and_a_value_which_may_hold_equals_signs()
    {
        var variables = NotebookEnvironmentArguments.Parse(["DATA_DIR=/data", "QUERY=a=b", "EMPTY="]);

        Assert.Equal(new Dictionary<string, string> { ["DATA_DIR"] = "/data", ["QUERY"] = "a=b", ["EMPTY"] = "" }, variables);
    }

    [Theory]
    [InlineData("=value")]
    [InlineData("1ST=x")]
    [InlineData("MY-VAR=x")]
    public void Anything_but_name_equals_value_is_refused(string argument)
    {
        var error = Assert.ThrowsAny<Exception>(() => NotebookEnvironmentArguments.Parse([argument]));

        Assert.StartsWith($"--notebook-env={argument}: expected NAME=VALUE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_alone_passes_the_builds_variable_through()
    {
        var variables = NotebookEnvironmentArguments.Parse(["MLFLOW_TRACKING_TOKEN"], name => name == "MLFLOW_TRACKING_TOKEN" ? "token-value" : null);

        Assert.Equal("token-value", variables["MLFLOW_TRACKING_TOKEN"]);
    }

    [Fact]
    public void A_name_alone_that_the_build_does_not_have_is_refused()
    {
        var error = Assert.ThrowsAny<Exception>(() => NotebookEnvironmentArguments.Parse(["MLFLOW_TRACKING_TOKEN"], _ => null));

        Assert.Equal("--notebook-env=MLFLOW_TRACKING_TOKEN: MLFLOW_TRACKING_TOKEN is not set in the build's environment, so there is nothing to pass through.", error.Message);
    }

    [Fact]
    public void The_variables_the_stage_sets_itself_cannot_be_overridden()
    {
        var error = Assert.ThrowsAny<Exception>(() => NotebookEnvironmentArguments.Parse(["ORCHESTRATION_METRICS_PATH=/tmp/x"]));

        Assert.Contains("is set by the Train stage itself", error.Message, StringComparison.Ordinal);
    }
}
