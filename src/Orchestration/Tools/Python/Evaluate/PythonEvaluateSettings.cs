namespace Orchestration.Tools.Python.Evaluate;

/// <summary>Settings for <c>python -c CODE [ARGUMENT...]</c>.</summary>
internal sealed class PythonEvaluateSettings : PythonSettings
{
    /// <summary>What the code finds in <c>sys.argv[1:]</c>.</summary>
    public IList<string> Arguments { get; } = [];
}
