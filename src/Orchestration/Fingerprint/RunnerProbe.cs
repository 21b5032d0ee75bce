using Cake.Core;
using Orchestration.Notebooks;
using Orchestration.Tooling;
using Orchestration.Tools.Python;
using Orchestration.Tools.Python.Evaluate;

namespace Orchestration.Fingerprint;

/// <summary>Asks the Python that runs notebooks (<c>--jupyter-python</c>) which Jupyter packages it has.</summary>
internal sealed class RunnerProbe(ICakeContext context)
{
    private static readonly string[] Packages = ["jupyter_client", "nbclient", "nbconvert", "nbformat"];

    // One line per package, "name==version", or "name==" when it is not installed.
    private static readonly string Script =
        "import importlib.metadata as m; print('\\n'.join(n + '==' + ','.join(sorted({d.version for d in m.distributions(name=n)})) for n in ("
        + string.Join(", ", Packages.Select(name => $"'{name}'")) + ")))";

    public RunnerInputs Probe(string python, CancellationToken cancellationToken)
    {
        var result = context.PythonEvaluate(new PythonEvaluateSettings { ToolPath = python }, Script, new ToolRunOptions { EchoOutput = false }, cancellationToken);
        return new RunnerInputs
        {
            ScriptSha256 = RunnerScript.Sha256,
            Packages = [.. result.StandardOutput
                .Select(line => line.Trim())
                .Where(line => line.Length > 0)
                .Select(line => line.EndsWith("==", StringComparison.Ordinal) ? line[..^2] + " absent" : line)
                .Order(StringComparer.Ordinal)],
        };
    }
}
