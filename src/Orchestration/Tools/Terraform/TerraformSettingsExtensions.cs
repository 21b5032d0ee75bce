namespace Orchestration.Tools.Terraform;

internal static class TerraformSettingsExtensions
{
    /// <summary>Plain text whatever the console: for files (plan.txt) rather than the log.</summary>
    public static T WithNoColor<T>(this T settings)
        where T : TerraformSettings
    {
        settings.NoColor = true;
        return settings;
    }
}
