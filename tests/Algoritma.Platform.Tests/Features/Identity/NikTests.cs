using Algoritma.Platform.Features.Identity.Citizens;

namespace Algoritma.Platform.Tests.Features.Identity;

public sealed class NikTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    [Fact]
    public void A_male_nik_from_samarinda_is_valid_with_its_parts()
    {
        var nik = Nik.Validate("6472011508900001", Today);

        Assert.True(nik.IsValid);
        Assert.Equal("64.72.01", nik.DistrictCode);
        Assert.Equal(new DateOnly(1990, 8, 15), nik.BirthDate);
        Assert.Equal(NikSex.Male, nik.Sex);
        Assert.Equal(1, nik.Serial);
        Assert.Empty(nik.Warnings);
    }

    [Fact]
    public void A_womans_birth_day_carries_40_more()
    {
        var nik = Nik.Validate("6472015508900002", Today);

        Assert.Equal(NikSex.Female, nik.Sex);
        Assert.Equal(new DateOnly(1990, 8, 15), nik.BirthDate);
    }

    [Theory]
    [InlineData("6472010101250001", 2025)]
    [InlineData("6472010101260001", 2026)]
    [InlineData("6472010101270001", 1927)]
    [InlineData("6472013112260001", 1926)]
    public void The_two_digit_year_is_the_latest_that_is_not_in_the_future(string value, int year) =>
        Assert.Equal(year, Nik.Validate(value, Today).BirthDate!.Value.Year);

    [Theory]
    [InlineData("6472012902040001", true)]
    [InlineData("6472012902050001", false)]
    [InlineData("6472016902040001", true)]
    public void The_29th_of_february_exists_only_in_leap_years(string value, bool valid) =>
        Assert.Equal(valid, Nik.Validate(value, Today).IsValid);

    [Theory]
    [InlineData("6472013208900001", "NIK_INVALID_DATE")]
    [InlineData("6472014008900001", "NIK_INVALID_DATE")]
    [InlineData("6472017208900001", "NIK_INVALID_DATE")]
    [InlineData("6472010100900001", "NIK_INVALID_DATE")]
    [InlineData("6472010113900001", "NIK_INVALID_DATE")]
    [InlineData("6472011508900000", "NIK_INVALID_SERIAL")]
    [InlineData("647201150890001", "NIK_NOT_16_DIGITS")]
    [InlineData("64720115089000011", "NIK_NOT_16_DIGITS")]
    [InlineData("64720115089O0001", "NIK_NOT_16_DIGITS")]
    [InlineData("0072011508900001", "NIK_INVALID_REGION")]
    [InlineData("6400011508900001", "NIK_INVALID_REGION")]
    [InlineData("", "NIK_REQUIRED")]
    [InlineData(null, "NIK_REQUIRED")]
    public void An_invalid_nik_is_refused_with_a_precise_code(string? value, string code)
    {
        var nik = Nik.Validate(value, Today);

        Assert.False(nik.IsValid);
        Assert.Equal(code, nik.ErrorCode);
        Assert.NotEmpty(nik.ErrorMessage!);
    }

    [Fact]
    public void Spaces_are_ignored() => Assert.Equal("6472011508900001", Nik.Validate(" 647201 150890 0001 ", Today).Normalized);

    [Fact]
    public void A_district_not_in_todays_list_is_a_warning_not_a_refusal()
    {
        var nik = Nik.Validate("6472991508900001", Today);

        Assert.True(nik.IsValid);
        Assert.Equal([Nik.UnknownDistrictWarning], nik.Warnings);
    }

    [Fact]
    public void Masking_keeps_the_first_four_and_last_two_digits() =>
        Assert.Equal("6472**********01", Nik.Mask("6472011508900001"));
}

public sealed class CitizenAnalyticsKeyTests
{
    private static readonly byte[] Secret = [.. Enumerable.Range(0, 32).Select(i => (byte)i)];

    [Fact]
    public void Matches_a_known_hmac_sha256() =>
        Assert.Equal("4859a71d933465fd168d1e6af8e6b82e966bb5c85ca8759ce2cd33ba443e4853", CitizenAnalyticsKey.Compute(Secret, "6472011508900001"));

    [Fact]
    public void The_same_nik_gives_the_same_key_within_a_tenant_and_another_key_elsewhere()
    {
        var other = CitizenAnalyticsKey.NewTenantSecret();

        Assert.Equal(CitizenAnalyticsKey.Compute(Secret, "6472011508900001"), CitizenAnalyticsKey.Compute(Secret, "6472011508900001"));
        Assert.NotEqual(CitizenAnalyticsKey.Compute(Secret, "6472011508900001"), CitizenAnalyticsKey.Compute(other, "6472011508900001"));
    }

    [Fact]
    public void A_short_secret_is_refused() =>
        Assert.Throws<ArgumentException>(() => CitizenAnalyticsKey.Compute(new byte[16], "6472011508900001"));
}
