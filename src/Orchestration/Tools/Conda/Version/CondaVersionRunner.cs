using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Conda.Version;

/// <summary>Runs <c>conda --version</c>, quietly, and returns what it printed (<c>conda 24.1.2</c>).</summary>
internal sealed class CondaVersionRunner(ICakeContext context) : CondaTool<CondaVersionSettings>(context)
{
    public string Version(CondaVersionSettings settings, CancellationToken cancellationToken) =>
        Execute(settings, new ProcessArgumentBuilder().Append("--version"), new ToolRunOptions { EchoOutput = false }, cancellationToken).Output.Trim();
}
