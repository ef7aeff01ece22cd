using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Algoritma.IntegrationTests.Identity;

[Collection(ApiCollection.Name)]
public sealed class CitizenTests(ApiFactory api)
{
    private const string Register = """
        mutation ($input: RegisterCitizenInput!) {
          registerCitizen(input: $input) { userName maskedNik warnings { code } errors { code message path } }
        }
        """;

    private static object Citizen(string nik, string email, string password = "Warga-Baik-2026") =>
        new { input = new { nik, name = "Warga Uji", email, phone = "0812 3456 7890", password } };

    [Fact]
    public async Task A_registered_citizen_signs_in_and_sees_only_their_own_profile()
    {
        var registered = await api.Tenant("samarinda").PostAsync(Register, Citizen("6472015508900002", "siti@example.id"));
        Assert.Empty(registered.Data.GetProperty("registerCitizen").GetProperty("errors").EnumerateArray());
        Assert.Equal("6472**********02", registered.Data.GetProperty("registerCitizen").GetProperty("maskedNik").GetString());
        await api.Tenant("samarinda").PostAsync(Register, Citizen("6472011508900003", "budi@example.id"));

        var siti = api.Tenant("samarinda").WithToken((await api.SignInAsync("siti@example.id", "Warga-Baik-2026")).GetProperty("access_token").GetString()!);
        var profile = await siti.PostAsync("{ myProfile { userName maskedNik } me { roles } }");
        var users = await siti.PostAsync("{ users { totalCount } }");

        Assert.Equal("siti@example.id", profile.Data.GetProperty("myProfile").GetProperty("userName").GetString());
        Assert.Equal("""["CITIZEN"]""", profile.Data.GetProperty("me").GetProperty("roles").GetRawText());
        Assert.Equal("FORBIDDEN", users.FirstErrorCode);
    }

    [Fact]
    public async Task The_plain_nik_is_stored_nowhere()
    {
        const string nik = "6472011508900077";
        await api.Tenant("samarinda").PostAsync(Register, Citizen(nik, "rahasia@example.id"));

        var owner = DatabaseSettings(api);
        await using var connection = new NpgsqlConnection(owner);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM citizen_profiles p JOIN users u ON u.id = p.user_id WHERE p::text LIKE '%' || $1 || '%' OR u::text LIKE '%' || $1 || '%'", connection)
        {
            Parameters = { new NpgsqlParameter { Value = nik } },
        };
        var profiles = await new NpgsqlCommand("SELECT count(*) FROM citizen_profiles", connection).ExecuteScalarAsync();

        Assert.Equal(0L, await command.ExecuteScalarAsync());
        Assert.True((long)profiles! > 0);
    }

    [Theory]
    [InlineData("6472013208900001", "NIK_INVALID_DATE", "nik")]
    [InlineData("123", "NIK_NOT_16_DIGITS", "nik")]
    [InlineData("6472011508900000", "NIK_INVALID_SERIAL", "nik")]
    public async Task An_invalid_nik_is_refused_and_nothing_is_written(string nik, string code, string field)
    {
        var email = $"{Guid.NewGuid():N}@example.id";

        var response = await api.Tenant("samarinda").PostAsync(Register, Citizen(nik, email));

        var error = response.Data.GetProperty("registerCitizen").GetProperty("errors")[0];
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Equal($"[\"input\",\"{field}\"]", error.GetProperty("path").GetRawText());
        await Assert.ThrowsAsync<InvalidOperationException>(() => api.SignInAsync(email, "Warga-Baik-2026"));
    }

    [Fact]
    public async Task The_same_nik_cannot_register_twice_in_a_tenant_but_may_in_another()
    {
        await api.Tenant("samarinda").PostAsync(Register, Citizen("6472011508900011", "satu@example.id"));

        var again = await api.Tenant("samarinda").PostAsync(Register, Citizen("6472011508900011", "dua@example.id"));
        var elsewhere = await api.Tenant("makassar").PostAsync(Register, Citizen("6472011508900011", "satu@example.id"));

        Assert.Equal("NIK_ALREADY_REGISTERED", again.Data.GetProperty("registerCitizen").GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Empty(elsewhere.Data.GetProperty("registerCitizen").GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task An_unknown_district_is_a_warning_and_a_weak_password_an_error()
    {
        var warned = await api.Tenant("samarinda").PostAsync(Register, Citizen("6472991508900001", "pindahan@example.id"));
        var weak = await api.Tenant("samarinda").PostAsync(Register, Citizen("6472011508900021", "lemah@example.id", "lemah"));

        Assert.Equal("NIK_UNKNOWN_DISTRICT", warned.Data.GetProperty("registerCitizen").GetProperty("warnings")[0].GetProperty("code").GetString());
        Assert.Empty(warned.Data.GetProperty("registerCitizen").GetProperty("errors").EnumerateArray());
        Assert.All(weak.Data.GetProperty("registerCitizen").GetProperty("errors").EnumerateArray(),
            e => Assert.Equal("WEAK_PASSWORD", e.GetProperty("code").GetString()));
        Assert.Equal(JsonValueKind.Null, weak.Data.GetProperty("registerCitizen").GetProperty("userName").ValueKind);
    }

    private static string DatabaseSettings(ApiFactory api) =>
        Algoritma.Platform.Persistence.DatabaseSettings.OwnerConnectionString(
            (IConfiguration)api.Services.GetService(typeof(IConfiguration))!);
}
