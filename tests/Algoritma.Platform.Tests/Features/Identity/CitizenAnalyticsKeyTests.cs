using Algoritma.Platform.Features.Identity.Citizens;

namespace Algoritma.Platform.Tests.Features.Identity;

public sealed class CitizenAnalyticsKeyTests
{
    private const string SamarindaNik = "6472011708850003";

    private static byte[] Secret(byte start) => Enumerable.Range(start, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public void Key_is_lower_case_hex_HMAC_SHA256_of_the_NIK()
    {
        // printf '%s' 6472011708850003 | openssl dgst -sha256 -mac HMAC -macopt hexkey:000102…1f
        const string expected = "359b3a1607709913bbd7806031e7151c6fc839f2e41dffcf890de15997ea8f00";

        Assert.Equal(expected, CitizenAnalyticsKey.Compute(Secret(0), SamarindaNik));
    }

    [Fact]
    public void Same_NIK_and_secret_give_the_same_key()
    {
        var secret = CitizenAnalyticsKey.NewTenantSecret();

        Assert.Equal(
            CitizenAnalyticsKey.Compute(secret, SamarindaNik),
            CitizenAnalyticsKey.Compute(secret, SamarindaNik));
    }

    [Fact]
    public void Different_tenant_secrets_give_different_keys()
    {
        Assert.NotEqual(
            CitizenAnalyticsKey.Compute(Secret(0), SamarindaNik),
            CitizenAnalyticsKey.Compute(Secret(1), SamarindaNik));
    }

    [Fact]
    public void Different_NIKs_give_different_keys()
    {
        Assert.NotEqual(
            CitizenAnalyticsKey.Compute(Secret(0), SamarindaNik),
            CitizenAnalyticsKey.Compute(Secret(0), "6472011708850004"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(16)]
    [InlineData(31)]
    public void Secret_shorter_than_32_bytes_is_refused(int length) =>
        Assert.Throws<ArgumentException>(() => CitizenAnalyticsKey.Compute(new byte[length], SamarindaNik));

    [Theory]
    [InlineData("")]
    [InlineData(" 6472011708850003")]
    [InlineData("647201170885000X")]
    public void Non_normalized_NIK_is_refused(string nik) =>
        Assert.Throws<ArgumentException>(() => CitizenAnalyticsKey.Compute(Secret(0), nik));

    [Fact]
    public void New_tenant_secret_is_32_random_bytes()
    {
        var first = CitizenAnalyticsKey.NewTenantSecret();
        var second = CitizenAnalyticsKey.NewTenantSecret();

        Assert.Equal(32, first.Length);
        Assert.NotEqual(first, second);
        Assert.Matches("^[0-9a-f]{64}$", CitizenAnalyticsKey.Compute(first, SamarindaNik));
    }
}
