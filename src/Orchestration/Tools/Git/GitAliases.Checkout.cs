using Cake.Core;
using Orchestration.Tools.Git.Checkout;

namespace Orchestration.Tools.Git;

internal static partial class GitAliases
{
    /// <summary>Checks <paramref name="commit"/> out in the settings' working directory.</summary>
    public static void GitCheckout(this ICakeContext context, GitCheckoutSettings settings, string commit, CancellationToken cancellationToken) =>
        new GitCheckoutRunner(context).Checkout(settings, commit, cancellationToken);
}
