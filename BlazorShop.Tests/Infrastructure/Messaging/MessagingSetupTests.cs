using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BlazorShop.Tests.Infrastructure.Messaging;

/// <summary>The provider comes from configuration and a setting that cannot work is refused at start; the outbox page is for development only.</summary>
public class MessagingSetupTests
{
    private static IServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
        var services = new ServiceCollection().AddLogging().AddLocalization().AddSingleton<IConfiguration>(config).AddSingleton(TimeProvider.System)
            .AddSingleton<IDbContextFactory<ShopDbContext>, NoDatabase>();
        services.AddShopMessaging(config);
        return services.BuildServiceProvider();
    }

    public static TheoryData<string[], string> BadSettings => new()
    {
        { ["Messaging:Sms:Provider=Http"], "Messaging:Sms:Provider is Http but Messaging:Sms:Gateway:Url is not an absolute http(s) URL" },
        { ["Messaging:Sms:Provider=Http", "Messaging:Sms:Gateway:Url=ftp://gateway.example/send", "Messaging:Sms:Gateway:ApiKey=k"], "Messaging:Sms:Provider is Http but Messaging:Sms:Gateway:Url is not an absolute http(s) URL" },
        { ["Messaging:Sms:Provider=Http", "Messaging:Sms:Gateway:Url=https://gateway.example/send"], "Messaging:Sms:Provider is Http but Messaging:Sms:Gateway:ApiKey is not set" },
        { ["Messaging:Email:Provider=Smtp"], "Messaging:Email:Provider is Smtp but Messaging:Email:SmtpServer:Host is not set" },
        { ["Messaging:Email:Provider=Smtp", "Messaging:Email:SmtpServer:Host=mail.example", "Messaging:Email:SmtpServer:Port=70000"], "Messaging:Email:SmtpServer:Port must be 1-65535" },
        { ["Messaging:Email:From=not an address"], "Messaging:Email:From is not an e-mail address" },
        { ["Messaging:Dispatch:MaxAttempts=0"], "MaxAttempts" },
    };

    [Theory, MemberData(nameof(BadSettings))]
    public void Settings_that_cannot_work_are_refused_with_a_clear_reason(string[] settings, string reason)
    {
        var provider = Services(settings.Select(s => (s[..s.IndexOf('=')], s[(s.IndexOf('=') + 1)..])).ToArray());
        var error = Assert.Throws<OptionsValidationException>(() =>
        {
            _ = provider.GetRequiredService<IOptions<SmsOptions>>().Value;
            _ = provider.GetRequiredService<IOptions<EmailOptions>>().Value;
            _ = provider.GetRequiredService<IOptions<MessageDispatchOptions>>().Value;
        });
        Assert.Contains(error.Failures, f => f.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Outbox_is_the_default_and_the_providers_follow_configuration()
    {
        Assert.IsType<OutboxSmsSender>(Services().GetRequiredService<ISmsSender>());
        Assert.IsType<OutboxEmailSender>(Services().GetRequiredService<IEmailSender>());
        var production = Services(("Messaging:Sms:Provider", "http"), ("Messaging:Sms:Gateway:Url", "https://sms.example/send"), ("Messaging:Sms:Gateway:ApiKey", "k"),
            ("Messaging:Email:Provider", "SMTP"), ("Messaging:Email:SmtpServer:Host", "mail.example"));
        Assert.IsType<HttpSmsSender>(production.GetRequiredService<ISmsSender>());
        Assert.IsType<SmtpEmailSender>(production.GetRequiredService<IEmailSender>());
        _ = production.GetRequiredService<IOptions<SmsOptions>>().Value;
        _ = production.GetRequiredService<IOptions<EmailOptions>>().Value;
    }

    private sealed class NoDatabase : IDbContextFactory<ShopDbContext>
    {
        public ShopDbContext CreateDbContext() => throw new InvalidOperationException("no database in this test");
    }

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("someone@example.com", "s***@example.com")]
    [InlineData("12", "***")]
    public void Logs_show_recipients_masked(string recipient, string masked) => Assert.Equal(masked, MessageDispatcher.Mask(recipient));
}
