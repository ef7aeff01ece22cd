using System.Text.Json;

namespace Algoritma.IntegrationTests.Requests;

[Collection(ApiCollection.Name)]
public sealed class SatisfactionTests(ApiFactory api)
{
    private readonly RequestScenario _scenario = new(api);

    [Fact]
    public async Task The_ikm_of_a_service_uses_the_tenants_rounding_policy()
    {
        var admin = await _scenario.AdminAsync();
        await admin.PostAsync("mutation { cloneServiceTemplate(input: { template: \"pengantar-skck\", code: \"skck-ikm\" }) { errors { code } } }");
        var officer = await _scenario.OfficerAsync();
        foreach (var score in new[] { 4, 3 })
        {
            var recorded = await officer.PostAsync(
                $"mutation ($input: RecordCounterServiceInput!) {{ recordCounterService(input: $input) {{ request {{ {RequestScenario.Fields} }} errors {{ code }} }} }}",
                new { input = new { service = "skck-ikm", unit = RequestScenario.Unit, documents = RequestScenario.Documents, citizenNik = "6472011508900001" } });
            var request = recorded.Data.GetProperty("recordCounterService").GetProperty("request");
            var rated = await RequestScenario.CommandAsync(officer, "rateService", request, extraValues: new { scores = Enumerable.Repeat(score, 9).ToArray() });
            Assert.Empty(rated.Data.GetProperty("rateService").GetProperty("errors").EnumerateArray());
        }

        var ikm = await officer.PostAsync("{ satisfaction(service: \"skck-ikm\", unit: \"64.72.01\") { value grade performance elementNrr responses } }");

        // NRR of every element (4 + 3) / 2 = 3.5; Samarinda rounds NRRs to 2 decimals and weights 1/9:
        // 9 × 3.50 / 9 × 25 = 87.50, grade B (76.61–88.30)
        var result = ikm.Data.GetProperty("satisfaction");
        Assert.Equal(87.50m, result.GetProperty("value").GetDecimal());
        Assert.Equal("B", result.GetProperty("grade").GetString());
        Assert.Equal(2, result.GetProperty("responses").GetInt64());
        Assert.All(result.GetProperty("elementNrr").EnumerateArray(), n => Assert.Equal(3.5m, n.GetDecimal()));
    }

    [Fact]
    public async Task No_answers_is_no_index_and_citizens_may_not_ask()
    {
        var citizen = await _scenario.NewCitizenAsync();
        var officer = await _scenario.OfficerAsync();

        var none = await officer.PostAsync("{ satisfaction(service: \"tidak-ada\") { value } }");
        var refused = await citizen.PostAsync("{ satisfaction { value } }");

        Assert.Equal(JsonValueKind.Null, none.Data.GetProperty("satisfaction").ValueKind);
        Assert.Equal("FORBIDDEN", refused.FirstErrorCode);
    }
}
