using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BlazorShop.Infrastructure.Data;

// Used only by `dotnet ef migrations add` (see scripts/add-migration.sh); never at run time.
sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteShopDbContext>
{
    public SqliteShopDbContext CreateDbContext(string[] args)
    {
        var o = new DbContextOptionsBuilder<SqliteShopDbContext>();
        DatabaseSetup.ConfigureSqlite(o, "Data Source=design-time.db");
        return new SqliteShopDbContext(o.Options);
    }
}
