namespace BlazorShop.Shared;

/// <summary>A piece of text, marked when it matched a search term. Rendered as text, so it is HTML-safe.</summary>
public readonly record struct Segment(string Text, bool Match);
