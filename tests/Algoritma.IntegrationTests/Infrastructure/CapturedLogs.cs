using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Algoritma.IntegrationTests.Infrastructure;

/// <summary>Every log line of the host, at every level, with its structured values and scopes; recorded once started.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();
    private volatile bool _recording;

    public void Start()
    {
        _lines.Clear();
        _recording = true;
    }

    public string Text => string.Join(Environment.NewLine, _lines);

    public int Count => _lines.Count;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            Record($"{category} scope {Describe(state)}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Record($"{category} {logLevel} {formatter(state, exception)} {Describe(state)} {exception}");

        private void Record(string line)
        {
            if (logs._recording)
            {
                logs._lines.Enqueue(line);
            }
        }

        private static string Describe(object? state) => state is IEnumerable<KeyValuePair<string, object?>> values
            ? string.Join(' ', values.Select(v => $"{v.Key}={v.Value}"))
            : state?.ToString() ?? string.Empty;
    }
}

/// <summary>The API with every category logged at Trace into <see cref="Logs"/>.</summary>
public sealed class LogCapturingApiFactory : ApiFactory
{
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var category in new[] { "Default", "Microsoft", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Marten", "System", "OpenIddict" })
        {
            builder.UseSetting($"Logging:LogLevel:{category}", "Trace");
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}

[CollectionDefinition(Name)]
public sealed class LogCapturingCollection : ICollectionFixture<LogCapturingApiFactory>
{
    public const string Name = "api-with-captured-logs";
}
