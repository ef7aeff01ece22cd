using System.Globalization;
using System.Text.Json;
using Algoritma.IntegrationTests.Requests;
using Algoritma.Platform;
using Algoritma.Platform.Features.Onboarding;

namespace Algoritma.IntegrationTests.Tenancy;

[Collection(ApiCollection.Name)]
public sealed class TenantSettingsTests(ApiFactory api)
{
    private const string Update = """
        mutation ($input: UpdateTenantSettingsInput!) {
          updateTenantSettings(input: $input) {
            tenant { name timeZone workDays officeOpens officeCloses holidays ikmRounding settingsVersion }
            errors { code message path }
          }
        }
        """;

    private const string Read = "{ tenant { name timeZone workDays officeOpens officeCloses holidays ikmRounding settingsVersion } }";

    [Fact]
    public async Task A_city_admin_changes_the_calendar_and_reads_it_back_and_the_change_is_audited()
    {
        var admin = await AdminOf("ponorogo");
        var before = (await admin.PostAsync(Read)).Data.GetProperty("tenant");
        try
        {
            var payload = (await admin.PostAsync(Update, new
            {
                input = new
                {
                    name = "Kabupaten Ponorogo (uji)", workDays = new[] { 6, 1, 2, 3, 4, 5 }, officeOpens = "07:30", officeCloses = "15:30",
                    holidays = new[] { "2027-08-17", "2026-12-25", "2027-08-17" }, ikmRounding = "THREE_DECIMALS",
                    expectedVersion = before.GetProperty("settingsVersion").GetString(),
                },
            })).Data.GetProperty("updateTenantSettings");
            var after = (await admin.PostAsync(Read)).Data.GetProperty("tenant");
            var year2027 = await admin.PostAsync("{ tenant { holidays(year: 2027) } }");
            var audit = await admin.PostAsync("{ auditLog(first: 100) { nodes { action target } } }");

            Assert.Empty(payload.ErrorCodes());
            Assert.Equal(payload.GetProperty("tenant").GetRawText(), after.GetRawText());
            Assert.Equal("Kabupaten Ponorogo (uji)", after.GetProperty("name").GetString());
            Assert.Equal("[1,2,3,4,5,6]", after.GetProperty("workDays").GetRawText());
            Assert.Equal("07:30", after.GetProperty("officeOpens").GetString());
            Assert.Equal("15:30", after.GetProperty("officeCloses").GetString());
            Assert.Equal("""["2026-12-25","2027-08-17"]""", after.GetProperty("holidays").GetRawText());
            Assert.Equal("""["2027-08-17"]""", year2027.Data.GetProperty("tenant").GetProperty("holidays").GetRawText());
            Assert.Equal("THREE_DECIMALS", after.GetProperty("ikmRounding").GetString());
            Assert.NotEqual(before.GetProperty("settingsVersion").GetString(), after.GetProperty("settingsVersion").GetString());
            Assert.Contains(audit.Data.GetProperty("auditLog").GetProperty("nodes").EnumerateArray(),
                e => e.GetProperty("action").GetString() == "tenant.settings_updated" && e.GetProperty("target").GetString() == "ponorogo");
        }
        finally
        {
            await RestoreAsync(admin, before);
        }
    }

    [Theory]
    [InlineData("name", "ab", "TOO_SHORT")]
    [InlineData("timeZone", "Mars/Olympus_Mons", "UNKNOWN_TIME_ZONE")]
    [InlineData("workDays", "[]", "REQUIRED")]
    [InlineData("workDays", "[0,8]", "INVALID_WORK_DAY")]
    [InlineData("officeOpens", "8 pagi", "INVALID_TIME")]
    [InlineData("officeCloses", "07:00", "OFFICE_HOURS_ORDER")]
    [InlineData("holidays", "[\"1999-12-31\"]", "HOLIDAY_OUT_OF_RANGE")]
    [InlineData("holidays", "101 in 2027", "TOO_MANY")]
    public async Task Out_of_bounds_values_are_refused_beside_their_field_and_nothing_is_written(string field, string value, string code)
    {
        var admin = await AdminOf("ponorogo");
        var before = (await admin.PostAsync(Read)).Data.GetProperty("tenant").GetRawText();
        object? input = field switch
        {
            "workDays" or "holidays" when value.StartsWith('[') => JsonSerializer.Deserialize<JsonElement>(value),
            "holidays" => Enumerable.Range(0, 101).Select(d => new DateOnly(2027, 1, 1).AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray(),
            _ => value,
        };

        var payload = (await admin.PostAsync(Update, new { input = new Dictionary<string, object?> { [field] = input, ["name"] = field == "name" ? input : "Tidak tersimpan" } }))
            .Data.GetProperty("updateTenantSettings");
        var after = (await admin.PostAsync(Read)).Data.GetProperty("tenant").GetRawText();

        var error = payload.GetProperty("errors")[0];
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Equal($"""["input","{field}"]""", error.GetProperty("path").GetRawText());
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("tenant").ValueKind);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_second_editor_with_a_stale_version_gets_a_conflict()
    {
        var admin = await AdminOf("ponorogo");
        var before = (await admin.PostAsync(Read)).Data.GetProperty("tenant");
        var version = before.GetProperty("settingsVersion").GetString();
        try
        {
            var first = (await admin.PostAsync(Update, new { input = new { officeOpens = "07:45", expectedVersion = version } })).Data.GetProperty("updateTenantSettings");
            var second = (await admin.PostAsync(Update, new { input = new { officeOpens = "09:00", expectedVersion = version } })).Data.GetProperty("updateTenantSettings");
            var after = (await admin.PostAsync(Read)).Data.GetProperty("tenant");

            Assert.Empty(first.ErrorCodes());
            Assert.Equal(["CONFLICT"], second.ErrorCodes());
            Assert.Equal("07:45", after.GetProperty("officeOpens").GetString());
        }
        finally
        {
            await RestoreAsync(admin, before);
        }
    }

    [Fact]
    public async Task Only_a_city_admin_of_the_tenant_changes_it_and_the_calendar_is_public_but_not_the_rest()
    {
        var makassarBefore = (await (await AdminOf("makassar")).PostAsync(Read)).Data.GetProperty("tenant").GetRawText();
        var input = new { input = new { name = "Diambil alih" } };

        var anonymous = await api.Tenant("ponorogo").PostAsync(Update, input);
        var officer = await api.Tenant("samarinda").WithToken((await api.SignInAsync("petugas.rawamakmur")).GetProperty("access_token").GetString()!).PostAsync(Update, input);
        var foreign = await api.Tenant("makassar").WithToken(await api.CityAdminAsync("samarinda")).PostAsync(Update, input);
        var publicCalendar = await api.Tenant("makassar").PostAsync("{ tenant { workDays officeOpens officeCloses holidays } }");
        var publicRounding = await api.Tenant("makassar").PostAsync("{ tenant { ikmRounding } }");
        var makassarAfter = (await (await AdminOf("makassar")).PostAsync(Read)).Data.GetProperty("tenant").GetRawText();

        Assert.Equal("UNAUTHENTICATED", anonymous.FirstErrorCode);
        Assert.Equal("FORBIDDEN", officer.FirstErrorCode);
        Assert.Equal("FORBIDDEN", foreign.FirstErrorCode);
        Assert.Equal(makassarBefore, makassarAfter);
        Assert.Empty(publicCalendar.Errors);
        Assert.Equal("UNAUTHENTICATED", publicRounding.FirstErrorCode);
    }

    [Fact]
    public async Task New_holidays_move_the_next_requests_deadline_at_once()
    {
        var scenario = new RequestScenario(api);
        await scenario.EnsureDomisiliAsync();
        var admin = await scenario.AdminAsync();
        var before = (await admin.PostAsync(Read)).Data.GetProperty("tenant");
        try
        {
            var first = await RequestScenario.SubmitAsync(await scenario.NewCitizenAsync());
            var firstDeadline = DateTimeOffset.Parse(first.GetProperty("request").GetProperty("deadline").GetString()!, CultureInfo.InvariantCulture);
            var start = DateOnly.FromDateTime(firstDeadline.UtcDateTime).AddDays(-20);
            var holidays = before.GetProperty("holidays").EnumerateArray().Select(d => d.GetString()!)
                .Concat(Enumerable.Range(0, 22).Select(d => start.AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
                .Distinct().ToArray();
            var changed = (await admin.PostAsync(Update, new { input = new { holidays } })).Data.GetProperty("updateTenantSettings");

            var second = await RequestScenario.SubmitAsync(await scenario.NewCitizenAsync());
            var secondDeadline = DateTimeOffset.Parse(second.GetProperty("request").GetProperty("deadline").GetString()!, CultureInfo.InvariantCulture);

            Assert.Empty(changed.ErrorCodes());
            Assert.True(secondDeadline > firstDeadline.AddDays(1), $"{secondDeadline:O} should be after {firstDeadline:O}");
        }
        finally
        {
            await RestoreAsync(admin, before);
        }
    }

    [Fact]
    public async Task The_tenants_config_file_wins_at_the_next_apply_and_a_restore_in_another_order_is_no_change()
    {
        var admin = await AdminOf("ponorogo");
        var before = (await admin.PostAsync(Read)).Data.GetProperty("tenant");
        var edited = (await admin.PostAsync(Update, new { input = new { officeOpens = "06:45", holidays = new[] { "2030-01-02" } } })).Data.GetProperty("updateTenantSettings");

        var reverted = await ApplyConfigAsync();
        var after = (await admin.PostAsync(Read)).Data.GetProperty("tenant");
        var reordered = (await admin.PostAsync(Update, new { input = new { holidays = before.GetProperty("holidays").EnumerateArray().Reverse().Select(d => d.GetString()).ToArray() } }))
            .Data.GetProperty("updateTenantSettings");
        var again = await ApplyConfigAsync();

        Assert.Empty(edited.ErrorCodes());
        var ponorogo = reverted.Applied.Single(o => o.Tenant!.Id == "ponorogo");
        Assert.Equal(OnboardingStatus.Updated, ponorogo.Status);
        Assert.Equal(["holidays", "officeOpens"], ponorogo.ChangedFields.Order());
        Assert.Equal(before.GetProperty("officeOpens").GetString(), after.GetProperty("officeOpens").GetString());
        Assert.Equal(before.GetProperty("holidays").GetRawText(), after.GetProperty("holidays").GetRawText());
        Assert.Empty(reordered.ErrorCodes());
        Assert.Equal(after.GetProperty("settingsVersion").GetString(), reordered.GetProperty("tenant").GetProperty("settingsVersion").GetString());
        Assert.All(again.Applied, outcome => Assert.Equal(OnboardingStatus.Unchanged, outcome.Status));
    }

    private Task<TenantsConfigReport> ApplyConfigAsync() =>
        api.WithServiceAsync<TenantsConfigApplier, TenantsConfigReport>(
            applier => applier.ApplyFolderAsync(Path.Combine(Checkout.OfBinaries, "tenants-config"), CancellationToken.None));

    private async Task<GraphQLClient> AdminOf(string tenant) => api.Tenant(tenant).WithToken(await api.CityAdminAsync(tenant));

    private static async Task RestoreAsync(GraphQLClient admin, JsonElement before)
    {
        var restored = await admin.PostAsync(Update, new
        {
            input = new
            {
                name = before.GetProperty("name").GetString(),
                timeZone = before.GetProperty("timeZone").GetString(),
                workDays = before.GetProperty("workDays"),
                officeOpens = before.GetProperty("officeOpens").GetString(),
                officeCloses = before.GetProperty("officeCloses").GetString(),
                holidays = before.GetProperty("holidays"),
                ikmRounding = before.GetProperty("ikmRounding").GetString(),
            },
        });
        Assert.Empty(restored.Data.GetProperty("updateTenantSettings").ErrorCodes());
    }
}
