using System.Text.Json;
using Cake.Core;
using Orchestration.Configuration;
using Orchestration.Packaging;
using Orchestration.Pipeline;

namespace Orchestration.Tests.Pipeline;

/// <summary>
/// Records are read back by later processes of the same run (one target each, --exclusive); a record of another
/// run or of another model is refused with one message saying whose it is and what to run.
/// </summary>
public sealed class HandingOutRecordsOfThisRunOnly : IDisposable
{
    private static readonly ModelIdentity Version11 = ModelIdentity.Parse("salary-regression.1.1");
    private static readonly ModelIdentity Version12 = ModelIdentity.Parse("salary-regression.1.2");

    private readonly string directory = Path.Combine(Directory.CreateTempSubdirectory("records-").FullName, "records");

    [Fact]
    public void A_later_process_of_the_same_run_reads_what_an_earlier_one_saved()
    {
        var checkout = Start(Version11);
        checkout.Save("Package", Package(Version11));

        var later = new StageRecordStore(directory);

        Assert.Equal(Package(Version11), later.Load<PackageRecord>("Package"));
    }

    [Fact]
    public void Every_record_carries_the_run_id_and_the_model_on_disk()
    {
        var store = Start(Version11);
        store.Save("Package", Package(Version11));

        using var json = JsonDocument.Parse(File.ReadAllText(store.PathOf("Package")));
        var run = json.RootElement.GetProperty("run");
        Assert.Equal((store.ReadRun()!.Id, "salary-regression.1.1"), (run.GetProperty("id").GetString(), run.GetProperty("identity").GetString()));
        Assert.Equal("salary-regression.1.1", json.RootElement.GetProperty("identity").GetString());
    }

    [Fact]
    public void A_record_of_an_earlier_run_is_refused_naming_both_runs_and_the_target_to_run_again()
    {
        var earlier = Start(Version11);
        earlier.Save("Package", Package(Version11));
        var earlierRun = earlier.ReadRun()!.Id;
        var leftOver = File.ReadAllText(earlier.PathOf("Package"));

        var now = Start(Version12);
        File.WriteAllText(now.PathOf("Package"), leftOver);

        var error = Assert.Throws<CakeException>(() => now.Load<PackageRecord>("Package"));

        Assert.Equal(ConfigurationError.ExitCode, error.ExitCode);
        Assert.Equal(
            $"{now.PathOf("Package")} belongs to run {earlierRun} of salary-regression.1.1, this is run {now.ReadRun()!.Id} of salary-regression.1.2: run --target=Package again.",
            error.Message);
    }

    [Fact]
    public void A_record_of_another_model_in_the_same_run_is_refused()
    {
        var store = Start(Version11);
        store.Save("Train", Package(Version11));
        store.Identify(Version12);
        var run = store.ReadRun()!.Id;

        var error = Assert.Throws<CakeException>(() => store.Load<PackageRecord>("Package", "Train"));

        Assert.Equal($"{store.PathOf("Train")} belongs to run {run} of salary-regression.1.1, this is run {run} of salary-regression.1.2: run --target=Package again.", error.Message);
    }

    [Fact]
    public void A_record_saved_before_the_model_was_known_belongs_to_whatever_model_the_run_builds()
    {
        var store = new StageRecordStore(directory);
        store.StartRun();
        store.Save("Checkout", Package(Version11));
        store.Identify(Version12);

        Assert.Equal(Package(Version11), store.Load<PackageRecord>("Checkout"));
    }

    [Fact]
    public void A_record_without_a_run_is_refused_as_one_an_older_version_wrote()
    {
        var store = Start(Version11);
        File.WriteAllText(store.PathOf("Package"), JsonSerializer.Serialize(Package(Version11), StageRecordStore.JsonOptions));

        var error = Assert.Throws<CakeException>(() => store.Load<PackageRecord>("Package"));

        Assert.Equal($"{store.PathOf("Package")} belongs to no run (an older Orchestration wrote it), this is {store.ReadRun()}: run --target=Package again.", error.Message);
    }

    [Fact]
    public void Without_a_started_run_no_record_is_handed_out()
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "package.json"), JsonSerializer.Serialize(Package(Version11), StageRecordStore.JsonOptions));

        var error = Assert.Throws<CakeException>(() => new StageRecordStore(directory).Load<PackageRecord>("Package"));

        Assert.StartsWith("No run has started in this workspace", error.Message, StringComparison.Ordinal);
        Assert.Contains("Run --target=Checkout first", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Starting_a_run_forgets_every_record_and_gives_a_new_id()
    {
        var store = Start(Version11);
        store.Save("Package", Package(Version11));
        var first = store.ReadRun()!.Id;

        store.StartRun();

        Assert.False(File.Exists(store.PathOf("Package")));
        Assert.NotEqual(first, store.ReadRun()!.Id);
        Assert.Null(store.ReadRun()!.Identity);
    }

    [Fact]
    public void A_record_that_is_not_json_is_refused_with_the_target_to_run_again()
    {
        var store = Start(Version11);
        File.WriteAllText(store.PathOf("Package"), "{ not json");

        var error = Assert.Throws<CakeException>(() => store.Load<PackageRecord>("Package"));

        Assert.StartsWith($"{store.PathOf("Package")} is not a Package record (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("Run --target=Package again.", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(directory)!, recursive: true);

    private StageRecordStore Start(ModelIdentity identity)
    {
        var store = new StageRecordStore(directory);
        store.StartRun();
        store.Identify(identity);
        return store;
    }

    private static PackageRecord Package(ModelIdentity identity) => new()
    {
        Identity = identity,
        PackageFile = $"artifacts/packages/{identity}.nupkg",
        ProvenanceFile = "artifacts/provenance.json",
        ModelSha256 = "aa11",
    };
}
