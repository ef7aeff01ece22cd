using System.Collections.Concurrent;

namespace Algoritma.Platform.Features.Adoption.Reading;

/// <summary>
/// One operation's way to the kept answers (<see cref="AdoptionAnswers"/>): the tenant's data version is read once, before
/// the first answer, and every part of the operation (a dashboard asks for five) is answered at it. A part read from the
/// database may be newer than that version; it is kept under it and read again at the next operation's newer version.
/// </summary>
public sealed class AdoptionReads(AdoptionAnswers answers)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<AdoptionVersion?>>> _versions = new(StringComparer.Ordinal);

    /// <param name="data">the projections the answer is read from: only their events make it be read again</param>
    /// <param name="question">what the answer depends on besides the tenant's data: a value with value equality</param>
    public async Task<T> GetOrReadAsync<T>(string tenantId, AdoptionData data, object question, Func<Task<T>> read, CancellationToken cancellationToken)
        where T : class
    {
        if (!answers.Enabled)
        {
            return await read();
        }

        var version = await _versions.GetOrAdd(tenantId, tenant => new(() => answers.VersionAsync(tenant, cancellationToken))).Value;
        return await answers.GetOrReadAsync(tenantId, version?.Of(data), question, read, cancellationToken);
    }
}
