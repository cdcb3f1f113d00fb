using BlazorShop.Features.Orders;
using BlazorShop.Shared;
using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Storefront;

/// <summary>The product pages' freight is the checkout's: <c>Orders:Freight</c>.</summary>
public sealed class OrderFreight(IOptions<OrderOptions> orders) : IFreight
{
    public decimal FlatFreight => orders.Value.Freight;
}
