using Cake.Common.Diagnostics;
using Cake.Frosting;
using Orchestration.Checkout;

namespace Build.Tasks;

[TaskName("Checkout")]
[TaskDescription("Checks the model project out at --ref (a fresh clone under .work/checkout) and records the commit.")]
public sealed class CheckoutTask : FrostingTask<BuildContext>
{
    /// <summary>Not when a published version is deployed (--deploy): nothing is built from the repository.</summary>
    public override bool ShouldRun(BuildContext context) => !context.Deploying;

    public override void Run(BuildContext context)
    {
        // A new run starts here, with an id of its own: no record of an earlier run may be picked up by a later stage.
        context.Records.StartRun();

        var request = CheckoutOptions.Bind(context.Options);
        var variables = CheckoutEnvironment.CiVariables
            .Select(name => (Name: name, Value: context.Options.Variable(name)))
            .Where(variable => !string.IsNullOrEmpty(variable.Value))
            .ToDictionary(variable => variable.Name, variable => variable.Value!);
        var environment = new CheckoutEnvironment(context.Paths.Root, Path.Combine(context.Paths.Work, "checkout"), variables);

        var record = new CheckoutService(context, environment).Run(request, context.Cancellation);
        context.Checkout.Set(record);

        context.Information("Repository: {0}", record.Repository);
        context.Information("Ref:        {0}", record.Ref);
        context.Information("Commit:     {0}", record.Commit);
        context.Information("Dirty:      {0}", record.IsDirty ? "yes (uncommitted changes are built)" : "no");
        context.Information("Source:     {0}", record.SourceDirectory);
        context.Information("Project:    {0}", record.ProjectPath);
    }
}
