using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Security;
using BlazorShop.Infrastructure.Seeding;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace BlazorShop.Infrastructure.Hosting;

/// <summary>
/// Start-up with a clear answer: configuration checks, the data directory (0700), the database (migrations, demo
/// data), the Data Protection certificate. Whatever fails — a read-only or full disk, an unreachable PostgreSQL,
/// S3 or Redis — ends in ONE critical log line naming what failed and where (never a password), and exit code 1,
/// not an unhandled exception (SIGABRT, 134) that a restart policy turns into a crash loop.
/// </summary>
public static class ShopStartup
{
    /// <returns>false when the app must not start (the reason is logged).</returns>
    public static async Task<bool> InitializeShopAsync(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("BlazorShop.Startup");
        var config = app.Configuration;
        var dataDirectory = DataDirectory.Resolve(config, app.Environment);
        var step = StartupStep.Configuration;
        try
        {
            if (StartupFailure.ConfigurationProblem(config) is { } problem)
                throw new StartupConfigurationException(problem);
            app.Services.GetService<IStartupValidator>()?.Validate();

            step = StartupStep.DataDirectory;
            PrivateFiles.EnsureDirectory(dataDirectory);
            if (DatabaseSetup.GetProvider(config) == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(config.GetConnectionString("Sqlite")))
            {
                // Created empty and 0600 before SQLite opens it (SQLite gives its -wal/-shm files the same mode).
                var db = Path.Combine(dataDirectory, "blazorshop.db");
                if (!File.Exists(db)) await using (PrivateFiles.Create(db)) { }
                foreach (var f in new[] { db, db + "-wal", db + "-shm", db + "-journal" }) PrivateFiles.Restrict(f);
            }

            step = StartupStep.KeyRing;
            var certificate = app.Services.GetRequiredService<DataProtectionCertificate>();
            if (certificate.Generated)
                logger.LogWarning("Generated the Data Protection key-encryption certificate {Path}: back it up with the database; " +
                    "every instance sharing the database needs this same file (DataProtection:CertificatePath)", certificate.Path);
            _ = app.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value;

            step = StartupStep.Database;
            await app.Services.GetRequiredService<ShopDataInitializer>().InitializeAsync();
            return true;
        }
        catch (Exception e)
        {
            var failure = StartupFailure.Describe(e, step, config, dataDirectory);
            logger.LogCritical("Start-up failed: {What} at {Where}: {Reason}. Exiting with code 1.", failure.What, failure.Where, failure.Reason);
            // The console logger writes from a background queue: disposing the app flushes it before the exit.
            await app.DisposeAsync();
            return false;
        }
    }

    /// <summary>Runs the app; a failure to start listening (port in use, bad certificate …) is one line and exit code 1.</summary>
    public static async Task<int> RunShopAsync(this WebApplication app)
    {
        var config = app.Configuration;
        var dataDirectory = DataDirectory.Resolve(config, app.Environment);
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // RunAsync has disposed the host (and its loggers) by now: this one line goes straight to stderr.
            var failure = StartupFailure.Describe(e, StartupStep.Listening, config, dataDirectory);
            await Console.Error.WriteLineAsync($"crit: BlazorShop.Startup: Start-up failed: {failure.What} at {failure.Where}: {failure.Reason}. Exiting with code 1.");
            return 1;
        }
    }
}
