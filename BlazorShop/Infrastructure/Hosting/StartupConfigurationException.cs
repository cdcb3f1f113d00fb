namespace BlazorShop.Infrastructure.Hosting;

/// <summary>A setting that makes start-up impossible (reported by <see cref="StartupFailure"/>).</summary>
public sealed class StartupConfigurationException(string message) : Exception(message);
