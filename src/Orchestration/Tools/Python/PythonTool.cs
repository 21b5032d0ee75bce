using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Python;

/// <summary>A Python interpreter, which every verb's runner (python -c, -m venv, -m pip, -m ipykernel) derives from.</summary>
internal abstract class PythonTool<TSettings>(ICakeContext context) : CommandLineTool<TSettings>(context)
    where TSettings : PythonSettings
{
    protected override string GetToolName() => "python";

    protected override IEnumerable<string> GetToolExecutableNames() => ["python3", "python"];

    /// <summary><c>-m MODULE</c>.</summary>
    protected static ProcessArgumentBuilder Module(string module) => new ProcessArgumentBuilder().Append("-m").Append(module);

    /// <summary><c>-m pip COMMAND --disable-pip-version-check</c>: no question about upgrading pip in a build log.</summary>
    protected static ProcessArgumentBuilder Pip(string command) => Module("pip").Append(command).Append("--disable-pip-version-check");
}
