namespace Orchestration.IntegrationTests.Incremental;

/// <summary>
/// Section 6 of the incremental pipeline, on the real sample with real kernels: what runs (notebooks counted,
/// not timed) and what Publish says, after no change, a commit outside the project, and changes inside it.
/// </summary>
public sealed class RunningOnlyWhatChanged(SampleModelRepository repository) : IClassFixture<SampleModelRepository>
{
    private const string Properties = SampleModelRepository.Project + "/build.properties";

    [Fact]
    public void An_unchanged_rerun_runs_no_notebook_and_uploads_nothing()
    {
        repository.Reset();
        Succeeds(repository.Build("--target=Publish"));

        var again = Succeeds(repository.Build("--target=Publish"));

        Assert.Equal(0, again.NotebooksRun);
        Assert.Contains($"Train: reused salary-regression.1.1 (inputs {repository.InputsSha256[..12]})", again.Output, StringComparison.Ordinal);
        Assert.Contains("salary-regression.1.1 is already in", again.Output, StringComparison.Ordinal);
        Assert.Contains("identical inputs", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_commit_outside_the_project_folder_keeps_the_fingerprint_and_publishing_is_a_no_op()
    {
        repository.Reset();
        Succeeds(repository.Build("--target=Publish"));
        var inputs = repository.InputsSha256;

        repository.Edit("README.md", text => text + "\nHow to use the salary model.\n");
        var readmeCommit = repository.Commit("Document the models");
        var afterDocs = Succeeds(repository.Build("--target=Publish"));

        Assert.Equal(inputs, repository.InputsSha256);
        Assert.Equal(0, afterDocs.NotebooksRun);
        Assert.Contains($"identical inputs ({inputs[..12]}), built at commit {repository.Baseline[..12]} by a local build", afterDocs.Output, StringComparison.Ordinal);
        Assert.Contains($"this run's commit {readmeCommit[..12]} is recorded in the Publish record", afterDocs.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Published salary-regression", afterDocs.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_change_trains_again_and_is_refused_until_the_model_version_is_bumped()
    {
        repository.Reset();
        Succeeds(repository.Build("--target=Publish"));

        repository.Edit(Properties, text => text + "\nparameter.data_ver={data.version}\nparameter.model_ver={model.version}\nparameter.alpha=0.7\n");
        repository.Commit("Add a parameter");
        var refused = repository.Build("--target=Publish");

        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Equal(1, refused.NotebooksRun);
        Assert.Contains("salary-regression.1.1 is already published in", refused.Output, StringComparison.Ordinal);
        Assert.Contains("with different inputs", refused.Output, StringComparison.Ordinal);
        Assert.Contains("parameter.alpha: added (0.7)", refused.Output, StringComparison.Ordinal);
        Assert.Contains("Bump model.version (or data.version)", refused.Output, StringComparison.Ordinal);

        repository.Edit(Properties, text => text.Replace("model.version=1", "model.version=2", StringComparison.Ordinal));
        repository.Commit("Bump the model version");
        var bumped = Succeeds(repository.Build("--target=Publish"));

        Assert.Equal(1, bumped.NotebooksRun);
        Assert.Contains("Published salary-regression.1.2", bumped.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("data/SalaryData1.csv", "1.1,38414", "1.1,38999", "Bump data.version (the data changed)")]
    [InlineData("train.ipynb", "random_state=42", "random_state=7", "Bump model.version (or data.version)")]
    public void A_data_or_notebook_change_trains_again_and_publishing_lists_the_file(string file, string find, string replace, string advice)
    {
        repository.Reset();
        Succeeds(repository.Build("--target=Publish"));

        repository.Edit($"{SampleModelRepository.Project}/{file}", text => text.Replace(find, replace, StringComparison.Ordinal));
        repository.Commit($"Change {file}");
        var refused = repository.Build("--target=Publish");

        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Equal(1, refused.NotebooksRun);
        Assert.Matches($"file {file.Replace(".", "\\.", StringComparison.Ordinal)}: SHA-256 [0-9a-f]{{12}} → SHA-256 [0-9a-f]{{12}}", refused.Output);
        Assert.Contains(advice, refused.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_to_the_serving_code_or_docs_the_sample_declares_as_outputs_keeps_the_fingerprint_and_starts_no_kernel()
    {
        repository.Reset();
        Assert.Contains("outputs=serve.py,README.md", File.ReadAllText(Path.Combine(repository.Root, Properties)), StringComparison.Ordinal);
        Succeeds(repository.Build("--target=Train"));
        var inputs = repository.InputsSha256;

        repository.Edit($"{SampleModelRepository.Project}/serve.py", text => text + "\n# log each request\n");
        repository.Edit($"{SampleModelRepository.Project}/README.md", text => text + "\nHow to call the endpoint.\n");
        repository.Commit("Change the serving code and its docs");
        var after = Succeeds(repository.Build("--target=Train"));

        Assert.Equal(inputs, repository.InputsSha256);
        Assert.Equal(0, after.NotebooksRun);
        Assert.Contains($"Train: reused salary-regression.1.1 (inputs {inputs[..12]})", after.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void With_the_local_cache_cleared_the_published_run_is_restored_from_the_feed_and_its_download_removed()
    {
        repository.Reset();
        Succeeds(repository.Build("--target=Publish"));
        Directory.Delete(Path.Combine(repository.Root, ".work", "train-cache"), recursive: true);

        var again = Succeeds(repository.Build("--target=Publish"));

        Assert.Equal(0, again.NotebooksRun);
        Assert.Matches(@"Train: reused salary-regression\.1\.1 \(inputs [0-9a-f]{12}\) from the feed ", again.Output);
        Assert.Contains("salary-regression.1.1 is already in", again.Output, StringComparison.Ordinal);
        var downloads = Path.Combine(repository.Root, ".work", "downloads");
        Assert.False(Directory.Exists(downloads) && Directory.EnumerateFileSystemEntries(downloads).Any(), "the build's downloads are removed when it ends");
    }

    [Fact]
    public void An_environment_spec_change_builds_the_environment_and_trains_again()
    {
        repository.Reset();
        Succeeds(repository.Build("--target=Train"));
        var inputs = repository.InputsSha256;

        repository.Edit($"{SampleModelRepository.Project}/requirements.txt", text => text + "# pinned for the next release\n");
        repository.Commit("Change the environment spec");
        var changed = Succeeds(repository.Build("--target=Train"));

        Assert.Contains("building from requirements.txt", changed.Output, StringComparison.Ordinal);
        Assert.Equal(1, changed.NotebooksRun);
        Assert.NotEqual(inputs, repository.InputsSha256);
    }

    [Fact]
    public void Retrain_runs_the_notebook_of_identical_inputs_and_finds_it_reproducible()
    {
        repository.Reset();
        Succeeds(repository.Build("--target=Train"));

        var forced = Succeeds(repository.Build("--target=Train", "--retrain"));

        Assert.Equal(1, forced.NotebooksRun);
        Assert.DoesNotContain("not reproducible", forced.Output, StringComparison.Ordinal);
    }

    private static BuildRun Succeeds(BuildRun run)
    {
        Assert.True(run.ExitCode == 0, run.ToString());
        return run;
    }
}
