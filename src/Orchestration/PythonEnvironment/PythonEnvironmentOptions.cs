using Orchestration.Pipeline;

namespace Orchestration.PythonEnvironment;

/// <summary>The Environment stage's options.</summary>
public static class PythonEnvironmentOptions
{
    public static readonly Option<string?> Python = Option.Text(
        "python", "ORCHESTRATION_PYTHON", null, "the interpreter a venv is made from", defaultText: "/usr/bin/python3 if present, else python3");

    // On by default: offline machines get the notebook's packages from Debian. false isolates strictly.
    public static readonly Option<bool> SystemSitePackages = Option.Flag(
        "system-site-packages", "ORCHESTRATION_SYSTEM_SITE_PACKAGES", true, "let the venv see the interpreter's packages");

    public static readonly Option<string?> PipIndexUrl = Option.Environment(
        "pip's package index, read by pip itself; a password in the URL is masked", "PIP_INDEX_URL").MaskingUrlPasswords();

    public static readonly Option<string?> PipExtraIndexUrl = Option.Environment(
        "pip's further indexes (space-separated), read by pip itself; passwords in the URLs are masked", "PIP_EXTRA_INDEX_URL").MaskingUrlPasswords();

    public static EnvironmentOptions Bind(OptionValues options, string environmentsDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new EnvironmentOptions
        {
            EnvironmentsDirectory = environmentsDirectory,
            Interpreter = options.Get(Python),
            SystemSitePackages = options.Get(SystemSitePackages),
        };
    }
}
