using Orchestration.Mlflow;

namespace Orchestration.Tests.Mlflow;

public sealed class LocatingArtifacts
{
    private static readonly Uri Tracking = new("http://mlflow.example.com:5000/");

    [Fact]
    public void A_proxied_artifact_uri_becomes_a_path_under_the_artifact_api()
    {
        var url = ArtifactLocation.ProxyUrl(Tracking, "mlflow-artifacts:/1/abc/artifacts", "notebooks/train.salary-regression.1.2.ipynb");

        Assert.Equal("http://mlflow.example.com:5000/api/2.0/mlflow-artifacts/artifacts/1/abc/artifacts/notebooks/train.salary-regression.1.2.ipynb", url.AbsoluteUri);
    }

    [Fact]
    public void An_artifact_uri_naming_another_server_is_uploaded_there()
    {
        var url = ArtifactLocation.ProxyUrl(Tracking, "mlflow-artifacts://artifacts.example.com:8080/1/abc/artifacts", "a.html");

        Assert.Equal("http://artifacts.example.com:8080/api/2.0/mlflow-artifacts/artifacts/1/abc/artifacts/a.html", url.AbsoluteUri);
    }

    [Fact]
    public void An_artifact_store_the_build_cannot_reach_is_named_in_the_error()
    {
        var error = Assert.Throws<MlflowException>(() => ArtifactLocation.ProxyUrl(Tracking, "s3://bucket/1/abc/artifacts", "a.html"));

        Assert.Contains("'s3://bucket/1/abc/artifacts'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tracking_uri_that_is_not_http_is_a_usage_error()
    {
        var error = Assert.Throws<Cake.Core.CakeException>(() => MlflowConnection.ForTrackingUri("file:///tmp/mlruns", "--mlflow-tracking-uri", _ => null));

        Assert.Equal(2, error.ExitCode);
        Assert.StartsWith("--mlflow-tracking-uri 'file:///tmp/mlruns' is not an http(s) URI", error.Message, StringComparison.Ordinal);
    }
}
