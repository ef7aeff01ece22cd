using Algoritma.Platform.Features.Tenants.Configuration;
using NodaTime;

namespace Algoritma.Platform.Tests.Features.Tenants;

public sealed class TenantConfigLoaderTests
{
    private const string Minimal = """
        id: samarinda
        name: Kota Samarinda
        regencyCode: "64.72"
        timeZone: Asia/Makassar
        """;

    [Fact]
    public void Shipped_folder_loads_three_valid_tenants_with_their_codes_and_zones()
    {
        var result = TenantConfigLoader.LoadFolder(Path.Combine(Checkout.OfBinaries, "tenants-config"));

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        var byId = result.Tenants.ToDictionary(t => t.Id);
        Assert.Equal(["makassar", "ponorogo", "samarinda"], byId.Keys.Order());
        Assert.Equal(("Kota Samarinda", "64.72", "Asia/Makassar"), (byId["samarinda"].Name, byId["samarinda"].RegencyCode, byId["samarinda"].TimeZone));
        Assert.Equal(("Kota Makassar", "73.71", "Asia/Makassar"), (byId["makassar"].Name, byId["makassar"].RegencyCode, byId["makassar"].TimeZone));
        Assert.Equal(("Kabupaten Ponorogo", "35.02", "Asia/Jakarta"), (byId["ponorogo"].Name, byId["ponorogo"].RegencyCode, byId["ponorogo"].TimeZone));
        Assert.Contains("samarinda.algoritma.local", byId["samarinda"].Hosts);
        Assert.Contains(new LocalDate(2026, 8, 17), byId["ponorogo"].Calendar.Holidays);
        Assert.Equal("TWO_DECIMALS", byId["samarinda"].Settings["ikmRounding"]);
    }

    [Fact]
    public void Shipped_folder_ignores_platform_yaml()
    {
        var folder = Directory.CreateTempSubdirectory("tenants-config-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "platform.yaml"), "not: a tenant\n");
            File.WriteAllText(Path.Combine(folder.FullName, "samarinda.yml"), Minimal);

            var result = TenantConfigLoader.LoadFolder(folder.FullName);

            Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
            Assert.Equal("samarinda", Assert.Single(result.Tenants).Id);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Omitted_optional_fields_get_schema_defaults()
    {
        var result = TenantConfigLoader.LoadText("samarinda.yaml", Minimal);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        var tenant = Assert.Single(result.Tenants);
        Assert.Equal("id-ID", tenant.Locale);
        Assert.True(tenant.Enabled);
        Assert.Empty(tenant.Hosts);
        Assert.Empty(tenant.Settings);
        Assert.Equal(
            [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday],
            tenant.Calendar.WorkDays);
        Assert.Empty(tenant.Calendar.Holidays);
        Assert.Equal(new LocalTime(8, 0), tenant.Calendar.Opens);
        Assert.Equal(new LocalTime(16, 0), tenant.Calendar.Closes);
    }

    [Fact]
    public void Hosts_are_lower_cased_and_settings_become_strings()
    {
        var result = TenantConfigLoader.LoadText("samarinda.yaml", Minimal + """

            hosts: [Samarinda.Algoritma.LOCAL]
            clients: [anything, goes]
            settings:
              ikmRounding: TWO_DECIMALS
              maxUploadMb: 25
              publicPortal: true
            """);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        var tenant = Assert.Single(result.Tenants);
        Assert.Equal(["samarinda.algoritma.local"], tenant.Hosts);
        Assert.Equal("25", tenant.Settings["maxUploadMb"]);
        Assert.Equal("true", tenant.Settings["publicPortal"]);
    }

    [Fact]
    public void Shipped_tenants_carry_the_25_days_of_the_2026_skb()
    {
        // SKB No. 1497/2025, 2/2025, 5/2025: 17 libur nasional + 8 cuti bersama
        var result = TenantConfigLoader.LoadFolder(Path.Combine(Checkout.OfBinaries, "tenants-config"));

        Assert.All(result.Tenants, t =>
        {
            var days = t.Calendar.Holidays.Where(d => d.Year == 2026).ToList();
            Assert.Equal(25, days.Count);
            Assert.Contains(new LocalDate(2026, 3, 20), days); // cuti bersama Idulfitri
            Assert.Contains(new LocalDate(2026, 12, 24), days); // cuti bersama Natal
        });
    }

    [Fact]
    public void Unquoted_regency_code_is_a_number_and_is_rejected_on_its_line()
    {
        var error = SingleError("samarinda.yaml", """
            id: samarinda
            name: Kota Samarinda
            regencyCode: 64.72
            timeZone: Asia/Makassar
            """);

        Assert.Equal(new ConfigFileError("samarinda.yaml", 3, error.Reason), error);
        Assert.StartsWith(@"regencyCode: must be a string matching ^\d{2}\.\d{2}$", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undotted_regency_code_is_refused_naming_the_code()
    {
        var error = SingleError("samarinda.yaml", Minimal.Replace("\"64.72\"", "\"6472\"", StringComparison.Ordinal));

        Assert.Equal(("samarinda.yaml", 3), (error.File, error.Line));
        Assert.Contains("6472", error.Reason, StringComparison.Ordinal);
    }

    private const string SecondSamarinda = """
        id: samarinda-kota
        name: Kota Samarinda (kedua)
        regencyCode: "64.72"
        timeZone: Asia/Makassar
        """;

    [Fact]
    public void A_second_file_for_a_held_regency_is_refused_naming_the_holder()
    {
        var result = TenantConfigLoader.LoadTexts([("samarinda.yaml", Minimal), ("samarinda-kota.yaml", SecondSamarinda)]);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("samarinda-kota.yaml", 3), (error.File, error.Line));
        Assert.Contains("REGENCY_TAKEN", error.Reason, StringComparison.Ordinal);
        Assert.Contains("'samarinda'", error.Reason, StringComparison.Ordinal);
        Assert.Equal("samarinda", Assert.Single(result.Tenants).Id);
    }

    [Fact]
    public void Platform_yaml_may_allow_shared_regencies()
    {
        var result = TenantConfigLoader.LoadTexts(
            [("samarinda.yaml", Minimal), ("samarinda-kota.yaml", SecondSamarinda)], new PlatformSettings(AllowSharedRegencies: true));

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal(2, result.Tenants.Count);
    }

    [Theory]
    [InlineData("admins: []\n", false)]
    [InlineData("allowSharedRegencies: false\n", false)]
    [InlineData("clients: []\nallowSharedRegencies: true\n", true)]
    public void Platform_settings_read_allow_shared_regencies_defaulting_to_false(string yaml, bool allowed)
    {
        var errors = new List<ConfigFileError>();

        Assert.Equal(allowed, PlatformSettingsFile.Parse(yaml, errors).AllowSharedRegencies);
        Assert.Empty(errors);
    }

    [Fact]
    public void A_platform_setting_that_is_no_boolean_is_an_error_on_its_line()
    {
        var errors = new List<ConfigFileError>();

        var settings = PlatformSettingsFile.Parse("admins: []\nallowSharedRegencies: perhaps\n", errors);

        Assert.False(settings.AllowSharedRegencies);
        Assert.Equal(("platform.yaml", 2), (Assert.Single(errors).File, errors[0].Line));
    }

    [Fact]
    public void The_shipped_platform_yaml_keeps_one_tenant_per_regency()
    {
        var result = TenantConfigLoader.LoadFolder(Path.Combine(Checkout.OfBinaries, "tenants-config"));

        Assert.False(result.Platform.AllowSharedRegencies);
    }

    [Fact]
    public void Malformed_slug_is_rejected_on_the_id_line()
    {
        var result = TenantConfigLoader.LoadText("Samarinda_Kota.yaml", """
            # header
            id: Samarinda_Kota
            name: Kota Samarinda
            regencyCode: "64.72"
            timeZone: Asia/Makassar
            """);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("Samarinda_Kota.yaml", 2), (error.File, error.Line));
        Assert.StartsWith("id: must be a string matching ^[a-z][a-z0-9-]{1,39}$", error.Reason, StringComparison.Ordinal);
        Assert.Empty(result.Tenants);
    }

    [Fact]
    public void Unknown_time_zone_is_rejected_on_its_line()
    {
        var error = SingleError("samarinda.yaml", Minimal.Replace("Asia/Makassar", "Asia/Samarinda", StringComparison.Ordinal));

        Assert.Equal(("samarinda.yaml", 4), (error.File, error.Line));
        Assert.StartsWith("timeZone: 'Asia/Samarinda' is not a known IANA time zone", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_keys_are_rejected_at_top_level_and_in_calendar()
    {
        var result = TenantConfigLoader.LoadText("samarinda.yaml", Minimal + """

            unknownKey: 1
            calendar:
              workdays: [MONDAY]
            """);

        Assert.Equal(
            [
                new ConfigFileError("samarinda.yaml", 5, "unknownKey: property not allowed"),
                new ConfigFileError("samarinda.yaml", 7, "calendar.workdays: property not allowed"),
            ],
            result.Errors.OrderBy(e => e.Line));
        Assert.Empty(result.Tenants);
    }

    [Fact]
    public void File_name_must_equal_id()
    {
        var error = SingleError("samarinda-kota.yaml", Minimal);

        Assert.Equal(new ConfigFileError("samarinda-kota.yaml", 1, "id: 'samarinda' does not match the file name; expected 'samarinda-kota'"), error);
    }

    [Fact]
    public void Duplicate_id_across_files_is_reported_on_the_second_file_which_is_dropped()
    {
        var result = TenantConfigLoader.LoadTexts([("samarinda.yaml", Minimal), ("samarinda.yml", "# copy\n" + Minimal)]);

        var error = Assert.Single(result.Errors);
        Assert.Equal(new ConfigFileError("samarinda.yml", 2, "id: duplicate id 'samarinda', already used by samarinda.yaml"), error);
        Assert.Single(result.Tenants);
    }

    [Fact]
    public void Host_claimed_by_two_files_is_reported_on_the_second_claim()
    {
        var result = TenantConfigLoader.LoadTexts(
        [
            ("samarinda.yaml", Minimal + "\nhosts: [shared.algoritma.local]"),
            ("makassar.yaml", """
                id: makassar
                name: Kota Makassar
                regencyCode: "73.71"
                timeZone: Asia/Makassar
                hosts:
                  - makassar.algoritma.local
                  - SHARED.algoritma.local
                """),
        ]);

        var error = Assert.Single(result.Errors);
        Assert.Equal(new ConfigFileError("makassar.yaml", 7, "hosts[1]: host 'shared.algoritma.local' is already claimed by samarinda.yaml"), error);
        Assert.Equal("samarinda", Assert.Single(result.Tenants).Id);
    }

    [Fact]
    public void Duplicate_host_within_a_file_is_reported_on_the_repeated_item()
    {
        var error = SingleError("samarinda.yaml", Minimal + """

            hosts:
              - samarinda.algoritma.local
              - samarinda.algoritma.local
            """);

        Assert.Equal(new ConfigFileError("samarinda.yaml", 7, "hosts[1]: duplicate"), error);
    }

    [Fact]
    public void Holiday_that_is_not_a_real_date_is_rejected_on_its_line()
    {
        var error = SingleError("samarinda.yaml", Minimal + """

            calendar:
              holidays:
                - "2026-01-01"
                - "2026-02-30"
            """);

        Assert.Equal(new ConfigFileError("samarinda.yaml", 8, "calendar.holidays[1]: '2026-02-30' is not a real date"), error);
    }

    [Fact]
    public void Office_hours_must_open_before_they_close()
    {
        var error = SingleError("samarinda.yaml", Minimal + """

            calendar:
              officeHours: { opens: "16:00", closes: "08:00" }
            """);

        Assert.Equal(("samarinda.yaml", 6), (error.File, error.Line));
        Assert.Contains("must be before closes", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rate_limits_block_is_optional_and_lands_in_the_settings()
    {
        var result = TenantConfigLoader.LoadText("samarinda.yaml", Minimal + """

            rateLimits:
              graphQLCostPerTenant: { permitLimit: 6000000, window: "00:02:00" }
              graphQLCostPerCaller: { permitLimit: 1000 }
            """);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal(new Dictionary<string, string>
        {
            ["rateLimits.graphQLCostPerTenant.permitLimit"] = "6000000",
            ["rateLimits.graphQLCostPerTenant.window"] = "00:02:00",
            ["rateLimits.graphQLCostPerCaller.permitLimit"] = "1000",
        }, Assert.Single(result.Tenants).Settings);
    }

    [Theory]
    [InlineData("graphQLCostPerTenant: { permitLimit: 0 }")]
    [InlineData("graphQLCostPerTenant: { window: \"1 minute\" }")]
    [InlineData("graphQLCostPerTenant: {}")]
    [InlineData("signInPerIp: { permitLimit: 5 }")]
    public void Malformed_rate_limits_are_rejected(string rule)
    {
        var error = SingleError("samarinda.yaml", Minimal + "\nrateLimits:\n  " + rule + "\n");

        Assert.Equal("samarinda.yaml", error.File);
    }

    [Fact]
    public void A_zero_rate_limit_window_is_rejected_on_its_line()
    {
        var error = SingleError("samarinda.yaml", Minimal + """

            rateLimits:
              graphQLCostPerCaller: { window: "00:00:00" }
            """);

        Assert.Contains("longer than 00:00:00", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id: samarinda\nname: [Kota Samarinda\nregencyCode: \"64.72\"\n", 2)]
    [InlineData("id: samarinda\nname: Kota\n  Samarinda: x\n", 3)]
    [InlineData("id: samarinda\nname: \"Kota Samarinda\n", 2)]
    public void Yaml_syntax_error_is_reported_on_the_line_the_parser_names(string yaml, int line)
    {
        var error = SingleError("samarinda.yaml", yaml);

        Assert.Equal(("samarinda.yaml", line), (error.File, error.Line));
        Assert.StartsWith("YAML syntax error", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_from_every_file_are_collected_and_good_files_still_load()
    {
        var result = TenantConfigLoader.LoadTexts(
        [
            ("samarinda.yaml", Minimal),
            ("makassar.yaml", "id: makassar\nname: Kota Makassar\nregencyCode: 73.71\ntimeZone: Asia/Makassar\n"),
            ("ponorogo.yaml", "id: ponorogo\nname: Kabupaten Ponorogo\nregencyCode: \"35.02\"\ntimeZone: Asia/Jakarta\nlocale: [\n"),
        ]);

        Assert.Equal(["makassar.yaml", "ponorogo.yaml"], result.Errors.Select(e => e.File).Order());
        Assert.Equal("samarinda", Assert.Single(result.Tenants).Id);
    }

    [Fact]
    public void Error_formats_as_file_line_reason()
    {
        Assert.Equal("samarinda.yaml:3: regencyCode: bad", new ConfigFileError("samarinda.yaml", 3, "regencyCode: bad").ToString());
    }

    private static ConfigFileError SingleError(string fileName, string yaml)
    {
        var result = TenantConfigLoader.LoadText(fileName, yaml);
        Assert.Empty(result.Tenants);
        return Assert.Single(result.Errors);
    }
}
