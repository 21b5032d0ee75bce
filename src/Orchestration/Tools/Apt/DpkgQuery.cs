using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Apt;

/// <summary>Asks dpkg which Debian packages are installed.</summary>
internal sealed class DpkgQuery(ICakeContext context) : CommandLineTool<PackageToolSettings>(context)
{
    public IReadOnlyList<string> Missing(IEnumerable<string> packages, CancellationToken cancellationToken)
    {
        var wanted = packages.ToList();
        var arguments = new ProcessArgumentBuilder().Append("--show").AppendQuoted("--showformat=${Package} ${db:Status-Status}\\n");
        foreach (var package in wanted)
        {
            arguments.Append(package);
        }

        // Exit code 1 only means that some of the packages are unknown to dpkg.
        var result = Execute(new PackageToolSettings(), arguments, new ToolRunOptions { EchoOutput = false, SuccessExitCodes = [0, 1] }, cancellationToken);
        var installed = result.StandardOutput
            .Select(line => line.Split(' ', 2))
            .Where(parts => parts.Length == 2 && parts[1] == "installed")
            .Select(parts => parts[0].Split(':')[0])
            .ToHashSet(StringComparer.Ordinal);
        return [.. wanted.Where(package => !installed.Contains(package))];
    }

    protected override string GetToolName() => "dpkg-query";

    protected override IEnumerable<string> GetToolExecutableNames() => ["dpkg-query"];
}
