using System.Numerics;

namespace Orchestration.Notebooks;

/// <summary>
/// A value as a notebook's Python code sees it: the types papermill can inject as a parameter
/// (None, bool, int, float, str, list, and dict with string keys).
/// </summary>
internal abstract record PythonValue
{
    public static PythonValue None { get; } = new PythonNone();
}

internal sealed record PythonNone : PythonValue;

internal sealed record PythonBool(bool Value) : PythonValue;

/// <summary>Python's int has no size limit, so neither has this one.</summary>
internal sealed record PythonInt(BigInteger Value) : PythonValue;

internal sealed record PythonFloat(double Value) : PythonValue;

internal sealed record PythonString(string Value) : PythonValue;

internal sealed record PythonList(IReadOnlyList<PythonValue> Items) : PythonValue;

/// <summary>A dict, its entries in order; keys are always strings, as papermill writes them.</summary>
internal sealed record PythonDict(IReadOnlyList<KeyValuePair<string, PythonValue>> Entries) : PythonValue;
