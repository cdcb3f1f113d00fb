namespace BlazorShop.Domain;

/// <summary>A 6-digit code sent by SMS to prove a mobile number: valid for minutes, usable once, a few wrong tries.</summary>
public class SmsCode
{
    public long Id { get; set; }
    public string Mobile { get; set; } = "";
    public SmsPurpose Purpose { get; set; }
    public string Code { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    /// <summary>Wrong codes tried against this one; at the limit it is dead.</summary>
    public int FailedAttempts { get; set; }
    /// <summary>When it was used (it is then dead).</summary>
    public DateTime? UsedAt { get; set; }
}
