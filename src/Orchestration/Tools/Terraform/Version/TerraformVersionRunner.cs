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
        var output = Run(settings, Command("version", settings).Append("-json"), new ToolRunOptions { EchoOutput = false }, cancellationToken).Output;
        using var document = JsonDocument.Parse(output);
        return document.RootElement.GetProperty("terraform_version").GetString()
            ?? throw new ToolFailedException("terraform version -json printed no terraform_version.");
    }
}
