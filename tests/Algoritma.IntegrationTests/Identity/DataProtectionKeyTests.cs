using Algoritma.IntegrationTests.Infrastructure;
using Algoritma.Platform.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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
