using Orchestration.Pipeline;

namespace Orchestration.Checkout;

/// <summary>The Checkout stage's options.</summary>
public static class CheckoutOptions
{
    public static readonly Option<string?> Repository = Option.Text(
        "repository", "MODEL_REPOSITORY", null, "git URL or local path", defaultText: "this repository");

    public static readonly Option<string?> Ref = Option.Text("ref", "MODEL_REF", CheckoutRequest.DefaultRef, "branch, tag or commit");

    public static readonly Option<string?> ProjectDirectory = Option.Text(
        "project-dir", "MODEL_PROJECT_DIR", CheckoutRequest.DefaultProjectDirectory, "the model project's folder (. = root)");

    public static readonly Option<bool> AllowDirty = Option.Flag("allow-dirty", null, false, "build uncommitted changes as they are (marked dirty)");

    public static CheckoutRequest Bind(OptionValues options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new CheckoutRequest
        {
            Repository = options.Get(Repository),
            Ref = options.Get(Ref)!,
            ProjectDirectory = options.Get(ProjectDirectory)!,
            AllowDirty = options.Get(AllowDirty),
        };
    }
}
