using System.Net;
using System.Text;
using Orchestration.IntegrationTests.Support;

namespace Orchestration.IntegrationTests.Terraform;

/// <summary>
/// A stand-in for a deployed model on 127.0.0.1 (a free port): <c>GET /ping</c> answers 200 and
/// <c>POST /invocations</c> answers what the test says. Stopped when disposed.
/// </summary>
internal sealed class ModelServerStub : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly string invocationsAnswer;
    private readonly Task serving;

    public ModelServerStub(string invocationsAnswer = """{"predictions": [43745.95, 122070.78]}""")
    {
        this.invocationsAnswer = invocationsAnswer;
        Url = $"http://127.0.0.1:{LoopbackPort.Free()}";
        listener.Prefixes.Add(Url + "/");
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public List<string> Requests { get; } = [];

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        serving.Wait(TimeSpan.FromSeconds(5));
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
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            lock (Requests)
            {
                Requests.Add($"{context.Request.HttpMethod} {context.Request.Url!.AbsolutePath} {body}".TrimEnd());
            }

            var answer = context.Request.Url.AbsolutePath == "/invocations" ? invocationsAnswer : """{"status": "ok"}""";
            var bytes = Encoding.UTF8.GetBytes(answer);
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}
