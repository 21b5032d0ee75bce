using Cake.Core;
using Orchestration.Checkout;
using Orchestration.Configuration;
using Orchestration.Notebooks;
using Orchestration.PythonEnvironment;

namespace Orchestration.Fingerprint;

/// <summary>Computes a training run's inputs fingerprint from the Checkout, Configure and Environment records.</summary>
public sealed class InputsCollector(ICakeContext context)
{
    /// <param name="jupyterPython">The Python that runs notebooks as configured (<c>--jupyter-python</c>), or null for the default.</param>
    public InputsFingerprint Collect(CheckoutRecord checkout, ModelConfiguration model, PythonEnvironmentRecord environment, string? jupyterPython, CancellationToken cancellationToken) => new()
    {
        Project = new ProjectTreeReader(context).Read(checkout, model, cancellationToken),
        Configuration = ConfigurationInputs.From(model),
        Environment = EnvironmentInputs.From(environment),
        Runner = new RunnerProbe(context).Probe(PythonInterpreter.Resolve(context, jupyterPython, NotebookOptions.JupyterPython.Flag), cancellationToken),
    };
}
