using Cake.Core;
using Orchestration.Tooling;
using Orchestration.Tools.DotNet.Test;

namespace Orchestration.Tools.DotNet;

/// <summary>Aliases for the dotnet CLI, named like Cake's.</summary>
internal static class DotNetAliases
{
    /// <summary>Runs the tests of <paramref name="project"/>; <paramref name="options"/> say which exits are answers.</summary>
    public static ToolResult DotNetTest(this ICakeContext context, DotNetTestSettings settings, string project, ToolRunOptions? options, CancellationToken cancellationToken) =>
        new DotNetTestRunner(context).Test(settings, project, options, cancellationToken);
}
