using System.Text.Json;
using Cake.Core;
using Orchestration.Tooling;

namespace Orchestration.Tools.Terraform.Version;

internal sealed class TerraformVersionRunner(ICakeContext context) : TerraformTool<TerraformVersionSettings>(context)
{
    /// <summary>The absolute path of the terraform binary a command with these settings runs; null when there is none.</summary>
    public string? Executable(TerraformVersionSettings settings) => Locate(settings);

    /// <summary>The version of the Terraform binary, e.g. <c>1.11.4</c>.</summary>
    public string Version(TerraformVersionSettings settings, CancellationToken cancellationToken)
    {
        var result = Run(settings, Command("version", settings).Append("-json"), new ToolRunOptions { EchoOutput = false }, cancellationToken);
        return result.Read(Parse, "the JSON of terraform version -json")
            ?? throw result.Unexpected("terraform version -json printed no terraform_version.");
    }

    private static string? Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("terraform_version").GetString() is { Length: > 0 } version ? version : null;
    }
}
