using System.Text.Json;

namespace Algoritma.IntegrationTests.Inputs;

/// <summary>People's names and contacts: real ones accepted (plus signs, apostrophes, non-ASCII letters), blank names and foreign digits refused.</summary>
[Collection(ApiCollection.Name)]
public sealed class IdentityInputTests(ApiFactory api)
{
    private const string Register = "mutation ($input: RegisterCitizenInput!) { registerCitizen(input: $input) { userName errors { code path } } }";
    private const string CreateUser = "mutation ($input: CreateUserInput!) { createUser(input: $input) { user { userName displayName } errors { code path } } }";
    // far beyond every bound, and twice of it still under the 64 KB request limit
    // past every domain bound (at most 2,000) yet under the edge's 4,096-character cap, so the domain's own check answers
    private static readonly string Huge = new('a', 4_000);
    private static int _niks;

    private static string NextNik() => $"647201150890{Interlocked.Increment(ref _niks) + 7000:D4}";

    private async Task<JsonElement> RegisterAsync(string name, string? email, string? phone = null)
    {
        var response = await api.Tenant("samarinda").PostAsync(Register,
            new { input = new { nik = NextNik(), name, email, phone, password = "Warga-Baik-2026" } });
        Assert.True(response.Errors.Count == 0, response.ToString());
        return response.Data.GetProperty("registerCitizen");
    }

    private async Task<JsonElement> CreateUserAsync(string userName, string displayName, string? email = null)
    {
        var admin = api.Tenant("samarinda").WithToken(await api.CityAdminAsync("samarinda"));
        var response = await admin.PostAsync(CreateUser, new
        {
            input = new { userName, displayName, email, roles = new[] { "OFFICER" }, unit = "64.72.01", password = "Kuat-Sekali-2026" },
        });
        Assert.True(response.Errors.Count == 0, response.ToString());
        return response.Data.GetProperty("createUser");
    }

    [Theory]
    [InlineData("Ma'ruf Amin", "budi+{0}@gmail.com")]
    [InlineData("Siti Nurhaliza Çelik", "siti.{0}@example.id")]
    [InlineData("Dédé", "o'neil.{0}@example.id")]
    public async Task A_citizen_registers_with_a_plus_address_an_apostrophe_or_non_ascii_letters(string name, string email)
    {
        var address = string.Format(System.Globalization.CultureInfo.InvariantCulture, email, Guid.NewGuid().ToString("N")[..8]);

        var registered = await RegisterAsync(name, address);

        Assert.True(registered.GetProperty("errors").GetArrayLength() == 0, registered.ToString());
        Assert.Equal(address, registered.GetProperty("userName").GetString());
        Assert.NotNull((await api.SignInAsync(address, "Warga-Baik-2026")).GetProperty("access_token").GetString());
    }

    [Theory]
    [InlineData("Ma'ruf Amin")]
    [InlineData("Siti Nurhaliza Çelik")]
    [InlineData("Dédé")]
    public async Task An_officer_is_created_with_an_apostrophe_or_non_ascii_letters_in_the_name(string displayName)
    {
        var created = await CreateUserAsync($"petugas.{Guid.NewGuid():N}"[..30], displayName, $"kantor+{Guid.NewGuid():N}@example.id");

        Assert.True(created.GetProperty("errors").GetArrayLength() == 0, created.ToString());
        Assert.Equal(displayName, created.GetProperty("user").GetProperty("displayName").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public async Task A_blank_name_is_refused(string name)
    {
        var citizen = await RegisterAsync(name, $"kosong.{Guid.NewGuid():N}@example.id");
        var officer = await CreateUserAsync($"kosong.{Guid.NewGuid():N}"[..30], name);

        Assert.Equal(["NAME_REQUIRED"], citizen.ErrorCodes());
        Assert.Equal(["NAME_REQUIRED"], officer.ErrorCodes());
    }

    [Theory]
    [InlineData("٠٨١٢٣٤٥٦٧٨٩")] // Arabic-Indic
    [InlineData("０８１２３４５６７８９")] // fullwidth
    [InlineData("0812-٣٤٥٦-7890")]
    public async Task A_phone_number_with_digits_of_another_script_is_refused(string phone)
    {
        var admin = api.Tenant("samarinda").WithToken(await api.CityAdminAsync("samarinda"));

        var citizen = await RegisterAsync("Warga", $"telepon.{Guid.NewGuid():N}@example.id", phone);
        var region = (await admin.PostAsync("mutation ($phone: String) { updateRegionDetails(input: { code: \"64.72.01\", phone: $phone }) { errors { code path } } }",
            new { phone })).Data.GetProperty("updateRegionDetails");

        Assert.Equal(["INVALID_PHONE"], citizen.ErrorCodes());
        Assert.Equal(["INVALID_PHONE"], region.ErrorCodes());
    }

    [Fact]
    public async Task A_citizen_registers_with_a_phone_number_only()
    {
        var phone = $"0812 {Random.Shared.Next(1000, 9999)} {Random.Shared.Next(1000, 9999)}";

        var registered = await RegisterAsync("Warga", null, phone);

        Assert.True(registered.GetProperty("errors").GetArrayLength() == 0, registered.ToString());
        Assert.Equal(phone.Replace(" ", string.Empty, StringComparison.Ordinal), registered.GetProperty("userName").GetString());
    }

    [Fact]
    public async Task Identity_texts_longer_than_their_bounds_are_refused()
    {
        var citizen = await RegisterAsync(Huge, Huge + "@example.id");
        var officer = await CreateUserAsync("panjang", Huge);
        var staffPlus = await CreateUserAsync("budi+1@gmail.com", "Budi");
        var notAnAddress = await RegisterAsync("Warga", "bukan alamat");

        Assert.Equal(["TOO_LONG", "TOO_LONG"], citizen.ErrorCodes());
        Assert.Equal(["TOO_LONG"], officer.ErrorCodes());
        Assert.Equal(["INVALID_USER_NAME"], staffPlus.ErrorCodes());
        Assert.Equal(["INVALID_EMAIL"], notAnAddress.ErrorCodes());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Rotating_the_secret_of_an_empty_client_id_answers_with_a_code(string clientId)
    {
        var admin = api.Tenant("samarinda").WithToken(await api.CityAdminAsync("samarinda"));

        var response = await admin.PostAsync("mutation ($id: String!) { rotateClientSecret(input: { clientId: $id }) { secret errors { code path } } }", new { id = clientId });

        Assert.True(response.Errors.Count == 0, response.ToString());
        Assert.Equal(["REQUIRED"], response.Data.GetProperty("rotateClientSecret").ErrorCodes());
    }

    [Fact]
    public async Task Region_details_and_client_names_longer_than_their_bounds_are_refused()
    {
        var admin = api.Tenant("samarinda").WithToken(await api.CityAdminAsync("samarinda"));

        var region = await admin.PostAsync("mutation ($text: String) { updateRegionDetails(input: { code: \"64.72.01\", address: $text, headName: $text }) { errors { code path } } }", new { text = Huge });
        var client = await admin.PostAsync("mutation ($text: String!) { registerClient(input: { clientId: \"samarinda-panjang\", displayName: $text, confidential: true }) { errors { code path } } }", new { text = Huge });

        Assert.Equal(["TOO_LONG", "TOO_LONG"], region.Data.GetProperty("updateRegionDetails").ErrorCodes());
        Assert.Equal(["TOO_LONG"], client.Data.GetProperty("registerClient").ErrorCodes());
    }
}
