using System.Text.Json;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.Features.Shared;
using Algoritma.Simulation;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.IntegrationTests.Requests;

/// <summary>
/// The public-service rules through the API: only the service user answers the IKM survey (PermenPANRB 14/2017), the
/// SLA clock starts from complete documents (PermenPANRB 15/2014), and the public status carries no officer's words.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RequestRulesTests(ApiFactory api)
{
    private static readonly int[] Scores = [4, 4, 3, 4, 4, 3, 4, 4, 4];
    private static readonly TimeSpan Wita = TimeSpan.FromHours(8);
    private readonly RequestScenario _scenario = new(api);

    [Fact]
    public async Task Staff_may_not_answer_the_survey_of_an_online_request_and_its_citizen_still_can()
    {
        await _scenario.EnsureDomisiliAsync();
        var citizen = await _scenario.NewCitizenAsync();
        var officer = await _scenario.OfficerAsync();
        var request = (await RequestScenario.SubmitAsync(citizen)).GetProperty("request");
        request = Request(await RequestScenario.CommandAsync(officer, "verifyServiceRequest", request), "verifyServiceRequest");
        request = Request(await RequestScenario.CommandAsync(officer, "completeServiceRequest", request), "completeServiceRequest");

        var byOfficer = await RequestScenario.CommandAsync(officer, "rateService", request, extraValues: new { scores = Scores });
        var byAdmin = await RequestScenario.CommandAsync(await _scenario.AdminAsync(), "rateService", request, extraValues: new { scores = Scores });
        var byAnotherCitizen = await RequestScenario.CommandAsync(await _scenario.NewCitizenAsync(), "rateService", request, extraValues: new { scores = Scores });
        var byCitizen = await RequestScenario.CommandAsync(citizen, "rateService", request, extraValues: new { scores = Scores });

        Assert.Equal("OUT_OF_SCOPE", ErrorCode(byOfficer, "rateService"));
        Assert.Equal("OUT_OF_SCOPE", ErrorCode(byAdmin, "rateService"));
        Assert.Equal("OUT_OF_SCOPE", ErrorCode(byAnotherCitizen, "rateService"));
        var rated = Request(byCitizen, "rateService");
        Assert.Equal("CITIZEN", rated.GetProperty("history").EnumerateArray().Last().GetProperty("actorRole").GetString());
    }

    [Fact]
    public async Task An_officer_records_the_answers_of_a_counter_service_marked_and_counted_apart_and_the_citizen_served_may_answer_on_their_account()
    {
        var admin = await _scenario.AdminAsync();
        await admin.PostAsync("mutation { cloneServiceTemplate(input: { template: \"pengantar-skck\", code: \"skck-rules\" }) { errors { code } } }");
        var officer = await _scenario.OfficerAsync();
        const string nik = "6472014107950003";
        var (citizen, _) = await RegisterAsync(nik);

        var recorded = Request(await RecordCounterAsync(officer, "skck-rules", nik), "recordCounterService");
        var answered = Request(await RecordCounterAsync(officer, "skck-rules", nik), "recordCounterService");
        var byStaff = Request(await RateAsync(officer, recorded), "rateService");
        var byCitizen = Request(await RateAsync(citizen, answered), "rateService");
        // a counter service at another kelurahan of Palaran, recorded by the kecamatan's officer: Rawa Makmur's officer is out of its scope
        var elsewhere = Request(await RecordCounterAsync(await _scenario.OfficerAsync("petugas.palaran"), "skck-rules", nik, "64.72.01.1002"), "recordCounterService");
        var byOtherOfficer = await RateAsync(officer, elsewhere);

        Assert.True(byStaff.GetProperty("history").EnumerateArray().Last().GetProperty("recordedByStaff").GetBoolean());
        Assert.False(byCitizen.GetProperty("history").EnumerateArray().Last().GetProperty("recordedByStaff").GetBoolean());
        Assert.Equal("OUT_OF_SCOPE", ErrorCode(byOtherOfficer, "rateService"));
        var counts = await admin.PostAsync("""
            { all: satisfaction(service: "skck-rules") { responses }
              staff: satisfaction(service: "skck-rules", recordedBy: STAFF) { responses }
              citizens: satisfaction(service: "skck-rules", recordedBy: CITIZEN) { responses } }
            """);
        Assert.Equal(2, counts.Data.GetProperty("all").GetProperty("responses").GetInt64());
        Assert.Equal(1, counts.Data.GetProperty("staff").GetProperty("responses").GetInt64());
        Assert.Equal(1, counts.Data.GetProperty("citizens").GetProperty("responses").GetInt64());
    }

    [Fact]
    public async Task A_request_resubmitted_after_its_first_deadline_is_not_breached_when_completed_within_the_new_one()
    {
        await _scenario.EnsureDomisiliAsync();
        var (citizen, userId) = await RegisterAsync(null);
        var officerCaller = new Caller("officer-sla", "Petugas", "samarinda", [Roles.Officer], RequestScenario.Unit);
        var citizenCaller = new Caller(userId.ToString(), "Warga", "samarinda", [Roles.Citizen], null);
        // domisili: one working day. Submitted Monday 2 February 2026 09:00 WITA (due 16:00 that day), returned at 10:00,
        // resubmitted a week later, Monday 9 February 09:00 (due 16:00 that day), completed at 11:00
        var submittedAt = new DateTimeOffset(2026, 2, 2, 9, 0, 7, Wita).ToUniversalTime();
        var resubmittedAt = new DateTimeOffset(2026, 2, 9, 9, 0, 0, Wita).ToUniversalTime();
        var id = await WithClockAsync(submittedAt, async (handler, clock) =>
        {
            var view = Payload(await handler.SubmitAsync(new SubmitServiceRequestInput("domisili", RequestScenario.Unit, Channel.Online, RequestScenario.Documents, null, null), citizenCaller, default));
            clock.Now = submittedAt.AddHours(1);
            view = Payload(await handler.DecideAsync(view.Id, view.Version, new ReturnRequest("KK tidak terbaca", "officer", clock.Now, ReasonCode.InvalidDocument), officerCaller, default));
            clock.Now = resubmittedAt;
            view = Payload(await handler.DecideAsync(view.Id, view.Version, new ResubmitRequest(RequestScenario.Documents, userId, clock.Now), citizenCaller, default));
            clock.Now = resubmittedAt.AddHours(1);
            view = Payload(await handler.DecideAsync(view.Id, view.Version, new VerifyRequest("officer", clock.Now), officerCaller, default));
            clock.Now = resubmittedAt.AddHours(2);
            view = Payload(await handler.DecideAsync(view.Id, view.Version, new CompleteRequest("officer", clock.Now), officerCaller, default));
            return view.Id;
        });

        var mine = (await citizen.PostAsync("{ myRequests { nodes { id slaBreached deadline history { event deadline } } } }"))
            .Data.GetProperty("myRequests").GetProperty("nodes")[0];
        Assert.False(mine.GetProperty("slaBreached").GetBoolean());
        Assert.Equal(new DateTimeOffset(2026, 2, 9, 16, 0, 0, Wita), mine.GetProperty("deadline").GetDateTimeOffset());
        var resubmitted = mine.GetProperty("history").EnumerateArray().Single(h => h.GetProperty("event").GetString() == "RESUBMITTED");
        Assert.Equal(new DateTimeOffset(2026, 2, 9, 16, 0, 0, Wita), resubmitted.GetProperty("deadline").GetDateTimeOffset());

        var filtered = await (await _scenario.AdminAsync()).PostAsync(
            "query ($from: DateTimeOffset!, $to: DateTimeOffset!) { breached: requests(filter: { submittedFrom: $from, submittedTo: $to, slaBreached: true }) { totalCount } "
            + "onTime: requests(filter: { submittedFrom: $from, submittedTo: $to, slaBreached: false }) { totalCount } }",
            new { from = submittedAt.AddSeconds(-1), to = submittedAt.AddSeconds(1) });
        Assert.Equal(0, filtered.Data.GetProperty("breached").GetProperty("totalCount").GetInt32());
        Assert.Equal(1, filtered.Data.GetProperty("onTime").GetProperty("totalCount").GetInt32());

        await api.CatchUpAsync();
        var withinSla = await api.InTenantAsync<IDocumentSession, IReadOnlyList<bool>>("samarinda",
            session => session.QueryAsync<bool>("select within_sla from marten.adoption_completions where request_id = ?", id));
        Assert.Equal([true], withinSla);
    }

    [Fact]
    public async Task The_public_status_shows_the_reason_category_and_never_the_officers_note()
    {
        await _scenario.EnsureDomisiliAsync();
        var citizen = await _scenario.NewCitizenAsync();
        var officer = await _scenario.OfficerAsync();
        var request = (await RequestScenario.SubmitAsync(citizen)).GetProperty("request");
        const string note = "Hubungi Bu Sari 0812-5555-0101 soal KK ayah";

        var returned = Request(await RequestScenario.CommandAsync(officer, "returnServiceRequest", request,
            extraValues: new { reason = note, reasonCode = "MISSING_DOCUMENT" }), "returnServiceRequest");
        var status = await api.Tenant("samarinda").PostAsync(
            "query ($code: String!) { requestStatus(trackingCode: $code) { status reasonCode slaBreached deadline history { event reasonCode deadline } } }",
            new { code = returned.GetProperty("trackingCode").GetString() });
        var asking = await api.Tenant("samarinda").PostAsync(
            "query ($code: String!) { requestStatus(trackingCode: $code) { history { note } } }", new { code = returned.GetProperty("trackingCode").GetString() });
        var owner = (await citizen.PostAsync("{ myRequests { nodes { reasonCode history { note reasonCode } } } }")).Data.GetProperty("myRequests").GetProperty("nodes")[0];

        var answer = status.Data.GetProperty("requestStatus");
        Assert.Equal("RETURNED", answer.GetProperty("status").GetString());
        Assert.Equal("MISSING_DOCUMENT", answer.GetProperty("reasonCode").GetString());
        Assert.Equal("MISSING_DOCUMENT", answer.GetProperty("history")[1].GetProperty("reasonCode").GetString());
        Assert.DoesNotContain("0812", status.ToString(), StringComparison.Ordinal);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", asking.FirstErrorCode);
        Assert.Equal(note, owner.GetProperty("history")[1].GetProperty("note").GetString());
        Assert.Equal("MISSING_DOCUMENT", owner.GetProperty("reasonCode").GetString());
        Assert.Equal(note, returned.GetProperty("history")[1].GetProperty("note").GetString());
    }

    [Fact]
    public async Task A_rejection_without_a_category_is_other()
    {
        await _scenario.EnsureDomisiliAsync();
        var request = (await RequestScenario.SubmitAsync(await _scenario.NewCitizenAsync())).GetProperty("request");

        Request(await RequestScenario.CommandAsync(await _scenario.OfficerAsync(), "rejectServiceRequest", request, extraValues: new { reason = "Bukan warga" }), "rejectServiceRequest");

        var status = await api.Tenant("samarinda").PostAsync(
            "query ($code: String!) { requestStatus(trackingCode: $code) { status reasonCode } }", new { code = request.GetProperty("trackingCode").GetString() });
        Assert.Equal("OTHER", status.Data.GetProperty("requestStatus").GetProperty("reasonCode").GetString());
    }

    private static Task<GraphQLResponse> RateAsync(GraphQLClient client, JsonElement request) =>
        RequestScenario.CommandAsync(client, "rateService", request, extraValues: new { scores = Scores });

    private static Task<GraphQLResponse> RecordCounterAsync(GraphQLClient officer, string service, string nik, string unit = RequestScenario.Unit) => officer.PostAsync(
        $"mutation ($input: RecordCounterServiceInput!) {{ recordCounterService(input: $input) {{ request {{ {RequestScenario.Fields} }} errors {{ code message }} }} }}",
        new { input = new { service, unit, documents = RequestScenario.Documents, citizenNik = nik } });

    /// <summary>A citizen registered with <paramref name="nik"/> (or one of their own), signed in, and their user id.</summary>
    private async Task<(GraphQLClient Client, Guid UserId)> RegisterAsync(string? nik)
    {
        GraphQLClient client;
        if (nik is null)
        {
            client = await _scenario.NewCitizenAsync();
        }
        else
        {
            var email = $"warga.rules.{Guid.NewGuid():N}@example.id";
            var registered = await api.Tenant("samarinda").PostAsync(
                "mutation ($input: RegisterCitizenInput!) { registerCitizen(input: $input) { errors { code message } } }",
                new { input = new { nik, name = "Warga", email, password = "Warga-Baik-2026" } });
            Assert.Empty(registered.Data.GetProperty("registerCitizen").GetProperty("errors").EnumerateArray());
            client = api.Tenant("samarinda").WithToken((await api.SignInAsync(email, "Warga-Baik-2026")).GetProperty("access_token").GetString()!);
        }

        var me = await client.PostAsync("{ me { subject } }");
        return (client, Guid.Parse(me.Data.GetProperty("me").GetProperty("subject").GetString()!));
    }

    /// <summary>Runs commands through the API's own handler on a clock the test sets, inside Samarinda.</summary>
    private async Task<T> WithClockAsync<T>(DateTimeOffset start, Func<ServiceRequestHandler, SimulatedClock, Task<T>> work)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var clock = new SimulatedClock(start);
        return await scope.ServiceProvider.GetRequiredService<TenantScopes>().RunAsync("samarinda", () =>
            work(ActivatorUtilities.CreateInstance<ServiceRequestHandler>(scope.ServiceProvider, (TimeProvider)clock), clock));
    }

    private static ServiceRequestView Payload(RequestPayload payload)
    {
        Assert.True(payload.Errors.Count == 0, string.Join("; ", payload.Errors.Select(e => $"{e.Code} {e.Message}")));
        return payload.Request!;
    }

    private static JsonElement Request(GraphQLResponse response, string mutation)
    {
        Assert.True(response.Errors.Count == 0, response.ToString());
        var payload = response.Data.GetProperty(mutation);
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, payload.ToString());
        return payload.GetProperty("request");
    }

    private static string? ErrorCode(GraphQLResponse response, string mutation) =>
        response.Data.GetProperty(mutation).GetProperty("errors").EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } error
            ? error.GetProperty("code").GetString()
            : null;
}
