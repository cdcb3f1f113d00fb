using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BlazorShop.Tests.TestSupport;

/// <summary>Every log entry an app writes (at any level its configuration lets through), for assertions.</summary>
public sealed class LogSink : ILoggerProvider
{
    public sealed record Entry(LogLevel Level, string Category, string Message, string State);

    private readonly ConcurrentQueue<Entry> _entries = new();
    public IReadOnlyList<Entry> Entries => _entries.ToList();
    public void Clear() => _entries.Clear();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);
    public void Dispose() { }

    private sealed class Logger(LogSink sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // The structured state as a JSON shipper would see it: every field, not only the message.
            var fields = state is IEnumerable<KeyValuePair<string, object?>> kv ? string.Join("; ", kv.Select(p => $"{p.Key}={p.Value}")) : "";
            sink._entries.Enqueue(new Entry(logLevel, category, formatter(state, exception) + (exception is null ? "" : " | " + exception), fields));
        }
    }
}
