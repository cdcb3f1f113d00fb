namespace BlazorShop.Infrastructure.Data;

/// <summary>Which database the store runs on (section <c>Database</c>); the connection strings are
/// <c>ConnectionStrings:Shop</c> (PostgreSQL) and <c>ConnectionStrings:Sqlite</c> (optional override).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
