using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BlazorShop.Infrastructure.Data;

sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresShopDbContext>
{
    public PostgresShopDbContext CreateDbContext(string[] args)
    {
        var o = new DbContextOptionsBuilder<PostgresShopDbContext>();
        DatabaseSetup.ConfigurePostgres(o, "Host=localhost;Database=design_time");
        return new PostgresShopDbContext(o.Options);
    }
}
