using System.Text.Json;
using Algoritma.IntegrationTests.Campaigns;
using Algoritma.IntegrationTests.Requests;

namespace Algoritma.IntegrationTests.Inputs;

/// <summary>Requests and the catalog: every input bounded, answered with a code, never INTERNAL; who may act is checked before the version.</summary>
[Collection(ApiCollection.Name)]
public sealed class RequestInputTests(ApiFactory api)
{
    // far beyond every bound, and twice of it still under the 64 KB request limit
    // past every domain bound (at most 2,000) yet under the edge's 4,096-character cap, so the domain's own check answers
    private static readonly string Huge = new('a', 4_000);

    private readonly RequestScenario _scenario = new(api);

    private const string CounterMutation =
        "mutation ($input: RecordCounterServiceInput!) { recordCounterService(input: $input) { request { id status } errors { code path } } }";

    private static object CounterInput(string? idempotencyKey = null, string service = "domisili") =>
        new { service, unit = RequestScenario.Unit, documents = RequestScenario.Documents, citizenNik = "6472011508900001", idempotencyKey };

    [Fact]
    public async Task A_counter_service_sent_twice_with_one_idempotency_key_is_recorded_once()
    {
        await _scenario.EnsureDomisiliAsync();
        var officer = await _scenario.OfficerAsync();
        var key = Guid.NewGuid().ToString();

        var first = (await officer.PostAsync(CounterMutation, new { input = CounterInput(key) })).Data.GetProperty("recordCounterService");
        var second = (await officer.PostAsync(CounterMutation, new { input = CounterInput(key) })).Data.GetProperty("recordCounterService");
        var other = (await officer.PostAsync(CounterMutation, new { input = CounterInput(Guid.NewGuid().ToString()) })).Data.GetProperty("recordCounterService");

        var id = first.GetProperty("request").GetProperty("id").GetString();
        Assert.Equal("COMPLETED", first.GetProperty("request").GetProperty("status").GetString());
        Assert.Equal(id, second.GetProperty("request").GetProperty("id").GetString());
        Assert.NotEqual(id, other.GetProperty("request").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_stale_version_from_a_caller_out_of_scope_learns_nothing_of_the_request()
    {
        await _scenario.EnsureDomisiliAsync();
        var admin = await _scenario.AdminAsync();
        await admin.PostAsync("mutation { createUser(input: { userName: \"petugas.bounds\", displayName: \"Petugas\", roles: [OFFICER], unit: \"64.72.02\", password: \"Kuat-Sekali-2026\" }) { errors { code } } }");
        var (citizen, _) = await _scenario.NewCitizenWithTokenAsync();
        var otherCitizen = await _scenario.NewCitizenAsync();
        var request = (await RequestScenario.SubmitAsync(citizen)).GetProperty("request");
        var stranger = api.Tenant("samarinda").WithToken((await api.SignInAsync("petugas.bounds", "Kuat-Sekali-2026")).GetProperty("access_token").GetString()!);
        var stale = Stale(request);

        var verify = await RequestScenario.CommandAsync(stranger, "verifyServiceRequest", stale);
        var cancel = await RequestScenario.CommandAsync(otherCitizen, "cancelServiceRequest", stale);

        Assert.True(verify.Errors.Count == 0, verify.ToString());
        Assert.Equal("OUT_OF_SCOPE", verify.Data.GetProperty("verifyServiceRequest").ErrorCodes().Single());
        Assert.True(cancel.Errors.Count == 0, cancel.ToString());
        Assert.Equal("NOT_OWNER", cancel.Data.GetProperty("cancelServiceRequest").ErrorCodes().Single());
        Assert.Equal("CONFLICT", (await RequestScenario.CommandAsync(citizen, "cancelServiceRequest", stale)).FirstErrorCode);
    }

    [Theory]
    [InlineData("returnServiceRequest", "ReturnServiceRequestInput", "reason: \"x\"")]
    [InlineData("resubmitServiceRequest", "ResubmitServiceRequestInput", "documents: []")]
    [InlineData("verifyServiceRequest", "VerifyServiceRequestInput", "")]
    [InlineData("completeServiceRequest", "CompleteServiceRequestInput", "")]
    [InlineData("rejectServiceRequest", "RejectServiceRequestInput", "reason: \"x\"")]
    [InlineData("cancelServiceRequest", "CancelServiceRequestInput", "")]
    [InlineData("rateService", "RateServiceInput", "scores: [4,4,4,4,4,4,4,4,4]")]
    public async Task A_numeric_request_id_is_not_found_rather_than_internal(string mutation, string inputType, string extra)
    {
        var citizen = await _scenario.NewCitizenAsync();
        var officer = await _scenario.OfficerAsync();
        var caller = mutation is "resubmitServiceRequest" or "cancelServiceRequest" ? citizen : officer;
        var fields = extra.Length == 0 ? string.Empty : ", " + extra;

        var asVariable = await caller.PostAsync(
            $"mutation ($id: ID!) {{ {mutation}(input: {{ requestId: $id, expectedVersion: 1{fields} }}) {{ errors {{ code }} }} }}", new { id = 12 });
        var asText = await caller.PostAsync(
            $"mutation ($input: {inputType}!) {{ {mutation}(input: $input) {{ errors {{ code }} }} }}",
            new { input = JsonSerializer.Deserialize<JsonElement>($"{{\"requestId\": \"12\", \"expectedVersion\": 1{Json(extra)}}}") });

        Assert.True(asVariable.FirstErrorCode == "NOT_FOUND", asVariable.ToString());
        Assert.True(asText.FirstErrorCode == "NOT_FOUND", asText.ToString());
    }

    [Theory]
    [InlineData("recordCampaignActivity", "kind: SOSIALISASI, date: \"2027-01-05\", unit: \"64.72.01\", attendance: 1")]
    [InlineData("reviseCampaignTarget", "newTarget: 0.5, reason: \"x\"")]
    [InlineData("closeCampaign", "")]
    public async Task A_numeric_campaign_id_is_not_found_rather_than_internal(string mutation, string extra)
    {
        var manager = await new CampaignScenario(api).ManagerAsync();
        var fields = extra.Length == 0 ? string.Empty : ", " + extra;

        var response = await manager.PostAsync(
            $"mutation ($id: ID!) {{ {mutation}(input: {{ campaignId: $id, expectedVersion: 1{fields} }}) {{ errors {{ code }} }} }}", new { id = 12 });

        Assert.True(response.FirstErrorCode == "NOT_FOUND", response.ToString());
    }

    [Fact]
    public async Task A_reason_longer_than_its_bound_is_refused_and_nothing_is_appended()
    {
        await _scenario.EnsureDomisiliAsync();
        var citizen = await _scenario.NewCitizenAsync();
        var officer = await _scenario.OfficerAsync();
        var request = (await RequestScenario.SubmitAsync(citizen)).GetProperty("request");

        var returned = await RequestScenario.CommandAsync(officer, "returnServiceRequest", request, extraValues: new { reason = Huge });
        var verified = await RequestScenario.CommandAsync(officer, "verifyServiceRequest", request);

        Assert.Equal("TOO_LONG", returned.Data.GetProperty("returnServiceRequest").ErrorCodes().Single());
        Assert.Empty(verified.Data.GetProperty("verifyServiceRequest").ErrorCodes()); // still at the version it was read at
    }

    [Fact]
    public async Task Submissions_with_a_code_or_key_longer_than_its_bound_are_refused_with_the_field()
    {
        var officer = await _scenario.OfficerAsync();

        var response = await officer.PostAsync(CounterMutation, new { input = CounterInput(idempotencyKey: Huge, service: Huge) });

        var payload = response.Data.GetProperty("recordCounterService");
        Assert.Equal(["TOO_LONG", "TOO_LONG"], payload.ErrorCodes());
        Assert.Equal(["service", "idempotencyKey"], payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path")[1].GetString()));
    }

    [Fact]
    public async Task A_tracking_code_longer_than_its_bound_is_bad_user_input()
    {
        var response = await api.Tenant("samarinda").PostAsync("query ($code: String!) { requestStatus(trackingCode: $code) { status } }", new { code = Huge });

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("WORKING_DAYS", 2147483647)]
    [InlineData("WORKING_DAYS", 366)]
    [InlineData("WORKING_MINUTES", 2147483647)]
    [InlineData("WORKING_MINUTES", 43201)]
    public async Task A_completion_time_beyond_its_bound_is_refused(string unit, int amount)
    {
        var admin = await _scenario.AdminAsync();
        await _scenario.EnsureDomisiliAsync();

        var response = await PublishAsync(admin, unit, amount);

        Assert.Equal("INVALID_STANDARD", response.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("completionAmount", response.GetProperty("errors")[0].GetProperty("path")[1].GetString());
    }

    [Fact]
    public async Task A_service_at_the_longest_completion_time_still_takes_submissions()
    {
        var admin = await _scenario.AdminAsync();
        await admin.PostAsync("mutation { cloneServiceTemplate(input: { template: \"domisili\", code: \"domisili-lama\" }) { errors { code } } }");
        Assert.Empty((await PublishAsync(admin, "WORKING_DAYS", 365, "domisili-lama")).ErrorCodes());
        var citizen = await _scenario.NewCitizenAsync();

        var submitted = await RequestScenario.SubmitAsync(citizen, documents: ["ktp"], service: "domisili-lama");

        Assert.True(submitted.GetProperty("errors").GetArrayLength() == 0, submitted.ToString());
        Assert.True(submitted.GetProperty("request").GetProperty("deadline").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddDays(365));
    }

    [Fact]
    public async Task Catalog_texts_longer_than_their_bounds_are_refused()
    {
        var admin = await _scenario.AdminAsync();
        await _scenario.EnsureDomisiliAsync();

        var publish = await PublishAsync(admin, "WORKING_DAYS", 1, product: Huge);
        var clone = (await admin.PostAsync("mutation ($name: String) { cloneServiceTemplate(input: { template: \"domisili\", code: \"panjang\", name: $name }) { errors { code } } }",
            new { name = Huge })).Data.GetProperty("cloneServiceTemplate");

        Assert.Equal(["TOO_LONG"], publish.ErrorCodes());
        Assert.Equal(["TOO_LONG"], clone.ErrorCodes());
    }

    private static async Task<JsonElement> PublishAsync(GraphQLClient admin, string unit, int amount, string code = "domisili", string product = "Surat")
    {
        var response = await admin.PostAsync(
            "mutation ($input: PublishServiceStandardInput!) { publishServiceStandard(input: $input) { errors { code path } } }",
            new
            {
                input = new
                {
                    code, requirements = new[] { new { code = "ktp", name = "KTP", required = true } }, procedure = new[] { "Datang" },
                    completionUnit = unit, completionAmount = amount, product, complaintChannel = "SP4N-LAPOR!", legalBasis = "Perda",
                },
            });
        Assert.True(response.Errors.Count == 0, response.ToString());
        return response.Data.GetProperty("publishServiceStandard");
    }

    private static JsonElement Stale(JsonElement request) => JsonSerializer.Deserialize<JsonElement>(
        $"{{\"id\": \"{request.GetProperty("id").GetString()}\", \"version\": 99}}");

    private static string Json(string extra) => extra switch
    {
        "" => string.Empty,
        "documents: []" => ", \"documents\": []",
        "scores: [4,4,4,4,4,4,4,4,4]" => ", \"scores\": [4,4,4,4,4,4,4,4,4]",
        _ => ", \"reason\": \"x\"",
    };
}
