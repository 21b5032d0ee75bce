using System.Globalization;
using System.Text;
using Orchestration.Pipeline;

namespace Orchestration.Configuration;

/// <summary>
/// The text of a build.properties file, refused rather than guessed at: invalid UTF-8 (which would silently
/// become U+FFFD) is reported with its line, and a file with classic Mac line endings (CR only, which would
/// read as one line) is named as such.
/// </summary>
internal static class PropertiesText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(string display, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var line = 1;
        var start = 0;
        for (var index = 0; index <= bytes.Length; index++)
        {
            if (index < bytes.Length && bytes[index] != (byte)'\n')
            {
                continue;
            }

            try
            {
                Strict.GetString(bytes, start, index - start);
            }
            catch (DecoderFallbackException invalid)
            {
                var bad = invalid.BytesUnknown is { Length: > 0 } unknown ? string.Create(CultureInfo.InvariantCulture, $" (byte 0x{unknown[0]:X2})") : string.Empty;
                throw ConfigurationError.Create($"{display}:{line}: is not valid UTF-8{bad}. Save the file as UTF-8.");
            }

            line++;
            start = index + 1;
        }

        var text = Strict.GetString(bytes);
        return text.Contains('\r', StringComparison.Ordinal) && !text.Contains('\n', StringComparison.Ordinal)
            ? throw ConfigurationError.Create(
                $"{display} has classic Mac line endings (CR only), so it reads as one line. Save it with LF (Unix) or CRLF line endings.")
            : text;
    }
}
