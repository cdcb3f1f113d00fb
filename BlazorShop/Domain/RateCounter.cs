namespace BlazorShop.Domain;

/// <summary>
/// A fixed-window counter shared by every app instance (one row per key, e.g. "sms:mobile:138…"), updated only by
/// single atomic statements: SMS sends per mobile and per client address, failed logins of unknown account names.
/// </summary>
public class RateCounter
{
    public string Key { get; set; } = "";
    public DateTime WindowStart { get; set; }
    public int Count { get; set; }
}
