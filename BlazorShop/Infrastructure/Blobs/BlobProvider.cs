namespace BlazorShop.Infrastructure.Blobs;

public enum BlobProvider { Local, S3 }
