using Cake.Core;
using Orchestration.Tooling;

namespace Orchestration.Tools.Conda;

/// <summary>conda (or mamba), which every verb's runner derives from.</summary>
internal abstract class CondaTool<TSettings>(ICakeContext context) : CommandLineTool<TSettings>(context)
    where TSettings : CondaSettings
{
    protected override string InstallHint => CondaExecutable.MissingHint;

    protected override string GetToolName() => "conda";

    protected override IEnumerable<string> GetToolExecutableNames() => CondaExecutable.Names;
}
