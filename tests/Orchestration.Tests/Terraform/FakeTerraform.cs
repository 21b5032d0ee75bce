using Orchestration.Terraform;
using Orchestration.Tests.Fakes;
using Orchestration.Tools.Terraform;

namespace Orchestration.Tests.Terraform;

/// <summary>
/// A file named terraform for <see cref="ToolFixture"/>'s fake processes: the process layer checks
/// the tool exists before it "runs" it, and unit tests must not need Terraform installed.
/// </summary>
internal static class FakeTerraform
{
    private static readonly Lazy<string> Executable = new(() =>
    {
        var file = Path.Combine(TestRunFolder.Create("orchestration-fake-terraform-"), "terraform");
        File.WriteAllText(file, "#!/bin/sh\nexit 99\n");
        return file;
    });

    public static T Faked<T>(this T settings)
        where T : TerraformSettings
    {
        settings.ToolPath = Executable.Value;
        return settings;
    }
}
