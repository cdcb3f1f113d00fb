namespace BlazorShop.Infrastructure.Hosting;

public static class ShopLogging
{
    /// <summary>Structured (JSON) logs outside development, so a log shipper can index them; readable ones when developing.</summary>
    public static WebApplicationBuilder AddShopLogging(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment() || builder.Configuration["Logging:Format"] == "json")
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o => { o.IncludeScopes = true; o.UseUtcTimestamp = true; o.TimestampFormat = "O"; });
        }
        return builder;
    }
}
