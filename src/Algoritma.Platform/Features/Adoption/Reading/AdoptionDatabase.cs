using Npgsql;

namespace Algoritma.Platform.Features.Adoption.Reading;

/// <summary>The connection pool the adoption readers query the projection's tables through (as the application role).</summary>
public sealed class AdoptionDatabase(string connectionString) : IAsyncDisposable
{
    public NpgsqlDataSource DataSource { get; } = NpgsqlDataSource.Create(connectionString);

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
