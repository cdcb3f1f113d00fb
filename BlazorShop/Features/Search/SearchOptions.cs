using System.ComponentModel.DataAnnotations;

namespace BlazorShop.Features.Search;

/// <summary>Settings of the search ("Search" section), validated at start.</summary>
public sealed class SearchOptions : IValidatableObject
{
    public const string Section = "Search";

    /// <summary>An extra synonym/brand-alias file (format of Dictionary/synonyms.tsv), read with the shipped one.</summary>
    public string? SynonymsPath { get; set; }

    /// <summary>Where search matches: Memory (default) or Database (see <see cref="SearchEngine"/>).</summary>
    public SearchEngine Engine { get; set; } = SearchEngine.Memory;

    /// <summary>The in-memory index is rebuilt from the database this often (it also picks up writes that bypassed EF Core).</summary>
    [Range(1, 24 * 60)]
    public int RebuildMinutes { get; set; } = 10;

    /// <summary>… and when this many SKUs (at least; or 5% of the catalog) changed since it was built.</summary>
    [Range(1, 1_000_000)]
    public int RebuildAfterChanges { get; set; } = 1_000;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(SynonymsPath) && !File.Exists(SynonymsPath))
            yield return new ValidationResult($"Search:SynonymsPath '{SynonymsPath}' does not exist.", [nameof(SynonymsPath)]);
    }
}
