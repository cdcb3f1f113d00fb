using System.Resources;

[assembly: NeutralResourcesLanguage("zh-CN")]

namespace BlazorShop;

/// <summary>Marker for the UI strings in Resources/SharedResource.resx (zh-CN, the fallback) and SharedResource.en.resx.</summary>
public sealed class SharedResource;
