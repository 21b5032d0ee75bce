namespace Orchestration.Fingerprint;

/// <summary>Which part of the inputs a difference is in.</summary>
internal enum InputKind
{
    /// <summary>A file of the project tree (notebook, data, environment spec, helper module...).</summary>
    File,

    /// <summary>A configuration setting (versions, notebook, parameters...).</summary>
    Configuration,

    /// <summary>The Python environment (interpreter version, packages).</summary>
    Environment,

    /// <summary>The notebook runner (its script, its Jupyter packages).</summary>
    Runner,
}
