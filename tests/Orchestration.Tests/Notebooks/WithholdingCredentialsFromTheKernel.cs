using Cake.Core;
using Orchestration.Notebooks;

namespace Orchestration.Tests.Notebooks;

/// <summary>The kernel inherits an allow-list of the build's environment, not everything but a list of known secrets.</summary>
public sealed class WithholdingCredentialsFromTheKernel
{
    [Theory]
    [InlineData("MODEL_FEED_API_KEY")]
    [InlineData("MODEL_FEED_PASSWORD")]
    [InlineData("DOCKER_REGISTRY_PASSWORD")]
    [InlineData("AWS_SECRET_ACCESS_KEY")]
    [InlineData("AWS_ACCESS_KEY_ID")]
    [InlineData("TF_VAR_db_password")]
    [InlineData("GITHUB_TOKEN")]
    [InlineData("X_SECRET")]
    [InlineData("SOME_PASSWORD")]
    [InlineData("MLFLOW_TRACKING_TOKEN")]
    [InlineData("MLFLOW_TRACKING_USERNAME")]
    [InlineData("MLFLOW_TRACKING_PASSWORD")]
    [InlineData("PYTHON_KEYRING_PASSWORD")]
    [InlineData("HTTPS_PROXY")]
    [InlineData("JENKINS_URL")]
    public void Credentials_and_anything_not_on_the_allow_list_are_withheld(string variable) =>
        Assert.False(KernelEnvironmentAllowList.Allows(variable));

    [Theory]
    [InlineData("PATH")]
    [InlineData("HOME")]
    [InlineData("LANG")]
    [InlineData("LC_ALL")]
    [InlineData("PYTHONPATH")]
    [InlineData("PYTHONHASHSEED")]
    [InlineData("JUPYTER_CONFIG_DIR")]
    [InlineData("OMP_NUM_THREADS")]
    [InlineData("MKL_NUM_THREADS")]
    [InlineData("OPENBLAS_NUM_THREADS")]
    [InlineData("MLFLOW_TRACKING_URI")]
    [InlineData("MLFLOW_EXPERIMENT_NAME")]
    [InlineData("ORCHESTRATION_METRICS_PATH")]
    public void Locale_paths_Python_Jupyter_thread_counts_MLflow_settings_and_the_builds_own_are_inherited(string variable) =>
        Assert.True(KernelEnvironmentAllowList.Allows(variable));

    [Fact]
    public void A_variable_named_with_pass_env_is_inherited_whatever_its_name()
    {
        var withheld = KernelEnvironmentAllowList.Withheld(["PATH", "HF_HOME", "GITHUB_TOKEN", "MLFLOW_TRACKING_TOKEN"], ["HF_HOME", "MLFLOW_TRACKING_TOKEN"]);

        Assert.Equal(["GITHUB_TOKEN"], withheld);
    }

    [Fact]
    public void Pass_env_takes_names_only()
    {
        Assert.Equal(["HF_HOME", "TRANSFORMERS_CACHE"], PassEnvArguments.Parse(["HF_HOME", "TRANSFORMERS_CACHE", "HF_HOME"]).Order(StringComparer.Ordinal));

        var refusal = Assert.Throws<CakeException>(() => PassEnvArguments.Parse(["HF_HOME=/data"]));
        Assert.Equal(2, refusal.ExitCode);
        Assert.StartsWith("--pass-env=HF_HOME=/data: expected the name of an environment variable", refusal.Message, StringComparison.Ordinal);
    }
}
