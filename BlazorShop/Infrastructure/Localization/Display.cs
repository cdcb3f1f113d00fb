using System.Globalization;

namespace BlazorShop.Infrastructure.Localization;

/// <summary>How money and time are shown: yuan with ¥ and 2 decimals; China time (UTC+8) whatever the server's zone.</summary>
public static class Display
{
    private static readonly TimeZoneInfo China = FindChinaZone();

    public static string Money(decimal yuan) => "¥" + yuan.ToString("#,0.00", CultureInfo.InvariantCulture);

    public static System.DateTime ToChinaTime(System.DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc), China);

    public static string DateTime(System.DateTime utc) => ToChinaTime(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static DateOnly ChinaToday(TimeProvider clock) => DateOnly.FromDateTime(ToChinaTime(clock.GetUtcNow().UtcDateTime));

    private static TimeZoneInfo FindChinaZone()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone("China", TimeSpan.FromHours(8), "China", "China"); }
    }
}
