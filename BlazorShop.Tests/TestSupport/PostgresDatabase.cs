using Npgsql;

namespace BlazorShop.Tests.TestSupport;

/// <summary>A fresh, empty PostgreSQL database on the test server, dropped on dispose.</summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly string _server;
    public string Name { get; } = "bs_test_" + Guid.NewGuid().ToString("N")[..12];
    public string ConnectionString { get; }

    private PostgresDatabase(string server)
    {
        _server = server;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = Name, Pooling = true }.ConnectionString;
    }

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var db = new PostgresDatabase(TestServices.Require(TestServices.Postgres, "BLAZORSHOP_TEST_POSTGRES"));
        await db.ExecuteOnServerAsync($"CREATE DATABASE \"{db.Name}\" ENCODING 'UTF8' TEMPLATE template0");
        return db;
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }
}
