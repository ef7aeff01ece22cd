using System.Text.Json;

namespace Algoritma.IntegrationTests.Requests;

/// <summary>The actors of a request's life in Samarinda: a citizen, the kelurahan officer, the city admin.</summary>
public sealed class RequestScenario(ApiFactory api)
{
    public const string Unit = "64.72.01.1001";
    public static readonly string[] Documents = ["ktp", "kk", "pengantar_rt"];

    public const string Fields = "id trackingCode status version channel unitCode serviceCode serviceVersion slaBreached deadline history { event actorRole note recordedByStaff }";

    private static int _citizens;

    public async Task<GraphQLClient> AdminAsync() => api.Tenant("samarinda").WithToken(await api.CityAdminAsync("samarinda"));

    public async Task<GraphQLClient> OfficerAsync(string userName = "petugas.rawamakmur") =>
        api.Tenant("samarinda").WithToken((await api.SignInAsync(userName)).GetProperty("access_token").GetString()!);

    /// <summary>Makes sure the catalog offers the domisili letter (cloned from the template) everywhere.</summary>
    public async Task EnsureDomisiliAsync()
    {
        await (await AdminAsync()).PostAsync("mutation { cloneServiceTemplate(input: { template: \"domisili\" }) { errors { code } } }");
    }

    public async Task<GraphQLClient> NewCitizenAsync() => (await NewCitizenWithTokenAsync()).Client;

    /// <summary>A newly registered citizen, signed in: their client and their access token.</summary>
    public async Task<(GraphQLClient Client, string Token)> NewCitizenWithTokenAsync()
    {
        var n = Interlocked.Increment(ref _citizens);
        var email = $"warga{n}.{Guid.NewGuid():N}@example.id";
        var nik = $"64720115089{n % 10}{(1000 + n) % 10000:D4}";
        var registered = await api.Tenant("samarinda").PostAsync(
            "mutation ($input: RegisterCitizenInput!) { registerCitizen(input: $input) { errors { code message } } }",
            new { input = new { nik, name = "Warga", email, password = "Warga-Baik-2026" } });
        Assert.Empty(registered.Data.GetProperty("registerCitizen").GetProperty("errors").EnumerateArray());
        var token = (await api.SignInAsync(email, "Warga-Baik-2026")).GetProperty("access_token").GetString()!;
        return (api.Tenant("samarinda").WithToken(token), token);
    }

    public static async Task<JsonElement> SubmitAsync(GraphQLClient citizen, string? idempotencyKey = null, string[]? documents = null, string service = "domisili")
    {
        var response = await citizen.PostAsync(
            $"mutation ($input: SubmitServiceRequestInput!) {{ submitServiceRequest(input: $input) {{ request {{ {Fields} }} errors {{ code message path }} }} }}",
            new { input = new { service, unit = Unit, channel = "ONLINE", documents = documents ?? Documents, idempotencyKey } });
        return response.Data.GetProperty("submitServiceRequest");
    }

    public static async Task<GraphQLResponse> CommandAsync(GraphQLClient client, string mutation, JsonElement request, string extra = "", object? extraValues = null)
    {
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var input = new Dictionary<string, object?>
        {
            ["requestId"] = request.GetProperty("id").GetString(),
            ["expectedVersion"] = request.GetProperty("version").GetInt64(),
        };
        if (extraValues is not null)
        {
            foreach (var property in extraValues.GetType().GetProperties())
            {
                input[property.Name] = property.GetValue(extraValues);
            }
        }

        return await client.PostAsync(
            $"mutation ($input: {inputType}!) {{ {mutation}(input: $input) {{ request {{ {Fields} }} errors {{ code message }} }} }}{extra}",
            new { input });
    }
}
