using Algoritma.Platform.Features.Tenants.Configuration;

namespace Algoritma.Platform.Tests.Features.Cors;

public sealed class CorsOriginTests
{
    [Theory]
    [InlineData("http://localhost:5173", "http://localhost:5173")]
    [InlineData("https://Layanan.Samarindakota.go.id/", "https://layanan.samarindakota.go.id")]
    [InlineData("https://site.example:443", "https://site.example")]
    [InlineData("http://127.0.0.1:8765", "http://127.0.0.1:8765")]
    public void An_origin_is_normalized_as_a_browser_sends_it(string text, string origin) =>
        Assert.Equal(origin, CorsOrigin.Parse(text));

    [Theory]
    [InlineData("*")]
    [InlineData("null")]
    [InlineData("localhost:5173")]
    [InlineData("ftp://site.example")]
    [InlineData("https://site.example/path")]
    [InlineData("https://site.example//")]
    [InlineData("https://site.example?x")]
    [InlineData("https://site.example#x")]
    [InlineData("https://user:pw@site.example")]
    [InlineData("")]
    public void Anything_else_is_not_an_origin(string text) => Assert.Null(CorsOrigin.Parse(text));

    [Fact]
    public void A_redirect_uri_gives_the_origin_its_page_runs_on() =>
        Assert.Equal("http://localhost:5173", CorsOrigin.OfRedirectUri("http://localhost:5173/callback?x=1"));

    [Fact]
    public void The_tenants_origins_list_lands_normalized_in_its_settings()
    {
        var result = TenantConfigLoader.LoadText("samarinda.yaml", """
            id: samarinda
            name: Kota Samarinda
            regencyCode: "64.72"
            timeZone: Asia/Makassar
            origins: [https://Portal.example/, http://localhost:5273]
            """);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal(["https://portal.example", "http://localhost:5273"], ConfiguredOrigins.FromSettings(Assert.Single(result.Tenants).Settings));
    }

    [Fact]
    public void An_origin_with_a_path_in_a_tenant_file_is_an_error_with_its_line()
    {
        var result = TenantConfigLoader.LoadText("samarinda.yaml", """
            id: samarinda
            name: Kota Samarinda
            regencyCode: "64.72"
            timeZone: Asia/Makassar
            origins: [https://portal.example/app]
            """);

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.ToString().Contains("origins", StringComparison.Ordinal));
    }

    [Fact]
    public void Platform_yaml_origins_are_read_and_checked()
    {
        var errors = new List<ConfigFileError>();
        var settings = PlatformSettingsFile.Parse("origins: [https://Admin.example]\n", errors);
        PlatformSettingsFile.Parse("origins: [https://admin.example/x]\n", errors);

        Assert.Equal(["https://admin.example"], settings.Origins);
        Assert.Single(errors);
    }
}
