using System.ComponentModel.DataAnnotations;

namespace BlazorShop.Infrastructure.Blobs;

/// <summary>Where images and avatars are stored (section <c>Blob</c>): a local folder or an S3-compatible store.</summary>
public sealed class BlobOptions : IValidatableObject
{
    public const string Section = "Blob";

    public BlobProvider Provider { get; set; } = BlobProvider.Local;

    /// <summary>The local store's folder; empty means <c>{DataDirectory}/blobs</c>.</summary>
    public string LocalPath { get; set; } = "";

    public S3Options S3 { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider != BlobProvider.S3) yield break;
        if (!Uri.TryCreate(S3.ServiceUrl, UriKind.Absolute, out _))
            yield return new ValidationResult("Blob:Provider is S3 but Blob:S3:ServiceUrl is not an absolute URL", [nameof(S3)]);
        if (string.IsNullOrWhiteSpace(S3.AccessKey) || string.IsNullOrWhiteSpace(S3.SecretKey))
            yield return new ValidationResult("Blob:Provider is S3 but Blob:S3:AccessKey or Blob:S3:SecretKey is not set", [nameof(S3)]);
        if (string.IsNullOrWhiteSpace(S3.Bucket))
            yield return new ValidationResult("Blob:S3:Bucket is empty", [nameof(S3)]);
    }
}
