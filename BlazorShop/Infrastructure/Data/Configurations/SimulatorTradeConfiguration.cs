using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class SimulatorTradeConfiguration : IEntityTypeConfiguration<SimulatorTrade>
{
    public void Configure(EntityTypeBuilder<SimulatorTrade> b)
    {
        b.HasKey(t => t.OutTradeNo);
        b.Property(t => t.OutTradeNo).HasMaxLength(64);
        b.Property(t => t.AppId).HasMaxLength(32);
        b.Property(t => t.TradeNo).HasMaxLength(64);
        b.Property(t => t.Subject).HasMaxLength(256);
        b.Property(t => t.Status).HasMaxLength(16);
        b.Property(t => t.NotifyUrl).HasMaxLength(512);
        b.Property(t => t.ReturnUrl).HasMaxLength(512);
        b.Property(t => t.RefundRequests).HasMaxLength(1000);
        b.HasIndex(t => t.TradeNo).IsUnique();
        b.HasIndex(t => new { t.NotifyDelivered, t.NextNotifyAt });
    }
}
