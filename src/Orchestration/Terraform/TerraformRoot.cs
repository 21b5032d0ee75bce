using System.Runtime.ExceptionServices;
using Cake.Common.Diagnostics;
using Cake.Core;
using Orchestration.Tooling;
using Orchestration.Tools.Terraform;
using Orchestration.Tools.Terraform.Init;
using Orchestration.Tools.Terraform.Output;
using Orchestration.Tools.Terraform.Show;
using Orchestration.Tools.Terraform.Version;

namespace Orchestration.Terraform;

/// <summary>
/// One environment's Terraform root, where every command of a plan and its apply runs (a saved plan
/// binds to its working directory). Each command gets the same working directory, colour setting and
/// DOCKER_HOST for local-exec provisioners that run docker, and the build's cancellation (Terraform gets SIGINT first).
/// </summary>
internal sealed class TerraformRoot(ICakeContext context, string directory, bool noColor, string? dockerHost, CancellationToken cancellationToken)
{
    public string Directory { get; } = directory;

    public CancellationToken Cancellation => cancellationToken;

    /// <summary>The binary's version, asked once per binary (<see cref="TerraformVersionCache"/>, in the workspace's .work/).</summary>
    public string Version(string workspaceRoot)
    {
        var settings = Configure(new TerraformVersionSettings());
        string Ask() => context.TerraformVersion(settings, cancellationToken);
        // No binary found: asking gives the wrapper's own "terraform was not found" message.
        return context.TerraformExecutable(settings) is { } executable ? TerraformVersionCache.For(workspaceRoot).VersionOf(executable, Ask) : Ask();
    }

    /// <summary>Where <c>terraform init</c> keeps what it installed: <c>.terraform/</c>, or <c>TF_DATA_DIR</c>.</summary>
    public string DataDirectory =>
        Path.GetFullPath(context.Environment.GetEnvironmentVariable("TF_DATA_DIR") is { Length: > 0 } dataDir ? dataDir : ".terraform", Directory);

    /// <summary>
    /// <c>terraform init</c>, skipped when the root's data directory was initialised by the same Terraform for the
    /// same configuration, lock file, modules and backend settings (<see cref="InitFingerprint"/>).
    /// </summary>
    public void Init(IReadOnlyList<string> backendConfig, string workspaceRoot, string terraformVersion)
    {
        var settings = Configure(new TerraformInitSettings());
        BackendConfiguration.AddTo(settings, backendConfig, workspaceRoot, Directory);
        var marker = new InitMarker(DataDirectory);
        var fingerprint = InitFingerprint.Of(Directory, DataDirectory, terraformVersion, settings);
        if (marker.Holds(fingerprint))
        {
            context.Information("Terraform init: reused ({0} was initialised for these inputs, {1})", DataDirectory, fingerprint[..12]);
            return;
        }

        marker.Forget();
        context.TerraformInit(settings, cancellationToken);
        // Init may have installed other modules: the marker is the fingerprint of what it left.
        marker.Record(InitFingerprint.Of(Directory, DataDirectory, terraformVersion, settings));
    }

    public IReadOnlyDictionary<string, string> Outputs() =>
        StateOutputs.Parse(context.TerraformOutput(Configure(new TerraformOutputSettings { Json = true }), cancellationToken));

    /// <summary>
    /// A saved plan as JSON and as plain text. The two <c>terraform show</c> commands only read the plan file, so
    /// they run at once (two threads, no blocking on tasks); when one fails, its own error is thrown once both have ended.
    /// </summary>
    public (string Json, string Text) Show(string planFile)
    {
        string? json = null;
        string? text = null;
        try
        {
            Parallel.Invoke(
                () => json = context.TerraformShow(Configure(new TerraformShowSettings { PlanFile = planFile, OutputFormat = TerraformOutputFormat.Json }), cancellationToken),
                () => text = context.TerraformShow(Configure(new TerraformShowSettings { PlanFile = planFile }).WithNoColor(), cancellationToken));
        }
        catch (AggregateException failure) when (failure.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(failure.InnerExceptions[0]).Throw();
        }

        return (json!, text!);
    }

    public T Configure<T>(T settings)
        where T : TerraformSettings
    {
        settings.WorkingDirectory = Directory;
        settings.NoColor = noColor;
        if (!string.IsNullOrEmpty(dockerHost))
        {
            settings.EnvironmentVariables ??= new Dictionary<string, string>(StringComparer.Ordinal);
            settings.EnvironmentVariables["DOCKER_HOST"] = dockerHost;
        }

        return settings;
    }

    /// <summary>Runs a command that takes the state lock, explaining a held lock or a stale plan.</summary>
    public TResult Locking<TResult>(Func<TResult> command, string environment, TimeSpan lockTimeout, string replanCommand)
    {
        try
        {
            return command();
        }
        catch (ToolFailedException failure)
        {
            throw TerraformFailure.Explain(failure, environment, Directory, lockTimeout, replanCommand);
        }
    }
}
