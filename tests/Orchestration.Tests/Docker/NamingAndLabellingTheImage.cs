using Cake.Core;
using Orchestration.Configuration;
using Orchestration.Docker;
using Orchestration.Docker.Image;

namespace Orchestration.Tests.Docker;

public sealed class NamingAndLabellingTheImage
{
    private static readonly ModelIdentity Identity = new("Salary-Regression", 2, 7);

    [Fact]
    public void The_immutable_tag_is_the_lowercase_name_with_the_version_and_the_inputs_first_twelve_digits()
    {
        var inputs = new ImageInputs { Digest = "sha256:3f9a0c1d2e4b" + new string('5', 52), Description = string.Empty, FileCount = 0 };

        Assert.Equal("salary-regression:2.7-3f9a0c1d2e4b", ImageNames.Immutable(Identity, inputs));
    }

    [Fact]
    public void The_moving_tag_is_the_lowercase_name_with_the_version()
    {
        Assert.Equal("salary-regression:2.7", ImageNames.Moving(Identity));
    }

    [Theory]
    [InlineData("-model")]
    [InlineData("model_")]
    [InlineData("a--b_-c")]
    public void A_model_name_docker_cannot_take_is_a_configuration_error(string name)
    {
        var failure = Assert.Throws<CakeException>(() => ImageNames.Repository(new ModelIdentity(name, 1, 1)));

        Assert.StartsWith($"model.name '{name}' cannot name a Docker image", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("model:2.7", "model", "2.7")]
    [InlineData("127.0.0.1:5000/team/model:abc", "127.0.0.1:5000/team/model", "abc")]
    [InlineData("127.0.0.1:5000/model", "127.0.0.1:5000/model", "latest")]
    public void A_reference_splits_at_the_tags_colon(string reference, string repository, string tag)
    {
        Assert.Equal((repository, tag), ImageNames.Split(reference));
    }

    [Fact]
    public void The_labels_are_the_OCI_annotations_and_the_model_identity_versions_and_checksum()
    {
        var labels = ImageLabels.For(Identity, "0123abcd4567" + new string('e', 28), "https://git.example.com/ml/salary.git", "ab12", new DateTimeOffset(2024, 6, 1, 14, 5, 9, TimeSpan.FromHours(2)));

        Assert.Equal(
            [
                new("org.opencontainers.image.title", "Salary-Regression"),
                new("org.opencontainers.image.version", "2.7"),
                new("org.opencontainers.image.revision", "0123abcd4567" + new string('e', 28)),
                new("org.opencontainers.image.source", "https://git.example.com/ml/salary.git"),
                new("org.opencontainers.image.created", "2024-06-01T12:05:09Z"),
                new("org.orchestration.model.identity", "Salary-Regression.2.7"),
                new("org.orchestration.model.data-version", "2"),
                new("org.orchestration.model.model-version", "7"),
                new KeyValuePair<string, string>("org.orchestration.model.sha256", "ab12"),
            ],
            labels);
    }

    [Theory]
    [InlineData("https://ci:glpat-0123456789@git.example.com/ml/salary.git", "https://git.example.com/ml/salary.git")]
    [InlineData("https://git.example.com/ml/salary.git", "https://git.example.com/ml/salary.git")]
    [InlineData("git@github.com:ml/salary.git", "git@github.com:ml/salary.git")]
    [InlineData("/srv/git/salary", "/srv/git/salary")]
    public void The_source_label_never_carries_credentials(string source, string label)
    {
        var labels = ImageLabels.For(Identity, new string('0', 40), source, "ab12", DateTimeOffset.UnixEpoch);

        Assert.Equal(label, labels.Single(pair => pair.Key == ImageLabels.Source).Value);
    }
}
