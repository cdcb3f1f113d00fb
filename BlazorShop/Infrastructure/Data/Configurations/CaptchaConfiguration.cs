using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class CaptchaConfiguration : IEntityTypeConfiguration<Captcha>
{
    public void Configure(EntityTypeBuilder<Captcha> b)
    {
        b.Property(c => c.Id).HasMaxLength(32);
        b.Property(c => c.Answer).HasMaxLength(8);
        b.HasIndex(c => c.ExpiresAt); // the sweep of expired ones
    }
}
