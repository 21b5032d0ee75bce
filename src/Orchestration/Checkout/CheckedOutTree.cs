namespace Orchestration.Checkout;

/// <summary>A folder holding the wanted revision: a fresh clone, or the working tree used as it is.</summary>
internal sealed record CheckedOutTree(string Directory, string Commit, bool IsDirty);
