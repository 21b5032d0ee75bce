using Orchestration.IntegrationTests.Support;
using Orchestration.Pipeline;
using Orchestration.PythonEnvironment;

namespace Orchestration.IntegrationTests.PythonEnvironment;

/// <summary>
/// One real environment (a venv over Debian's Python, seeing its ipykernel) with its kernel registered,
/// built once and shared by the tests of the collection: building one takes several seconds.
/// </summary>
public sealed class PythonEnvironmentFixture : IAsyncLifetime, IDisposable
{
    public const string Requirements = "# the notebook needs a kernel\nipykernel\n";

    private readonly TemporaryDirectory workspace = new("orchestration-env");
    private readonly Cake.Core.ICakeContext context;

    public PythonEnvironmentFixture()
    {
        workspace.Write("project/requirements.txt", Requirements);
        Spec = EnvironmentSpec.Find(workspace.Combine("project"), "requirements.txt");
        Options = new EnvironmentOptions { EnvironmentsDirectory = workspace.Combine(".work", "envs") };
        (context, BuildLog) = RecordedContext.Create();
    }

    public EnvironmentSpec Spec { get; }

    public EnvironmentOptions Options { get; }

    public PythonEnvironmentRecord Record { get; private set; } = null!;

    public RecordedLog BuildLog { get; }

    public async Task InitializeAsync() =>
        Record = await new PythonEnvironmentBuilder(context).PrepareAsync(Spec, Options, CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => workspace.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SharedPythonEnvironment : ICollectionFixture<PythonEnvironmentFixture>
{
    public const string Name = "A real Python environment";
}
