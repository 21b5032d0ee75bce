using System.Diagnostics;
using System.Net.Sockets;
using Orchestration.IntegrationTests.Checkout;
using Orchestration.IntegrationTests.Faults.Support;
using Orchestration.IntegrationTests.Support;

namespace Orchestration.IntegrationTests.Faults;

/// <summary>
/// A git remote served by a plain static HTTP server (git's "dumb" protocol: a bare repository after
/// <c>git update-server-info</c>) cannot fetch shallow; Checkout falls back to a full clone instead of failing with
/// "dumb http transport does not support shallow capabilities".
/// </summary>
public sealed class DumbHttpRemote : IDisposable
{
    private readonly TemporaryDirectory served = new("dumb-http");
    private readonly TestRepository repository = new();
    private readonly BuildWorkspace workspace = new();
    private readonly int port = LoopbackPort.Free();
    private readonly Process server;

    public DumbHttpRemote()
    {
        repository.Git("checkout", "--quiet", "-b", "feature");
        repository.Write("model/feature.txt", "only on the branch\n");
        FeatureCommit = repository.Commit("A commit on a branch");
        repository.Git("checkout", "--quiet", "main");
        TestRepository.Run(served.Path, "clone", "--quiet", "--bare", repository.Root, "model.git");
        TestRepository.Run(served.Combine("model.git"), "update-server-info");

        var start = new ProcessStartInfo("python3") { WorkingDirectory = served.Path, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-m", "http.server", "--bind", "127.0.0.1", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        server = Process.Start(start)!;
        server.BeginErrorReadLine();
        server.BeginOutputReadLine();
        WaitUntilListening();
    }

    private string FeatureCommit { get; }

    private string Url => $"http://127.0.0.1:{port}/model.git";

    [Fact]
    public void The_default_branch_is_checked_out_through_a_full_clone()
    {
        var (exitCode, output) = workspace.Run("--target=Checkout", $"--repository={Url}", "--project-dir=model", "--wait-for-workspace=0");

        Assert.True(exitCode == 0, output);
        Assert.Contains("is a dumb HTTP remote, which cannot fetch one commit alone: cloning the whole repository.", output, StringComparison.Ordinal);
        Assert.Contains($"Commit:     {repository.FirstCommit}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_branch_is_found_among_the_remotes_branches()
    {
        var (exitCode, output) = workspace.Run("--target=Checkout", $"--repository={Url}", "--ref=feature", "--project-dir=model", "--wait-for-workspace=0");

        Assert.True(exitCode == 0, output);
        Assert.Contains($"Commit:     {FeatureCommit}", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        server.Kill(entireProcessTree: true);
        server.WaitForExit();
        server.Dispose();
        workspace.Dispose();
        repository.Dispose();
        served.Dispose();
    }

    private void WaitUntilListening()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (true)
        {
            try
            {
                using var client = new TcpClient("127.0.0.1", port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !server.HasExited)
            {
                Thread.Sleep(100);
            }
        }
    }
}
