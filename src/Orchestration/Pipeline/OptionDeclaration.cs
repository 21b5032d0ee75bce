namespace Orchestration.Pipeline;

/// <summary>
/// One parameter of a stage, declared once: its argument (<c>--name</c>), its environment variables,
/// its default, whether it is secret, one line for <c>--help</c>, and how its text becomes a value.
/// The host derives from the declarations the unknown-argument check, <c>--help</c>, secret masking,
/// the up-front check of every value and the "value came from" table.
/// </summary>
/// <remarks>
/// To add an option, add one field to the stage's <c>&lt;Stage&gt;Options</c> class (a group listed in
/// <see cref="PipelineOptions"/>), e.g.
/// <c>public static readonly Option&lt;TimeSpan&gt; CellTimeout = Option.Seconds("cell-timeout", "ORCHESTRATION_CELL_TIMEOUT", 600, "longest a cell may run");</c>,
/// then read it in the task with <c>context.Options.Get(TrainOptions.CellTimeout)</c> (through the stage's
/// <c>Bind</c>) and add its row to the README's table for the stage (a test compares them).
/// Secrets are environment-only: <c>Option.Secret("MODEL_FEED_API_KEY", "…")</c>.
/// </remarks>
public abstract class OptionDeclaration
{
    private protected OptionDeclaration(string? name, IReadOnlyList<string> environmentVariables, string defaultText, string description)
    {
        if (name is null && environmentVariables.Count == 0)
        {
            throw new ArgumentException("An option needs an argument name or an environment variable.", nameof(name));
        }

        Name = name;
        EnvironmentVariables = environmentVariables;
        DefaultText = defaultText;
        Description = description;
    }

    /// <summary>The argument's name without dashes (<c>cell-timeout</c>); null for an environment-only option.</summary>
    public string? Name { get; }

    /// <summary>The variables read when the argument is not given, the first one set wins.</summary>
    public IReadOnlyList<string> EnvironmentVariables { get; internal set; }

    /// <summary>The default as a reader wants it described (<c>600</c>, <c>this repository</c>), or <c>—</c>.</summary>
    public string DefaultText { get; }

    public string Description { get; }

    public OptionSecrecy Secrecy { get; internal set; }

    public bool IsRepeatable { get; private protected init; }

    /// <summary>The stage whose group declares it (set when the catalog collects it).</summary>
    public string Stage { get; internal set; } = string.Empty;

    /// <summary><c>--name</c> as the user writes it.</summary>
    public string Flag => Name is null ? EnvironmentVariables[0] : "--" + Name;

    public override string ToString() => Flag;

    /// <summary>The values an environment variable's text holds: one, unless the option is repeatable.</summary>
    internal virtual IReadOnlyList<string> SplitVariable(string text) => [text];

    /// <summary>Null when the text is a valid value, else what is wrong with it, starting with <paramref name="label"/>.</summary>
    internal abstract string? Check(string text, string label);
}
