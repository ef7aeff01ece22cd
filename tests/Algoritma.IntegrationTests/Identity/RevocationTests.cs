using System.Diagnostics;
using System.Text.Json;

namespace Algoritma.IntegrationTests.Identity;

/// <summary>
/// An access token stops working as soon as its user is disabled or has their roles changed, or it is revoked; on
/// this API process at once and on another process on the same database within a second or so.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RevocationTests(ApiFactory api)
{
    private const string Read = "{ requests(first: 1) { totalCount } }";
    private const string Password = "Kuat-Sekali-2026";

    private async Task<GraphQLClient> AdminAsync() => api.Tenant("samarinda").WithToken(await api.CityAdminAsync("samarinda"));

    private async Task<JsonElement> NewOfficerSignedInAsync(string userName, params string[] roles)
    {
        var created = await (await AdminAsync()).PostAsync(
            "mutation ($input: CreateUserInput!) { createUser(input: $input) { errors { code } } }",
            new { input = new { userName, displayName = userName, roles = roles.Length == 0 ? ["OFFICER"] : roles, unit = "64.72.02", password = Password } });
        Assert.Empty(created.Data.GetProperty("createUser").GetProperty("errors").EnumerateArray());
        return await api.SignInAsync(userName, Password);
    }

    private static string Access(JsonElement tokens) => tokens.GetProperty("access_token").GetString()!;

    [Fact]
    public async Task A_disabled_users_access_token_is_refused_at_once_for_reads_and_writes()
    {
        var officer = api.Tenant("samarinda").WithToken(Access(await NewOfficerSignedInAsync("petugas.nonaktif")));
        Assert.Empty((await officer.PostAsync(Read)).Errors);

        await (await AdminAsync()).PostAsync("mutation { disableUser(input: { userName: \"petugas.nonaktif\" }) { errors { code } } }");

        var read = await officer.PostAsync(Read);
        var write = await officer.PostAsync(
            "mutation ($input: RecordCounterServiceInput!) { recordCounterService(input: $input) { errors { code } } }",
            new { input = new { service = "domisili", unit = "64.72.02.1001", documents = Array.Empty<string>(), citizenNik = "6472011508900001" } });
        InvalidTokenTests.AssertInvalidToken(read);
        InvalidTokenTests.AssertInvalidToken(write);
    }

    [Fact]
    public async Task A_demoted_officers_old_token_no_longer_authorises_and_a_refreshed_one_carries_the_new_roles()
    {
        var tokens = await NewOfficerSignedInAsync("petugas.turun", "OFFICER", "PROGRAM_MANAGER");
        var old = api.Tenant("samarinda").WithToken(Access(tokens));
        Assert.Empty((await old.PostAsync(Read)).Errors);

        var demoted = await (await AdminAsync()).PostAsync(
            "mutation { setUserRoles(input: { userName: \"petugas.turun\", roles: [PROGRAM_MANAGER] }) { errors { code } } }");
        Assert.Empty(demoted.Data.GetProperty("setUserRoles").GetProperty("errors").EnumerateArray());

        InvalidTokenTests.AssertInvalidToken(await old.PostAsync(Read));
        var refreshed = await api.TokenRequestAsync(new()
        {
            ["grant_type"] = "refresh_token", ["client_id"] = Tokens.OfficerApp, ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()!,
        });
        var me = await api.Tenant("samarinda").WithToken(Access(refreshed)).PostAsync("{ me { roles } }");
        Assert.Equal("""["PROGRAM_MANAGER"]""", me.Data.GetProperty("me").GetProperty("roles").GetRawText());
    }

    [Fact]
    public async Task An_access_token_revoked_at_the_revocation_endpoint_is_refused_though_it_was_accepted_before()
    {
        var token = Access(await api.SignInAsync("petugas.palaran"));
        var officer = api.Tenant("samarinda").WithToken(token);
        Assert.Empty((await officer.PostAsync(Read)).Errors);

        Assert.True((await RevokeAsync(token, "access_token")).IsSuccessStatusCode);

        InvalidTokenTests.AssertInvalidToken(await officer.PostAsync(Read));
    }

    [Fact]
    public async Task Another_api_process_on_the_same_database_honours_a_disable_and_a_revocation_within_a_second()
    {
        await using var second = new SecondApiHost(api.Database.ConnectionString);
        var disabledToken = Access(await NewOfficerSignedInAsync("petugas.dua.proses"));
        var revokedToken = Access(await api.SignInAsync("petugas.rawamakmur"));
        var disabledThere = second.Tenant("samarinda").WithToken(disabledToken);
        var revokedThere = second.Tenant("samarinda").WithToken(revokedToken);
        Assert.Empty((await disabledThere.PostAsync(Read)).Errors);
        Assert.Empty((await revokedThere.PostAsync(Read)).Errors);

        await (await AdminAsync()).PostAsync("mutation { disableUser(input: { userName: \"petugas.dua.proses\" }) { errors { code } } }");
        await RevokeAsync(revokedToken, "access_token");

        Assert.True(await RefusedWithinAsync(disabledThere, TimeSpan.FromSeconds(1.5)), "the disabled user's token still works on the other process");
        Assert.True(await RefusedWithinAsync(revokedThere, TimeSpan.FromSeconds(1.5)), "the revoked token still works on the other process");
    }

    [Fact]
    public async Task Staff_access_tokens_live_five_minutes()
    {
        var officer = await api.SignInAsync("petugas.palaran");

        Assert.InRange(officer.GetProperty("expires_in").GetInt32(), 250, 300);
    }

    private static async Task<bool> RefusedWithinAsync(GraphQLClient client, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if ((await client.PostAsync(Read)) is { Status: System.Net.HttpStatusCode.Unauthorized, FirstErrorCode: "UNAUTHENTICATED" })
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }

    private async Task<HttpResponseMessage> RevokeAsync(string token, string hint) =>
        await api.CreateClient().PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = Tokens.OfficerApp, ["token"] = token, ["token_type_hint"] = hint,
        }));
}
