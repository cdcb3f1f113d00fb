namespace BlazorShop.Domain;

/// <summary>Visits of a category's list page on one (China) day, for the admin dashboard.</summary>
public class CategoryVisit
{
    public long Id { get; set; }
    public int CategoryId { get; set; }
    public DateOnly Date { get; set; }
    public int Count { get; set; }
}
