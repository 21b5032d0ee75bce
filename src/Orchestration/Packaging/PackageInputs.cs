using Orchestration.Checkout;
using Orchestration.Configuration;
using Orchestration.Fingerprint;
using Orchestration.Notebooks;
using Orchestration.PythonEnvironment;

namespace Orchestration.Packaging;

/// <summary>What a model package is made from: the records of the stages before it.</summary>
public sealed record PackageInputs
{
    public required CheckoutRecord Checkout { get; init; }

    public required ModelConfiguration Model { get; init; }

    public required PythonEnvironmentRecord Environment { get; init; }

    public required TrainingRecord Training { get; init; }

    /// <summary>The training run's inputs fingerprint (the Environment stage's); null only for records made before fingerprints.</summary>
    public InputsFingerprint? Inputs { get; init; }

    /// <summary>The CI build running this (see <see cref="CiBuildDetector"/>), null when local.</summary>
    public CiBuild? Build { get; init; }

    /// <summary>The promotion gate's verdict, when one was asked for.</summary>
    public Promotion.GateResult? Promotion { get; init; }

    public string ToolVersion { get; init; } = OrchestrationVersion.Current;
}
