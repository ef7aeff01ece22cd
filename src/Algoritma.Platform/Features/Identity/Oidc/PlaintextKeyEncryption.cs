using System.Xml.Linq;
using Algoritma.Platform.Persistence;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Algoritma.Platform.Features.Identity.Oidc;

/// <summary>
/// The one-time migration of keys stored before they were encrypted: each secret a key marks
/// <c>requiresEncryption</c> is encrypted in place with the configured certificate, as Data Protection writes a new
/// key (the key material is unchanged, so what the key protected still opens). Runs at every start and changes nothing
/// once done; a row another process rewrote meanwhile is left alone.
/// </summary>
internal sealed class PlaintextKeyEncryption(
    IServiceScopeFactory scopes, IOptions<KeyManagementOptions> keyManagement, ILogger<PlaintextKeyEncryption> logger) : BackgroundService
{
    private static readonly XNamespace DataProtection = "http://schemas.asp.net/2015/03/dataProtection";
    private static readonly XName RequiresEncryption = DataProtection + "requiresEncryption";
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);
    private const int Attempts = 24;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            try
            {
                var encrypted = await EncryptStoredKeysAsync(stoppingToken);
                if (encrypted > 0)
                {
                    logger.LogInformation("Encrypted {Count} Data Protection key(s) stored in plain text", encrypted);
                }

                return;
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UndefinedTable)
            {
                await Task.Delay(RetryAfter, stoppingToken); // the database is not migrated yet
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Encrypting the Data Protection keys stored in plain text failed");
                await Task.Delay(RetryAfter, stoppingToken);
            }
        }
    }

    /// <summary>Encrypts every stored key that holds a plain secret; how many it rewrote.</summary>
    internal async Task<int> EncryptStoredKeysAsync(CancellationToken cancellationToken)
    {
        var encryptor = keyManagement.Value.XmlEncryptor ?? throw new InvalidOperationException("No XML encryptor is configured.");
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var plain = await db.DataProtectionKeys.AsNoTracking().Where(k => k.Xml!.Contains("requiresEncryption=\"true\"")).ToListAsync(cancellationToken);
        var rewritten = 0;
        foreach (var key in plain)
        {
            var element = XElement.Parse(key.Xml!);
            foreach (var secret in element.Descendants().Where(e => (bool?)e.Attribute(RequiresEncryption) == true).ToList())
            {
                var encrypted = encryptor.Encrypt(new XElement(secret));
                secret.ReplaceWith(new XElement(DataProtection + "encryptedSecret",
                    new XAttribute("decryptorType", encrypted.DecryptorType.AssemblyQualifiedName!), encrypted.EncryptedElement));
            }

            var xml = element.ToString(SaveOptions.DisableFormatting);
            rewritten += await db.DataProtectionKeys.Where(k => k.Id == key.Id && k.Xml == key.Xml)
                .ExecuteUpdateAsync(k => k.SetProperty(x => x.Xml, xml), cancellationToken);
        }

        return rewritten;
    }
}
