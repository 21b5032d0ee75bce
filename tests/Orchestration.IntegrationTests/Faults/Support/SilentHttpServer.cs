using System.Net;
using System.Net.Sockets;

namespace Orchestration.IntegrationTests.Faults.Support;

/// <summary>
/// Accepts connections on 127.0.0.1 and never answers: a git remote (or feed) that hangs, which keeps a build
/// busy in its current stage for as long as a test needs. Closing it ends every connection.
/// </summary>
internal sealed class SilentHttpServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> connections = [];
    private readonly CancellationTokenSource stopping = new();

    public SilentHttpServer()
    {
        listener.Start();
        _ = AcceptAsync();
    }

    public Uri Url => new($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");

    public int ConnectionCount
    {
        get
        {
            lock (connections)
            {
                return connections.Count;
            }
        }
    }

    /// <summary>Connections whose client has not hung up (a closed one reads as ready with no data).</summary>
    public int OpenConnectionCount
    {
        get
        {
            lock (connections)
            {
                return connections.Count(connection => !(connection.Client.Poll(0, SelectMode.SelectRead) && connection.Client.Available == 0));
            }
        }
    }

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

        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                var connection = await listener.AcceptTcpClientAsync(stopping.Token);
                lock (connections)
                {
                    connections.Add(connection);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
        catch (SocketException)
        {
        }
    }
}
