using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class SpecificationOptionConfiguration : IEntityTypeConfiguration<SpecificationOption>
{
    public void Configure(EntityTypeBuilder<SpecificationOption> b)
    {
        b.Property(o => o.Value).HasMaxLength(30);
        b.Property(o => o.ValueEn).HasMaxLength(60);
        b.HasOne(o => o.Specification).WithMany(s => s.Options).HasForeignKey(o => o.SpecificationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(o => new { o.SpecificationId, o.Value }).IsUnique();
    }
}
