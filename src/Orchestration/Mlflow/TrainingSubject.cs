using Orchestration.Checkout;
using Orchestration.Configuration;
using Orchestration.Notebooks;
using Orchestration.Packaging;

namespace Orchestration.Mlflow;

/// <summary>What a training run is of: the run's name, parameters and tags on the tracking server.</summary>
internal sealed record TrainingSubject(ModelConfiguration Model, CheckoutRecord Checkout, string? InputsFingerprint, CiBuild? Ci)
{
    public string RunName => Model.Identity.ToString();

    /// <summary>Every injected parameter as the notebook sees it (<c>str(value)</c>, as MLflow's Python client logs it), plus both versions.</summary>
    public Dictionary<string, string> Parameters()
    {
        var parameters = ParameterTypes.Guess(Model.Parameters)
            .ToDictionary(p => p.Key, p => p.Value is PythonString text ? text.Value : PythonLiteral.Format(p.Value), StringComparer.Ordinal);
        parameters["data_version"] = Model.Identity.DataVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
        parameters["model_version"] = Model.Identity.ModelVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return parameters;
    }

    public Dictionary<string, string> Tags()
    {
        var repository = RepositoryUrl.WithoutCredentials(Checkout.Repository);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["mlflow.source.git.commit"] = Checkout.Commit,
            ["mlflow.source.git.repoURL"] = repository,
            ["mlflow.source.type"] = "JOB",
            ["repository"] = repository,
            ["ref"] = Checkout.Ref,
            ["project_dir"] = Checkout.ProjectPath,
            ["identity"] = Model.Identity.ToString(),
        };
        Add(tags, "inputs.sha256", InputsFingerprint);
        Add(tags, "ci.system", Ci?.System);
        Add(tags, "ci.build_number", Ci?.Number);
        Add(tags, "ci.build_url", Ci?.Url);
        return tags;
    }

    private static void Add(Dictionary<string, string> tags, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            tags[key] = value;
        }
    }
}
