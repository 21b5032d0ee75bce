using System.Net;

namespace Orchestration.Tests.Fakes;

/// <summary>An HTTP handler that answers from a script, in order, and records every request (method, URL, authorization, body).</summary>
public sealed class ScriptedMlflowServer : HttpMessageHandler
{
    private readonly Queue<(HttpStatusCode Status, string Body)> answers = new();

    public List<(string Method, string Url, string? Authorization, string? Body)> Requests { get; } = [];

    public void Answer(HttpStatusCode status, string body) => answers.Enqueue((status, body));

    public void Answer(string json) => Answer(HttpStatusCode.OK, json);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        Requests.Add((request.Method.Method, request.RequestUri!.AbsoluteUri, request.Headers.Authorization?.ToString(), body));
        if (answers.Count == 0)
        {
            throw new InvalidOperationException($"The script has no answer for {request.Method} {request.RequestUri}.");
        }

        var (status, text) = answers.Dequeue();
        return new HttpResponseMessage(status) { Content = new StringContent(text), RequestMessage = request };
    }
}
