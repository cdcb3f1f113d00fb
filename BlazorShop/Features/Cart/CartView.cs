namespace BlazorShop.Features.Cart;

/// <summary>A whole cart with totals of the selected, available lines.</summary>
public sealed class CartView
{
    public List<CartLineView> Lines { get; init; } = [];
    public int MaxLines { get; init; } = 100;
    public int MaxCountPerLine { get; init; } = 999;

    public int ItemCount => Lines.Sum(l => l.Count);
    public int SelectedCount => Lines.Where(l => l.IsSelected).Sum(l => l.Count);
    public decimal SelectedAmount => Lines.Where(l => l.IsSelected).Sum(l => l.Subtotal);
    public bool AllSelected => Lines.Any(l => l.Available) && Lines.Where(l => l.Available).All(l => l.Selected);
    public bool AtLineLimit => Lines.Count >= MaxLines;
}
