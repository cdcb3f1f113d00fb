using System.Diagnostics;

namespace BlazorShop.Tests.Hardening;

/// <summary>`dotnet publish` output carries the demo data, so publish + run gives the same shop as `dotnet run`.</summary>
public class PublishTests
{
    [Fact]
    public async Task Publish_output_contains_the_demo_catalog_and_areas()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "BlazorShop.sln"))) root = Path.GetDirectoryName(root) ?? throw new DirectoryNotFoundException("repo root");
        var output = Path.Combine(Path.GetTempPath(), "blazorshop-tests", "publish-" + Guid.NewGuid().ToString("N"));
        try
        {
            // --no-build: the app was built with the tests; publish only lays out the files.
            var start = new ProcessStartInfo("dotnet", ["publish", Path.Combine(root, "BlazorShop", "BlazorShop.csproj"), "--no-build",
                "-c", Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)))!, "-o", output, "-nologo", "-v", "q"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            using var process = Process.Start(start)!;
            var log = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
            Assert.True(process.ExitCode == 0, await log + await errors);

            Assert.True(File.Exists(Path.Combine(output, "wwwroot-assets", "catalog", "catalog.json")));
            Assert.True(File.Exists(Path.Combine(output, "wwwroot-assets", "areas", "china-areas.json")));
            Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(output, "wwwroot-assets", "catalog"), "*.svg", SearchOption.AllDirectories));
            Assert.False(Directory.Exists(Path.Combine(output, "wwwroot-assets", "tools")));
        }
        finally { if (Directory.Exists(output)) Directory.Delete(output, recursive: true); }
    }
}
