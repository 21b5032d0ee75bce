using Orchestration.IntegrationTests.Publishing;
using Orchestration.IntegrationTests.Support;
using Orchestration.Mlflow;

namespace Orchestration.IntegrationTests.Faults;

public sealed class TrackingServerDown
{
    [Fact]
    public async Task A_tracking_server_that_does_not_answer_is_retried_then_reported_with_its_uri()
    {
        var uri = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}/");
        var waits = 0;
        using var client = new MlflowClient(
            new MlflowConnection { TrackingUri = uri, Retry = FastRetries.Policy(attempts: 3, betweenAttempts: () => waits++) },
            new Cake.Core.Diagnostics.NullLog());

        var error = await Assert.ThrowsAsync<MlflowException>(() => client.GetOrCreateExperimentAsync("salary-regression"));

        Assert.Equal(2, waits);
        Assert.True(error.IsUnavailable);
        Assert.StartsWith(
            $"The MLflow server at {uri.AbsoluteUri.TrimEnd('/')} did not answer GET {uri}api/2.0/mlflow/experiments/get-by-name?experiment_name=salary-regression after 3 attempt(s); last: no answer (Connection refused",
            error.Message,
            StringComparison.Ordinal);
    }
}
