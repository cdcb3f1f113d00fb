using BlazorShop.Domain;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Infrastructure.Data;

/// <summary>
/// The whole data model. Each database provider has its own subclass (<see cref="SqliteShopDbContext"/>,
/// <see cref="PostgresShopDbContext"/>) so each gets its own migrations set; code always asks for
/// <c>IDbContextFactory&lt;ShopDbContext&gt;</c> and never sees which one it got.
/// </summary>
public abstract class ShopDbContext(DbContextOptions options)
    : IdentityDbContext<ShopUser, ShopRole, long>(options)
{
    public DbSet<Area> Areas => Set<Area>();
    public DbSet<Address> Addresses => Set<Address>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<ChannelGroup> ChannelGroups => Set<ChannelGroup>();
    public DbSet<Channel> Channels => Set<Channel>();
    public DbSet<Brand> Brands => Set<Brand>();
    public DbSet<BrandAlias> BrandAliases => Set<BrandAlias>();
    public DbSet<Spu> Spus => Set<Spu>();
    public DbSet<Specification> Specifications => Set<Specification>();
    public DbSet<SpecificationOption> SpecificationOptions => Set<SpecificationOption>();
    public DbSet<Sku> Skus => Set<Sku>();
    public DbSet<SkuImage> SkuImages => Set<SkuImage>();
    public DbSet<SkuSpecification> SkuSpecifications => Set<SkuSpecification>();
    public DbSet<ContentCategory> ContentCategories => Set<ContentCategory>();
    public DbSet<Content> Contents => Set<Content>();
    public DbSet<CategoryVisit> CategoryVisits => Set<CategoryVisit>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<OrderLine> OrderLines => Set<OrderLine>();
    public DbSet<OrderStatusChange> OrderStatusChanges => Set<OrderStatusChange>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<PaymentAttempt> PaymentAttempts => Set<PaymentAttempt>();
    public DbSet<Refund> Refunds => Set<Refund>();
    public DbSet<SimulatorTrade> SimulatorTrades => Set<SimulatorTrade>();
    public DbSet<BalanceLedgerEntry> BalanceLedger => Set<BalanceLedgerEntry>();
    public DbSet<RechargeRequest> RechargeRequests => Set<RechargeRequest>();
    public DbSet<CartItem> CartItems => Set<CartItem>();
    public DbSet<GuestCartItem> GuestCartItems => Set<GuestCartItem>();
    public DbSet<BrowseHistoryEntry> BrowseHistory => Set<BrowseHistoryEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Captcha> Captchas => Set<Captcha>();
    public DbSet<SmsCode> SmsCodes => Set<SmsCode>();
    public DbSet<RateCounter> RateCounters => Set<RateCounter>();
    public DbSet<Messaging.OutgoingMessage> OutgoingMessages => Set<Messaging.OutgoingMessage>();
    public DbSet<Messaging.DevOutboxMessage> DevOutbox => Set<Messaging.DevOutboxMessage>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<StockAlert> StockAlerts => Set<StockAlert>();
    public DbSet<Notice> Notices => Set<Notice>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ShopDbContext).Assembly,
            t => t.Namespace == typeof(ShopDbContext).Namespace + ".Configurations");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Money: yuan with 2 decimals everywhere.
        configurationBuilder.Properties<decimal>().HavePrecision(12, 2);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpRowVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpRowVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// RowVersion is a plain integer concurrency token (both providers): the UPDATE carries
    /// "WHERE RowVersion = original" and writes original + 1, so a stale edit fails loudly.
    /// </summary>
    private void BumpRowVersions()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State != EntityState.Modified) continue;
            var property = entry.Metadata.FindProperty("RowVersion");
            if (property is null) continue;
            var current = entry.Property("RowVersion");
            current.CurrentValue = (int)current.OriginalValue! + 1;
        }
    }
}
