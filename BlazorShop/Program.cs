using BlazorShop;
using BlazorShop.Components;
using BlazorShop.Infrastructure.Hosting;
using BlazorShop.Infrastructure.Http;

var builder = WebApplication.CreateBuilder(args);
builder.AddShopLogging();
builder.Services.AddApplicationServices(builder.Configuration, builder.Environment);

var app = builder.Build();

if (!await app.InitializeShopAsync()) return 1;

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}
app.UseShopStatusCodePages();
app.UseRequestLocalization();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter(); // per-client limits on sign-in and code-sending (Features/Accounts/RateLimiting)
app.UseOutputCache(); // public catalog pages for anonymous shoppers (Infrastructure/Caching)
app.UseAntiforgery();

app.MapStaticAssets();
app.MapShopEndpoints(app.Configuration);
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

return await app.RunShopAsync();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
