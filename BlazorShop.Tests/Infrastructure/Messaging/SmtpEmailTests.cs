using System.Text;
using System.Text.RegularExpressions;
using BlazorShop.Infrastructure.Messaging;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Tests.Infrastructure.Messaging;

/// <summary>E-mail through the BCL SmtpClient to an SMTP server on a real socket: envelope, login, UTF-8 subject and body, retries.</summary>
public class SmtpEmailTests(SmtpEmailTests.App app) : IClassFixture<SmtpEmailTests.App>
{
    public sealed class App : SignInApp
    {
        public FakeSmtpServer Smtp { get; } = new();

        public override Task InitializeAsync()
        {
            Factory.Settings["Messaging:Email:Provider"] = "Smtp";
            Factory.Settings["Messaging:Email:From"] = "shop@blazorshop.test";
            Factory.Settings["Messaging:Email:SmtpServer:Host"] = "127.0.0.1";
            Factory.Settings["Messaging:Email:SmtpServer:Port"] = Smtp.Port.ToString();
            Factory.Settings["Messaging:Email:SmtpServer:EnableSsl"] = "false"; // the fake speaks no TLS
            Factory.Settings["Messaging:Email:SmtpServer:UserName"] = "mailer";
            Factory.Settings["Messaging:Email:SmtpServer:Password"] = "mail-pass";
            Factory.Settings["Messaging:Dispatch:RetryDelay"] = "00:00:00.200";
            return base.InitializeAsync();
        }

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            await Smtp.DisposeAsync();
        }
    }

    private async Task<FakeSmtpServer.Mail> WaitForAsync(string to)
    {
        for (var i = 0; i < 100; i++)
        {
            if (app.Smtp.Received.FirstOrDefault(m => m.To.Contains($"<{to}>")) is { } mail) return mail;
            await Task.Delay(100);
        }
        throw new TimeoutException($"no mail reached the SMTP server for {to}");
    }

    [Fact]
    public async Task An_email_is_delivered_with_login_and_utf8_subject_and_body()
    {
        var to = $"{Guid.NewGuid():N}@example.com";
        await app.Service<MessageQueue>().EnqueueEmailAsync(to, "请验证您的邮箱", "您好：\n请打开 http://localhost/x?token=abc");
        var mail = await WaitForAsync(to);
        Assert.Equal("<shop@blazorshop.test>", mail.From);
        Assert.Equal(("mailer", "mail-pass"), (mail.User, mail.Password));
        var (subject, body) = Decode(mail.Data);
        Assert.Equal("请验证您的邮箱", subject);
        Assert.Contains("请打开 http://localhost/x?token=abc", body);
    }

    [Fact]
    public async Task A_refused_recipient_is_retried()
    {
        var to = $"{Guid.NewGuid():N}@example.com";
        app.Smtp.RefuseNext(1);
        await app.Service<MessageQueue>().EnqueueEmailAsync(to, "subject", "body");
        await WaitForAsync(to);
        for (var i = 0; i < 50 && await app.DbAsync(db => db.OutgoingMessages.AnyAsync(m => m.Recipient == to)); i++) await Task.Delay(100);
        Assert.False(await app.DbAsync(db => db.OutgoingMessages.AnyAsync(m => m.Recipient == to)));
        Assert.Contains(app.Factory.Logs.Entries, e => e.Message.Contains("Sending Email message", StringComparison.Ordinal) && e.Message.Contains("attempt 1", StringComparison.Ordinal));
    }

    /// <summary>The subject (RFC 2047 encoded-words) and the text body (base64 or quoted-printable) of a raw message.</summary>
    private static (string Subject, string Body) Decode(string data)
    {
        var split = data.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = Regex.Replace(data[..split], "\r\n[ \t]+", " ");
        var body = data[(split + 4)..];
        var subject = Regex.Match(headers, "^Subject: (.*)$", RegexOptions.Multiline).Groups[1].Value.Trim();
        subject = Regex.Replace(subject, @"=\?utf-8\?(B|Q)\?([^?]*)\?=\s*", m => m.Groups[1].Value.ToUpperInvariant() == "B"
            ? Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[2].Value))
            : QuotedPrintable(m.Groups[2].Value.Replace('_', ' ')), RegexOptions.IgnoreCase);
        var encoding = Regex.Match(headers, "^Content-Transfer-Encoding: (.*)$", RegexOptions.Multiline | RegexOptions.IgnoreCase).Groups[1].Value.Trim().ToLowerInvariant();
        body = encoding switch
        {
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\r\n", ""))),
            "quoted-printable" => QuotedPrintable(body.Replace("=\r\n", "")),
            _ => body,
        };
        return (subject, body);
    }

    private static string QuotedPrintable(string value)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '=' && i + 2 < value.Length + 0 && Uri.IsHexDigit(value[i + 1]) && Uri.IsHexDigit(value[i + 2]))
            {
                bytes.Add(Convert.ToByte(value.Substring(i + 1, 2), 16));
                i += 2;
            }
            else bytes.AddRange(Encoding.UTF8.GetBytes(value[i].ToString()));
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
