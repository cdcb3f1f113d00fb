namespace BlazorShop.Infrastructure.Security;

/// <summary>The certificate that encrypts the Data Protection key ring at rest (section <c>DataProtection</c>).</summary>
public sealed class KeyRingOptions
{
    public const string Section = "DataProtection";

    /// <summary>The .pfx file; empty means <c>{DataDirectory}/dataprotection-keys.pfx</c>, generated when missing.</summary>
    public string CertificatePath { get; set; } = "";

    public string CertificatePassword { get; set; } = "";
}
