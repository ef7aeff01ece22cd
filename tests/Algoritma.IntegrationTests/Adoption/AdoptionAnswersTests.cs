using Algoritma.Platform.Features.Adoption.Reading;
using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Requests;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.IntegrationTests.Adoption;

/// <summary>
/// The readers' answers are kept while the tenant's projected data stays at one version: asked again, they are not
/// read again; once the daemon applies a new event of the tenant, the next answer has it. Another city's events change
/// neither Samarinda's version nor its answers, and neither city sees the other's version.
/// </summary>
public sealed class AdoptionAnswersTests : IAsyncLifetime
{
    private const string MarchStarted = "{ adoption(from: \"2026-03-01\", to: \"2026-04-01\", granularity: MONTH) { started activeCitizens } }";

    private readonly AdoptionHistory _history = new();

    public async Task InitializeAsync() => await _history.InitializeAsync();

    public async Task DisposeAsync() => await _history.DisposeAsync();

    [Fact]
    public async Task A_question_asked_again_is_not_read_again_until_a_new_event_of_the_tenant_is_projected()
    {
        var reads = 0;
        Task<string> Read() => Task.FromResult($"read {++reads}");

        var first = await AskAsync("samarinda", ("question", 1), Read);
        var again = await AskAsync("samarinda", ("question", 1), Read);
        var other = await AskAsync("samarinda", ("question", 2), Read);
        await SubmitAsync("samarinda", "64.72.01.1001", "2026-03-20T02:00:00Z");
        var afterEvent = await AskAsync("samarinda", ("question", 1), Read);

        Assert.Equal(["read 1", "read 1", "read 2", "read 3"], [first, again, other, afterEvent]);
    }

    [Fact]
    public async Task A_completion_moves_only_the_usage_projection_so_an_answer_read_from_the_citizens_alone_is_kept()
    {
        var reads = 0;
        Task<string> Read() => Task.FromResult($"read {++reads}");
        var request = await SubmitAsync("samarinda", "64.72.01.1001", "2026-03-20T02:00:00Z");
        var citizens = await AskAsync("samarinda", AdoptionData.Citizens, "citizens", Read);
        var usage = await AskAsync("samarinda", AdoptionData.Usage, "usage", Read);

        await using (var session = _history.Api.Services.GetRequiredService<IDocumentStore>().LightweightSession("samarinda"))
        {
            session.Events.Append(request, new RequestVerified("officer", AdoptionHistory.At("2026-03-20T03:00:00Z")),
                new RequestCompleted("officer", AdoptionHistory.At("2026-03-20T04:00:00Z")));
            await session.SaveChangesAsync();
        }

        await _history.Api.CatchUpAsync();

        Assert.Equal(["read 1", "read 2"], [citizens, usage]);
        Assert.Equal("read 1", await AskAsync("samarinda", AdoptionData.Citizens, "citizens", Read));
        Assert.Equal("read 3", await AskAsync("samarinda", AdoptionData.Usage, "usage", Read));
    }

    [Fact]
    public async Task The_dashboard_has_a_new_event_as_soon_as_the_daemon_has_applied_it()
    {
        var manager = _history.Api.Tenant("samarinda").WithToken(await _history.Api.CityAdminAsync("samarinda"));
        var before = await StartedAsync(manager);
        Assert.Equal(before, await StartedAsync(manager));

        await SubmitAsync("samarinda", AdoptionHistory.B, "2026-03-20T02:00:00Z", citizen: "first seen in March");

        Assert.Equal((before.Started + 1, before.Active + 1), await StartedAsync(manager));
    }

    [Fact]
    public async Task Another_citys_events_leave_samarindas_answers_and_version_alone_and_neither_sees_the_others_version()
    {
        var reads = 0;
        Task<string> Read() => Task.FromResult($"read {++reads}");
        var first = await AskAsync("samarinda", "question", Read);
        var makassarFirst = await AskAsync("makassar", "question", Read);

        await SubmitAsync("makassar", "73.71.01.1001", "2026-03-20T02:00:00Z");

        Assert.Equal(first, await AskAsync("samarinda", "question", Read));
        Assert.Equal(["read 1", "read 2"], [first, makassarFirst]);
        Assert.Equal(["samarinda", "samarinda"], await VisibleVersionsAsync("samarinda"));
        Assert.Equal(["makassar", "makassar"], await VisibleVersionsAsync("makassar"));
        Assert.Equal("read 3", await AskAsync("makassar", "question", Read));
    }

    /// <summary>One operation's question read from both projections (each in a scope of its own, as each GraphQL operation is).</summary>
    private Task<string> AskAsync(string tenant, object question, Func<Task<string>> read) =>
        AskAsync(tenant, AdoptionData.Usage | AdoptionData.Citizens, question, read);

    private async Task<string> AskAsync(string tenant, AdoptionData data, object question, Func<Task<string>> read)
    {
        await using var scope = _history.Api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AdoptionReads>().GetOrReadAsync(tenant, data, question, read, default);
    }

    private static async Task<(long Started, long Active)> StartedAsync(GraphQLClient manager)
    {
        var response = await manager.PostAsync(MarchStarted);
        Assert.True(response.Errors.Count == 0, response.ToString());
        var march = response.Data.GetProperty("adoption")[0];
        return (march.GetProperty("started").GetInt64(), march.GetProperty("activeCitizens").GetInt64());
    }

    /// <returns>the request's stream id</returns>
    private async Task<Guid> SubmitAsync(string tenant, string unit, string at, string citizen = "c9")
    {
        Guid request;
        await using (var session = _history.Api.Services.GetRequiredService<IDocumentStore>().LightweightSession(tenant))
        {
            request = AdoptionHistory.Request(session, unit, Channel.Online, citizen, at, "2026-03-23T08:00:00Z");
            await session.SaveChangesAsync();
        }

        await _history.Api.CatchUpAsync();
        return request;
    }

    /// <summary>The tenants whose versions (usage, citizens) a connection of the tenant's pool sees (row-level security, as the application role).</summary>
    private async Task<List<string>> VisibleVersionsAsync(string tenant)
    {
        await using var connection = await _history.Api.Services.GetRequiredService<AdoptionDatabase>().OpenConnectionAsync(tenant, default);
        await using var command = new Npgsql.NpgsqlCommand("SELECT tenant_id FROM marten.adoption_versions UNION ALL SELECT tenant_id FROM marten.adoption_citizen_versions ORDER BY 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var tenants = new List<string>();
        while (await reader.ReadAsync())
        {
            tenants.Add(reader.GetString(0));
        }

        return tenants;
    }
}
