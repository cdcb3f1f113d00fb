using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;

namespace BlazorShop.Tests.Architecture;

/// <summary>
/// README's configuration table and the options classes describe the same settings: every documented key is bound
/// by an options class (or is one of the host's own keys), and every options property is documented.
/// </summary>
public partial class ConfigurationDocumentationTests
{
    /// <summary>Read by ASP.NET Core itself or by the host before any options exist.</summary>
    private static readonly string[] HostKeys =
    [
        "ConnectionStrings:Shop", "ConnectionStrings:Sqlite", "ConnectionStrings:Redis", // GetConnectionString
        "AllowedHosts",   // host filtering middleware
        "Logging:Format", // chosen while the logging providers are built
        "DataDirectory",  // needed before the container exists (files, SQLite path, key certificate)
    ];

    [Fact]
    public void Every_documented_setting_is_bound_by_an_options_class_and_every_option_is_documented()
    {
        var documented = DocumentedKeys();
        var bound = OptionKeys().ToHashSet(StringComparer.OrdinalIgnoreCase);

        var undocumented = bound.Where(k => !documented.Contains(k)).Order().ToList();
        var unbound = documented.Where(k => !bound.Contains(k) && !HostKeys.Contains(k, StringComparer.OrdinalIgnoreCase)).Order().ToList();

        Assert.True(undocumented.Count == 0, "Options without a row in README's configuration table: " + string.Join(", ", undocumented));
        Assert.True(unbound.Count == 0, "README documents settings no options class binds: " + string.Join(", ", unbound));
    }

    [Fact]
    public void Every_options_class_names_its_section_and_is_validated_at_start()
    {
        var options = OptionsTypes().ToList();
        Assert.NotEmpty(options);
        var missing = typeof(Program).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsNested && t.Name.EndsWith("Options", StringComparison.Ordinal) && t.Namespace?.StartsWith("BlazorShop", StringComparison.Ordinal) == true)
            .Where(t => SectionOf(t) is null && !options.Any(o => o.GetProperties().Any(p => p.PropertyType == t)))
            .Select(t => t.Name).ToList();
        Assert.True(missing.Count == 0, "Options classes without a Section constant: " + string.Join(", ", missing));
    }

    private static IEnumerable<Type> OptionsTypes() =>
        typeof(Program).Assembly.GetTypes().Where(t => t.IsClass && t.Name.EndsWith("Options", StringComparison.Ordinal) && SectionOf(t) is not null);

    private static string? SectionOf(Type t) =>
        t.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } f ? (string?)f.GetRawConstantValue() : null;

    private static IEnumerable<string> OptionKeys() => OptionsTypes().SelectMany(t => KeysOf(t, SectionOf(t)!));

    private static IEnumerable<string> KeysOf(Type type, string prefix)
    {
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetSetMethod() is not null))
        {
            var key = prefix + ":" + p.Name;
            var t = p.PropertyType;
            var nested = t.IsClass && t != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(t);
            if (nested) foreach (var k in KeysOf(t, key)) yield return k;
            else yield return key;
        }
    }

    private static HashSet<string> DocumentedKeys()
    {
        var readme = File.ReadAllText(Path.Combine(RepoRoot(), "README.md"));
        var start = readme.IndexOf("## Configuration", StringComparison.Ordinal);
        Assert.True(start >= 0, "README has no '## Configuration' section");
        var end = readme.IndexOf("\n## ", start + 5, StringComparison.Ordinal);
        var section = readme[start..(end < 0 ? readme.Length : end)];
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in section.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var firstCell = line.Split('|')[1];
            var previous = "";
            foreach (Match m in Backticked().Matches(firstCell))
            {
                var key = m.Groups[1].Value;
                // "`EventBus:Dispatch:MaxConcurrency`, `…:SlowHandler`": the ellipsis stands for the previous key's section.
                if (key.StartsWith('…')) key = previous[..previous.LastIndexOf(':')] + key[1..];
                keys.Add(key);
                previous = key;
            }
        }
        Assert.NotEmpty(keys);
        return keys;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "BlazorShop.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();
}
