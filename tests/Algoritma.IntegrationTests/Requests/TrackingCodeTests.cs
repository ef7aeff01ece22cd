using System.Collections.Concurrent;
using Algoritma.Platform.Features.Requests;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.IntegrationTests.Requests;

/// <summary>A host whose tracking codes come from a script, so a test can hand out a code that is already taken.</summary>
public sealed class ScriptedTrackingCodesApiFactory : ApiFactory
{
    public ScriptedTrackingCodes Codes { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TrackingCodes>(Codes);
}

/// <summary>The scripted codes first, then random ones.</summary>
public sealed class ScriptedTrackingCodes : TrackingCodes
{
    private readonly ConcurrentQueue<string> _script = new();

    public void Script(params string[] codes)
    {
        _script.Clear();
        foreach (var code in codes)
        {
            _script.Enqueue(code);
        }
    }

    public override string Next() => _script.TryDequeue(out var code) ? code : base.Next();
}

public sealed class TrackingCodeTests(ScriptedTrackingCodesApiFactory api) : IClassFixture<ScriptedTrackingCodesApiFactory>
{
    private readonly RequestScenario _scenario = new(api);

    private Task<int> SubmittedEventsAsync() => api.InTenantAsync<IQuerySession, int>("samarinda",
        session => session.Events.QueryAllRawEvents().CountAsync(e => e.EventTypeName == "request_submitted"));

    [Fact]
    public async Task A_tracking_code_another_request_holds_is_drawn_again()
    {
        await _scenario.EnsureDomisiliAsync();
        var citizen = await _scenario.NewCitizenAsync();
        api.Codes.Script("TAKEN001", "TAKEN001", "FRESH002");
        var before = await SubmittedEventsAsync();

        var first = await RequestScenario.SubmitAsync(citizen);
        var second = await RequestScenario.SubmitAsync(citizen);
        var status = await api.Tenant("samarinda").PostAsync("{ requestStatus(trackingCode: \"FRESH002\") { status } }");

        Assert.Equal("TAKEN001", first.GetProperty("request").GetProperty("trackingCode").GetString());
        Assert.Empty(second.GetProperty("errors").EnumerateArray());
        Assert.Equal("FRESH002", second.GetProperty("request").GetProperty("trackingCode").GetString());
        Assert.Equal("SUBMITTED", status.Data.GetProperty("requestStatus").GetProperty("status").GetString());
        Assert.Equal(before + 2, await SubmittedEventsAsync());
    }

    [Fact]
    public async Task Only_taken_codes_are_a_conflict_and_nothing_is_written()
    {
        await _scenario.EnsureDomisiliAsync();
        var citizen = await _scenario.NewCitizenAsync();
        api.Codes.Script("TAKEN003", "TAKEN003", "TAKEN003", "TAKEN003");
        await RequestScenario.SubmitAsync(citizen);
        var before = await SubmittedEventsAsync();

        var refused = await citizen.PostAsync(
            "mutation ($input: SubmitServiceRequestInput!) { submitServiceRequest(input: $input) { request { id } errors { code } } }",
            new { input = new { service = "domisili", unit = RequestScenario.Unit, channel = "ONLINE", documents = RequestScenario.Documents } });
        var mine = await citizen.PostAsync("{ myRequests { totalCount } }");

        Assert.Equal("CONFLICT", refused.FirstErrorCode);
        Assert.Equal(before, await SubmittedEventsAsync());
        Assert.Equal(1, mine.Data.GetProperty("myRequests").GetProperty("totalCount").GetInt32());
    }
}
