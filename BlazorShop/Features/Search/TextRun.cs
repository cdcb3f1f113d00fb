namespace BlazorShop.Features.Search;

/// <summary>A run of text the tokenizer handles as one piece: Chinese (its characters, one text element each) or
/// Latin letters and digits (lower-cased, in <see cref="Text"/>).</summary>
internal sealed record TextRun(bool IsCjk, string Text, List<string> Chars);
