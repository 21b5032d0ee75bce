using Cake.Core;
using Orchestration.Pipeline;

namespace Orchestration.PythonEnvironment;

/// <summary>Finds a Python interpreter to run: the one asked for, else Debian's /usr/bin/python3, else python3 on PATH.</summary>
internal static class PythonInterpreter
{
    /// <summary>Debian's Python, which sees the packages apt installs (python3-venv, python3-nbclient, ...).</summary>
    public const string DebianPython = "/usr/bin/python3";

    public static string Default(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return File.Exists(DebianPython)
            ? DebianPython
            : context.Tools.Resolve("python3")?.FullPath
              ?? throw ConfigurationError.Create(
                  $"No Python 3 found: neither {DebianPython} nor python3 on PATH. Install it (apt-get install python3 python3-venv) or pass --python=/path/to/python3.");
    }

    /// <summary>The interpreter named by <paramref name="option"/> (a path, or a name looked up on PATH), or the default when it is null.</summary>
    public static string Resolve(ICakeContext context, string? configured, string option)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(configured))
        {
            return Default(context);
        }

        if (configured.Contains('/', StringComparison.Ordinal))
        {
            var path = Path.GetFullPath(configured, context.Environment.WorkingDirectory.FullPath);
            return File.Exists(path) ? path : throw ConfigurationError.Create($"{option}={configured}: {path} does not exist.");
        }

        return context.Tools.Resolve(configured)?.FullPath
            ?? throw ConfigurationError.Create($"{option}={configured}: no {configured} on PATH. Give the interpreter's full path.");
    }

    public static bool IsDebians(string interpreter) => interpreter.StartsWith("/usr/bin/", StringComparison.Ordinal);
}
