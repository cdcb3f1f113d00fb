using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BlazorShop.Benchmarks;

/// <summary>
/// The published store as its own process (Production, embedded defaults, a scratch data folder), so its memory
/// and CPU are measured apart from the load generator. Counts the SQL commands it logs.
/// </summary>
public sealed class ShopProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _data;
    private int _sqlCommands;

    public Uri Address { get; }
    public int Pid => _process.Id;
    public int SqlCommands => Volatile.Read(ref _sqlCommands);
    public void ResetSqlCommands() => Interlocked.Exchange(ref _sqlCommands, 0);

    private ShopProcess(Process process, string data, Uri address) => (_process, _data, Address) = (process, data, address);

    public static async Task<ShopProcess> StartAsync(string appDll, string assets, Dictionary<string, string> settings)
    {
        var port = FreePort();
        var data = Directory.CreateTempSubdirectory("bs-bench-").FullName;
        var info = new ProcessStartInfo("dotnet", [appDll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(appDll)!,
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DataDirectory"] = data;
        info.Environment["Seed__AssetsPath"] = assets;
        info.Environment["Seed__AdminPassword"] = "Bench-" + Guid.NewGuid().ToString("N")[..10];
        info.Environment["Seed__ShopperPassword"] = "Bench-" + Guid.NewGuid().ToString("N")[..10];
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Diagnostics__Memory"] = "true";
        // One log line per SQL command, counted below (the log is otherwise quiet).
        info.Environment["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command"] = "Information";
        foreach (var (key, value) in settings) info.Environment[key] = value;
        var process = Process.Start(info)!;
        var shop = new ShopProcess(process, data, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => { if (e.Data?.Contains("Executed DbCommand") == true) Interlocked.Increment(ref shop._sqlCommands); };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = shop.Address, Timeout = TimeSpan.FromSeconds(5) };
        for (var i = 0; i < 600; i++)
        {
            if (process.HasExited) throw new InvalidOperationException($"the store exited with {process.ExitCode}");
            try { if ((await http.GetAsync("/health/live")).StatusCode == HttpStatusCode.OK) return shop; }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException("the store did not start within 60 s");
    }

    /// <summary>The live managed heap after a full collection, in KB (the store's loopback-only diagnostics endpoint).</summary>
    public async Task<long> ManagedKbAsync()
    {
        using var http = new HttpClient { BaseAddress = Address };
        var json = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("/diagnostics/memory"));
        return json.RootElement.GetProperty("managedBytes").GetInt64() / 1024;
    }

    /// <summary>Resident memory of the store process, in KB (VmRSS).</summary>
    public long ResidentKb()
    {
        foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
            if (line.StartsWith("VmRSS:")) return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        return 0;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private bool _disposed;

    /// <summary>Stops the store (safe to call more than once).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
