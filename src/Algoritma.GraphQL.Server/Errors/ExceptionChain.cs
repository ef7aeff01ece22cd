namespace Algoritma.GraphQL.Server.Errors;

/// <summary>An exception and every exception inside it: inner exceptions, and each one an <see cref="AggregateException"/> holds.</summary>
public static class ExceptionChain
{
    public static IEnumerable<Exception> Of(Exception exception) =>
        exception is AggregateException aggregate
            ? [aggregate, .. aggregate.InnerExceptions.SelectMany(Of)]
            : exception.InnerException is { } inner ? [exception, .. Of(inner)] : [exception];
}
