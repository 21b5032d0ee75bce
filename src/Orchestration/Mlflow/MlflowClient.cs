using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cake.Core.Diagnostics;

namespace Orchestration.Mlflow;

/// <summary>
/// MLflow's REST API 2.0, as much of it as the pipeline uses: experiments, runs, the artifact proxy,
/// registered models, model versions and aliases (one partial file per group). Every request goes
/// through <see cref="MlflowTransport"/>: timeouts, retries, messages that name the server.
/// </summary>
internal sealed partial class MlflowClient : IDisposable
{
    private const string Api = "api/2.0/mlflow/";
    private readonly MlflowTransport transport;

    public MlflowClient(MlflowConnection connection, ICakeLog log, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(log);
        Connection = connection;
        transport = new MlflowTransport(connection, log, handler);
    }

    public MlflowConnection Connection { get; }

    public void Dispose() => transport.Dispose();

    private static string Query(params (string Name, string Value)[] parameters) =>
        string.Join('&', parameters.Select(p => Uri.EscapeDataString(p.Name) + "=" + Uri.EscapeDataString(p.Value)));

    private static JsonArray KeyValues(IEnumerable<KeyValuePair<string, string>> pairs) =>
        [.. pairs.Select(pair => (JsonNode)new JsonObject { ["key"] = pair.Key, ["value"] = pair.Value })];

    private static Dictionary<string, string> ReadKeyValues(JsonNode? array) =>
        (array as JsonArray ?? []).OfType<JsonObject>()
            .ToDictionary(item => (string)item["key"]!, item => (string?)item["value"] ?? string.Empty, StringComparer.Ordinal);

    private async Task<JsonObject> PostAsync(string endpoint, JsonObject body, CancellationToken cancellationToken) =>
        (await SendJsonAsync(HttpMethod.Post, endpoint, body, notFoundIsNull: false, cancellationToken).ConfigureAwait(false))!;

    private async Task<JsonObject?> GetAsync(string endpointAndQuery, CancellationToken cancellationToken) =>
        await SendJsonAsync(HttpMethod.Get, endpointAndQuery, body: null, notFoundIsNull: true, cancellationToken).ConfigureAwait(false);

    /// <summary>The answer's JSON object; null for "does not exist" when <paramref name="notFoundIsNull"/>.</summary>
    private async Task<JsonObject?> SendJsonAsync(HttpMethod method, string endpoint, JsonObject? body, bool notFoundIsNull, CancellationToken cancellationToken)
    {
        var (status, text) = await transport.SendAsync(
            method,
            new Uri(Connection.TrackingUri, Api + endpoint),
            () => body is null ? null : new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
            (code, answer) => notFoundIsNull && IsNotFound(code, answer),
            cancellationToken).ConfigureAwait(false);
        if (notFoundIsNull && IsNotFound(status, text))
        {
            return null;
        }

        return string.IsNullOrWhiteSpace(text) ? [] : JsonNode.Parse(text) as JsonObject ?? [];
    }

    /// <summary>
    /// MLflow answers 404 RESOURCE_DOES_NOT_EXIST for most missing things, but 400 INVALID_PARAMETER_VALUE
    /// "... not found." for a missing alias.
    /// </summary>
    private static bool IsNotFound(HttpStatusCode status, string body)
    {
        if (status == HttpStatusCode.NotFound)
        {
            return true;
        }

        if (status != HttpStatusCode.BadRequest)
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("message", out var message) &&
                   message.GetString() is { } text && text.EndsWith("not found.", StringComparison.Ordinal);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
