using System.ComponentModel.DataAnnotations;

namespace BlazorShop.Features.Storefront;

/// <summary>
/// Settings "ShopInfo:…": who runs the shop, shown in the footer and on the about page (company, contact, the ICP
/// filing number every site hosted in mainland China shows, the software licence and its source).
/// </summary>
public sealed class ShopInfoOptions
{
    public const string Section = "ShopInfo";

    /// <summary>The operating company as registered (shown in Chinese pages, and in English ones without <see cref="CompanyEn"/>).</summary>
    [Required, MaxLength(100)]
    public string Company { get; set; } = "BlazorShop Demo Co., Ltd.";

    /// <summary>The company's English name, for English pages (optional).</summary>
    [MaxLength(100)]
    public string? CompanyEn { get; set; }

    /// <summary>Customer service telephone.</summary>
    [Required, MaxLength(40), RegularExpression(@"^[0-9+\- ()]+$")]
    public string Phone { get; set; } = "400-820-0000";

    /// <summary>Customer service e-mail.</summary>
    [Required, EmailAddress, MaxLength(100)]
    public string Email { get; set; } = "service@blazorshop.local";

    /// <summary>The company's address (optional).</summary>
    [MaxLength(200)]
    public string? Address { get; set; }

    /// <summary>The ICP filing number (e.g. 京ICP备00000000号-1); the footer links it to the filing system.</summary>
    [MaxLength(60)]
    public string? IcpNumber { get; set; }

    /// <summary>Where the ICP number links to.</summary>
    [Url]
    public string IcpUrl { get; set; } = "https://beian.miit.gov.cn/";

    /// <summary>The software licence text (the about page links it).</summary>
    [Required, Url]
    public string LicenseUrl { get; set; } = "https://www.gnu.org/licenses/agpl-3.0.html";

    /// <summary>Where this site's source code can be had (AGPL: offered to every visitor); optional.</summary>
    [Url]
    public string? SourceUrl { get; set; }

    /// <summary>The company name for the UI culture.</summary>
    public string CompanyFor(System.Globalization.CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" && !string.IsNullOrWhiteSpace(CompanyEn) ? CompanyEn : Company;
}
