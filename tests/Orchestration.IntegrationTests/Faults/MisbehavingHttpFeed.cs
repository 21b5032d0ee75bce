using System.Collections.Concurrent;
using System.Net;
using Orchestration.IntegrationTests.Support;

namespace Orchestration.IntegrationTests.Faults;

/// <summary>An HTTP server on 127.0.0.1 that counts requests and either never answers them or answers 500.</summary>
public sealed class MisbehavingHttpFeed : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentQueue<string> requests = new();
    private readonly ConcurrentBag<HttpListenerContext> held = [];
    private readonly bool hang;
    private readonly Task serving;

    private MisbehavingHttpFeed(bool hang)
    {
        this.hang = hang;
        BaseUrl = $"http://127.0.0.1:{LoopbackPort.Free()}/";
        listener.Prefixes.Add(BaseUrl);
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    /// <summary>Every request received, as "METHOD /path".</summary>
    public IReadOnlyList<string> Requests => [.. requests];

    /// <summary>Accepts every connection and request, and never answers.</summary>
    public static MisbehavingHttpFeed Hanging() => new(hang: true);

    /// <summary>Answers every request with 500 Internal Server Error.</summary>
    public static MisbehavingHttpFeed Failing() => new(hang: false);

    public void Dispose()
    {
        foreach (var context in held)
        {
            context.Response.Abort();
        }

        listener.Close();
        try
        {
            serving.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was closed under a pending accept.
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            requests.Enqueue($"{context.Request.HttpMethod} {context.Request.Url!.AbsolutePath}");
            if (hang)
            {
                held.Add(context);
                continue;
            }

            context.Response.StatusCode = 500;
            context.Response.Close();
        }
    }
}
