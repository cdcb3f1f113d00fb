using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BlazorShop.Infrastructure.Data;

/// <summary>Recognises database errors the same way on both providers.</summary>
public static class DbErrors
{
    /// <summary>A unique or primary key constraint refused the row (PostgreSQL 23505, SQLite constraint 1555/2067).</summary>
    public static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException lite => lite.SqliteErrorCode == 19 && lite.SqliteExtendedErrorCode is 1555 or 2067,
        _ => false,
    };
}
