namespace BlazorShop.Domain;

/// <summary>
/// A message in a shopper's message centre. The text is not stored: <see cref="Kind"/> names resource strings and
/// <see cref="Subject"/> fills them in, so a notice reads in the shopper's language of the day.
/// </summary>
public class Notice
{
    public long Id { get; set; }
    public long UserId { get; set; }
    public NoticeKind Kind { get; set; }
    /// <summary>What the text names (a product's name).</summary>
    public required string Subject { get; set; }
    /// <summary>A local link to what it is about (the product page).</summary>
    public string? Link { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
}
