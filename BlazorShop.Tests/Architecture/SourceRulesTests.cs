using System.Text.RegularExpressions;

namespace BlazorShop.Tests.Architecture;

/// <summary>
/// Rules of the source tree that keep it navigable as features are added: layers point one way, features don't form
/// cycles, one type per file named after it, one clock, and every text a person reads comes from the resources.
/// </summary>
public partial class SourceRulesTests
{
    private static readonly string App = Path.Combine(RepoRoot(), "BlazorShop");

    private static IEnumerable<string> Sources(string under, params string[] extensions) =>
        Directory.EnumerateFiles(under, "*", SearchOption.AllDirectories)
            .Where(f => extensions.Contains(Path.GetExtension(f)))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string Relative(string path) => Path.GetRelativePath(App, path).Replace('\\', '/');

    /// <summary>Code without comments (a comment may name anything).</summary>
    private static string Code(string path) =>
        string.Join('\n', File.ReadLines(path).Select(l => LineComment().Replace(l, "")).Where(l => !l.TrimStart().StartsWith("@*", StringComparison.Ordinal)));

    [Fact]
    public void Infrastructure_and_shared_building_blocks_reference_no_feature()
    {
        var offenders = Sources(Path.Combine(App, "Infrastructure"), ".cs", ".razor")
            .Concat(Sources(Path.Combine(App, "Shared"), ".cs", ".razor"))
            .Concat(Sources(Path.Combine(App, "Domain"), ".cs"))
            .Where(f => FeatureReference().IsMatch(Code(f)))
            .Select(Relative).ToList();
        Assert.True(offenders.Count == 0, "These reference a feature: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Features_do_not_depend_on_each_other_in_a_cycle()
    {
        var features = Directory.GetDirectories(Path.Combine(App, "Features")).Select(Path.GetFileName).OfType<string>().ToList();
        var uses = features.ToDictionary(f => f, f => Sources(Path.Combine(App, "Features", f), ".cs", ".razor")
            .SelectMany(file => FeatureReference().Matches(Code(file)).Select(m => m.Groups[1].Value))
            .Where(other => other != f && features.Contains(other)).ToHashSet());

        foreach (var start in features)
        {
            // Depth-first search for a path back to the start.
            var stack = new Stack<List<string>>([[start]]);
            while (stack.Count > 0)
            {
                var path = stack.Pop();
                foreach (var next in uses[path[^1]])
                {
                    Assert.False(next == start, "Features depend on each other in a cycle: " + string.Join(" → ", path.Append(next)));
                    if (!path.Contains(next)) stack.Push([.. path, next]);
                }
            }
        }
    }

    [Fact]
    public void Each_file_declares_one_top_level_type_named_like_the_file()
    {
        var offenders = new List<string>();
        foreach (var file in Sources(App, ".cs"))
        {
            var types = TopLevelType().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value).ToList();
            var name = Path.GetFileNameWithoutExtension(file);
            if (types.Count > 1 || (types.Count == 1 && types[0] != name && file.EndsWith(".razor.cs", StringComparison.Ordinal) is false && name != "Program"))
                offenders.Add($"{Relative(file)} ({string.Join(", ", types)})");
        }
        Assert.True(offenders.Count == 0, "Files that hold several types or a type named otherwise: " + string.Join("; ", offenders));
    }

    [Fact]
    public void The_clock_is_read_through_TimeProvider_only()
    {
        var offenders = Sources(App, ".cs", ".razor").Where(f => WallClock().IsMatch(Code(f))).Select(Relative).ToList();
        Assert.True(offenders.Count == 0, "Read the clock through TimeProvider (tests move it): " + string.Join(", ", offenders));
    }

    /// <summary>Han characters are allowed in resources, seed data (the demo catalog, the demo order history's addresses and
    /// review texts), and search's own dictionaries (query data, not text).</summary>
    private static readonly string[] ChineseAllowed = ["Infrastructure/Seeding/", "Features/Orders/Demo/", "Features/Search/SearchTokenizer.cs"];

    [Fact]
    public void Text_a_person_reads_comes_from_the_resources()
    {
        var offenders = Sources(App, ".cs", ".razor")
            .Where(f => !ChineseAllowed.Any(a => Relative(f).StartsWith(a, StringComparison.Ordinal)))
            .SelectMany(f => Code(f).Split('\n').Select((line, i) => (f, line, i)))
            .Where(x => Han().IsMatch(x.line))
            .Select(x => $"{Relative(x.f)}:{x.i + 1}: {x.line.Trim()}").ToList();
        Assert.True(offenders.Count == 0, "Chinese text outside the resources:\n" + string.Join("\n", offenders));
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "BlazorShop.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }

    [GeneratedRegex(@"(?<![:""])//.*$|^\s*///.*$")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"BlazorShop\.Features\.(\w+)")]
    private static partial Regex FeatureReference();

    [GeneratedRegex(@"^(?:public|internal|file)?\s*(?:(?:sealed|static|abstract|partial|readonly|record)\s+)*(?:class|record|struct|interface|enum)\s+(\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();

    [GeneratedRegex(@"\bDateTime(?:Offset)?\.(?:UtcNow|Now|Today)\b")]
    private static partial Regex WallClock();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
