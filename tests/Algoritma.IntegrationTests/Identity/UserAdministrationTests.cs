using System.Net;
using System.Text.Json;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.IntegrationTests.Identity;

[Collection(ApiCollection.Name)]
public sealed class UserAdministrationTests(ApiFactory api)
{
    private const string CreateUser = """
        mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id userName roles unit disabled } errors { code message path } } }
        """;

    private const string DisableUser = "mutation ($u: String!) { disableUser(input: { userName: $u }) { user { disabled } errors { code } } }";

    private async Task<GraphQLClient> AdminAsync(string tenant = "samarinda") => api.Tenant(tenant).WithToken(await api.CityAdminAsync(tenant));

    private static object NewUser(string userName, string password = "Kuat-Sekali-2026", string[]? roles = null, string? unit = "64.72.02") =>
        new { input = new { userName, displayName = $"User {userName}", roles = roles ?? ["OFFICER"], unit, password } };

    [Fact]
    public async Task A_city_admin_creates_an_officer_who_can_then_sign_in_with_the_right_claims()
    {
        var created = await (await AdminAsync()).PostAsync(CreateUser, NewUser("petugas.baru"));
        var user = created.Data.GetProperty("createUser").GetProperty("user");
        Assert.Equal("""["OFFICER"]""", user.GetProperty("roles").GetRawText());

        var tokens = await api.SignInAsync("petugas.baru", "Kuat-Sekali-2026");
        var me = await api.Tenant("samarinda").WithToken(tokens.GetProperty("access_token").GetString()!).PostAsync("{ me { tenant roles unit } }");

        Assert.Equal("""{"tenant":"samarinda","roles":["OFFICER"],"unit":"64.72.02"}""", me.Data.GetProperty("me").GetRawText());
    }

    [Theory]
    [InlineData("lemah", "pendek", null, "OFFICER", "64.72.02", "WEAK_PASSWORD", "password")]
    [InlineData("admin.samarinda", "Kuat-Sekali-2026", null, "OFFICER", "64.72.02", "DUPLICATE_USER", "userName")]
    [InlineData("tanpa.unit", "Kuat-Sekali-2026", null, "OFFICER", null, "UNIT_REQUIRED", "unit")]
    [InlineData("unit.asing", "Kuat-Sekali-2026", null, "OFFICER", "73.71.01", "UNKNOWN_UNIT", "unit")]
    [InlineData("raja", "Kuat-Sekali-2026", null, "PLATFORM_ADMIN", null, "INVALID_ROLE", "roles")]
    [InlineData("wargaku", "Kuat-Sekali-2026", null, "CITIZEN", null, "INVALID_ROLE", "roles")]
    public async Task Invalid_users_are_refused_precisely_and_nothing_is_written(
        string userName, string password, string? unused, string role, string? unit, string code, string field)
    {
        _ = unused;
        var before = await CountUsersAsync();

        var response = await (await AdminAsync()).PostAsync(CreateUser, NewUser(userName, password, [role], unit));

        var errors = response.Data.GetProperty("createUser").GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("code").GetString() == code && e.GetProperty("path").GetRawText() == $"[\"input\",\"{field}\"]");
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("createUser").GetProperty("user").ValueKind);
        Assert.Equal(before, await CountUsersAsync());
    }

    [Fact]
    public async Task A_platform_admin_role_inside_a_tenant_is_refused_by_its_enum_name()
    {
        var response = await (await AdminAsync()).PostAsync(CreateUser, NewUser("raja.kedua", roles: ["PLATFORM_ADMIN"], unit: null));

        var error = Assert.Single(response.Data.GetProperty("createUser").GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_ROLE", error.GetProperty("code").GetString());
        Assert.Equal("PLATFORM_ADMIN is not a staff role; use CITY_ADMIN, OFFICER, PROGRAM_MANAGER.", error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("officer")] // the claim value, not the enum name
    [InlineData("OWNER")]
    public async Task An_unknown_role_in_variables_is_refused_before_anything_runs(string role)
    {
        var before = await CountUsersAsync();

        var response = await (await AdminAsync()).PostAsync(CreateUser, NewUser($"tak.kenal.{role.ToLowerInvariant()}", roles: [role]));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        Assert.False(response.HasData);
        Assert.Equal(before, await CountUsersAsync());
    }

    [Fact]
    public async Task An_unknown_role_written_in_the_document_fails_validation()
    {
        var response = await (await AdminAsync()).PostAsync(
            """mutation { setUserRoles(input: { userName: "petugas.palaran", roles: [OWNER] }) { errors { code } } }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", response.FirstErrorCode);
    }

    [Fact]
    public async Task An_officer_may_not_administer_users()
    {
        var officer = api.Tenant("samarinda").WithToken((await api.SignInAsync("petugas.palaran")).GetProperty("access_token").GetString()!);

        var response = await officer.PostAsync(CreateUser, NewUser("sisipan"));

        Assert.Equal("FORBIDDEN", response.FirstErrorCode);
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task Users_of_another_tenant_are_invisible_and_untouchable()
    {
        var list = await (await AdminAsync("makassar")).PostAsync("{ users(first: 100) { nodes { userName } } }");
        var disable = await (await AdminAsync("makassar")).PostAsync(DisableUser, new { u = "petugas.rawamakmur" });

        Assert.DoesNotContain(list.Data.GetProperty("users").GetProperty("nodes").EnumerateArray(),
            u => u.GetProperty("userName").GetString()!.Contains("samarinda", StringComparison.Ordinal) || u.GetProperty("userName").GetString() == "petugas.rawamakmur");
        Assert.Equal("USER_NOT_FOUND", disable.Data.GetProperty("disableUser").GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_disabled_users_refresh_token_stops_working_and_the_change_is_audited()
    {
        await (await AdminAsync()).PostAsync(CreateUser, NewUser("petugas.sementara"));
        var tokens = await api.SignInAsync("petugas.sementara", "Kuat-Sekali-2026");
        var refreshed = await api.TokenRequestAsync(new() { ["grant_type"] = "refresh_token", ["client_id"] = Tokens.OfficerApp, ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()! });
        Assert.True(refreshed.TryGetProperty("access_token", out _));

        var disabled = await (await AdminAsync()).PostAsync(DisableUser, new { u = "petugas.sementara" });
        Assert.True(disabled.Data.GetProperty("disableUser").GetProperty("user").GetProperty("disabled").GetBoolean());

        var refused = await api.TokenRequestAsync(new() { ["grant_type"] = "refresh_token", ["client_id"] = Tokens.OfficerApp, ["refresh_token"] = refreshed.GetProperty("refresh_token").GetString()! });
        Assert.Equal("invalid_grant", refused.GetProperty("error").GetString());
        var signIn = await Assert.ThrowsAsync<InvalidOperationException>(() => api.SignInAsync("petugas.sementara", "Kuat-Sekali-2026"));
        Assert.Contains("401", signIn.Message, StringComparison.Ordinal);

        var audit = await (await AdminAsync()).PostAsync("{ auditLog(first: 100) { nodes { action target actorSubject } } }");
        var entries = audit.Data.GetProperty("auditLog").GetProperty("nodes").EnumerateArray()
            .Where(e => e.GetProperty("target").GetString() == "petugas.sementara").Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["user.created", "user.disabled"], entries);
    }

    [Fact]
    public async Task Wrong_passwords_lock_nothing_and_kill_no_tokens()
    {
        await (await AdminAsync()).PostAsync(CreateUser, NewUser("petugas.lupa"));
        var earlier = await api.SignInAsync("petugas.lupa", "Kuat-Sekali-2026");
        for (var attempt = 0; attempt < 6; attempt++)
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => api.SignInAsync("petugas.lupa", "Salah-Sandi-2026"));
        }

        var signedIn = await api.SignInAsync("petugas.lupa", "Kuat-Sekali-2026");
        var refreshed = await api.TokenRequestAsync(new()
        {
            ["grant_type"] = "refresh_token", ["client_id"] = Tokens.OfficerApp, ["refresh_token"] = earlier.GetProperty("refresh_token").GetString()!,
        });

        Assert.True(signedIn.TryGetProperty("access_token", out _), signedIn.ToString());
        Assert.True(refreshed.TryGetProperty("access_token", out _), refreshed.ToString());
    }

    [Fact]
    public async Task A_samarinda_token_is_refused_on_makassars_endpoint()
    {
        var response = await api.Tenant("makassar").WithToken(await api.CityAdminAsync("samarinda")).PostAsync("{ tenant { slug } }");

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal("FORBIDDEN", response.FirstErrorCode);
    }

    private Task<int> CountUsersAsync() =>
        api.WithServiceAsync<Microsoft.Extensions.Configuration.IConfiguration, int>(async configuration =>
        {
            await using var db = PlatformDbContextFactory.Create(DatabaseSettings.OwnerConnectionString(configuration));
            return await db.Users.IgnoreQueryFilters().CountAsync();
        });
}
