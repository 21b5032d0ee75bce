using Cake.Core;
using Cake.Core.IO;

namespace Orchestration.Tools.Git.Checkout;

/// <summary>Runs <c>git checkout</c> of a commit; the trailing <c>--</c> says it is a commit, never a file.</summary>
internal sealed class GitCheckoutRunner(ICakeContext context) : GitTool<GitCheckoutSettings>(context)
{
    public void Checkout(GitCheckoutSettings settings, string commit, CancellationToken cancellationToken) =>
        Execute(settings, Arguments(settings, commit), null, cancellationToken);

    private static ProcessArgumentBuilder Arguments(GitCheckoutSettings settings, string commit)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrEmpty(commit);
        var arguments = Command("checkout").Append("--quiet");
        if (settings.Force)
        {
            arguments.Append("--force");
        }

        if (settings.Detach)
        {
            arguments.Append("--detach");
        }

        return arguments.AppendQuoted(commit).Append("--");
    }
}
