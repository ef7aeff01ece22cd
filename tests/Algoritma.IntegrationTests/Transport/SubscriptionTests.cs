using System.Text.Json;
using Algoritma.IntegrationTests.Requests;
using Algoritma.Platform.Persistence.Changes;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.IntegrationTests.Transport;

/// <summary>graphql-transport-ws on the GraphQL paths: the protocol's rules, and changes reaching subscribers across processes.</summary>
[Collection(ApiCollection.Name)]
public sealed class SubscriptionTests(ApiFactory api)
{
    private const string Samarinda = "/t/samarinda/graphql";
    private const string Queue = "subscription { requestQueueChanged { trackingCode status unitCode } }";
    private const string Mine = "subscription { myRequestsChanged { trackingCode status } }";
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1.5);

    private readonly RequestScenario _scenario = new(api);

    private async Task<string> OfficerTokenAsync(string userName = "petugas.rawamakmur") =>
        (await api.SignInAsync(userName)).GetProperty("access_token").GetString()!;

    /// <summary>
    /// Waits until this host's change feed has <paramref name="count"/> subscribers (the operations run apart from the
    /// socket's messages, so a subscribe is not live when it is sent; on a loaded machine a fixed pause was too short),
    /// then gives the LISTEN connection a moment.
    /// </summary>
    private async Task UntilSubscribedAsync(int count)
    {
        var feed = api.Services.GetRequiredService<ChangeFeed>();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (feed.SubscriberCount < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{feed.SubscriberCount} of {count} subscriptions live after 10 s");
            await Task.Delay(20);
        }

        await Task.Delay(300);
    }

    /// <summary>Lets the subscriptions of an earlier test close, so that they are not counted as this test's.</summary>
    private async Task UntilNoSubscribersAsync()
    {
        var feed = api.Services.GetRequiredService<ChangeFeed>();
        for (var waited = 0; feed.SubscriberCount > 0 && waited < 5_000; waited += 20)
        {
            await Task.Delay(20);
        }
    }

    private static string TrackingCodeOf(JsonElement? next, string field) =>
        next!.Value.GetProperty("payload").GetProperty("data").GetProperty(field).GetProperty("trackingCode").GetString()!;

    [Fact]
    public async Task A_change_committed_through_another_api_process_reaches_the_officer_and_the_citizen_subscribed_here()
    {
        await _scenario.EnsureDomisiliAsync();
        var (citizen, citizenToken) = await _scenario.NewCitizenWithTokenAsync();
        await UntilNoSubscribersAsync();
        await using var officer = await GraphQLSocket.OpenAsync(api, Samarinda, await OfficerTokenAsync());
        await using var owner = await GraphQLSocket.OpenAsync(api, Samarinda, citizenToken);
        await officer.SubscribeAsync("q", Queue);
        await owner.SubscribeAsync("m", Mine);
        await UntilSubscribedAsync(2);

        await using var second = new SecondApiHost(api.Database.ConnectionString);
        var submitted = await RequestScenario.SubmitAsync(second.Tenant("samarinda").WithToken(citizenToken));
        var code = submitted.GetProperty("request").GetProperty("trackingCode").GetString();

        Assert.Equal(code, TrackingCodeOf(await officer.ReceiveAsync("q", "next"), "requestQueueChanged"));
        Assert.Equal(code, TrackingCodeOf(await owner.ReceiveAsync("m", "next"), "myRequestsChanged"));
        _ = citizen;
    }

    [Fact]
    public async Task The_public_status_follows_a_tracking_code_without_a_token()
    {
        await _scenario.EnsureDomisiliAsync();
        var citizen = await _scenario.NewCitizenAsync();
        var request = (await RequestScenario.SubmitAsync(citizen)).GetProperty("request");
        await UntilNoSubscribersAsync();
        await using var anyone = await GraphQLSocket.OpenAsync(api, Samarinda);
        await anyone.SubscribeAsync("s", "subscription ($code: String!) { requestStatusChanged(trackingCode: $code) { trackingCode status } }",
            new { code = request.GetProperty("trackingCode").GetString() });
        await UntilSubscribedAsync(1);

        await RequestScenario.CommandAsync(citizen, "cancelServiceRequest", request);

        var next = await anyone.ReceiveAsync("s", "next");
        Assert.Equal("CANCELLED", next!.Value.GetProperty("payload").GetProperty("data").GetProperty("requestStatusChanged").GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_officer_hears_only_their_units_requests_a_citizen_only_their_own_and_samarinda_never_hears_makassar()
    {
        await _scenario.EnsureDomisiliAsync();
        var (_, ownerToken) = await _scenario.NewCitizenWithTokenAsync();
        var (_, otherToken) = await _scenario.NewCitizenWithTokenAsync();
        await UntilNoSubscribersAsync();
        await using var otherKelurahan = await GraphQLSocket.OpenAsync(api, Samarinda, await OfficerTokenAsync("petugas.rawamakmur"));
        await using var kecamatan = await GraphQLSocket.OpenAsync(api, Samarinda, await OfficerTokenAsync("petugas.palaran"));
        await using var otherCitizen = await GraphQLSocket.OpenAsync(api, Samarinda, otherToken);
        await otherKelurahan.SubscribeAsync("q", Queue);
        await kecamatan.SubscribeAsync("q", Queue);
        await otherCitizen.SubscribeAsync("m", Mine);
        await using var filtered = await GraphQLSocket.OpenAsync(api, Samarinda, await api.CityAdminAsync("samarinda"));
        await filtered.SubscribeAsync("f", "subscription { requestQueueChanged(filter: { unit: \"64.72.01.1001\" }) { trackingCode } }");
        await filtered.SubscribeAsync("g", "subscription { requestQueueChanged(filter: { unit: \"64.72.01\", status: SUBMITTED }) { trackingCode } }");
        await UntilSubscribedAsync(5);

        var makassar = api.Tenant("makassar").WithToken(await api.CityAdminAsync("makassar"));
        var counter = await makassar.PostAsync(
            "mutation ($input: RecordCounterServiceInput!) { recordCounterService(input: $input) { request { trackingCode } errors { code message } } }",
            new { input = new { service = "domisili", unit = "73.71.01.1001", documents = RequestScenario.Documents, citizenNik = "7371011508900001" } });
        Assert.True(counter.Data.GetProperty("recordCounterService").GetProperty("errors").GetArrayLength() == 0, counter.ToString());
        var submitted = await api.Tenant("samarinda").WithToken(ownerToken).PostAsync(
            "mutation ($input: SubmitServiceRequestInput!) { submitServiceRequest(input: $input) { request { trackingCode } errors { code message } } }",
            new { input = new { service = "domisili", unit = "64.72.01.1002", channel = "ONLINE", documents = RequestScenario.Documents } });
        var code = submitted.Data.GetProperty("submitServiceRequest").GetProperty("request").GetProperty("trackingCode").GetString();

        Assert.Equal(code, TrackingCodeOf(await kecamatan.ReceiveAsync("q", "next"), "requestQueueChanged"));
        var byFilter = await filtered.ReceiveAsync(Quiet);
        Assert.Equal("g", byFilter!.Value.GetProperty("id").GetString());
        Assert.Equal(code, TrackingCodeOf(byFilter, "requestQueueChanged"));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => filtered.ReceiveAsync(Quiet));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => otherKelurahan.ReceiveAsync(Quiet));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => otherCitizen.ReceiveAsync(Quiet));
    }

    [Fact]
    public async Task Staff_and_citizen_subscriptions_need_a_token_and_a_bad_one_is_refused_with_4403()
    {
        await using var anonymous = await GraphQLSocket.OpenAsync(api, Samarinda);
        await anonymous.SubscribeAsync("q", Queue);
        var error = await anonymous.ReceiveAsync("q", "error");
        Assert.Equal("UNAUTHENTICATED", error!.Value.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());

        await using var forged = await GraphQLSocket.ConnectAsync(api, Samarinda);
        await forged.SendAsync(new { type = "connection_init", payload = new { authorization = "Bearer not-a-token" } });
        Assert.Equal(4403, await forged.ClosedWithAsync());

        await using var foreign = await GraphQLSocket.ConnectAsync(api, Samarinda);
        await foreign.SendAsync(new { type = "connection_init", payload = new { authorization = "Bearer " + await api.CityAdminAsync("makassar") } });
        Assert.Equal(4403, await foreign.ClosedWithAsync());
    }

    [Fact]
    public async Task The_protocol_close_codes_4400_4401_4406_4409_4429()
    {
        await using var garbage = await GraphQLSocket.OpenAsync(api, Samarinda);
        await garbage.SendTextAsync("{\"type\":\"hello\"}");
        Assert.Equal(4400, await garbage.ClosedWithAsync());

        await using var early = await GraphQLSocket.ConnectAsync(api, Samarinda);
        await early.SubscribeAsync("1", Queue);
        Assert.Equal(4401, await early.ClosedWithAsync());

        await using var noProtocol = await GraphQLSocket.ConnectAsync(api, Samarinda, subprotocol: null);
        Assert.Equal(4406, await noProtocol.ClosedWithAsync());

        await using var twice = await GraphQLSocket.OpenAsync(api, Samarinda, await OfficerTokenAsync());
        await twice.SubscribeAsync("same", Queue);
        await twice.SubscribeAsync("same", Queue);
        Assert.Equal(4409, await twice.ClosedWithAsync());

        await using var reinit = await GraphQLSocket.OpenAsync(api, Samarinda);
        await reinit.SendAsync(new { type = "connection_init" });
        Assert.Equal(4429, await reinit.ClosedWithAsync());
    }

    [Fact]
    public async Task A_socket_without_connection_init_is_closed_with_4408_after_the_init_timeout()
    {
        await using var second = new SecondApiHost(api.Database.ConnectionString);
        await using var quick = second.WithWebHostBuilder(b => b.UseSetting("GraphQL:WebSockets:ConnectionInitTimeout", "00:00:00.300"));
        await using var silent = await GraphQLSocket.ConnectAsync(quick, Samarinda);
        Assert.Equal(4408, await silent.ClosedWithAsync());
    }

    [Fact]
    public async Task Ping_gets_pong_queries_run_over_the_socket_and_the_operation_limit_answers_an_error()
    {
        await using var second = new SecondApiHost(api.Database.ConnectionString);
        await using var limited = second.WithWebHostBuilder(b => b.UseSetting("GraphQL:WebSockets:MaxOperationsPerConnection", "2"));
        await using var socket = await GraphQLSocket.OpenAsync(limited, Samarinda, await OfficerTokenAsync());
        await socket.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await socket.ReceiveAsync())!.Value.GetProperty("type").GetString());

        await socket.SubscribeAsync("query", "{ __typename }");
        Assert.Equal("Query", (await socket.ReceiveAsync("query", "next"))!.Value.GetProperty("payload").GetProperty("data").GetProperty("__typename").GetString());
        Assert.NotNull(await socket.ReceiveAsync("query", "complete"));

        await socket.SubscribeAsync("a", Queue);
        await socket.SubscribeAsync("b", Queue);
        await socket.SubscribeAsync("c", Queue);
        var refused = await socket.ReceiveAsync("c", "error");
        Assert.Equal("RATE_LIMITED", refused!.Value.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());

        await socket.SendAsync(new { id = "a", type = "complete" });
        await Task.Delay(200);
        await socket.SubscribeAsync("c", "{ __typename }");
        Assert.NotNull(await socket.ReceiveAsync("c", "next"));
    }

    [Fact]
    public async Task A_revoked_token_stops_its_socket_at_the_next_event_with_4403()
    {
        await _scenario.EnsureDomisiliAsync();
        var (_, citizenToken) = await _scenario.NewCitizenWithTokenAsync();
        var officerToken = await OfficerTokenAsync();
        await UntilNoSubscribersAsync();
        await using var officer = await GraphQLSocket.OpenAsync(api, Samarinda, officerToken);
        await officer.SubscribeAsync("q", Queue);
        await UntilSubscribedAsync(1);
        using var revoked = await api.CreateClient().PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = Tokens.OfficerApp, ["token"] = officerToken, ["token_type_hint"] = "access_token",
        }));
        Assert.True(revoked.IsSuccessStatusCode);

        await RequestScenario.SubmitAsync(api.Tenant("samarinda").WithToken(citizenToken));

        Assert.Equal(4403, await officer.ClosedWithAsync());
    }

    [Fact]
    public async Task A_subscription_over_http_is_refused_with_a_pointer_to_the_websocket()
    {
        var response = await api.Tenant("samarinda").PostAsync(Mine);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", response.FirstErrorCode);
    }

    [Fact]
    public async Task Screening_applies_to_socket_operations_as_to_http_requests()
    {
        await using var socket = await GraphQLSocket.OpenAsync(api, Samarinda);
        await socket.SubscribeAsync("nul", "subscription ($code: String!) { requestStatusChanged(trackingCode: $code) { status } }", new { code = "A\u0000B" });
        var error = await socket.ReceiveAsync("nul", "error");
        Assert.Equal("BAD_USER_INPUT", error!.Value.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
