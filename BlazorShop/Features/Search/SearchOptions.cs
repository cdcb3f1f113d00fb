using System.ComponentModel.DataAnnotations;

namespace BlazorShop.Features.Search;

/// <summary>Settings of the search ("Search" section), validated at start.</summary>
public sealed class SearchOptions : IValidatableObject
{
    public const string Section = "Search";

    /// <summary>An extra synonym/brand-alias file (format of Dictionary/synonyms.tsv), read with the shipped one.</summary>
    public string? SynonymsPath { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(SynonymsPath) && !File.Exists(SynonymsPath))
            yield return new ValidationResult($"Search:SynonymsPath '{SynonymsPath}' does not exist.", [nameof(SynonymsPath)]);
    }
}
