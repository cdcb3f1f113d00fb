namespace BlazorShop.Infrastructure.Hosting;

/// <summary>What start-up was doing when it failed (the fallback for naming the failure).</summary>
public enum StartupStep { Configuration, DataDirectory, KeyRing, Database, Listening }
