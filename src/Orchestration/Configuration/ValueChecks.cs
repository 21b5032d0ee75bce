using System.Globalization;
using Orchestration.Packaging;

namespace Orchestration.Configuration;

/// <summary>Checks each setting's value; a problem names the key, the value and what was expected.</summary>
internal sealed class ValueChecks(List<ConfigurationProblem> problems, string projectDirectory, string projectDisplay)
{
    public string ModelName(ResolvedSetting setting)
    {
        var value = setting.Value;
        if (value is null || ModelIdentity.IsValidName(value))
        {
            return value ?? string.Empty;
        }

        Add(setting, value switch
        {
            "" => "is empty; expected letters, digits, '_' or '-' (e.g. salary-regression).",
            _ when value.Length > ModelIdentity.MaxNameLength =>
                $"is {value.Length} characters long; the limit is {ModelIdentity.MaxNameLength} (it names packages, files and images).",
            _ when value.Contains('.', StringComparison.Ordinal) =>
                $"contains a dot: use letters, digits, '_' and '-' only, so that the identity name.dataVersion.modelVersion parses back (e.g. {value.Replace('.', '-')}).",
            _ => "may hold only letters, digits, '_' and '-' (e.g. salary-regression).",
        });
        return value;
    }

    public int Version(ResolvedSetting setting)
    {
        var value = setting.Value;
        if (value is null)
        {
            return 0;
        }

        if (value.Length > 0 && value.All(char.IsAsciiDigit))
        {
            if (value.Length > 1 && value[0] == '0')
            {
                Add(setting, $"has a leading zero: write {value.TrimStart('0').PadLeft(1, '0')}, so that the identity reads back the same.");
                return 0;
            }

            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                return version;
            }
        }

        Add(setting, "is not a version: expected a whole number 0 or greater, digits only (no sign, no decimals), e.g. 3.");
        return 0;
    }

    public void Notebook(ResolvedSetting setting)
    {
        if (!IsProjectPath(setting, "the notebook to run, e.g. train.ipynb"))
        {
            return;
        }

        if (!setting.Value!.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase))
        {
            Add(setting, "is not a notebook: expected a .ipynb file, e.g. train.ipynb.");
        }
        else
        {
            MustExist(setting);
        }
    }

    public void Environment(ResolvedSetting setting)
    {
        if (!IsProjectPath(setting, "requirements.txt or environment.yml"))
        {
            return;
        }

        if (EnvironmentFile.KindOf(setting.Value!) == EnvironmentFileKind.Unknown)
        {
            Add(setting, "is neither a requirements.txt (pip) nor an environment.yml (conda) file: name the file requirements.txt or environment.yml.");
        }
        else
        {
            MustExist(setting);
        }
    }

    public void InsideProject(ResolvedSetting setting) => IsProjectPath(setting, "a path relative to the project folder");

    public IReadOnlyList<string> Data(ResolvedSetting setting)
    {
        var patterns = (setting.Value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (setting.Value is not null && patterns.Length == 0)
        {
            Add(setting, "is empty: give paths or globs separated by commas, or leave the key out for the default data/**.");
        }

        foreach (var pattern in patterns)
        {
            if (ProjectFile.OutsideProblem(pattern) is { } problem)
            {
                problems.Add(new(setting.Source, $"{setting.Key} entry '{pattern}' {problem}."));
                continue;
            }

            var matches = GlobPattern.Parse(projectDirectory, pattern).Files().ToList();
            if (matches.Count == 0 && setting.Source.Kind != SettingSourceKind.Default)
            {
                problems.Add(new(setting.Source, $"{setting.Key} entry '{pattern}' matches no file in the project folder {projectDisplay}: fix or remove it."));
            }

            // Each file the entry matches is read and hashed into the provenance: none may lie outside the project.
            var escapes = matches
                .Select(file => SymbolicLinks.EscapeFrom(projectDirectory, Path.GetRelativePath(projectDirectory, file)))
                .OfType<string>()
                .Distinct(StringComparer.Ordinal);
            foreach (var escape in escapes)
            {
                problems.Add(new(setting.Source, $"{setting.Key} entry '{pattern}' matches a file the build may not read: {escape}. Commit the file itself."));
            }
        }

        return patterns;
    }

    /// <summary>Paths or globs inside the project; unlike data they may match nothing yet (the notebook writes them).</summary>
    public IReadOnlyList<string> Outputs(ResolvedSetting setting)
    {
        var patterns = (setting.Value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var pattern in patterns)
        {
            if (ProjectFile.OutsideProblem(pattern) is { } problem)
            {
                problems.Add(new(setting.Source, $"{setting.Key} entry '{pattern}' {problem}."));
            }
        }

        return patterns;
    }

    private bool IsProjectPath(ResolvedSetting setting, string expected)
    {
        if (setting.Value is null)
        {
            return false;
        }

        var problem = setting.Value.Length == 0 ? $"is empty; expected {expected}"
            : ProjectFile.OutsideProblem(setting.Value) ?? LinkProblem(setting.Value);
        if (problem is not null)
        {
            Add(setting, problem + ".");
        }

        return problem is null;
    }

    private string? LinkProblem(string path) =>
        SymbolicLinks.EscapeFrom(projectDirectory, path) is { } escape
            ? $"cannot be used: {escape}. Commit the file or folder itself, not a link to it"
            : null;

    private void MustExist(ResolvedSetting setting)
    {
        if (!File.Exists(Path.Combine(projectDirectory, setting.Value!)))
        {
            Add(setting, $"does not exist in the project folder {projectDisplay}.");
        }
    }

    private void Add(ResolvedSetting setting, string message) =>
        problems.Add(new(setting.Source, $"{setting.Key} '{setting.Value}' {message}"));
}
