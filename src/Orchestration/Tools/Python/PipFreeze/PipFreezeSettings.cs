namespace Orchestration.Tools.Python.PipFreeze;

/// <summary>Settings for <c>python -m pip freeze</c>: the installed packages as <c>name==version</c> lines.</summary>
internal sealed class PipFreezeSettings : PythonSettings
{
}
