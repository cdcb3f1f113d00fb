namespace BlazorShop.Domain;

public class Address
{
    public const int MaxPerUser = 20;

    public long Id { get; set; }
    public long UserId { get; set; }
    public required string Title { get; set; }
    public required string Receiver { get; set; }
    public int ProvinceId { get; set; }
    public int CityId { get; set; }
    public int DistrictId { get; set; }
    public Area? Province { get; set; }
    public Area? City { get; set; }
    public Area? District { get; set; }
    public required string Place { get; set; }
    public required string Mobile { get; set; }
    public string? Tel { get; set; }
    public string? Email { get; set; }
    /// <summary>At most one per user: a filtered unique index holds it.</summary>
    public bool IsDefault { get; set; }
    /// <summary>Soft delete: orders keep their own snapshot, but the row stays for audit.</summary>
    public bool IsDeleted { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
