using Cake.Core;

namespace Cake.Frosting.Internal;

internal static class Usage
{
    /// <summary>The command line or the task graph is wrong: exit code 2, message only.</summary>
    public static CakeException Error(string message) => new(HostExitCodes.Usage, message);
}
