using Orchestration.Notebooks;

namespace Orchestration.Tests.Notebooks;

/// <summary>Short names for Python values, so test data reads like the Python it stands for.</summary>
internal static class Py
{
    public static PythonValue S(string value) => new PythonString(value);

    public static PythonValue I(long value) => new PythonInt(value);

    public static PythonValue F(double value) => new PythonFloat(value);

    public static PythonValue B(bool value) => new PythonBool(value);

    public static PythonValue None => PythonValue.None;

    public static PythonValue L(params PythonValue[] items) => new PythonList(items);

    public static PythonValue D(params (string Key, PythonValue Value)[] entries) =>
        new PythonDict([.. entries.Select(e => KeyValuePair.Create(e.Key, e.Value))]);

    public static KeyValuePair<string, PythonValue> P(string name, PythonValue value) => KeyValuePair.Create(name, value);
}
