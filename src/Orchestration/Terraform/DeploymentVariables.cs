using System.Globalization;
using System.Text.RegularExpressions;
using Orchestration.Configuration;
using Orchestration.Docker;
using Orchestration.Pipeline;
using Orchestration.Tools.Docker;

namespace Orchestration.Terraform;

/// <summary>
/// The variables every environment root takes (the build's contract with terraform/): model_name,
/// model_identity, data_version, model_version, image, image_digest; and, only where the root declares
/// them, port, docker_host and model_sha256.
/// </summary>
public static partial class DeploymentVariables
{
    /// <summary>The deployment of <paramref name="image"/>, the model it serves named by its record.</summary>
    public static Deployment From(ImageRecord image, RootVariables root, int? port = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(root);
        var identity = image.Identity;

        var reference = (image.PushedTags.Count > 0 ? image.PushedTags[0] : null) ?? (image.Tags.Count > 0 ? image.Tags[0] : null)
            ?? throw ConfigurationError.Create($"The image record of {image.Identity} has no tag. Run DockerBuild again.");
        var digest = image.PushedDigest is { } pushed ? pushed[(pushed.LastIndexOf('@') + 1)..] : image.ImageId;
        if (!Digest().IsMatch(digest))
        {
            throw ConfigurationError.Create(
                $"The image record of {image.Identity} has digest '{digest}'; expected sha256: and 64 lowercase hex digits. Run DockerBuild (and DockerPush) again.");
        }

        var variables = Required(identity, reference, digest);
        if (port is { } endpointPort)
        {
            variables["port"] = root.Declares("port")
                ? endpointPort.ToString(CultureInfo.InvariantCulture)
                : throw ConfigurationError.Create($"{TerraformOptions.EndpointPort} was given, but this environment's root declares no variable \"port\".");
        }

        if (!string.IsNullOrEmpty(image.DockerHost) && root.Declares("docker_host"))
        {
            variables["docker_host"] = image.DockerHost;
        }

        if (root.Declares("model_sha256"))
        {
            variables["model_sha256"] = image.ModelSha256;
        }

        return new Deployment
        {
            Identity = identity,
            Image = reference,
            ImageDigest = digest,
            ModelSha256 = image.ModelSha256,
            DockerHost = string.IsNullOrEmpty(image.DockerHost) ? null : image.DockerHost,
            Variables = variables,
        };
    }

    /// <summary>
    /// For a destroy plan, which needs values for the required variables but does not use them: the
    /// identity and image the state's outputs report as deployed, stand-ins for anything they do not. Every other
    /// variable the root declares and the state reports as an output of the same name (model_sha256, port) gets
    /// its deployed value back: Terraform evaluates the outputs' "before" values of a destroy plan with the
    /// variables given, so defaults would show the approver an endpoint that is not the one being destroyed.
    /// </summary>
    public static Deployment ForDestroy(IReadOnlyDictionary<string, string> stateOutputs, RootVariables root)
    {
        ArgumentNullException.ThrowIfNull(stateOutputs);
        ArgumentNullException.ThrowIfNull(root);
        var deployed = ModelIdentity.TryParse(stateOutputs.GetValueOrDefault("model_identity"), out var parsed) ? parsed : null;
        var identity = deployed ?? new ModelIdentity("none", 0, 0);
        var image = stateOutputs.GetValueOrDefault("image");
        var digest = stateOutputs.TryGetValue("image_digest", out var d) && Digest().IsMatch(d) ? d : null;
        var variables = Required(identity, image ?? "none", digest ?? "sha256:" + new string('0', 64));
        foreach (var (name, value) in stateOutputs)
        {
            if (root.Declares(name) && !variables.ContainsKey(name))
            {
                variables[name] = value;
            }
        }

        return new Deployment
        {
            Identity = deployed,
            Image = image,
            ImageDigest = digest,
            ModelSha256 = stateOutputs.GetValueOrDefault("model_sha256") is { Length: > 0 } model ? model : null,
            Variables = variables,
        };
    }

    private static Dictionary<string, string> Required(ModelIdentity identity, string image, string digest) => new(StringComparer.Ordinal)
    {
        ["model_name"] = identity.Name,
        ["model_identity"] = identity.ToString(),
        ["data_version"] = identity.DataVersion.ToString(CultureInfo.InvariantCulture),
        ["model_version"] = identity.ModelVersion.ToString(CultureInfo.InvariantCulture),
        ["image"] = image,
        ["image_digest"] = digest,
    };

    [GeneratedRegex("^sha256:[0-9a-f]{64}$")]
    private static partial Regex Digest();
}
