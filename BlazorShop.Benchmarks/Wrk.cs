using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace BlazorShop.Benchmarks;

/// <summary>One wrk run (Debian's wrk): requests/s and latency percentiles.</summary>
public sealed partial record Wrk(double RequestsPerSecond, double P50Ms, double P99Ms, long Errors)
{
    public static async Task<Wrk> RunAsync(Uri url, int connections, int seconds)
    {
        var info = new ProcessStartInfo("wrk", ["-t2", $"-c{connections}", $"-d{seconds}s", "--latency", url.AbsoluteUri])
        { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("wrk is not installed (apt-get install wrk)");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        double Latency(string percentile) => Ms(Regex.Match(output, $@"^\s+{percentile}%\s+([\d.]+)(us|ms|s)\b", RegexOptions.Multiline));
        var rps = double.Parse(RequestsPerSec().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var errors = Non2xx().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value) : 0;
        return new Wrk(rps, Latency("50"), Latency("99"), errors);
    }

    private static double Ms(Match m)
    {
        if (!m.Success) return double.NaN;
        var value = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return m.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSec();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xx();
}
