namespace Cake.Frosting.Internal;

internal static class HostExitCodes
{
    public const int Success = 0;
    public const int TaskFailed = 1;
    public const int Usage = 2;
}
