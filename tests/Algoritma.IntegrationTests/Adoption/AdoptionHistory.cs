using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Requests;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.IntegrationTests.Adoption;

/// <summary>
/// A small hand-built history for Samarinda (WITA, UTC+8) on a database of its own, projected by the daemon.
/// Citizens c1–c4; kelurahan A and B in kecamatan Palaran (64.72.01), C in 64.72.02.
/// </summary>
public sealed class AdoptionHistory : IAsyncLifetime
{
    public const string A = "64.72.01.1001";
    public const string B = "64.72.01.1002";
    public const string C = "64.72.02.1001";

    public ApiFactory Api { get; } = new();

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)Api).InitializeAsync();
        await using var session = Api.Services.GetRequiredService<IDocumentStore>().LightweightSession("samarinda");

        // R1: online at A, 23:30 WITA on Monday 2 March, completed 00:30 on 3 March (a later local day), rated all 4s
        Request(session, A, Channel.Online, "c1", "2026-03-02T15:30:00Z", "2026-03-05T08:00:00Z",
            new RequestVerified("officer", At("2026-03-02T16:00:00Z")), new RequestCompleted("officer", At("2026-03-02T16:30:00Z")),
            new ServiceRated([4, 4, 4, 4, 4, 4, 4, 4, 4], "citizen", At("2026-03-03T01:00:00Z")));
        // R2: counter at A, 00:10 WITA on 3 March (still 2 March in UTC), completed two hours later, after its deadline
        Request(session, A, Channel.Counter, "c2", "2026-03-02T16:10:00Z", "2026-03-02T17:00:00Z",
            new RequestCompleted("officer", At("2026-03-02T18:10:00Z")));
        // R3: kiosk at B for c1 on 4 March, rejected
        Request(session, B, Channel.Kiosk, "c1", "2026-03-04T02:00:00Z", "2026-03-06T08:00:00Z",
            new RequestRejected("incomplete", "officer", At("2026-03-04T03:00:00Z")));
        // R4: assisted at C on 10 March, completed after 48 hours, rated all 3s
        Request(session, C, Channel.Assisted, "c3", "2026-03-10T01:00:00Z", "2026-03-13T08:00:00Z",
            new RequestCompleted("officer", At("2026-03-12T01:00:00Z")), new ServiceRated([3, 3, 3, 3, 3, 3, 3, 3, 3], "citizen", At("2026-03-12T02:00:00Z")));
        // R5: counter at A for c2 on 10 March, one hour
        Request(session, A, Channel.Counter, "c2", "2026-03-10T02:00:00Z", "2026-03-11T08:00:00Z",
            new RequestCompleted("officer", At("2026-03-10T03:00:00Z")));
        // R6: online at A for c4 on 6 April, still open
        Request(session, A, Channel.Online, "c4", "2026-04-06T01:00:00Z", "2026-04-09T08:00:00Z");
        // R7: counter at A for c1 on 7 April, thirty minutes
        Request(session, A, Channel.Counter, "c1", "2026-04-07T01:00:00Z", "2026-04-08T08:00:00Z",
            new RequestCompleted("officer", At("2026-04-07T01:30:00Z")));
        // R8: counter at B for c2 on 4 May: c2 comes back after a month away
        Request(session, B, Channel.Counter, "c2", "2026-05-04T01:00:00Z", "2026-05-05T08:00:00Z",
            new RequestCompleted("officer", At("2026-05-04T02:00:00Z")));
        await session.SaveChangesAsync();
        await Api.CatchUpAsync();
    }

    public async Task DisposeAsync() => await ((IAsyncLifetime)Api).DisposeAsync();

    public static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    /// <returns>the request's stream id</returns>
    internal static Guid Request(IDocumentSession session, string unit, Channel channel, string citizen, string submittedAt, string deadline, params object[] then)
    {
        var id = Guid.CreateVersion7();
        var submitted = new RequestSubmitted(id, $"T{id.ToString("N")[^10..]}", "ktp", 1, unit, channel, citizen, null, [], At(submittedAt), At(deadline), "officer");
        session.Events.StartStream<ServiceRequestView>(id, [submitted, .. then]);
        return id;
    }
}
