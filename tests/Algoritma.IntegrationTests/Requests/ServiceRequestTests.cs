using System.Net;
using System.Text.Json;
using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Requests;
using Marten;

namespace Algoritma.IntegrationTests.Requests;

[Collection(ApiCollection.Name)]
public sealed class ServiceRequestTests(ApiFactory api)
{
    private readonly RequestScenario _scenario = new(api);

    private static JsonElement RequestOf(GraphQLResponse response, string mutation)
    {
        Assert.True(response.Errors.Count == 0, response.ToString());
        var payload = response.Data.GetProperty(mutation);
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, payload.ToString());
        return payload.GetProperty("request");
    }

    private async Task<JsonElement> CurrentAsync(GraphQLClient client, JsonElement request) =>
        (await client.PostAsync($"query ($id: ID!) {{ node(id: $id) {{ ... on ServiceRequest {{ {RequestScenario.Fields} }} }} }}",
            new { id = request.GetProperty("id").GetString() })).Data.GetProperty("node");

    [Fact]
    public async Task A_submission_answers_with_the_view_a_later_read_returns()
    {
        await _scenario.EnsureDomisiliAsync();
        var citizen = await _scenario.NewCitizenAsync();

        var submitted = (await RequestScenario.SubmitAsync(citizen)).GetProperty("request");
        var read = await CurrentAsync(citizen, submitted);

        Assert.Equal(1, submitted.GetProperty("version").GetInt64());
        Assert.Equal(read.GetRawText(), submitted.GetRawText());
    }

    [Fact]
    public async Task A_request_walks_through_every_transition_and_keeps_its_history()
    {
        await _scenario.EnsureDomisiliAsync();
        var citizen = await _scenario.NewCitizenAsync();
        var officer = await _scenario.OfficerAsync();

        var request = (await RequestScenario.SubmitAsync(citizen)).GetProperty("request");
        Assert.Equal("SUBMITTED", request.GetProperty("status").GetString());
        Assert.Matches("^[0-9A-Z]{8}$", request.GetProperty("trackingCode").GetString());
        request = RequestOf(await RequestScenario.CommandAsync(officer, "returnServiceRequest", request, extraValues: new { reason = "KK tidak terbaca" }), "returnServiceRequest");
        request = RequestOf(await RequestScenario.CommandAsync(citizen, "resubmitServiceRequest", request, extraValues: new { documents = RequestScenario.Documents }), "resubmitServiceRequest");
        request = RequestOf(await RequestScenario.CommandAsync(officer, "verifyServiceRequest", request), "verifyServiceRequest");
        request = RequestOf(await RequestScenario.CommandAsync(officer, "completeServiceRequest", request), "completeServiceRequest");
        request = RequestOf(await RequestScenario.CommandAsync(citizen, "rateService", request, extraValues: new { scores = new[] { 4, 4, 3, 4, 3, 4, 4, 3, 4 } }), "rateService");

        Assert.Equal(6, request.GetProperty("version").GetInt64());
        Assert.Equal(["SUBMITTED", "RETURNED", "RESUBMITTED", "VERIFIED", "COMPLETED", "RATED"],
            request.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("event").GetString()));
        Assert.Equal("KK tidak terbaca", request.GetProperty("history")[1].GetProperty("note").GetString());

        var status = await api.Tenant("samarinda").PostAsync(
            "query ($code: String!) { requestStatus(trackingCode: $code) { status serviceCode history { event } } }",
            new { code = request.GetProperty("trackingCode").GetString() });
        Assert.Equal("COMPLETED", status.Data.GetProperty("requestStatus").GetProperty("status").GetString());
        Assert.DoesNotContain("citizen", status.Data.GetProperty("requestStatus").GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Refused_transitions_append_nothing()
    {
        await _scenario.EnsureDomisiliAsync();
        var citizen = await _scenario.NewCitizenAsync();
        var officer = await _scenario.OfficerAsync();
        var request = (await RequestScenario.SubmitAsync(citizen)).GetProperty("request");

        var early = await RequestScenario.CommandAsync(officer, "completeServiceRequest", request);
        var byCitizen = await RequestScenario.CommandAsync(citizen, "verifyServiceRequest", request);
        var cancellation = await RequestScenario.CommandAsync(citizen, "cancelServiceRequest", request);
        var afterCancel = await RequestScenario.CommandAsync(officer, "verifyServiceRequest", RequestOf(cancellation, "cancelServiceRequest"));

        Assert.Equal("INVALID_TRANSITION", early.Data.GetProperty("completeServiceRequest").GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("FORBIDDEN", byCitizen.FirstErrorCode);
        Assert.Equal("INVALID_TRANSITION", afterCancel.Data.GetProperty("verifyServiceRequest").GetProperty("errors")[0].GetProperty("code").GetString());
        var current = await CurrentAsync(officer, request);
        Assert.Equal(2, current.GetProperty("version").GetInt64());
        Assert.Equal("CANCELLED", current.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_stale_version_gets_conflict_and_appends_nothing()
    {
        await _scenario.EnsureDomisiliAsync();
        var citizen = await _scenario.NewCitizenAsync();
        var officer = await _scenario.OfficerAsync();
        var request = (await RequestScenario.SubmitAsync(citizen)).GetProperty("request");
        RequestOf(await RequestScenario.CommandAsync(officer, "verifyServiceRequest", request), "verifyServiceRequest");

        var stale = await RequestScenario.CommandAsync(officer, "rejectServiceRequest", request, extraValues: new { reason = "terlambat" });

        Assert.Equal("CONFLICT", stale.FirstErrorCode);
        var current = await CurrentAsync(officer, request);
        Assert.Equal(2, current.GetProperty("version").GetInt64());
        Assert.Equal("VERIFIED", current.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Fifty_concurrent_verifications_one_wins_the_rest_get_conflict()
    {
        await _scenario.EnsureDomisiliAsync();
        var citizen = await _scenario.NewCitizenAsync();
        var officer = await _scenario.OfficerAsync();
        // the path warmed first: in a process that has served nothing yet, 50 requests at once met Npgsql's 15 s connect
        // timeout (INTERNAL), which is not what this test is about (left in the closing note of 2026-12-04)
        await RequestScenario.CommandAsync(officer, "verifyServiceRequest", (await RequestScenario.SubmitAsync(citizen)).GetProperty("request"));
        var request = (await RequestScenario.SubmitAsync(citizen)).GetProperty("request");

        var attempts = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => RequestScenario.CommandAsync(officer, "verifyServiceRequest", request)));

        Assert.Equal(1, attempts.Count(a => a.Errors.Count == 0));
        Assert.Equal(Enumerable.Repeat("CONFLICT", 49), attempts.Where(a => a.Errors.Count > 0).Select(a => $"{a.FirstErrorCode}"));
        var current = await CurrentAsync(officer, request);
        Assert.Equal(2, current.GetProperty("version").GetInt64());
        Assert.Single(current.GetProperty("history").EnumerateArray(), h => h.GetProperty("event").GetString() == "VERIFIED");
    }

    [Fact]
    public async Task Submitting_twice_with_one_idempotency_key_creates_one_request()
    {
        await _scenario.EnsureDomisiliAsync();
        var citizen = await _scenario.NewCitizenAsync();

        var first = await RequestScenario.SubmitAsync(citizen, idempotencyKey: "form-7f3a");
        var second = await RequestScenario.SubmitAsync(citizen, idempotencyKey: "form-7f3a");
        var mine = await citizen.PostAsync("{ myRequests { totalCount } }");

        Assert.Equal(first.GetProperty("request").GetProperty("id").GetString(), second.GetProperty("request").GetProperty("id").GetString());
        Assert.Equal(1, mine.Data.GetProperty("myRequests").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("nope", null, "UNKNOWN_SERVICE", "service")]
    [InlineData("domisili", new[] { "ktp" }, "MISSING_DOCUMENT", "documents")]
    [InlineData("domisili", new[] { "ktp", "kk", "pengantar_rt", "paspor" }, "UNKNOWN_DOCUMENT", "documents")]
    public async Task Bad_submissions_are_refused_precisely_and_nothing_is_written(string service, string[]? documents, string code, string field)
    {
        await _scenario.EnsureDomisiliAsync();
        var citizen = await _scenario.NewCitizenAsync();

        var payload = await RequestScenario.SubmitAsync(citizen, documents: documents, service: service);
        var mine = await citizen.PostAsync("{ myRequests { totalCount } }");

        Assert.Contains(payload.GetProperty("errors").EnumerateArray(), e => e.GetProperty("code").GetString() == code
            && e.GetProperty("path").GetRawText() == $"[\"input\",\"{field}\"]");
        Assert.Equal(0, mine.Data.GetProperty("myRequests").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_service_not_offered_at_the_unit_or_channel_is_refused()
    {
        var admin = await _scenario.AdminAsync();
        await admin.PostAsync("mutation { cloneServiceTemplate(input: { template: \"sktm\" }) { errors { code } } }");
        var offer = await admin.PostAsync("mutation { offerService(input: { code: \"sktm\", unitCodes: [\"64.72.02.1001\"], channels: [COUNTER] }) { errors { code } } }");
        Assert.Empty(offer.Data.GetProperty("offerService").GetProperty("errors").EnumerateArray());
        var citizen = await _scenario.NewCitizenAsync();

        var payload = await RequestScenario.SubmitAsync(citizen, documents: ["ktp", "kk", "pengantar_rt", "pernyataan"], service: "sktm");

        var codes = payload.ErrorCodes();
        Assert.Contains("NOT_OFFERED_AT_UNIT", codes);
        Assert.Contains("NOT_OFFERED_THROUGH_CHANNEL", codes);
    }

    [Fact]
    public async Task An_officer_records_a_counter_service_in_one_step_and_an_invalid_nik_is_refused()
    {
        await _scenario.EnsureDomisiliAsync();
        var officer = await _scenario.OfficerAsync();
        const string mutation = "mutation ($input: RecordCounterServiceInput!) { recordCounterService(input: $input) { request { status channel history { event } } errors { code path } } }";

        var recorded = await officer.PostAsync(mutation, new { input = new { service = "domisili", unit = RequestScenario.Unit, documents = RequestScenario.Documents, citizenNik = "6472011508900001" } });
        var invalid = await officer.PostAsync(mutation, new { input = new { service = "domisili", unit = RequestScenario.Unit, documents = RequestScenario.Documents, citizenNik = "6472013208900001" } });

        var request = recorded.Data.GetProperty("recordCounterService").GetProperty("request");
        Assert.Equal("COMPLETED", request.GetProperty("status").GetString());
        Assert.Equal("COUNTER", request.GetProperty("channel").GetString());
        Assert.Equal("NIK_INVALID_DATE", invalid.Data.GetProperty("recordCounterService").GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_officer_of_another_unit_cannot_act_on_the_request()
    {
        await _scenario.EnsureDomisiliAsync();
        var admin = await _scenario.AdminAsync();
        await admin.PostAsync("mutation { createUser(input: { userName: \"petugas.seberang\", displayName: \"Petugas\", roles: [OFFICER], unit: \"64.72.02\", password: \"Kuat-Sekali-2026\" }) { errors { code } } }");
        var citizen = await _scenario.NewCitizenAsync();
        var request = (await RequestScenario.SubmitAsync(citizen)).GetProperty("request");
        var stranger = api.Tenant("samarinda").WithToken((await api.SignInAsync("petugas.seberang", "Kuat-Sekali-2026")).GetProperty("access_token").GetString()!);

        var verify = await RequestScenario.CommandAsync(stranger, "verifyServiceRequest", request);
        var queue = await stranger.PostAsync("{ requests(first: 100) { nodes { unitCode } } }");

        Assert.Equal("OUT_OF_SCOPE", verify.Data.GetProperty("verifyServiceRequest").GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.All(queue.Data.GetProperty("requests").GetProperty("nodes").EnumerateArray(),
            n => Assert.StartsWith("64.72.02", n.GetProperty("unitCode").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_officer_queue_filters_and_pages_newest_first()
    {
        await _scenario.EnsureDomisiliAsync();
        var citizen = await _scenario.NewCitizenAsync();
        var officer = await _scenario.OfficerAsync();
        var submitted = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            submitted.Add((await RequestScenario.SubmitAsync(citizen)).GetProperty("request").GetProperty("id").GetString()!);
        }

        const string queue = "query ($after: String) { requests(first: 2, after: $after, filter: { status: SUBMITTED, service: \"domisili\", unit: \"64.72.01\", channel: ONLINE, slaBreached: false }) { totalCount nodes { id status } pageInfo { hasNextPage endCursor } } }";
        var first = (await officer.PostAsync(queue)).Data.GetProperty("requests");
        var second = (await officer.PostAsync(queue, new { after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).Data.GetProperty("requests");
        var ids = first.GetProperty("nodes").EnumerateArray().Concat(second.GetProperty("nodes").EnumerateArray()).Select(n => n.GetProperty("id").GetString()).ToList();
        var breached = await officer.PostAsync("{ requests(filter: { slaBreached: true, service: \"domisili\" }) { nodes { id } } }");

        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(submitted[2], ids[0]);
        Assert.Contains(submitted[0], ids);
        Assert.All(first.GetProperty("nodes").EnumerateArray(), n => Assert.Equal("SUBMITTED", n.GetProperty("status").GetString()));
        Assert.DoesNotContain(breached.Data.GetProperty("requests").GetProperty("nodes").EnumerateArray(), n => submitted.Contains(n.GetProperty("id").GetString()!));
    }

    [Fact]
    public async Task Requests_of_one_instant_split_across_pages_are_each_listed_once()
    {
        // PostgreSQL reads .0001265 s as 127 µs (the double falls above the half), where rounding half to even gives 126
        var at = DateTimeOffset.Parse("2031-01-06T01:00:00.0001265Z", System.Globalization.CultureInfo.InvariantCulture);
        var tied = await SubmitAtAsync("ties", at, at, at);

        var listed = await ListOneByOneAsync("ties");

        Assert.Equal(tied.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Requests_a_microsecond_apart_are_each_listed_once_though_truncating_would_tie_them()
    {
        // PostgreSQL reads the first two as 127 and 126 µs; truncated, as Npgsql writes a column, they are 126 and 125,
        // and a cursor computed one way would meet rows stored the other way again on the third page
        var at = DateTimeOffset.Parse("2031-01-07T01:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var requests = await SubmitAtAsync("apart", at.AddTicks(1266), at.AddTicks(1257), at.AddTicks(1240));

        var listed = await ListOneByOneAsync("apart");

        Assert.Equal(requests, listed);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public async Task Paging_backward_with_last_and_before_lists_every_request_once_newest_first_across_ties(int size)
    {
        var at = DateTimeOffset.Parse("2031-01-08T01:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var service = $"backward-{size}";
        await SubmitAtAsync(service, at, at, at, at.AddMinutes(1), at.AddMinutes(2), at.AddMinutes(2));
        var admin = await _scenario.AdminAsync();
        var forward = (await admin.PostAsync("query ($service: String) { requests(first: 100, filter: { service: $service }) { nodes { id } } }", new { service }))
            .Data.GetProperty("requests").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();

        var listed = new List<string>();
        string? before = null;
        for (var pages = 0; pages < 10; pages++)
        {
            var page = (await admin.PostAsync(
                "query ($last: Int, $before: String, $service: String) { requests(last: $last, before: $before, filter: { service: $service }) { nodes { id } pageInfo { hasPreviousPage hasNextPage startCursor } } }",
                new { last = size, before, service })).Data.GetProperty("requests");
            listed.InsertRange(0, page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!));
            Assert.Equal(before is not null, page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
            if (!page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean())
            {
                break;
            }

            before = page.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        }

        Assert.Equal(6, forward.Count);
        Assert.Equal(forward, listed);
    }

    [Fact]
    public async Task A_cursor_from_a_backward_page_pages_forward_from_the_same_place()
    {
        var at = DateTimeOffset.Parse("2031-01-09T01:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        await SubmitAtAsync("mixed-direction", at.AddMinutes(1), at, at, at);
        var admin = await _scenario.AdminAsync();
        const string filter = "filter: { service: \"mixed-direction\" }";
        var all = Ids((await admin.PostAsync($"{{ requests(first: 10, {filter}) {{ nodes {{ id }} }} }}")).Data.GetProperty("requests"));

        var oldestTwo = (await admin.PostAsync($"{{ requests(last: 2, {filter}) {{ nodes {{ id }} pageInfo {{ startCursor }} }} }}")).Data.GetProperty("requests");
        var afterIt = (await admin.PostAsync($"query ($after: String) {{ requests(first: 10, after: $after, {filter}) {{ nodes {{ id }} }} }}",
            new { after = oldestTwo.GetProperty("pageInfo").GetProperty("startCursor").GetString() })).Data.GetProperty("requests");

        Assert.Equal(all[2..], Ids(oldestTwo));
        Assert.Equal(all[3..], Ids(afterIt));

        static List<string> Ids(System.Text.Json.JsonElement connection) =>
            [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];
    }

    [Fact]
    public async Task Paging_forward_and_backward_at_once_is_bad_user_input()
    {
        var admin = await _scenario.AdminAsync();

        var response = await admin.PostAsync("{ requests(first: 1, last: 1) { totalCount } }");

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
    }

    /// <summary>Requests of <paramref name="service"/> appended directly, one per instant; their global ids.</summary>
    private Task<List<string>> SubmitAtAsync(string service, params DateTimeOffset[] instants) =>
        api.InTenantAsync<IDocumentSession, List<string>>("samarinda", async session =>
        {
            var ids = instants.Select(_ => Guid.CreateVersion7()).ToList();
            foreach (var (id, at) in ids.Zip(instants))
            {
                session.Events.StartStream<ServiceRequestView>(id, new RequestSubmitted(
                    id, $"TIE{id.ToString("N")[^5..]}", service, 1, RequestScenario.Unit, Channel.Counter, "tie", null, [], at, at.AddDays(2), "officer"));
            }

            await session.SaveChangesAsync();
            return [.. ids.Select(id => RequestIds.Encode("samarinda", id))];
        });

    /// <summary>The ids <c>requests</c> lists for <paramref name="service"/>, a page of one at a time (at most ten pages).</summary>
    private async Task<List<string>> ListOneByOneAsync(string service)
    {
        var admin = await _scenario.AdminAsync();
        var listed = new List<string>();
        string? after = null;
        do
        {
            var page = (await admin.PostAsync("query ($after: String, $service: String) { requests(first: 1, after: $after, filter: { service: $service }) { nodes { id } pageInfo { hasNextPage endCursor } } }",
                new { after, service })).Data.GetProperty("requests");
            listed.AddRange(page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null && listed.Count < 10);

        return listed;
    }

    [Fact]
    public async Task Another_tenant_sees_none_of_the_requests()
    {
        await _scenario.EnsureDomisiliAsync();
        var citizen = await _scenario.NewCitizenAsync();
        var request = (await RequestScenario.SubmitAsync(citizen)).GetProperty("request");
        var makassar = api.Tenant("makassar").WithToken(await api.CityAdminAsync("makassar"));

        var list = await makassar.PostAsync("{ requests(first: 100) { totalCount } }");
        var byCode = await makassar.PostAsync("query ($c: String!) { requestStatus(trackingCode: $c) { status } }", new { c = request.GetProperty("trackingCode").GetString() });
        var byNode = await makassar.PostAsync("query ($id: ID!) { node(id: $id) { id } }", new { id = request.GetProperty("id").GetString() });
        var command = await RequestScenario.CommandAsync(makassar, "verifyServiceRequest", request);

        Assert.Equal(0, list.Data.GetProperty("requests").GetProperty("totalCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, byCode.Data.GetProperty("requestStatus").ValueKind);
        Assert.Equal(JsonValueKind.Null, byNode.Data.GetProperty("node").ValueKind);
        Assert.Equal("NOT_FOUND", command.FirstErrorCode);
    }

    [Fact]
    public async Task A_rating_is_given_once_with_nine_scores_from_one_to_four()
    {
        await _scenario.EnsureDomisiliAsync();
        var citizen = await _scenario.NewCitizenAsync();
        var officer = await _scenario.OfficerAsync();
        var request = (await RequestScenario.SubmitAsync(citizen)).GetProperty("request");
        request = RequestOf(await RequestScenario.CommandAsync(officer, "verifyServiceRequest", request), "verifyServiceRequest");
        request = RequestOf(await RequestScenario.CommandAsync(officer, "completeServiceRequest", request), "completeServiceRequest");

        var outOfRange = await RequestScenario.CommandAsync(citizen, "rateService", request, extraValues: new { scores = new[] { 5, 4, 4, 4, 4, 4, 4, 4, 4 } });
        request = RequestOf(await RequestScenario.CommandAsync(citizen, "rateService", request, extraValues: new { scores = new[] { 4, 4, 4, 4, 4, 4, 4, 4, 4 } }), "rateService");
        var again = await RequestScenario.CommandAsync(citizen, "rateService", request, extraValues: new { scores = new[] { 1, 1, 1, 1, 1, 1, 1, 1, 1 } });

        Assert.Equal("IKM_SCORE_OUT_OF_RANGE", outOfRange.Data.GetProperty("rateService").GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("ALREADY_RATED", again.Data.GetProperty("rateService").GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, again.Status);
    }
}
