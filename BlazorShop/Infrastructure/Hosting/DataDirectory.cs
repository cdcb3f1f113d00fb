namespace BlazorShop.Infrastructure.Hosting;

/// <summary>Where the embedded store keeps its files (SQLite database, local blobs, keys): <c>DataDirectory</c>,
/// relative to the content root; default <c>data</c>.</summary>
public static class DataDirectory
{
    public static string Resolve(IConfiguration config, IHostEnvironment env)
    {
        var configured = config["DataDirectory"];
        var path = string.IsNullOrWhiteSpace(configured) ? "data" : configured;
        return Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(env.ContentRootPath, path));
    }
}
