using Cake.Core.Tooling;

namespace Orchestration.Tools.DotNet.Test;

/// <summary>Settings for <c>dotnet test PROJECT [--nologo] [--logger LOGGER]... [--filter EXPRESSION]</c>, named as in Cake's DotNetTestSettings.</summary>
internal sealed class DotNetTestSettings : ToolSettings
{
    /// <summary>No Microsoft banner (<c>--nologo</c>).</summary>
    public bool NoLogo { get; set; }

    /// <summary>Loggers for the results (<c>--logger</c>), e.g. <c>trx;LogFileName=FILE</c>.</summary>
    public IList<string> Loggers { get; } = [];

    /// <summary>Only the tests matching this expression (<c>--filter</c>).</summary>
    public string? Filter { get; set; }
}
