using System.ComponentModel.DataAnnotations;

namespace BlazorShop.Infrastructure.Caching;

/// <summary>Output caching of the pages anonymous shoppers see (section <c>PageCache</c>).</summary>
public sealed class PageCacheOptions
{
    public const string Section = "PageCache";

    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How long a cached page lives. Must stay well under the 5 minutes after which Blazor refuses the component
    /// descriptors embedded in the page (an older page would come up with dead islands).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:03:00")]
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(2);
}
