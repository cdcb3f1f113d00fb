using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class AddressConfiguration : IEntityTypeConfiguration<Address>
{
    public void Configure(EntityTypeBuilder<Address> b)
    {
        b.HasOne<ShopUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(a => a.Province).WithMany().HasForeignKey(a => a.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.City).WithMany().HasForeignKey(a => a.CityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.District).WithMany().HasForeignKey(a => a.DistrictId).OnDelete(DeleteBehavior.Restrict);
        b.Property(a => a.Title).HasMaxLength(20);
        b.Property(a => a.Receiver).HasMaxLength(20);
        b.Property(a => a.Place).HasMaxLength(100);
        b.Property(a => a.Mobile).HasMaxLength(11);
        b.Property(a => a.Tel).HasMaxLength(20);
        b.Property(a => a.Email).HasMaxLength(100);
        b.HasIndex(a => new { a.UserId, a.IsDeleted });
        // One default address per user, held by the database.
        b.HasIndex(a => a.UserId).IsUnique().HasFilter("\"IsDefault\" AND NOT \"IsDeleted\"").HasDatabaseName("IX_Addresses_UserId_Default");
    }
}
