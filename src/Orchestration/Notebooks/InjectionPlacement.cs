namespace Orchestration.Notebooks;

/// <summary>Where <see cref="ParameterInjector"/> put the parameters.</summary>
internal enum InjectionPlacement
{
    AfterParametersCell,
    ReplacedEarlierInjection,

    /// <summary>The notebook has no cell tagged <c>parameters</c>: its defaults may override the injected values.</summary>
    AtTopWithoutParametersCell,

    /// <summary>There were no parameters, so no cell was injected.</summary>
    NothingToInject,
}
