using Algoritma.Platform.Features.Identity.Citizens;
using Algoritma.Platform.Features.Shared.OfficialRegions;

namespace Algoritma.Platform.Tests.Features.Identity;

public sealed class NikTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    [Fact]
    public void Valid_male_NIK_from_Palaran_Samarinda_is_parsed()
    {
        var result = Nik.Validate("6472011708850003", Today);

        Assert.True(result.IsValid);
        Assert.Equal("6472011708850003", result.Normalized);
        Assert.Null(result.ErrorCode);
        Assert.Null(result.ErrorMessage);
        Assert.Empty(result.Warnings);
        Assert.Equal("64.72.01", result.DistrictCode);
        Assert.Equal(new DateOnly(1985, 8, 17), result.BirthDate);
        Assert.Equal(NikSex.Male, result.Sex);
        Assert.Equal(3, result.Serial);
    }

    [Fact]
    public void Day_plus_40_is_a_female_with_the_real_day_of_birth()
    {
        var result = Nik.Validate("6472055712920012", Today);

        Assert.True(result.IsValid);
        Assert.Equal(NikSex.Female, result.Sex);
        Assert.Equal(new DateOnly(1992, 12, 17), result.BirthDate);
        Assert.Equal("64.72.05", result.DistrictCode);
        Assert.Equal(12, result.Serial);
    }

    [Theory]
    [InlineData("6472010101250001", 2025, 1, 1)] // 20YY, before today
    [InlineData("6472010106250001", 2025, 6, 1)] // 20YY, exactly today
    [InlineData("6472010206250001", 1925, 6, 2)] // 20YY would be tomorrow -> 19YY
    [InlineData("6472010101260001", 1926, 1, 1)] // 20YY next year -> 19YY
    [InlineData("6472010101000001", 2000, 1, 1)]
    [InlineData("6472010101990001", 1999, 1, 1)]
    public void Two_digit_year_is_20YY_unless_that_is_after_today(string nik, int year, int month, int day)
    {
        var result = Nik.Validate(nik, Today);

        Assert.True(result.IsValid);
        Assert.Equal(new DateOnly(year, month, day), result.BirthDate);
    }

    [Fact]
    public void Birth_more_than_130_years_ago_is_refused_but_exactly_130_is_valid()
    {
        var today = new DateOnly(2130, 6, 2);

        Assert.Equal("NIK_INVALID_DATE", Nik.Validate("6472010101000001", today).ErrorCode);

        var exactly130 = Nik.Validate("6472010206000001", today);
        Assert.True(exactly130.IsValid);
        Assert.Equal(new DateOnly(2000, 6, 2), exactly130.BirthDate);
    }

    [Theory]
    [InlineData("6472012902040001", 2004)]
    [InlineData("6472016902040001", 2004)] // female
    [InlineData("6472012902000001", 2000)] // 2000 is a leap year
    [InlineData("6472012902960001", 1996)]
    public void February_29_is_valid_in_a_leap_year(string nik, int year)
    {
        var result = Nik.Validate(nik, Today);

        Assert.True(result.IsValid);
        Assert.Equal(new DateOnly(year, 2, 29), result.BirthDate);
    }

    [Theory]
    [InlineData("6472012902010001")]
    [InlineData("6472016902230001")]
    [InlineData("6472012902990001")]
    public void February_29_is_refused_outside_a_leap_year(string nik) =>
        Assert.Equal("NIK_INVALID_DATE", Nik.Validate(nik, Today).ErrorCode);

    [Fact]
    public void February_29_of_00_read_as_1900_is_refused()
    {
        // Before 29 Feb 2000 the year 00 means 1900, which is not a leap year.
        Assert.Equal("NIK_INVALID_DATE", Nik.Validate("6472012902000001", new DateOnly(1999, 12, 31)).ErrorCode);
    }

    [Theory]
    [InlineData("6472013101900001", true)]
    [InlineData("6472013201900001", false)] // day 32
    [InlineData("6472014001900001", false)] // day 40
    [InlineData("6472014101900001", true)]  // female day 1
    [InlineData("6472017101900001", true)]  // female day 31
    [InlineData("6472017201900001", false)] // day 72
    [InlineData("6472010001900001", false)] // day 00
    [InlineData("6472013104900001", false)] // 31 April
    [InlineData("6472017104900001", false)] // female 31 April
    public void Day_must_be_1_to_31_or_41_to_71_and_exist_in_the_month(string nik, bool valid)
    {
        var result = Nik.Validate(nik, Today);

        Assert.Equal(valid, result.IsValid);
        Assert.Equal(valid ? null : "NIK_INVALID_DATE", result.ErrorCode);
    }

    [Theory]
    [InlineData("6472011700850003")]
    [InlineData("6472011713850003")]
    public void Month_00_or_13_is_refused(string nik) =>
        Assert.Equal("NIK_INVALID_DATE", Nik.Validate(nik, Today).ErrorCode);

    [Fact]
    public void Serial_0000_is_refused()
    {
        var result = Nik.Validate("6472011708850000", Today);

        Assert.False(result.IsValid);
        Assert.Equal("NIK_INVALID_SERIAL", result.ErrorCode);
        Assert.False(string.IsNullOrWhiteSpace(result.ErrorMessage));
    }

    [Fact]
    public void Serial_9999_is_valid() =>
        Assert.Equal(9999, Nik.Validate("6472011708859999", Today).Serial);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Missing_NIK_is_required(string? input)
    {
        var result = Nik.Validate(input, Today);

        Assert.False(result.IsValid);
        Assert.Equal("NIK_REQUIRED", result.ErrorCode);
        Assert.Null(result.Normalized);
    }

    [Theory]
    [InlineData("647201170885000")]   // 15 digits
    [InlineData("64720117088500031")] // 17 digits
    [InlineData("64720117088500AB")]  // letters
    [InlineData("6472 0117 0885 0003")] // inner spaces
    [InlineData("6472-0117-0885-03")]
    [InlineData("６４７２０１１７０８８５０００３")] // full-width digits
    public void Anything_but_16_ASCII_digits_is_refused(string input)
    {
        var result = Nik.Validate(input, Today);

        Assert.False(result.IsValid);
        Assert.Equal("NIK_NOT_16_DIGITS", result.ErrorCode);
    }

    [Fact]
    public void Surrounding_spaces_are_trimmed()
    {
        var result = Nik.Validate("  6472011708850003 \t", Today);

        Assert.True(result.IsValid);
        Assert.Equal("6472011708850003", result.Normalized);
    }

    [Fact]
    public void Unknown_district_is_valid_with_a_warning()
    {
        var result = Nik.Validate("6472991708850003", Today);

        Assert.True(result.IsValid);
        Assert.Null(result.ErrorCode);
        Assert.Equal("64.72.99", result.DistrictCode);
        Assert.Equal(["NIK_UNKNOWN_DISTRICT"], result.Warnings);
    }

    [Theory]
    [InlineData("9972011708850003")] // 99: no province
    [InlineData("2072011708850003")] // 20: no province
    [InlineData("5472011708850003")] // 54: Timor Timur, no longer a province
    public void A_province_missing_from_the_reference_is_refused(string nik)
    {
        var result = Nik.Validate(nik, Today);

        Assert.False(result.IsValid);
        Assert.Equal("NIK_INVALID_REGION", result.ErrorCode);
        Assert.DoesNotContain(nik[..6], result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_regency_missing_from_todays_list_is_valid_with_a_warning()
    {
        var result = Nik.Validate("6499011708850003", Today);

        Assert.True(result.IsValid);
        Assert.Equal(["NIK_UNKNOWN_DISTRICT"], result.Warnings);
    }

    [Fact]
    public void Every_province_of_the_reference_is_accepted()
    {
        foreach (var province in OfficialRegionsCatalog.Shared.Provinces)
        {
            Assert.True(Nik.Validate($"{province.Code}01011708850003", Today).IsValid, province.Code);
        }
    }

    [Theory]
    [InlineData("0072011708850003")] // province 00
    [InlineData("6400011708850003")] // regency 00
    [InlineData("6472001708850003")] // district 00
    public void Region_code_00_is_refused(string nik)
    {
        var result = Nik.Validate(nik, Today);

        Assert.False(result.IsValid);
        Assert.Equal("NIK_INVALID_REGION", result.ErrorCode);
        Assert.Equal("", result.DistrictCode);
        Assert.Equal(NikSex.Unknown, result.Sex);
    }

    [Fact]
    public void Mask_keeps_the_first_4_and_last_2_digits()
    {
        Assert.Equal("6472**********03", Nik.Mask("6472011708850003"));
        Assert.Equal("6472**********03", Nik.Mask(" 6472011708850003 "));
    }

    [Fact]
    public void Mask_hides_everything_of_a_malformed_value() =>
        Assert.Equal("*****", Nik.Mask("64720"));
}
