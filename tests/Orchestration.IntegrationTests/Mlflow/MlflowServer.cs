using System.Net.Http;
using Cake.Core;
using Cake.Core.IO;
using Orchestration.IntegrationTests.Support;
using Orchestration.Tooling;

namespace Orchestration.IntegrationTests.Mlflow;

[CollectionDefinition(Name)]
public sealed class MlflowServerTests : ICollectionFixture<MlflowServer>
{
    public const string Name = "MLflow server";
}

/// <summary>
/// One real MLflow server (tracking, registry, artifact proxy) on a free 127.0.0.1 port for the MLflow
/// tests, with its SQLite store and artifacts in a temporary folder; stopped and deleted at the end.
/// </summary>
public sealed class MlflowServer : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);
    private readonly TemporaryDirectory folder = new("orchestration-mlflow");
    private readonly MlflowServerLocation? location = MlflowServerLocation.Found;
    private IProcess? program;

    public MlflowServer()
    {
        if (location is null)
        {
            // Only reached on CI (elsewhere the tests are skipped): fail with what was searched.
            throw new InvalidOperationException(MlflowServerLocation.Searched + ".");
        }

        var port = LoopbackPort.Free();
        Uri = new Uri($"http://127.0.0.1:{port}/");
        try
        {
            if (location.ScriptFolder is { } scripts)
            {
                var printed = new ProgramTool(RealContext.Create(), System.IO.Path.Combine(scripts, "start"))
                    .Run(new ToolRunOptions { EchoOutput = false }, folder.Path, new Dictionary<string, string>(), port.ToString(System.Globalization.CultureInfo.InvariantCulture), DataFolder);
                Assert.Contains(Uri.AbsoluteUri.TrimEnd('/'), printed.Output, StringComparison.Ordinal);
            }
            else
            {
                StartProgram(location.Program!, port);
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The tracking URI, <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri Uri { get; }

    /// <summary>Where the server keeps its SQLite store and artifacts.</summary>
    public string DataFolder => folder.Combine("data");

    public void Dispose()
    {
        if (location?.ScriptFolder is { } scripts)
        {
            new ProgramTool(RealContext.Create(), System.IO.Path.Combine(scripts, "stop"))
                .Run(new ToolRunOptions { EchoOutput = false, SuccessExitCodes = [0, 1] }, folder.Path, new Dictionary<string, string>(), DataFolder);
        }

        program?.Kill();
        program?.Dispose();
        folder.Dispose();
    }

    private void StartProgram(string mlflow, int port)
    {
        Directory.CreateDirectory(System.IO.Path.Combine(DataFolder, "artifacts"));
        program = new ProcessTreeRunner().Start(
            new FilePath(mlflow),
            new ProcessSettings
            {
                Arguments = new ProcessArgumentBuilder()
                    .Append("server").Append("--host").Append("127.0.0.1").Append("--port").Append(port.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .Append("--backend-store-uri").AppendQuoted("sqlite:///" + System.IO.Path.Combine(DataFolder, "mlflow.db"))
                    .Append("--serve-artifacts").Append("--artifacts-destination").AppendQuoted(System.IO.Path.Combine(DataFolder, "artifacts")),
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (client.GetAsync(new Uri(Uri, "health")).GetAwaiter().GetResult().IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            Thread.Sleep(250);
        }

        throw new InvalidOperationException($"{mlflow} server did not answer {Uri}health within {StartTimeout.TotalSeconds} s.");
    }
}
