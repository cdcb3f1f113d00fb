namespace BlazorShop.Features.Accounts.Avatar;

/// <summary>The image formats an avatar may be; each is recognised by its content, never by name or Content-Type.</summary>
public enum ImageFormat { Png, Jpeg, Gif, WebP }
