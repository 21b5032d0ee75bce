using Cake.Core;
using Orchestration.Checkout;
using Orchestration.Tools.Git;

namespace Orchestration.IntegrationTests.Checkout;

public sealed class BuildingTheWorkingTree : IDisposable
{
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    [Fact]
    public void A_changed_project_file_is_refused_with_the_list_of_files()
    {
        repository.Write($"{TestRepository.Project}/train.ipynb", "edited\n");

        var error = Assert.Throws<CakeException>(() => repository.Checkout());

        Assert.Equal(2, error.ExitCode);
        Assert.StartsWith($"The model project model in {repository.Root} has uncommitted or untracked changes:\n   M model/train.ipynb\n", error.Message, StringComparison.Ordinal);
        Assert.Contains("--allow-dirty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_untracked_project_file_is_refused()
    {
        repository.Write($"{TestRepository.Project}/data/new.csv", "a,b\n");

        var error = Assert.Throws<CakeException>(() => repository.Checkout());

        Assert.Contains("\n  ?? model/data/new.csv\n", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Changes_outside_the_project_folder_do_not_matter()
    {
        repository.Write("README.md", "edited\n");

        var record = repository.Checkout();

        Assert.False(record.IsDirty);
        Assert.Equal(repository.CloneDirectory, record.SourceDirectory);
    }

    [Fact]
    public void A_ref_other_than_the_checked_out_commit_is_cloned_whatever_the_working_tree_holds()
    {
        repository.Git("branch", "stable");
        repository.Write($"{TestRepository.Project}/train.ipynb", "later\n");
        repository.Commit("Later work");
        repository.Write($"{TestRepository.Project}/train.ipynb", "edited\n");

        var record = repository.Checkout(new CheckoutRequest { Ref = "stable", ProjectDirectory = TestRepository.Project });

        Assert.Equal(repository.FirstCommit, record.Commit);
        Assert.False(record.IsDirty);
    }

    [Fact]
    public void Allow_dirty_uses_the_working_tree_as_it_is_and_marks_the_run_dirty()
    {
        repository.Write($"{TestRepository.Project}/train.ipynb", "edited\n");

        var record = repository.Checkout(new CheckoutRequest { ProjectDirectory = TestRepository.Project, AllowDirty = true });

        Assert.True(record.IsDirty);
        Assert.Equal(repository.Root, record.SourceDirectory);
        Assert.Equal(repository.FirstCommit, record.Commit);
        Assert.Equal("edited\n", File.ReadAllText(Path.Combine(record.ProjectDirectory, "train.ipynb")));
        Assert.False(Directory.Exists(repository.CloneDirectory));
    }

    [Fact]
    public void A_ci_checkout_of_the_wanted_commit_is_used_instead_of_a_clone()
    {
        var record = repository.Checkout(variables: new Dictionary<string, string> { ["GIT_COMMIT"] = repository.Head });

        Assert.Equal(repository.Root, record.SourceDirectory);
        Assert.Equal(repository.FirstCommit, record.Commit);
        Assert.False(record.IsDirty);
        Assert.False(Directory.Exists(repository.CloneDirectory));
    }

    [Fact]
    public void A_dirty_ci_checkout_is_refused()
    {
        repository.Write($"{TestRepository.Project}/stray.txt", "left by an earlier build\n");

        var error = Assert.Throws<CakeException>(
            () => repository.Checkout(variables: new Dictionary<string, string> { ["GITHUB_SHA"] = repository.Head }));

        Assert.Contains("?? model/stray.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_HEAD_has_moved_away_from_the_ci_commit_the_ci_commit_is_cloned()
    {
        repository.Write($"{TestRepository.Project}/train.ipynb", "later\n");
        repository.Commit("Later work");

        var record = repository.Checkout(variables: new Dictionary<string, string> { ["GIT_COMMIT"] = repository.FirstCommit });

        Assert.Equal(repository.CloneDirectory, record.SourceDirectory);
        Assert.Equal(repository.FirstCommit, record.Commit);
    }

    [Fact]
    public void Another_local_repository_is_cloned_even_when_its_files_are_changed()
    {
        using var buildRepository = new TestRepository();
        repository.Write($"{TestRepository.Project}/train.ipynb", "edited, not committed\n");

        var record = repository.Checkout(
            new CheckoutRequest { Repository = repository.Root, ProjectDirectory = TestRepository.Project },
            workingTree: buildRepository.Root);

        Assert.Equal(repository.FirstCommit, record.Commit);
        Assert.Equal("{}\n", File.ReadAllText(Path.Combine(record.ProjectDirectory, "train.ipynb")));
    }
}
