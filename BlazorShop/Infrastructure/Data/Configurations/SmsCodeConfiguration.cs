using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class SmsCodeConfiguration : IEntityTypeConfiguration<SmsCode>
{
    public void Configure(EntityTypeBuilder<SmsCode> b)
    {
        b.Property(c => c.Mobile).HasMaxLength(11);
        b.Property(c => c.Code).HasMaxLength(6);
        b.HasIndex(c => new { c.Mobile, c.Purpose, c.Id }); // the newest code of a number
        b.HasIndex(c => c.ExpiresAt);
    }
}
