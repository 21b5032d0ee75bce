using Orchestration.Checkout;
using Orchestration.Tools.Git;

namespace Orchestration.IntegrationTests.Checkout;

public sealed class CheckingOutARevision : IDisposable
{
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    [Fact]
    public void A_clean_working_tree_is_cloned_at_HEAD_with_that_commit_only()
    {
        repository.Write($"{TestRepository.Project}/train.ipynb", "{\"v\": 2}\n");
        var head = repository.Commit("Second version");

        var record = repository.Checkout();

        Assert.Equal(head, record.Commit);
        Assert.Equal(repository.CloneDirectory, record.SourceDirectory);
        Assert.False(record.IsDirty);
        Assert.Equal(repository.Root, record.Repository);
        Assert.Equal("HEAD", record.Ref);
        Assert.Equal("{\"v\": 2}\n", File.ReadAllText(Path.Combine(record.ProjectDirectory, "train.ipynb")));
        Assert.Equal("true", TestRepository.Run(record.SourceDirectory, "rev-parse", "--is-shallow-repository"));
    }

    [Fact]
    public void A_branch_is_cloned_at_its_tip()
    {
        repository.Git("switch", "--quiet", "-c", "feature");
        repository.Write($"{TestRepository.Project}/train.ipynb", "feature\n");
        var tip = repository.Commit("Feature work");
        repository.Git("switch", "--quiet", "main");

        var record = repository.Checkout(new CheckoutRequest { Ref = "feature", ProjectDirectory = TestRepository.Project });

        Assert.Equal(tip, record.Commit);
        Assert.Equal("feature\n", File.ReadAllText(Path.Combine(record.ProjectDirectory, "train.ipynb")));
    }

    [Fact]
    public void An_annotated_tag_is_cloned_at_the_commit_it_tags()
    {
        repository.Git("-c", "user.name=Test", "-c", "user.email=test@example.com", "tag", "-a", "v1", "-m", "First release");
        repository.Write($"{TestRepository.Project}/train.ipynb", "later\n");
        repository.Commit("Later work");

        var record = repository.Checkout(new CheckoutRequest { Ref = "v1", ProjectDirectory = TestRepository.Project });

        Assert.Equal(repository.FirstCommit, record.Commit);
        Assert.Equal("{}\n", File.ReadAllText(Path.Combine(record.ProjectDirectory, "train.ipynb")));
    }

    [Fact]
    public void A_full_commit_sha_is_fetched_alone()
    {
        repository.Write($"{TestRepository.Project}/train.ipynb", "later\n");
        repository.Commit("Later work");

        var record = repository.Checkout(new CheckoutRequest { Ref = repository.FirstCommit, ProjectDirectory = TestRepository.Project });

        Assert.Equal(repository.FirstCommit, record.Commit);
        Assert.Equal("true", TestRepository.Run(record.SourceDirectory, "rev-parse", "--is-shallow-repository"));
    }

    [Fact]
    public void An_abbreviated_sha_is_found_in_a_full_clone()
    {
        repository.Write($"{TestRepository.Project}/train.ipynb", "later\n");
        repository.Commit("Later work");

        var record = repository.Checkout(new CheckoutRequest { Ref = repository.FirstCommit[..10], ProjectDirectory = TestRepository.Project });

        Assert.Equal(repository.FirstCommit, record.Commit);
        Assert.Equal("{}\n", File.ReadAllText(Path.Combine(record.ProjectDirectory, "train.ipynb")));
    }

    [Fact]
    public void A_git_url_is_cloned_like_a_remote()
    {
        var url = new Uri(repository.Root).AbsoluteUri;
        using var elsewhere = new TestRepository();

        var record = repository.Checkout(new CheckoutRequest { Repository = url, ProjectDirectory = TestRepository.Project }, workingTree: elsewhere.Root);

        Assert.Equal(repository.Head, record.Commit);
        Assert.Equal(url, record.Repository);
    }

    [Fact]
    public void A_previous_clone_is_replaced()
    {
        Directory.CreateDirectory(repository.CloneDirectory);
        File.WriteAllText(Path.Combine(repository.CloneDirectory, "stale.txt"), "from an earlier run");

        repository.Checkout();

        Assert.False(File.Exists(Path.Combine(repository.CloneDirectory, "stale.txt")));
        Assert.True(File.Exists(Path.Combine(repository.CloneDirectory, TestRepository.Project, "build.properties")));
    }

    [Fact]
    public void The_clone_of_an_earlier_run_at_the_same_commit_is_reused_and_left_exactly_as_committed()
    {
        repository.Write(".gitignore", "models/\n");
        var head = repository.Commit("Ignore trained models");
        var first = repository.Checkout();
        var clone = first.SourceDirectory;
        var sameClone = MarkClone(clone);
        File.WriteAllText(Path.Combine(clone, TestRepository.Project, "train.ipynb"), "changed by a notebook\n");
        File.Delete(Path.Combine(clone, "README.md"));
        File.WriteAllText(Path.Combine(clone, TestRepository.Project, "untracked.csv"), "a,b\n");
        Directory.CreateDirectory(Path.Combine(clone, TestRepository.Project, "models"));
        File.WriteAllText(Path.Combine(clone, TestRepository.Project, "models", "model.joblib"), "ignored output");

        var second = repository.Checkout();

        Assert.Equal(head, second.Commit);
        Assert.True(File.Exists(sameClone), "the earlier clone was replaced, not reused");
        Assert.Equal("{}\n", File.ReadAllText(Path.Combine(clone, TestRepository.Project, "train.ipynb")));
        Assert.Equal("A model.\n", File.ReadAllText(Path.Combine(clone, "README.md")));
        Assert.False(File.Exists(Path.Combine(clone, TestRepository.Project, "untracked.csv")));
        Assert.False(Directory.Exists(Path.Combine(clone, TestRepository.Project, "models")));
        Assert.Equal(string.Empty, TestRepository.Run(clone, "status", "--porcelain", "--ignored", "--untracked-files=all"));
    }

    [Fact]
    public void The_clone_of_an_earlier_run_is_moved_to_a_new_commit_by_a_shallow_fetch()
    {
        repository.Checkout();
        var sameClone = MarkClone(repository.CloneDirectory);
        repository.Write($"{TestRepository.Project}/train.ipynb", "{\"v\": 3}\n");
        var head = repository.Commit("Third version");

        var record = repository.Checkout();

        Assert.Equal(head, record.Commit);
        Assert.True(File.Exists(sameClone), "the earlier clone was replaced, not reused");
        Assert.Equal("{\"v\": 3}\n", File.ReadAllText(Path.Combine(record.ProjectDirectory, "train.ipynb")));
        Assert.Equal("true", TestRepository.Run(record.SourceDirectory, "rev-parse", "--is-shallow-repository"));
    }

    [Fact]
    public void An_interrupted_clone_without_a_commit_is_replaced()
    {
        TestRepository.Run(repository.Root, "init", "--quiet", repository.CloneDirectory);
        File.WriteAllText(Path.Combine(repository.CloneDirectory, "half-written.txt"), "from an interrupted run");

        var record = repository.Checkout();

        Assert.Equal(repository.Head, record.Commit);
        Assert.False(File.Exists(Path.Combine(repository.CloneDirectory, "half-written.txt")));
    }

    [Fact]
    public void A_clone_with_a_hook_the_build_did_not_write_is_cloned_afresh_and_the_hook_never_runs()
    {
        var clone = repository.Checkout().SourceDirectory;
        var earlierClone = MarkClone(clone);
        var ran = Path.Combine(repository.Workspace, "hook-ran");
        var hook = Path.Combine(clone, ".git", "hooks", "post-checkout");
        WriteScript(hook, $"touch '{ran}'");

        var record = repository.Checkout();

        Assert.Equal(repository.Head, record.Commit);
        Assert.False(File.Exists(ran), "the planted hook ran");
        Assert.False(File.Exists(earlierClone), "the clone was reused");
        Assert.False(File.Exists(hook));
    }

    [Fact]
    public void A_clone_whose_git_config_was_changed_is_cloned_afresh_and_git_runs_nothing_it_names()
    {
        var clone = repository.Checkout().SourceDirectory;
        var earlierClone = MarkClone(clone);
        var ran = Path.Combine(repository.Workspace, "fsmonitor-ran");
        var monitor = Path.Combine(repository.Workspace, "fsmonitor.sh");
        WriteScript(monitor, $"touch '{ran}'");
        TestRepository.Run(clone, "config", "core.fsmonitor", monitor);

        repository.Checkout();

        Assert.False(File.Exists(ran), "git ran the fsmonitor the clone's config named");
        Assert.False(File.Exists(earlierClone), "the clone was reused");
        Assert.Equal(string.Empty, TestRepository.Run(clone, "config", "--local", "--default", "", "core.fsmonitor"));
    }

    [Fact]
    public void A_clone_without_a_record_of_its_git_state_is_cloned_afresh_once_then_reused()
    {
        var clone = repository.Checkout().SourceDirectory;
        File.Delete(CloneGitState.FileOf(clone));
        var earlierClone = MarkClone(clone);

        repository.Checkout();
        Assert.False(File.Exists(earlierClone), "a clone without a record was reused");
        var afresh = MarkClone(clone);
        repository.Checkout();

        Assert.True(File.Exists(afresh), "the new clone was not reused");
    }

    /// <summary>A file inside the clone's .git: git never touches it, so it survives only if the clone is reused.</summary>
    private static string MarkClone(string clone)
    {
        var marker = Path.Combine(clone, ".git", "orchestration-test-marker");
        File.WriteAllText(marker, "this clone");
        return marker;
    }

    private static void WriteScript(string path, string command)
    {
        File.WriteAllText(path, $"#!/bin/sh\n{command}\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
