using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Orchestration.IntegrationTests.Faults.Support;

/// <summary>
/// A Maven repository over HTTP on 127.0.0.1 that keeps what is PUT in memory (GET, PUT with
/// <c>If-None-Match: *</c>, DELETE), except the upload of a package (<c>.zip</c>): of that it reads the first
/// megabyte and then stops reading, so the client stays in the middle of the upload for as long as the test needs.
/// </summary>
internal sealed class StallingMavenRepository : IDisposable
{
    private const int ReadBeforeStalling = 1 << 20;

    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentDictionary<string, byte[]> files = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> requests = new();
    private readonly TaskCompletionSource stalled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource stopping = new();
    private readonly List<TcpClient> connections = [];

    public StallingMavenRepository()
    {
        listener.Start();
        _ = AcceptAsync();
    }

    public Uri Url => new($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/releases/");

    /// <summary>The paths it holds now.</summary>
    public IReadOnlyList<string> Files => [.. files.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Every request it was sent ("PUT /releases/...").</summary>
    public IReadOnlyList<string> Requests => [.. requests];

    /// <summary>Completes once a package upload has sent its first megabyte and is held there.</summary>
    public Task UploadStalled => stalled.Task;

    public void Dispose()
    {
        stopping.Cancel();
        listener.Stop();
        lock (connections)
        {
            foreach (var connection in connections)
            {
                connection.Dispose();
            }
        }
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var connection = await listener.AcceptTcpClientAsync(stopping.Token);
                lock (connections)
                {
                    connections.Add(connection);
                }

                _ = ServeAsync(connection);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or SocketException)
        {
        }
    }

    private async Task ServeAsync(TcpClient connection)
    {
        try
        {
            var stream = connection.GetStream();
            var reader = new HttpReader(stream);
            while (await reader.ReadHeadAsync(stopping.Token) is { } head)
            {
                requests.Enqueue($"{head.Method} {head.Path}");
                if (head.Method == "PUT" && head.Path.EndsWith(".zip", StringComparison.Ordinal))
                {
                    await reader.ReadBodyAsync(Math.Min(head.ContentLength, ReadBeforeStalling), stopping.Token);
                    stalled.TrySetResult();
                    await Task.Delay(Timeout.Infinite, stopping.Token);
                }

                var body = await reader.ReadBodyAsync(head.ContentLength, stopping.Token);
                var (status, content) = Answer(head, body);
                var response = Encoding.ASCII.GetBytes(string.Create(
                    CultureInfo.InvariantCulture, $"HTTP/1.1 {status} {(HttpStatusCode)status}\r\nContent-Length: {content.Length}\r\n\r\n"));
                await stream.WriteAsync(response, stopping.Token);
                if (head.Method != "HEAD")
                {
                    await stream.WriteAsync(content, stopping.Token);
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or IOException or SocketException)
        {
            // The client went away (or the server is stopping).
        }
    }

    private (int Status, byte[] Content) Answer(RequestHead head, byte[] body)
    {
        switch (head.Method)
        {
            case "GET" or "HEAD":
                return files.TryGetValue(head.Path, out var stored) ? (200, stored) : (404, []);
            case "PUT" when head.IfNoneMatchAny:
                return files.TryAdd(head.Path, body) ? (201, []) : (412, []);
            case "PUT":
                files[head.Path] = body;
                return (201, []);
            case "DELETE":
                return files.TryRemove(head.Path, out _) ? (204, []) : (404, []);
            default:
                return (405, []);
        }
    }

    private sealed record RequestHead(string Method, string Path, long ContentLength, bool IfNoneMatchAny);

    /// <summary>Reads HTTP/1.1 requests (heads with Content-Length bodies) from one connection.</summary>
    private sealed class HttpReader(NetworkStream stream)
    {
        private readonly byte[] buffer = new byte[64 * 1024];
        private int start;
        private int end;

        public async Task<RequestHead?> ReadHeadAsync(CancellationToken cancellationToken)
        {
            var lines = new List<string>();
            while (true)
            {
                var line = await ReadLineAsync(cancellationToken);
                if (line is null)
                {
                    return null;
                }

                if (line.Length == 0)
                {
                    break;
                }

                lines.Add(line);
            }

            var first = lines[0].Split(' ');
            var headers = lines.Skip(1)
                .Select(header => header.Split(':', 2))
                .ToDictionary(pair => pair[0].Trim(), pair => pair[1].Trim(), StringComparer.OrdinalIgnoreCase);
            var length = headers.TryGetValue("Content-Length", out var text) ? long.Parse(text, CultureInfo.InvariantCulture) : 0;
            return new RequestHead(first[0], Uri.UnescapeDataString(first[1]), length, headers.TryGetValue("If-None-Match", out var match) && match == "*");
        }

        public async Task<byte[]> ReadBodyAsync(long length, CancellationToken cancellationToken)
        {
            using var body = new MemoryStream();
            while (body.Length < length)
            {
                if (start == end && !await FillAsync(cancellationToken))
                {
                    throw new IOException("The client closed the connection in the middle of a body.");
                }

                var take = (int)Math.Min(end - start, length - body.Length);
                body.Write(buffer, start, take);
                start += take;
            }

            return body.ToArray();
        }

        private async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            var line = new List<byte>();
            while (true)
            {
                if (start == end && !await FillAsync(cancellationToken))
                {
                    return null;
                }

                var next = buffer[start++];
                if (next == '\n')
                {
                    return Encoding.ASCII.GetString([.. line]).TrimEnd('\r');
                }

                line.Add(next);
            }
        }

        private async Task<bool> FillAsync(CancellationToken cancellationToken)
        {
            start = 0;
            end = await stream.ReadAsync(buffer, cancellationToken);
            return end > 0;
        }
    }
}
