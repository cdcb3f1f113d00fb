namespace BlazorShop.Infrastructure.Data;

public enum DatabaseProvider { Sqlite, Postgres }
