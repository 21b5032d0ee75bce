namespace Orchestration.Promotion;

/// <summary>The trained model misses the promotion gate: it is not published. Exit code 1.</summary>
internal sealed class PromotionRefusedException : Exception
{
    public PromotionRefusedException()
    {
    }

    public PromotionRefusedException(string message)
        : base(message)
    {
    }

    public PromotionRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
