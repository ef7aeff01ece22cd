using Microsoft.Extensions.Logging;

namespace Algoritma.IntegrationTests.Infrastructure;

/// <summary>
/// Appends every error the test hosts log, with its exception, to the file <c>ALGORITMA_TEST_SERVER_ERRORS</c> names;
/// test.sh prints a digest of it when the tests fail, so a CI log shows why a host answered INTERNAL.
/// </summary>
public sealed class ServerErrorLog(string path) : ILoggerProvider
{
    public const string PathVariable = "ALGORITMA_TEST_SERVER_ERRORS";

    private static readonly Lock FileLock = new();

    public static ServerErrorLog? FromEnvironment() =>
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? new ServerErrorLog(path) : null;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Append(string entry)
    {
        lock (FileLock)
        {
            File.AppendAllText(path, entry);
        }
    }

    private sealed class Logger(ServerErrorLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log.Append($"=== {DateTimeOffset.UtcNow:HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)}{Environment.NewLine}{exception}{Environment.NewLine}");
            }
        }
    }
}
