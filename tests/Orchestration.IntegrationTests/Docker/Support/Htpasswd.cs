using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;
using Orchestration.Tooling;

namespace Orchestration.IntegrationTests.Docker.Support;

internal sealed class HtpasswdSettings : ToolSettings
{
}

/// <summary>Apache's htpasswd, for a registry that wants a login (bcrypt, as docker-registry requires).</summary>
internal sealed class Htpasswd(ICakeContext context) : CommandLineTool<HtpasswdSettings>(context)
{
    public string Write(string file, string user, string password)
    {
        var result = Execute(
            new HtpasswdSettings(),
            new ProcessArgumentBuilder().Append("-B").Append("-b").Append("-n").AppendQuoted(user).AppendQuotedSecret(password),
            new ToolRunOptions { EchoOutput = false },
            CancellationToken.None);
        File.WriteAllText(file, string.Join('\n', result.StandardOutput.Where(line => line.Length > 0)) + "\n");
        return file;
    }

    protected override string GetToolName() => "htpasswd";

    protected override IEnumerable<string> GetToolExecutableNames() => ["htpasswd"];
}
