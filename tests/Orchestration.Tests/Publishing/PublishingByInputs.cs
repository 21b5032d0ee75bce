using Cake.Core;
using Orchestration.Fingerprint;
using Orchestration.Packaging;
using Orchestration.Publishing;
using Orchestration.Tests.Fingerprint;

namespace Orchestration.Tests.Publishing;

/// <summary>Publishing packages that carry an inputs fingerprint: inputs and model are compared, not commits.</summary>
public sealed class PublishingByInputs : IDisposable
{
    private const string LaterCommit = "fedcba9876543210fedcba9876543210fedcba98";

    private readonly MemoryFeed feed = new();

    [Fact]
    public async Task The_same_inputs_and_model_at_a_later_commit_are_already_published()
    {
        feed.Versions["salary-regression.2.7"] = Fingerprinted() with { Build = new CiBuild("Jenkins", "12", null) };

        var publication = await ModelPublisher.PublishAsync(feed, "model.nupkg", Fingerprinted(commit: LaterCommit), default);

        Assert.Equal(0, feed.Uploads);
        Assert.True(publication.AlreadyPublished);
        Assert.Equal((SampleProvenance.Commit, LaterCommit, SampleInputs.Of().Sha256), (publication.BuiltAtCommit, publication.Commit, publication.InputsSha256));
        Assert.Equal(
            $"identical inputs ({SampleInputs.Of().Sha256[..12]}), built at commit 0123456789ab by Jenkins build #12; " +
            "this run's commit fedcba987654 is recorded in the Publish record, not in the package",
            PublicationLog.Provenance(publication));
    }

    [Fact]
    public async Task A_changed_parameter_is_refused_naming_it_old_and_new()
    {
        feed.Versions["salary-regression.2.7"] = Fingerprinted();
        var changed = Fingerprinted(SampleInputs.Of(settings: SampleInputs.Settings(("parameter.alpha", "0.7"))));

        var refusal = await Assert.ThrowsAsync<CakeException>(() => ModelPublisher.PublishAsync(feed, "model.nupkg", changed, default));

        Assert.Equal(2, refusal.ExitCode);
        Assert.Equal(
            $"salary-regression.2.7 is already published in memory://feed with different inputs (fingerprint {SampleInputs.Of().Sha256[..12]} in the feed, {changed.Inputs!.Sha256[..12]} now):\n" +
            "  - parameter.alpha: 0.5 → 0.7\n" +
            "Published versions are immutable, so nothing was uploaded. Bump model.version (or data.version) in build.properties, commit, and publish again.",
            refusal.Message);
        Assert.Equal(0, feed.Uploads);
    }

    [Fact]
    public async Task Changed_data_is_refused_with_the_file_hashes_and_data_version_to_bump()
    {
        feed.Versions["salary-regression.2.7"] = Fingerprinted();
        var files = SampleInputs.Of().Project.Files.Select(file => file.Path == "data/a.csv" ? file with { Sha256 = "9999999999999999" } : file).ToList();

        var refusal = await Assert.ThrowsAsync<CakeException>(() => ModelPublisher.PublishAsync(feed, "model.nupkg", Fingerprinted(SampleInputs.Of(files: files)), default));

        Assert.Contains("  - file data/a.csv: SHA-256 222222222222 → SHA-256 999999999999\n", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("Bump data.version (the data changed), or model.version,", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_inputs_with_another_model_say_training_is_not_reproducible()
    {
        feed.Versions["salary-regression.2.7"] = Fingerprinted();

        var refusal = await Assert.ThrowsAsync<CakeException>(
            () => ModelPublisher.PublishAsync(feed, "model.nupkg", Fingerprinted(commit: LaterCommit) with { Model = new FileDigest("model/salary-regression.2.7.joblib", "bb22", 11) }, default));

        Assert.Equal(2, refusal.ExitCode);
        Assert.StartsWith($"training is not reproducible: salary-regression.2.7 in memory://feed was trained from the same inputs ({SampleInputs.Of().Sha256[..12]}) at commit 0123456789ab", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("its model SHA-256 is aa11 and this run's is bb22", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(0, feed.Uploads);
    }

    [Fact]
    public async Task A_package_from_before_fingerprints_is_compared_by_commit_as_before()
    {
        feed.Versions["salary-regression.2.7"] = SampleProvenance.Of();

        var refusal = await Assert.ThrowsAsync<CakeException>(() => ModelPublisher.PublishAsync(feed, "model.nupkg", Fingerprinted(commit: LaterCommit), default));

        Assert.Contains($"commit: {SampleProvenance.Commit} in the feed, {LaterCommit} now", refusal.Message, StringComparison.Ordinal);
    }

    public void Dispose() => feed.Dispose();

    private static Provenance Fingerprinted(InputsFingerprint? inputs = null, string commit = SampleProvenance.Commit) =>
        SampleProvenance.Of(commit: commit) with { Inputs = inputs ?? SampleInputs.Of() };
}
