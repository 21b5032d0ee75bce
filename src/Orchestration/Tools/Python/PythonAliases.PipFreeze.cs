using Cake.Core;
using Orchestration.Tools.Python.PipFreeze;

namespace Orchestration.Tools.Python;

internal static partial class PythonAliases
{
    /// <summary>The packages installed in the settings' interpreter, <c>name==version</c>.</summary>
    public static IReadOnlyList<string> PipFreeze(this ICakeContext context, PipFreezeSettings settings, CancellationToken cancellationToken) =>
        new PipFreezeRunner(context).Freeze(settings, cancellationToken);
}
