using System.Globalization;
using System.Text;
using System.Text.Json;
using Cake.Core;
using Cake.Core.IO;
using Orchestration.IntegrationTests.Support;
using Orchestration.Notebooks;
using Orchestration.PythonEnvironment;
using Orchestration.Tooling;
using Orchestration.Tools.Python;
using Orchestration.Tools.Python.Evaluate;

namespace Orchestration.IntegrationTests.Notebooks;

/// <summary>The real Python reads back what the translation writes, and types text as papermill's -p does.</summary>
public sealed class PythonAgreesWithTheTranslation : IDisposable
{
    private readonly TemporaryDirectory folder = new("orchestration-literals");

    [Fact]
    public void Every_string_literal_reads_back_as_the_original_text()
    {
        var random = new Random(7);
        string[] texts =
        [
            "\"; import os; os.system(\"x\") #", "\\", "end\\", "\"\"\"", "'''", "a\nb\r\nc\td", "\0\u0001\u001f\u007f\u0080\u00ff",
            "café € 日本 😍 𝔘", "\u2028\u2029\u0085", "{\"foo\": \"bar\"}", .. Enumerable.Range(0, 200).Select(_ => RandomText(random)),
        ];

        var readBack = RunPython(
            "values = [\n" + string.Concat(texts.Select(t => PythonLiteral.Quote(t) + ",\n")) + "]\nprint(json.dumps(values))\n");

        Assert.Equal(texts, JsonSerializer.Deserialize<string[]>(readBack));
    }

    [Fact]
    public void Every_float_literal_is_what_python_repr_writes_for_that_float()
    {
        var random = new Random(11);
        var values = Enumerable.Range(0, 300).Select(_ => BitConverter.Int64BitsToDouble(random.NextInt64()))
            .Where(double.IsFinite)
            .Concat([0.1, 1e16, 1e-5, 123456.789, 5e-324, -0.0])
            .ToList();
        var literals = values.Select(v => PythonLiteral.Format(new PythonFloat(v))).ToList();

        var readBack = RunPython("values = [\n" + string.Concat(literals.Select(l => l + ",\n")) + "]\nprint(json.dumps([repr(v) for v in values]))\n");

        Assert.Equal(literals, JsonSerializer.Deserialize<string[]>(readBack));
    }

    [Fact]
    public void Text_is_typed_as_python_int_and_float_type_it()
    {
        var random = new Random(3);
        string[] texts =
        [
            "True", "False", "None", "true", "12.51", "10", " 42 ", "1_000", "1__0", "_1", "0x10", "١٢", "1e5", ".5", "5.", ".", "nan", "-inf",
            "+Infinity", "1e400", "- 5", "007", "1_0.5", "1e", "123456789012345678901234567890",
            .. Enumerable.Range(0, 300).Select(_ => new string([.. Enumerable.Range(0, random.Next(1, 7)).Select(_ => "0123456789_.eE+- naif"[random.Next(21)])])),
        ];
        File.WriteAllText(folder.Combine("texts.json"), JsonSerializer.Serialize(texts));

        var readBack = RunPython(
            "texts = json.load(open(sys.argv[1], encoding='utf-8'))\n" +
            "def typed(text):\n" +
            "    if text in ('True', 'False', 'None'):\n        return {'True': True, 'False': False, 'None': None}[text]\n" +
            "    for convert in (int, float):\n" +
            "        try:\n            return convert(text)\n        except ValueError:\n            pass\n" +
            "    return text\n" +
            "print(json.dumps([[type(v).__name__, v if isinstance(v, str) else repr(v)] for v in map(typed, texts)]))\n",
            folder.Combine("texts.json"));

        var expected = texts.Select(t => Describe(ParameterTypes.Guess(t))).ToArray();
        Assert.Equal(expected, JsonSerializer.Deserialize<string[][]>(readBack));
    }

    public void Dispose() => folder.Dispose();

    private static string[] Describe(PythonValue value) => value switch
    {
        PythonString s => ["str", s.Value],
        PythonBool b => ["bool", PythonLiteral.Format(b)],
        PythonNone => ["NoneType", "None"],
        PythonInt i => ["int", PythonLiteral.Format(i)],
        PythonFloat f when double.IsNaN(f.Value) => ["float", "nan"],
        PythonFloat f when double.IsInfinity(f.Value) => ["float", f.Value > 0 ? "inf" : "-inf"],
        PythonFloat f => ["float", PythonLiteral.Format(f)],
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    private const string Troublemakers = "\"\\'\n\r\t #;{}";

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        for (var index = random.Next(0, 30); index > 0; index--)
        {
            text.Append(random.Next(5) switch
            {
                0 => Troublemakers[random.Next(Troublemakers.Length)].ToString(),
                1 => ((char)random.Next(0, 0x80)).ToString(),
                2 => ((char)random.Next(0x80, 0xd800)).ToString(),
                3 => char.ConvertFromUtf32(random.Next(0x10000, 0x10ffff)),
                _ => ((char)random.Next(0xe000, 0xfffe)).ToString(),
            });
        }

        return text.ToString();
    }

    private string RunPython(string body, params string[] arguments)
    {
        var script = folder.Combine("script.py");
        File.WriteAllText(script, "import json\nimport sys\n" + body, new UTF8Encoding(false));
        var context = RealContext.Create();
        var settings = new PythonEvaluateSettings { ToolPath = PythonInterpreter.Default(context) };
        settings.Arguments.Add(script);
        foreach (var argument in arguments)
        {
            settings.Arguments.Add(argument);
        }

        // The script sees its own arguments in sys.argv, as if it had been run as python SCRIPT ARGUMENT...
        var result = context.PythonEvaluate(
            settings, "import runpy, sys; sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')", new ToolRunOptions { EchoOutput = false }, CancellationToken.None);
        return string.Join('\n', result.StandardOutput);
    }
}
