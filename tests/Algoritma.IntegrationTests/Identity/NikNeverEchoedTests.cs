using System.Net;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Algoritma.IntegrationTests.Identity;

/// <summary>
/// A NIK, a citizenNik or a password never comes back in a response, nor goes into a log line (every category at
/// Trace), whatever the failure: wrong JSON type, malformed, a province that does not exist, an inline literal.
/// </summary>
[Collection(LogCapturingCollection.Name)]
public sealed class NikNeverEchoedTests(LogCapturingApiFactory api)
{
    private const string Register = """
        mutation ($input: RegisterCitizenInput!) {
          registerCitizen(input: $input) { userName maskedNik errors { code message path } }
        }
        """;

    private const string RecordCounter = """
        mutation ($input: RecordCounterServiceInput!) {
          recordCounterService(input: $input) { request { id } errors { code message path } }
        }
        """;

    private const string Password = "Rahasia-Sekali-77341";

    [Theory]
    [InlineData("6472011508905501")] // valid, sent as a JSON number
    [InlineData("99720115089055019")] // 17 digits, as a number
    public async Task A_nik_of_the_wrong_json_type_is_not_echoed(string digits)
    {
        api.Logs.Start();
        var body = Body(Register, $"\"nik\":{digits},\"name\":\"Warga\",\"email\":\"{Guid.NewGuid():N}@example.id\",\"password\":\"{Password}\"");

        var response = await api.Tenant("samarinda").PostRawAsync(body);

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        AssertNeverEchoed(response.Body.GetRawText(), digits, Password);
    }

    [Theory]
    [InlineData("647201150890550", "NIK_NOT_16_DIGITS")] // 15 digits
    [InlineData("64720115089055019", "NIK_NOT_16_DIGITS")] // 17 digits
    [InlineData("6472011508905x01", "NIK_NOT_16_DIGITS")]
    [InlineData("6472013208905501", "NIK_INVALID_DATE")]
    [InlineData("9972011508905501", "NIK_INVALID_REGION")] // no province 99
    public async Task A_refused_nik_is_not_echoed_by_registration(string nik, string code)
    {
        api.Logs.Start();

        var response = await api.Tenant("samarinda").PostAsync(Register,
            new { input = new { nik, name = "Warga", email = $"{Guid.NewGuid():N}@example.id", password = Password } });

        var error = Assert.Single(response.Data.GetProperty("registerCitizen").GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("code").GetString());
        AssertNeverEchoed(response.Body.GetRawText(), nik, Password);
    }

    [Fact]
    public async Task A_password_of_the_wrong_json_type_is_not_echoed()
    {
        api.Logs.Start();
        var body = Body(Register, $"\"nik\":\"6472011508905501\",\"name\":\"Warga\",\"email\":\"{Guid.NewGuid():N}@example.id\",\"password\":77341993");

        var response = await api.Tenant("samarinda").PostRawAsync(body);

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        AssertNeverEchoed(response.Body.GetRawText(), "6472011508905501", "77341993");
    }

    [Fact]
    public async Task A_nik_written_inline_in_the_document_is_not_echoed()
    {
        api.Logs.Start();

        var response = await api.Tenant("samarinda").PostAsync(
            $$"""mutation { registerCitizen(input: { nik: 6472011508905501, name: "Warga", email: "x@example.id", password: "{{Password}}" }) { errors { code } } }""");

        Assert.Equal("GRAPHQL_VALIDATION_FAILED", response.FirstErrorCode);
        AssertNeverEchoed(response.Body.GetRawText(), "6472011508905501", Password);
    }

    [Theory]
    [InlineData("\"9972011508905501\"", "NIK_INVALID_REGION")]
    [InlineData("\"64720115089055\"", "NIK_NOT_16_DIGITS")]
    [InlineData("6472011508905501", null)] // a JSON number
    public async Task A_citizen_nik_at_the_counter_is_not_echoed(string nikJson, string? code)
    {
        var officer = api.Tenant("samarinda").WithToken((await api.SignInAsync("petugas.rawamakmur")).GetProperty("access_token").GetString()!);
        await EnsureDomisiliAsync();
        api.Logs.Start();
        var body = Body(RecordCounter, $"\"service\":\"domisili\",\"unit\":\"64.72.01.1001\",\"documents\":[\"ktp\",\"kk\",\"pengantar_rt\"],\"citizenNik\":{nikJson}");

        var response = await officer.PostRawAsync(body);

        if (code is null)
        {
            Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        }
        else
        {
            var error = Assert.Single(response.Data.GetProperty("recordCounterService").GetProperty("errors").EnumerateArray());
            Assert.Equal(code, error.GetProperty("code").GetString());
        }

        AssertNeverEchoed(response.Body.GetRawText(), nikJson.Trim('"'));
    }

    [Fact]
    public async Task A_nik_sent_over_get_is_not_logged_with_the_url()
    {
        api.Logs.Start();
        var query = Uri.EscapeDataString("query ($n: String!) { tenant { slug } }");
        var variables = Uri.EscapeDataString("""{"n":"6472011508905501"}""");

        using var response = await api.CreateClient().GetAsync($"/t/samarinda/graphql?query={query}&variables={variables}");

        Assert.True(response.StatusCode < HttpStatusCode.InternalServerError);
        AssertNeverEchoed(string.Empty, "6472011508905501");
    }

    [Fact]
    public async Task A_wrong_password_at_sign_in_is_not_logged()
    {
        api.Logs.Start();

        await Assert.ThrowsAsync<InvalidOperationException>(() => api.SignInAsync("petugas.rawamakmur", Password));

        AssertNeverEchoed(string.Empty, Password);
    }

    [Fact]
    public async Task Ef_core_never_logs_parameter_values()
    {
        var sensitive = await api.WithServiceAsync<PlatformDbContext, bool>(db =>
            Task.FromResult(db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.IsSensitiveDataLoggingEnabled));

        Assert.False(sensitive);
    }

    private async Task EnsureDomisiliAsync() =>
        await api.Tenant("samarinda").WithToken(await api.CityAdminAsync("samarinda"))
            .PostAsync("mutation { cloneServiceTemplate(input: { template: \"domisili\" }) { errors { code } } }");

    private void AssertNeverEchoed(string responseBody, params string[] secrets)
    {
        var logs = api.Logs.Text;
        Assert.True(api.Logs.Count > 0, "the host logged nothing: the capture is not wired");
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, responseBody, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
            if (secret.Length >= 12)
            {
                // the part a masked NIK hides
                Assert.DoesNotContain(secret[4..^2], responseBody, StringComparison.Ordinal);
                Assert.DoesNotContain(secret[4..^2], logs, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>A request body whose input fields are written as raw JSON, so that a value can have the wrong type.</summary>
    private static string Body(string query, string rawInputFields) =>
        "{\"query\":" + System.Text.Json.JsonSerializer.Serialize(query) + ",\"variables\":{\"input\":{" + rawInputFields + "}}}";
}
