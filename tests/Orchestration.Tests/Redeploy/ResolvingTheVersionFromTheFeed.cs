using Cake.Core;
using Orchestration.Pipeline;
using Orchestration.Redeploy;
using Orchestration.Tests.Fakes;

namespace Orchestration.Tests.Redeploy;

/// <summary>The version --deploy names must be in the feed; otherwise nothing else happens and the message says what the feed has.</summary>
public sealed class ResolvingTheVersionFromTheFeed : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("orchestration-unit-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task A_version_not_in_the_feed_is_a_usage_error_naming_the_feed()
    {
        var feed = Directory.CreateDirectory(Path.Combine(folder, "feed")).FullName;
        var options = GivenOptions.With([("deploy", "salary-regression.1.7"), ("feed", feed)]);
        var context = TestCakeContext.Create(new RecordingLog(), []);

        var error = await Assert.ThrowsAsync<CakeException>(() => RedeployStage.ResolveAsync(context, options, new WorkspacePaths(folder), CancellationToken.None));

        Assert.Equal(2, error.ExitCode);
        Assert.Equal(
            $"--deploy=salary-regression.1.7: salary-regression.1.7 is not published in {feed} (nuget feed; it has no version of salary-regression). "
            + "Name a published version, or check --feed and --feed-type.",
            error.Message);
        Assert.False(Directory.Exists(Path.Combine(folder, ".work", "deploy", "salary-regression.1.7")), "nothing is left of the attempt");
    }

    [Fact]
    public async Task Previous_with_no_history_stops_before_the_feed_is_asked()
    {
        var options = GivenOptions.With([("deploy", "previous"), ("feed", Path.Combine(folder, "no-such-feed"))]);
        var context = TestCakeContext.Create(new RecordingLog(), []);

        var error = await Assert.ThrowsAsync<CakeException>(() => RedeployStage.ResolveAsync(context, options, new WorkspacePaths(folder), CancellationToken.None));

        Assert.Equal(2, error.ExitCode);
        Assert.StartsWith("--deploy=previous: the audit log ", error.Message, StringComparison.Ordinal);
        Assert.Contains("(nothing has been applied to it)", error.Message, StringComparison.Ordinal);
    }
}
