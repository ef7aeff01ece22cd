using Algoritma.Platform.Features.Identity.Oidc;
using Algoritma.Platform.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Algoritma.IntegrationTests.Identity;

/// <summary>The Data Protection keys in the database are encrypted with a certificate kept outside it.</summary>
[Collection(ApiCollection.Name)]
public sealed class DataProtectionKeyTests(ApiFactory api)
{
    [Fact]
    public async Task Stored_keys_are_encrypted_and_hold_no_plaintext_master_key()
    {
        var protector = api.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
        Assert.Equal("rahasia", protector.Unprotect(protector.Protect("rahasia")));

        var keys = await StoredKeysAsync();

        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_key_stored_in_plain_text_before_is_encrypted_in_place_and_still_opens_what_it_protected()
    {
        var folder = Directory.CreateTempSubdirectory();
        var legacy = DataProtectionProvider.Create(folder, builder => builder.SetApplicationName("Algoritma")).CreateProtector("legacy");
        var payload = legacy.Protect("NIK lama");
        var xml = await File.ReadAllTextAsync(folder.GetFiles("key-*.xml").Single().FullName);
        Assert.Contains("<masterKey", xml, StringComparison.Ordinal);
        await ExecuteAsync("INSERT INTO data_protection_keys (friendly_name, xml) VALUES ('legacy', $1)", xml);
        var migration = api.Services.GetServices<IHostedService>().OfType<PlaintextKeyEncryption>().Single();

        Assert.InRange(await migration.EncryptStoredKeysAsync(CancellationToken.None), 0, 1); // 0 when the start-up run was first

        Assert.All(await StoredKeysAsync(), stored => Assert.DoesNotContain("<masterKey", stored, StringComparison.Ordinal));
        Assert.Equal(0, await migration.EncryptStoredKeysAsync(CancellationToken.None));
        var reader = api.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("legacy");
        Assert.Equal("NIK lama", reader.Unprotect(payload));
        folder.Delete(recursive: true);
    }

    private async Task ExecuteAsync(string sql, string value)
    {
        var owner = DatabaseSettings.OwnerConnectionString(api.Services.GetRequiredService<IConfiguration>());
        await using var connection = new NpgsqlConnection(owner);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new NpgsqlParameter { Value = value } } };
        await command.ExecuteNonQueryAsync();
    }

    private async Task<List<string>> StoredKeysAsync()
    {
        var owner = DatabaseSettings.OwnerConnectionString(api.Services.GetRequiredService<IConfiguration>());
        await using var connection = new NpgsqlConnection(owner);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT xml FROM data_protection_keys", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<string>();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }
}
