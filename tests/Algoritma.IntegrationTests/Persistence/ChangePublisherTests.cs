using System.Collections.Concurrent;
using System.Text;
using Algoritma.GraphQL.Server.Relay;
using Algoritma.IntegrationTests.Requests;
using Algoritma.Platform.Persistence.Changes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Algoritma.IntegrationTests.Persistence;

/// <summary>
/// The process's committed changes reach a LISTEN connection through <see cref="ChangePublisher"/>: every one, once,
/// gathered into far fewer notifications than changes, each within PostgreSQL's payload limit, and what is still
/// waiting when the publisher stops is sent before it does. Only a commit is published: a save that lost its race is not.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ChangePublisherTests(ApiFactory api)
{
    private const int Changes = 2_500;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Changes_published_back_to_back_all_arrive_once_in_few_notifications_and_a_stop_sends_the_rest_first()
    {
        var tenants = new[] { $"publisher-a-{Guid.NewGuid():N}"[..30], $"publisher-b-{Guid.NewGuid():N}"[..30] };
        var sent = Enumerable.Range(1, Changes).Select(i => new StreamChange(tenants[i % 2], Guid.NewGuid(), i)).ToList();
        var heard = new ConcurrentQueue<string>();
        await using var listener = await ListenAsync(payload =>
        {
            if (tenants.Any(tenant => payload.Contains(tenant, StringComparison.Ordinal)))
            {
                heard.Enqueue(payload);
            }
        });

        await using (var publisher = new ChangePublisher(api.Services.GetRequiredService<ChangeDatabase>(), NullLogger<ChangePublisher>.Instance))
        {
            sent.ForEach(publisher.Publish);
        }

        var received = await ReceiveAsync(listener, heard, Changes);
        Assert.Equal(sent.ToHashSet(), received.ToHashSet());
        Assert.Equal(Changes, received.Count);
        Assert.True(heard.Count <= Changes / 20, $"{heard.Count} notifications for {Changes} changes");
        Assert.All(heard, payload => Assert.True(Encoding.UTF8.GetByteCount(payload) < 8_000));
    }

    [Fact]
    public async Task Of_eight_concurrent_verifications_only_the_one_committed_is_published()
    {
        var scenario = new RequestScenario(api);
        await scenario.EnsureDomisiliAsync();
        var officer = await scenario.OfficerAsync();
        var request = (await RequestScenario.SubmitAsync(await scenario.NewCitizenAsync())).GetProperty("request");
        Assert.True(GlobalId.TryDecode(request.GetProperty("id").GetString(), out _, out var key));
        var streamId = Guid.Parse(key[(key.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        var heard = new ConcurrentQueue<string>();
        await using var listener = await ListenAsync(payload => heard.Enqueue(payload));

        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => RequestScenario.CommandAsync(officer, "verifyServiceRequest", request)));
        await ReceiveAsync(listener, heard, expected: 1, streamId);
        await KeepListeningAsync(listener, ChangePublisher.GatherWindow * 30);

        Assert.Equal(7, attempts.Count(a => a.FirstErrorCode == "CONFLICT"));
        Assert.Equal([new StreamChange("samarinda", streamId, 2)], Heard(heard, streamId).Where(change => change.Version > 1));
    }

    /// <summary>Takes every notification that comes during <paramref name="duration"/>.</summary>
    private static async Task KeepListeningAsync(NpgsqlConnection listener, TimeSpan duration)
    {
        // the token ends the wait too: with only the timeout, a fresh-clone run waited here for good (a dump showed
        // this await in Npgsql's connector long after the timeout)
        using var over = new CancellationTokenSource(duration);
        var until = DateTimeOffset.UtcNow + duration;
        try
        {
            while (until - DateTimeOffset.UtcNow is { Ticks: > 0 } left)
            {
                await listener.WaitAsync(left, over.Token);
            }
        }
        catch (OperationCanceledException) when (over.IsCancellationRequested)
        {
            // the listening time is over
        }
    }

    private static List<StreamChange> Heard(ConcurrentQueue<string> heard, Guid? streamId) =>
        [.. heard.SelectMany(StreamChange.FromPayload).Where(change => streamId is null || change.StreamId == streamId)];

    private async Task<NpgsqlConnection> ListenAsync(Action<string> onPayload)
    {
        var connection = new NpgsqlConnection(api.Database.ConnectionString);
        await connection.OpenAsync();
        connection.Notification += (_, notification) => onPayload(notification.Payload);
        await using var listen = new NpgsqlCommand($"LISTEN {StreamChange.Channel}", connection);
        await listen.ExecuteNonQueryAsync();
        return connection;
    }

    /// <summary>Waits on the connection until the payloads carry <paramref name="expected"/> changes (of one stream if named), or patience runs out.</summary>
    private static async Task<List<StreamChange>> ReceiveAsync(NpgsqlConnection listener, ConcurrentQueue<string> heard, int expected, Guid? streamId = null)
    {
        using var patience = new CancellationTokenSource(Patience);
        List<StreamChange> received = [];
        try
        {
            while ((received = Heard(heard, streamId)).Count < expected && !patience.IsCancellationRequested)
            {
                await listener.WaitAsync(TimeSpan.FromMilliseconds(200), patience.Token); // the token too, as in KeepListeningAsync
            }
        }
        catch (OperationCanceledException) when (patience.IsCancellationRequested)
        {
            received = Heard(heard, streamId);
        }

        return received;
    }
}
