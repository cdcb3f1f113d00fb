namespace BlazorShop.Infrastructure.Configuration;

/// <summary>
/// The one way settings are read: a section bound to an options class, checked with its data annotations (and
/// <see cref="System.ComponentModel.DataAnnotations.IValidatableObject"/>) when the app starts, so bad settings stop
/// the start with one clear line instead of failing on first use. Seams choose their implementation from the value
/// this returns (an unreadable section gives the defaults here; the start-up validation then reports it).
/// </summary>
public static class OptionsRegistration
{
    public static T AddValidatedOptions<T>(this IServiceCollection services, IConfiguration config, string section) where T : class, new()
    {
        services.AddOptions<T>().Bind(config.GetSection(section)).ValidateDataAnnotations().ValidateOnStart();
        try { return config.GetSection(section).Get<T>() ?? new T(); }
        catch (InvalidOperationException) { return new T(); }
    }
}
