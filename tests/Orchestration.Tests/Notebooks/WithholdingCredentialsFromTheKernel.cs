using Orchestration.Notebooks;

namespace Orchestration.Tests.Notebooks;

public sealed class WithholdingCredentialsFromTheKernel
{
    [Theory]
    [InlineData("MODEL_FEED_API_KEY")]
    [InlineData("MODEL_FEED_PASSWORD")]
    [InlineData("DOCKER_REGISTRY_PASSWORD")]
    [InlineData("AWS_SECRET_ACCESS_KEY")]
    [InlineData("AWS_ACCESS_KEY_ID")]
    public void The_builds_credentials_are_not_handed_to_the_notebook(string variable)
    {
        Assert.Contains(variable, KernelEnvironment.Withheld);
    }
}
