using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Docker;

/// <summary>Runs <c>docker build</c>; a failed build is reported with the step that failed and its output.</summary>
public sealed class DockerImageBuilder(ICakeContext context) : DockerTool<DockerImageBuildSettings>(context)
{
    private static readonly int[] AnyExitCode = [.. Enumerable.Range(0, 256)];

    public ToolResult Build(DockerImageBuildSettings settings, string path)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var arguments = Arguments(settings, path);

        // The build's own output says which step failed and why; the process layer would keep only stderr.
        var result = Execute(settings, arguments, new ToolRunOptions { SuccessExitCodes = AnyExitCode });
        return result.ExitCode == 0
            ? result
            : throw new ToolFailedException(DockerBuildFailure.Describe(result, "docker " + arguments.RenderSafe(), path))
            {
                ExitCode = result.ExitCode,
                StandardError = result.StandardError,
            };
    }

    internal static ProcessArgumentBuilder Arguments(DockerImageBuildSettings settings, string path)
    {
        var arguments = new ProcessArgumentBuilder().Append("build");
        foreach (var tag in settings.Tag)
        {
            arguments.AppendSwitchQuoted("--tag", tag);
        }

        foreach (var buildArgument in settings.BuildArg)
        {
            arguments.AppendSwitchQuoted("--build-arg", new SecretPairArgument(buildArgument));
        }

        foreach (var label in settings.Label)
        {
            arguments.AppendSwitchQuoted("--label", new SecretPairArgument(label));
        }

        if (settings.File is { } file)
        {
            arguments.AppendSwitchQuoted("--file", file);
        }

        if (settings.Iidfile is { } iidfile)
        {
            arguments.AppendSwitchQuoted("--iidfile", iidfile);
        }

        if (settings.Target is { } target)
        {
            arguments.AppendSwitchQuoted("--target", target);
        }

        if (settings.Network is { } network)
        {
            arguments.AppendSwitchQuoted("--network", network);
        }

        AppendFlag(arguments, "--pull", settings.Pull);
        AppendFlag(arguments, "--no-cache", settings.NoCache);
        AppendFlag(arguments, "--force-rm", settings.ForceRm);
        if (settings.Rm is { } remove)
        {
            arguments.Append(remove ? "--rm=true" : "--rm=false");
        }

        return arguments.AppendQuoted(path);
    }

    private static void AppendFlag(ProcessArgumentBuilder arguments, string name, bool value)
    {
        if (value)
        {
            arguments.Append(name);
        }
    }
}
