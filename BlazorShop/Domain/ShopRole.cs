using Microsoft.AspNetCore.Identity;

namespace BlazorShop.Domain;

public class ShopRole : IdentityRole<long>
{
    public ShopRole() { }
    public ShopRole(string name) : base(name) { }
    public string? Description { get; set; }
}
