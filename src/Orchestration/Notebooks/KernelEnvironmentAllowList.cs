namespace Orchestration.Notebooks;

/// <summary>
/// Which of the build's environment variables the notebook runner and its kernel inherit: an allow-list,
/// because whatever a notebook prints ends up in the executed notebook, its HTML and the package, and a CI
/// job's environment is full of credentials under names nobody can list in advance (TF_VAR_db_password,
/// GITHUB_TOKEN, X_SECRET). Anything else reaches the kernel only when named: --pass-env NAME, or
/// --notebook-env NAME=VALUE.
/// </summary>
internal static class KernelEnvironmentAllowList
{
    /// <summary>Locale, paths and the session: what a Python process needs to start and read files.</summary>
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "PATH", "HOME", "USER", "LOGNAME", "SHELL", "LANG", "LANGUAGE", "TZ", "TERM", "TMPDIR", "LD_LIBRARY_PATH",
        "VIRTUAL_ENV", "CONDA_PREFIX", "CONDA_DEFAULT_ENV", "SSL_CERT_FILE", "SSL_CERT_DIR", "REQUESTS_CA_BUNDLE",
        "VECLIB_MAXIMUM_THREADS", "CUDA_VISIBLE_DEVICES",
    };

    /// <summary>Python, Jupyter, thread counts of the numeric libraries, MLflow settings, and the build's own.</summary>
    private static readonly string[] Prefixes =
    [
        "LC_", "XDG_", "PYTHON", "JUPYTER", "IPYTHON", "OMP_", "MKL_", "OPENBLAS_", "NUMEXPR_", "BLIS_", "MLFLOW_", "ORCHESTRATION_",
    ];

    /// <summary>Parts of a name that make it a credential even under an allowed prefix (MLFLOW_TRACKING_TOKEN).</summary>
    private static readonly string[] CredentialParts = ["TOKEN", "PASSWORD", "PASSWD", "SECRET", "USERNAME", "CREDENTIAL", "API_KEY", "APIKEY", "PRIVATE_KEY", "AUTH"];

    /// <summary>Whether <paramref name="name"/> is inherited without being asked for.</summary>
    public static bool Allows(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var allowed = Names.Contains(name) || Prefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal));
        return allowed && !LooksLikeCredential(name);
    }

    public static bool LooksLikeCredential(string name) =>
        CredentialParts.Any(part => name.Contains(part, StringComparison.OrdinalIgnoreCase));

    /// <summary>The names in <paramref name="environment"/> that must be taken out of the runner's environment.</summary>
    public static IEnumerable<string> Withheld(IEnumerable<string> environment, IReadOnlyCollection<string> passed) =>
        environment.Where(name => !Allows(name) && !passed.Contains(name)).Order(StringComparer.Ordinal);
}
