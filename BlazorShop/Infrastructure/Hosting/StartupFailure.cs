using System.Net.Sockets;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Security;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BlazorShop.Infrastructure.Hosting;

/// <summary>Turns a start-up exception into "what failed, where, why" — for one log line, without secrets.</summary>
public sealed record StartupFailure(string What, string Where, string Reason)
{
    public static string? ConfigurationProblem(IConfiguration config)
    {
        // Every section is checked by its options class at start (ValidateOnStart); these two must be known before the
        // services are built, so their message is the one the operator sees.
        var provider = config["Database:Provider"];
        if (!string.IsNullOrEmpty(provider) && !Enum.TryParse<DatabaseProvider>(provider, ignoreCase: true, out _))
            return $"Database:Provider is '{provider}'; expected Sqlite or Postgres";
        if (DatabaseSetup.GetProvider(config) == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(config.GetConnectionString("Shop")))
            return "Database:Provider is Postgres but ConnectionStrings:Shop is not set";
        return null;
    }

    public static StartupFailure Describe(Exception error, StartupStep step, IConfiguration config, string dataDirectory)
    {
        var chain = Chain(error).ToList();
        var reason = ReasonOf(chain);
        if (chain.OfType<StartupConfigurationException>().FirstOrDefault() is { } c) return new("configuration", "settings", c.Message);
        if (chain.OfType<OptionsValidationException>().FirstOrDefault() is { } o)
            return new("configuration", o.OptionsName is { Length: > 0 } n ? n : o.OptionsType.Name, string.Join("; ", o.Failures));
        // A value the binder cannot convert (an unknown provider name, "abc" for a number) when options are first read.
        if (chain.OfType<InvalidOperationException>().FirstOrDefault(e => e.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal)) is { } b)
            return new("configuration", "settings", b.Message + (b.InnerException is { } inner ? " (" + inner.Message + ")" : ""));
        if (chain.Any(e => e is SqliteException))
            return new("SQLite database", SqliteFile(config, dataDirectory), reason);
        if (chain.Any(e => e is NpgsqlException or PostgresException))
            return new("PostgreSQL", PostgresLocation(config), reason);
        if (chain.Any(e => e.GetType().FullName?.StartsWith("Amazon.", StringComparison.Ordinal) == true)
            || (step == StartupStep.Database && string.Equals(config["Blob:Provider"], "S3", StringComparison.OrdinalIgnoreCase)
                && chain.Any(e => e is HttpRequestException or SocketException)))
            return new("S3 blob store", $"{config["Blob:S3:ServiceUrl"]} bucket {config["Blob:S3:Bucket"]}", reason);
        if (chain.Any(e => e.GetType().FullName?.StartsWith("StackExchange.Redis.", StringComparison.Ordinal) == true))
            return new("Redis", config.GetConnectionString("Redis") ?? "", reason);
        if (chain.Any(e => e is IOException or UnauthorizedAccessException))
            return step switch
            {
                StartupStep.KeyRing => new("Data Protection certificate", DataProtectionCertificate.PathFor(config, dataDirectory), reason),
                StartupStep.Listening => new("listening", config["urls"] ?? config["ASPNETCORE_URLS"] ?? "(default URLs)", reason),
                StartupStep.Database => new("files (data directory or blob folder)", dataDirectory, reason),
                _ => new("data directory", dataDirectory, reason),
            };
        return step switch
        {
            StartupStep.KeyRing => new("Data Protection certificate", DataProtectionCertificate.PathFor(config, dataDirectory), reason),
            StartupStep.Database => new("database and demo data", DatabaseSetup.GetProvider(config) == DatabaseProvider.Postgres ? PostgresLocation(config) : SqliteFile(config, dataDirectory), reason),
            StartupStep.Listening => new("listening", config["urls"] ?? "(default URLs)", reason),
            _ => new(step.ToString(), dataDirectory, reason),
        };
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            yield return x;
            if (x is AggregateException a)
                foreach (var inner in a.InnerExceptions.SelectMany(Chain)) yield return inner;
        }
    }

    /// <summary>The innermost message, on one line (exception texts can span several).</summary>
    private static string ReasonOf(List<Exception> chain)
    {
        var root = chain[^1];
        var text = $"{root.GetType().Name}: {root.Message}";
        return string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim().TrimEnd('.');
    }

    private static string SqliteFile(IConfiguration config, string dataDirectory)
    {
        try { return new SqliteConnectionStringBuilder(DatabaseSetup.SqliteConnectionString(config, dataDirectory)).DataSource; }
        catch (ArgumentException) { return "ConnectionStrings:Sqlite"; }
    }

    /// <summary>host:port/database — never the password.</summary>
    private static string PostgresLocation(IConfiguration config)
    {
        try
        {
            var b = new NpgsqlConnectionStringBuilder(config.GetConnectionString("Shop"));
            return $"{b.Host}:{b.Port}/{b.Database}";
        }
        catch (ArgumentException) { return "ConnectionStrings:Shop"; }
    }
}
