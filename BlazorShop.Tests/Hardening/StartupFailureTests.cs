using System.Diagnostics;
using BlazorShop.Tests.TestSupport;

namespace BlazorShop.Tests.Hardening;

/// <summary>
/// The published app as a process: a start-up failure is one critical log line naming what and where, and exit
/// code 1 — not an unhandled exception and SIGABRT (134).
/// </summary>
public class StartupFailureTests
{
    private static readonly string AppDll = Path.Combine(AppContext.BaseDirectory, "BlazorShop.dll");

    private static async Task<(int ExitCode, string Output)> RunAsync(string dataDirectory, params (string Key, string Value)[] settings)
    {
        var start = new ProcessStartInfo("dotnet", [AppDll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["DataDirectory"] = dataDirectory;
        start.Environment["Seed__AdminPassword"] = TestAccounts.AdminPassword;
        start.Environment["Seed__ShopperPassword"] = TestAccounts.ShopperPassword;
        start.Environment["Seed__AssetsPath"] = RepoAssets();
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__")] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the app did not exit: " + await stdout);
        }
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string RepoAssets()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "BlazorShop.sln"))) root = Path.GetDirectoryName(root) ?? throw new DirectoryNotFoundException("repo root");
        return Path.Combine(root, "wwwroot-assets");
    }

    private static string TempDirectory() => Path.Combine(Path.GetTempPath(), "blazorshop-tests", Guid.NewGuid().ToString("N"));

    private static void AssertOneClearLine(string output, string what, string where)
    {
        Assert.DoesNotContain("Unhandled exception", output);
        var critical = output.Split('\n').Where(l => l.Contains("\"LogLevel\":\"Critical\"")).ToList();
        Assert.True(critical.Count == 1, output);
        var line = critical[0];
        Assert.Contains($"\"What\":\"{what}\"", line);
        Assert.Contains(where, line);
        Assert.Contains("Exiting with code 1", line);
    }

    [Fact]
    public async Task A_read_only_database_is_one_line_and_exit_code_1()
    {
        var data = TempDirectory();
        try
        {
            Directory.CreateDirectory(data);
            var db = Path.Combine(data, "blazorshop.db");
            var (code, output) = await RunAsync(data, ("ConnectionStrings:Sqlite", $"Data Source={db};Mode=ReadOnly"));
            Assert.Equal(1, code);
            AssertOneClearLine(output, "SQLite database", db);
        }
        finally { Directory.Delete(data, recursive: true); }
    }

    [Fact]
    public async Task An_unusable_data_directory_is_one_line_and_exit_code_1()
    {
        var parent = TempDirectory();
        try
        {
            Directory.CreateDirectory(parent);
            var file = Path.Combine(parent, "a-file");
            File.WriteAllText(file, "not a directory");
            var data = Path.Combine(file, "data");
            var (code, output) = await RunAsync(data);
            Assert.Equal(1, code);
            Assert.DoesNotContain("Unhandled exception", output);
            Assert.Contains("Start-up failed", output);
            Assert.Contains(file, output);
        }
        finally { Directory.Delete(parent, recursive: true); }
    }

    [Fact]
    public async Task An_unreachable_PostgreSQL_is_one_line_without_the_password()
    {
        var data = TempDirectory();
        try
        {
            var (code, output) = await RunAsync(data, ("Database:Provider", "Postgres"),
                ("ConnectionStrings:Shop", "Host=127.0.0.1;Port=1;Database=shop;Username=shop;Password=hunter2-secret;Timeout=3"));
            Assert.Equal(1, code);
            AssertOneClearLine(output, "PostgreSQL", "127.0.0.1:1/shop");
            Assert.DoesNotContain("hunter2-secret", output);
        }
        finally { if (Directory.Exists(data)) Directory.Delete(data, recursive: true); }
    }

    [Fact]
    public async Task An_unreachable_S3_store_is_one_line_and_exit_code_1()
    {
        var data = TempDirectory();
        try
        {
            var (code, output) = await RunAsync(data, ("Blob:Provider", "S3"), ("Blob:S3:ServiceUrl", "http://127.0.0.1:1"),
                ("Blob:S3:AccessKey", "x"), ("Blob:S3:SecretKey", "s3-secret-value"));
            Assert.Equal(1, code);
            AssertOneClearLine(output, "S3 blob store", "http://127.0.0.1:1");
            Assert.DoesNotContain("s3-secret-value", output);
        }
        finally { if (Directory.Exists(data)) Directory.Delete(data, recursive: true); }
    }

    [Fact]
    public async Task A_port_in_use_ends_with_one_clear_line_and_exit_code_1()
    {
        var data = TempDirectory();
        using var occupied = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        occupied.Start();
        var port = ((System.Net.IPEndPoint)occupied.LocalEndpoint).Port;
        try
        {
            var (code, output) = await RunAsync(data, ("ASPNETCORE_URLS", $"http://127.0.0.1:{port}"));
            Assert.Equal(1, code);
            Assert.DoesNotContain("Unhandled exception", output);
            var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last(l => l.Contains("Start-up failed"));
            Assert.Contains($"listening at http://127.0.0.1:{port}", last);
        }
        finally { if (Directory.Exists(data)) Directory.Delete(data, recursive: true); }
    }

    public static TheoryData<string, string> BadSettings => new()
    {
        { "ReverseProxy:KnownNetworks:0", "not-a-network" },
        { "Database:Provider", "Oracle" },
        { "Database:Provider", "Postgres" }, // without ConnectionStrings:Shop
        { "Messaging:Sms:Provider", "Http" }, // without a gateway
        { "Messaging:Email:Provider", "Pop3" },
        { "Accounts:RateLimits:Login:PermitLimit", "0" },
    };

    [Theory, MemberData(nameof(BadSettings))]
    public async Task Bad_settings_are_one_line_and_exit_code_1(string key, string value)
    {
        var data = TempDirectory();
        try
        {
            var (code, output) = await RunAsync(data, (key, value));
            Assert.Equal(1, code);
            AssertOneClearLine(output, "configuration", "");
        }
        finally { if (Directory.Exists(data)) Directory.Delete(data, recursive: true); }
    }
}
