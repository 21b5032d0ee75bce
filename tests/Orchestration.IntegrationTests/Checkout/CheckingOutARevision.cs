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
}
