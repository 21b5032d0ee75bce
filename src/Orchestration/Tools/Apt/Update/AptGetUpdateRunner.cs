using Cake.Core;

namespace Orchestration.Tools.Apt.Update;

/// <summary>Runs <c>apt-get update</c>.</summary>
internal sealed class AptGetUpdateRunner(ICakeContext context) : AptGetTool<AptGetUpdateSettings>(context)
{
    public void Update(AptGetUpdateSettings settings, CancellationToken cancellationToken) =>
        Execute(settings, Command("update", settings), null, cancellationToken);
}
