namespace BlazorShop.Domain;

/// <summary>ASP.NET Core Data Protection key ring, shared by every app instance.</summary>
public class DataProtectionKey
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public string? Xml { get; set; }
}
