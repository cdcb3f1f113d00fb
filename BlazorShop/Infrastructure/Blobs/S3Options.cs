namespace BlazorShop.Infrastructure.Blobs;

public sealed class S3Options
{
    public string ServiceUrl { get; set; } = "";
    public string Bucket { get; set; } = "blazorshop";
    public string? AccessKey { get; set; }
    public string? SecretKey { get; set; }
    public string Region { get; set; } = "us-east-1";
}
