using System.Net;
using System.Net.Sockets;
using Cake.Core;
using Cake.Core.IO;
using Orchestration.IntegrationTests.Support;
using Orchestration.Tooling;

namespace Orchestration.IntegrationTests.Publishing;

/// <summary>
/// nginx on 127.0.0.1 as a Maven repository (WebDAV PUT, like a Nexus maven2 hosted repository),
/// started for a test class and stopped after it. Locations: <c>releases/</c> open, <c>secured/</c>
/// with basic authentication, <c>flaky/</c> answering 503 while a flag file exists, <c>broken/</c> always 503.
/// </summary>
public sealed class NginxRepository : IDisposable
{
    public const string Username = "deployer";
    public const string Password = "s3cret-deploy-password";
    private const string Nginx = "/usr/sbin/nginx";

    private readonly TemporaryDirectory folder = new("orchestration-nginx");
    private readonly IProcess process;

    public NginxRepository()
    {
        if (!File.Exists(Nginx))
        {
            throw new InvalidOperationException($"{Nginx} is missing: apt-get install -y nginx (./build.sh --target=Test installs it).");
        }

        Port = LoopbackPort.Free();
        foreach (var temporary in new[] { "body", "proxy", "fastcgi", "uwsgi", "scgi", "repository" })
        {
            Directory.CreateDirectory(folder.Combine("tmp", temporary));
        }

        folder.Write("htpasswd", $"{Username}:{{PLAIN}}{Password}\n");
        folder.Write("nginx.conf", Configuration());
        process = new ProcessTreeRunner().Start(
            new FilePath(Nginx),
            new ProcessSettings
            {
                Arguments = new ProcessArgumentBuilder().Append("-c").AppendQuoted(folder.Combine("nginx.conf")).Append("-p").AppendQuoted(folder.Path).Append("-e").AppendQuoted(folder.Combine("error.log")),
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
        WaitUntilListening();
    }

    public int Port { get; }

    public string FlakyFlag => folder.Combine("flaky.flag");

    /// <summary>A repository URL under a location, unique per call so tests do not see each other's files.</summary>
    public string NewRepository(string location) => $"http://127.0.0.1:{Port}/{location}/{Guid.NewGuid():N}/";

    /// <summary>The requests nginx answered, as "METHOD /path STATUS".</summary>
    public IReadOnlyList<string> Requests(string repositoryUrl)
    {
        var path = new Uri(repositoryUrl).AbsolutePath;
        return [.. File.ReadAllLines(folder.Combine("access.log")).Select(line => line.Split(' ')).Where(parts => parts[1].StartsWith(path, StringComparison.Ordinal)).Select(parts => string.Join(' ', parts))];
    }

    public void Dispose()
    {
        process.Kill();
        process.Dispose();
        folder.Dispose();
    }

    private string Configuration()
    {
        var dav = "dav_methods PUT DELETE MKCOL; create_full_put_path on; dav_access user:rw group:r all:r;";
        return $$"""
            daemon off;
            user root;
            worker_processes 1;
            pid {{folder.Combine("nginx.pid")}};
            error_log {{folder.Combine("error.log")}} warn;
            events { worker_connections 64; }
            http {
                log_format requests '$request_method $uri $status';
                access_log {{folder.Combine("access.log")}} requests;
                client_body_temp_path {{folder.Combine("tmp", "body")}};
                proxy_temp_path {{folder.Combine("tmp", "proxy")}};
                fastcgi_temp_path {{folder.Combine("tmp", "fastcgi")}};
                uwsgi_temp_path {{folder.Combine("tmp", "uwsgi")}};
                scgi_temp_path {{folder.Combine("tmp", "scgi")}};
                client_max_body_size 0;
                server {
                    listen 127.0.0.1:{{Port}};
                    root {{folder.Combine("tmp", "repository")}};
                    location /releases/ { {{dav}} }
                    location /secured/ { auth_basic "Maven"; auth_basic_user_file {{folder.Combine("htpasswd")}}; {{dav}} }
                    location /flaky/ { if (-f {{FlakyFlag}}) { return 503; } {{dav}} }
                    location /broken/ { return 503; }
                }
            }
            """;
    }

    private void WaitUntilListening()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                if (process.WaitForExit(50))
                {
                    throw new InvalidOperationException($"nginx exited with code {process.GetExitCode()}: {string.Join('\n', process.GetStandardError())} {ReadErrorLog()}");
                }
            }
        }

        throw new InvalidOperationException($"nginx did not listen on 127.0.0.1:{Port} within 10 s. {ReadErrorLog()}");
    }

    private string ReadErrorLog() => File.Exists(folder.Combine("error.log")) ? File.ReadAllText(folder.Combine("error.log")) : string.Empty;
}
