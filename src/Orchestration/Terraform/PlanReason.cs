using System.Globalization;
using Orchestration.Configuration;

namespace Orchestration.Terraform;

/// <summary>
/// Why a plan changes the endpoint, for the approver: what the state says is deployed (its outputs
/// model_identity, model_sha256, image_digest) against what this plan deploys, e.g.
/// "salary-regression 1.1 → 1.2 (data.version unchanged, model.version 1 → 2); model 3f9a0c1d2e4b → …".
/// </summary>
internal static class PlanReason
{
    public static string Explain(IReadOnlyDictionary<string, string> deployedOutputs, Deployment next)
    {
        ArgumentNullException.ThrowIfNull(deployedOutputs);
        ArgumentNullException.ThrowIfNull(next);
        if (!deployedOutputs.TryGetValue("model_identity", out var deployedText))
        {
            return next.Redeploy
                ? $"deploy: {next.IdentityText} (published, not retrained); nothing is deployed yet"
                : $"nothing is deployed yet: {next.IdentityText} will be the first";
        }

        var deployedIdentity = ModelIdentity.TryParse(deployedText, out var parsed) ? parsed : null;
        var parts = new List<string>
        {
            next.Redeploy ? Redeployed(deployedText, deployedIdentity, next.Identity) : Identity(deployedText, deployedIdentity, next.Identity),
        };
        var deployedModel = deployedOutputs.GetValueOrDefault("model_sha256");
        if (!string.IsNullOrEmpty(deployedModel) && !string.IsNullOrEmpty(next.ModelSha256))
        {
            parts.Add(deployedModel == next.ModelSha256 ? $"model {Short(deployedModel)} unchanged" : $"model {Short(deployedModel)} → {Short(next.ModelSha256)}");
        }

        var deployedImage = deployedOutputs.GetValueOrDefault("image_digest");
        if (!string.IsNullOrEmpty(deployedImage) && next.ImageDigest is not null)
        {
            parts.Add(deployedImage == next.ImageDigest
                ? $"image {Short(deployedImage)} unchanged"
                : $"image {Short(deployedImage)} → {Short(next.ImageDigest)}"
                    + (!string.IsNullOrEmpty(deployedModel) && deployedModel == next.ModelSha256 && deployedIdentity == next.Identity ? " (same model: the serving image changed — Dockerfile, serving code or base image)" : string.Empty));
        }

        return string.Join("; ", parts);
    }

    /// <param name="deployedText">The state's model_identity as written; <paramref name="deployed"/> is it parsed, null when it is not an identity.</param>
    private static string Identity(string deployedText, ModelIdentity? deployed, ModelIdentity? next)
    {
        if (deployed is not null && deployed == next)
        {
            return $"{next} unchanged";
        }

        if (deployed is null || next is null || deployed.Name != next.Name)
        {
            return $"{deployedText} → {Deployment.Describe(next)}";
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"{next.Name} {deployed.Version} → {next.Version} ({Part("data.version", deployed.DataVersion, next.DataVersion)}, {Part("model.version", deployed.ModelVersion, next.ModelVersion)})");
    }

    /// <summary>"rollback: 1.2 → 1.1 of salary-regression (published, not retrained)"; "deploy:" when the version is newer.</summary>
    private static string Redeployed(string deployedText, ModelIdentity? deployed, ModelIdentity? next)
    {
        const string Published = "(published, not retrained)";
        if (deployed is null || next is null || deployed.Name != next.Name)
        {
            return $"deploy: {deployedText} → {Deployment.Describe(next)} {Published}";
        }

        var order = (next.DataVersion, next.ModelVersion).CompareTo((deployed.DataVersion, deployed.ModelVersion));
        return order switch
        {
            < 0 => $"rollback: {deployed.Version} → {next.Version} of {next.Name} {Published}",
            > 0 => $"deploy: {deployed.Version} → {next.Version} of {next.Name} {Published}",
            _ => $"redeploy: {next.Version} of {next.Name} {Published}",
        };
    }

    private static string Part(string name, int deployed, int next) =>
        deployed == next ? $"{name} unchanged" : string.Create(CultureInfo.InvariantCulture, $"{name} {deployed} → {next}");

    private static string Short(string digest)
    {
        var hex = digest.StartsWith("sha256:", StringComparison.Ordinal) ? digest["sha256:".Length..] : digest;
        return hex.Length > 12 ? (digest.StartsWith("sha256:", StringComparison.Ordinal) ? "sha256:" : string.Empty) + hex[..12] : digest;
    }
}
