namespace BlazorShop.Infrastructure.Messaging;

/// <summary><c>Messaging:Email:SmtpServer</c>: the server <see cref="SmtpEmailSender"/> talks to.</summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = "";
    public int Port { get; set; } = 587;
    /// <summary>STARTTLS before authenticating (keep it on outside a test).</summary>
    public bool EnableSsl { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
