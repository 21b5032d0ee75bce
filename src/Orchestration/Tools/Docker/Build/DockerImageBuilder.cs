using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Docker.Build;

/// <summary>Runs <c>docker build</c>; a failed build is reported with the step that failed and its output.</summary>
internal sealed class DockerImageBuilder(ICakeContext context) : DockerTool<DockerImageBuildSettings>(context)
{
    public Task<ToolResult> BuildAsync(DockerImageBuildSettings settings, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var arguments = Arguments(settings, path);

        // The build's own output (stdout) says which step failed and why, not only its stderr.
        return ExecuteAsync(settings, arguments, new ToolRunOptions
        {
            DescribeFailure = DockerBuildFailure.Describe,
            FailureHint = "Fix the failing step in the Dockerfile, or the files it uses in the build context; the build's whole output is above.",
        }, cancellationToken);
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
