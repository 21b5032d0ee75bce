namespace Orchestration.Pipeline;

/// <summary>What of an option's value must never be shown.</summary>
public enum OptionSecrecy
{
    /// <summary>Nothing: the value is printed as it is.</summary>
    None,

    /// <summary>The whole value (an API key, a password). Such options are read from the environment only.</summary>
    Value,

    /// <summary>The password of a URL that carries one (<c>https://user:token@host/</c>).</summary>
    UrlPassword,
}
