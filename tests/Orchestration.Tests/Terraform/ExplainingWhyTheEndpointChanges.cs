using Orchestration.Terraform;
using Orchestration.Configuration;

namespace Orchestration.Tests.Terraform;

public sealed class ExplainingWhyTheEndpointChanges
{
    private static readonly string ModelA = new('a', 64);
    private static readonly string ModelB = new('b', 64);
    private static readonly string ImageA = "sha256:" + new string('1', 64);
    private static readonly string ImageB = "sha256:" + new string('2', 64);

    [Fact]
    public void A_new_model_version_names_both_versions_and_what_changed_in_each_part()
    {
        var reason = PlanReason.Explain(Deployed("salary-regression.1.1", ModelA, ImageA), Next("salary-regression.1.2", ModelB, ImageB));

        Assert.Equal(
            "salary-regression 1.1 → 1.2 (data.version unchanged, model.version 1 → 2); model aaaaaaaaaaaa → bbbbbbbbbbbb; image sha256:111111111111 → sha256:222222222222",
            reason);
    }

    [Fact]
    public void The_same_model_in_a_new_image_says_the_serving_image_changed()
    {
        var reason = PlanReason.Explain(Deployed("salary-regression.1.1", ModelA, ImageA), Next("salary-regression.1.1", ModelA, ImageB));

        Assert.Equal(
            "salary-regression.1.1 unchanged; model aaaaaaaaaaaa unchanged; image sha256:111111111111 → sha256:222222222222 (same model: the serving image changed — Dockerfile, serving code or base image)",
            reason);
    }

    [Fact]
    public void An_empty_state_says_nothing_is_deployed_yet()
    {
        Assert.Equal("nothing is deployed yet: salary-regression.1.1 will be the first", PlanReason.Explain(new Dictionary<string, string>(), Next("salary-regression.1.1", ModelA, ImageA)));
    }

    [Fact]
    public void A_state_from_before_model_hashes_were_recorded_compares_what_it_has()
    {
        var reason = PlanReason.Explain(new Dictionary<string, string> { ["model_identity"] = "salary-regression.2.1", ["image_digest"] = ImageA }, Next("salary-regression.2.2", ModelA, ImageA));

        Assert.Equal("salary-regression 2.1 → 2.2 (data.version unchanged, model.version 1 → 2); image sha256:111111111111 unchanged", reason);
    }

    [Fact]
    public void Deploying_an_older_published_version_says_rollback_from_the_deployed_to_the_new_one()
    {
        var reason = PlanReason.Explain(Deployed("salary-regression.1.2", ModelB, ImageB), Next("salary-regression.1.1", ModelA, ImageA) with { Redeploy = true });

        Assert.Equal(
            "rollback: 1.2 → 1.1 of salary-regression (published, not retrained); model bbbbbbbbbbbb → aaaaaaaaaaaa; image sha256:222222222222 → sha256:111111111111",
            reason);
    }

    [Theory]
    [InlineData("salary-regression.1.1", "salary-regression.1.2", "deploy: 1.1 → 1.2 of salary-regression (published, not retrained)")]
    [InlineData("salary-regression.1.9", "salary-regression.2.0", "deploy: 1.9 → 2.0 of salary-regression (published, not retrained)")]
    [InlineData("salary-regression.2.0", "salary-regression.1.9", "rollback: 2.0 → 1.9 of salary-regression (published, not retrained)")]
    [InlineData("salary-regression.1.2", "salary-regression.1.2", "redeploy: 1.2 of salary-regression (published, not retrained)")]
    [InlineData("other-model.1.1", "salary-regression.1.2", "deploy: other-model.1.1 → salary-regression.1.2 (published, not retrained)")]
    public void A_published_version_is_named_a_rollback_only_when_it_is_older(string deployed, string next, string expected)
    {
        var reason = PlanReason.Explain(new Dictionary<string, string> { ["model_identity"] = deployed }, Next(next, ModelA, ImageA) with { Redeploy = true });

        Assert.Equal(expected, reason);
    }

    [Fact]
    public void A_published_version_to_an_empty_environment_is_a_deploy()
    {
        Assert.Equal(
            "deploy: salary-regression.1.1 (published, not retrained); nothing is deployed yet",
            PlanReason.Explain(new Dictionary<string, string>(), Next("salary-regression.1.1", ModelA, ImageA) with { Redeploy = true }));
    }

    private static Dictionary<string, string> Deployed(string identity, string model, string image) => new()
    {
        ["model_identity"] = identity,
        ["model_sha256"] = model,
        ["image_digest"] = image,
    };

    private static Deployment Next(string identity, string model, string image) => new()
    {
        Identity = ModelIdentity.Parse(identity),
        ModelSha256 = model,
        ImageDigest = image,
        Variables = new Dictionary<string, string>(),
    };
}
