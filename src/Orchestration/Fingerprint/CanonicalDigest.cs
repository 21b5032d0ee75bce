using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Orchestration.Pipeline;

namespace Orchestration.Fingerprint;

/// <summary>
/// The SHA-256 of a value written as compact JSON: every part of the inputs fingerprint is hashed
/// this way, so the same content gives the same digest on every machine and in every run.
/// </summary>
internal static class CanonicalDigest
{
    private static readonly JsonSerializerOptions Compact = new(JsonSerializerDefaults.General) { WriteIndented = false };

    public static string Of<T>(T value) => Sha256.Hex(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(value, Compact)));

    public static string Of(string text) => Sha256.Hex(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
