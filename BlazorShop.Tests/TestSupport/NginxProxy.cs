using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BlazorShop.Tests.TestSupport;

/// <summary>
/// Debian's nginx on a free loopback port, running the repository's deploy/nginx template (the one
/// docker-compose uses) in front of the given app instances. Stopped and its files removed on dispose.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _prefix;
    public Uri Address { get; }
    public string ErrorLog => Path.Combine(_prefix, "error.log");

    private NginxProxy(Process process, string prefix, Uri address) => (_process, _prefix, Address) = (process, prefix, address);

    public static string TemplatePath
    {
        get
        {
            var root = AppContext.BaseDirectory;
            while (!File.Exists(Path.Combine(root, "BlazorShop.sln"))) root = Path.GetDirectoryName(root) ?? throw new DirectoryNotFoundException("repo root");
            return Path.Combine(root, "deploy", "nginx", "templates", "default.conf.template");
        }
    }

    /// <summary>Writes nginx.conf (the template, substituted as the nginx image would) into a fresh prefix directory.</summary>
    public static (string Prefix, string Config) Render(int port, Uri upstream1, Uri upstream2)
    {
        var prefix = Path.Combine(Path.GetTempPath(), "blazorshop-nginx-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(prefix);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(prefix, (UnixFileMode)0b111_101_101); // nginx workers run as "nobody" when started by root
        var site = File.ReadAllText(TemplatePath)
            .Replace("${SHOP_UPSTREAM_1}", $"{upstream1.Host}:{upstream1.Port}")
            .Replace("${SHOP_UPSTREAM_2}", $"{upstream2.Host}:{upstream2.Port}")
            .Replace("${NGINX_PORT}", $"127.0.0.1:{port}");
        Assert.DoesNotMatch(@"\$\{[A-Z_0-9]+\}", site);
        File.WriteAllText(Path.Combine(prefix, "default.conf"), site);
        var config = Path.Combine(prefix, "nginx.conf");
        File.WriteAllText(config, $$"""
            worker_processes 1;
            daemon off;
            error_log {{prefix}}/error.log warn;
            pid {{prefix}}/nginx.pid;
            events { worker_connections 256; }
            http {
                access_log {{prefix}}/access.log;
                client_body_temp_path {{prefix}}/body;
                proxy_temp_path {{prefix}}/proxy;
                fastcgi_temp_path {{prefix}}/fastcgi;
                uwsgi_temp_path {{prefix}}/uwsgi;
                scgi_temp_path {{prefix}}/scgi;
                include {{prefix}}/default.conf;
            }
            """);
        return (prefix, config);
    }

    /// <summary>nginx -t on the rendered configuration: (exit code, output).</summary>
    public static async Task<(int ExitCode, string Output)> TestConfigAsync(string prefix, string config)
    {
        var start = new ProcessStartInfo(TestServices.Require(TestServices.Nginx, "BLAZORSHOP_TEST_NGINX"), ["-t", "-p", prefix, "-c", config])
        { RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardError.ReadToEndAsync() + await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }

    public static async Task<NginxProxy> StartAsync(Uri upstream1, Uri upstream2)
    {
        var port = FreePort();
        var (prefix, config) = Render(port, upstream1, upstream2);
        var (code, output) = await TestConfigAsync(prefix, config);
        if (code != 0) throw new InvalidOperationException("nginx -t failed: " + output);
        var process = Process.Start(new ProcessStartInfo(TestServices.Nginx!, ["-p", prefix, "-c", config])
        { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var proxy = new NginxProxy(process, prefix, new Uri($"http://127.0.0.1:{port}/"));
        for (var i = 0; i < 100; i++)
        {
            if (process.HasExited) throw new InvalidOperationException("nginx exited: " + await process.StandardError.ReadToEndAsync());
            try
            {
                using var socket = new TcpClient();
                await socket.ConnectAsync(IPAddress.Loopback, port);
                return proxy;
            }
            catch (SocketException) { await Task.Delay(50); }
        }
        await proxy.DisposeAsync();
        throw new TimeoutException("nginx did not start listening");
    }

    public string AccessLog() => File.Exists(Path.Combine(_prefix, "access.log")) ? File.ReadAllText(Path.Combine(_prefix, "access.log")) : "";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try { Directory.Delete(_prefix, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
