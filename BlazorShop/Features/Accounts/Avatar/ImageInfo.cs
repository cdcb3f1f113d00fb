namespace BlazorShop.Features.Accounts.Avatar;

/// <summary>What <see cref="ImageSniffer"/> read from an image's header.</summary>
public sealed record ImageInfo(ImageFormat Format, int Width, int Height)
{
    public string Extension => Format switch
    {
        ImageFormat.Png => "png",
        ImageFormat.Jpeg => "jpg",
        ImageFormat.Gif => "gif",
        _ => "webp",
    };

    public string ContentType => Format switch
    {
        ImageFormat.Png => "image/png",
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Gif => "image/gif",
        _ => "image/webp",
    };
}
