using BlazorShop;
using BlazorShop.Components;
using BlazorShop.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddShopLogging();
builder.Services.AddApplicationServices(builder.Configuration, builder.Environment);

var app = builder.Build();

await app.Services.InitializeDatabaseAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseRequestLocalization();
app.UseAuthentication();
app.UseAuthorization();
app.UseOutputCache(); // public catalog pages for anonymous shoppers (Infrastructure/Caching)
app.UseAntiforgery();

app.MapStaticAssets();
app.MapShopEndpoints(app.Configuration);
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
