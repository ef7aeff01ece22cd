using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Algoritma.Platform.Features.Adoption.Reading;

/// <summary>Bounds of the readers' answer cache: 0 rows turns it off.</summary>
public sealed class AdoptionAnswerOptions
{
    public const string Section = "Adoption:Answers";

    /// <summary>
    /// Rows kept in all answers of every tenant (an answer weighs its rows: periods, cohorts, units), the least recently
    /// used answers going first: a bound on memory however many different questions are asked.
    /// </summary>
    public int Rows { get; set; } = 200_000;

    /// <summary>An answer nobody asked for in this long is dropped, even when its data has not changed.</summary>
    public TimeSpan Idle { get; set; } = TimeSpan.FromMinutes(10);
}

/// <summary>A tenant's projected data as of the last event each projection applied: the usage and the citizen stamps.</summary>
public readonly record struct AdoptionVersion(long Usage, long Citizens)
{
    /// <summary>The version of only the projections an answer reads: the other one's events leave the answer as it is.</summary>
    public AdoptionVersion Of(AdoptionData data) =>
        new(data.HasFlag(AdoptionData.Usage) ? Usage : 0, data.HasFlag(AdoptionData.Citizens) ? Citizens : 0);
}

/// <summary>What an answer is read from: the usage projection's tables, the citizen projection's, or both.</summary>
[Flags]
public enum AdoptionData
{
    Usage = 1,
    Citizens = 2,
}

/// <summary>
/// The readers' answers, kept per tenant and question with the data version they were read at. A question is read
/// again only once the daemon has applied a new event of that tenant, so the many managers who open the same dashboard
/// share one reading of it. Callers go through <see cref="AdoptionReads"/>, which reads the version once per operation.
/// The manager who first asks at a new version reads the answer, exact as of the projection; the managers who ask while
/// that reading runs get the answer of the version before it at once (it is one reading behind), or, when there is none,
/// wait for that one reading instead of each starting their own (single flight).
/// </summary>
public sealed class AdoptionAnswers(AdoptionDatabase database, IOptions<AdoptionAnswerOptions> options) : IDisposable
{
    private readonly AdoptionAnswerOptions _options = options.Value;
    private readonly MemoryCache _answers = new(new MemoryCacheOptions { SizeLimit = Math.Max(options.Value.Rows, 1) });
    private readonly ConcurrentDictionary<Reading, Lazy<Task<object>>> _reading = new();

    public bool Enabled => _options.Rows > 0;

    /// <param name="version">the tenant's data version, read before the answer; null reads without keeping</param>
    /// <param name="question">what the answer depends on besides the tenant's data: a value with value equality</param>
    /// <param name="read">reads the answer, cancelled by its own caller's token (a waiting caller reads again if it is)</param>
    public async Task<T> GetOrReadAsync<T>(string tenantId, AdoptionVersion? version, object question, Func<Task<T>> read, CancellationToken cancellationToken)
        where T : class
    {
        if (version is null)
        {
            return await read();
        }

        var key = new AnswerKey(tenantId, question);
        var reading = new Reading(key, version.Value);
        while (true)
        {
            var kept = _answers.Get<Kept>(key);
            if (kept is not null && (AtLeast(kept.Version, reading.Version) || _reading.ContainsKey(reading)))
            {
                return (T)kept.Answer;
            }

            var mine = new Lazy<Task<object>>(() => ReadAndKeepAsync(reading, read));
            var current = _reading.GetOrAdd(reading, mine);
            try
            {
                return (T)await current.Value.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (current != mine && !cancellationToken.IsCancellationRequested)
            {
                // the caller whose reading we waited for went away; ask again, reading ourselves if nobody else is
            }
        }
    }

    private async Task<object> ReadAndKeepAsync<T>(Reading reading, Func<Task<T>> read)
        where T : class
    {
        try
        {
            var answer = await read();
            Keep(reading, answer);
            return answer;
        }
        finally
        {
            _reading.TryRemove(reading, out _);
        }
    }

    /// <summary>Keeps the answer unless one read at a later version (by a reading that finished first) is kept already.</summary>
    private void Keep(Reading reading, object answer)
    {
        var kept = _answers.Get<Kept>(reading.Key);
        if (kept is not null && AtLeast(kept.Version, reading.Version))
        {
            return;
        }

        _answers.Set(reading.Key, new Kept(reading.Version, answer), new MemoryCacheEntryOptions { Size = RowsOf(answer), SlidingExpiration = _options.Idle });
    }

    private static bool AtLeast(AdoptionVersion kept, AdoptionVersion asked) => kept.Usage >= asked.Usage && kept.Citizens >= asked.Citizens;

    public void Dispose() => _answers.Dispose();

    private static long RowsOf(object answer) => answer is System.Collections.ICollection rows ? Math.Max(rows.Count, 1) : 1;

    /// <summary>
    /// The tenant's data version (under row-level security): the two projections' stamps. Null before both have applied
    /// any of its events, or while either is being rebuilt.
    /// </summary>
    public async Task<AdoptionVersion?> VersionAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(tenantId, cancellationToken);
        await using var command = new Npgsql.NpgsqlCommand("""
            SELECT u.version, c.version FROM marten.adoption_versions u JOIN marten.adoption_citizen_versions c ON c.tenant_id = u.tenant_id
            WHERE u.tenant_id = @Tenant
            """, connection);
        command.Parameters.AddWithValue("Tenant", tenantId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new AdoptionVersion(reader.GetInt64(0), reader.GetInt64(1)) : null;
    }

    private sealed record AnswerKey(string TenantId, object Question);

    private sealed record Reading(AnswerKey Key, AdoptionVersion Version);

    private sealed record Kept(AdoptionVersion Version, object Answer);
}
