using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorShop.Infrastructure.Data.Migrations.Sqlite
{
    /// <summary>
    /// SQLite only, hand-written: the SkuBrand migration rebuilds the Skus table to add a foreign key, and a
    /// rebuild drops the table's triggers, so the search index's triggers are created again here and the index
    /// is rebuilt from the table. (No model change: the snapshot is unchanged.)
    /// </summary>
    [DbContext(typeof(SqliteShopDbContext))]
    [Migration("20261121124500_RestoreSearchTriggers")]
    public partial class RestoreSearchTriggers : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in SqliteSearchSql.CreateTriggers) migrationBuilder.Sql(trigger);
            migrationBuilder.Sql(SqliteSearchSql.Rebuild);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
