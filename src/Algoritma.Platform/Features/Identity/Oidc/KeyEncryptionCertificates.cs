using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Hosting;

namespace Algoritma.Platform.Features.Identity.Oidc;

/// <summary>
/// The certificates that encrypt the Data Protection keys stored in the database. Development and tests: one generated
/// once and kept in the user's certificate store, as OpenIddict keeps its development certificates. Elsewhere: the
/// PKCS#12 file <c>ALGORITMA_DATA_PROTECTION_CERT</c> (<c>_PASSWORD</c> for its password) encrypts new keys, and the files
/// of <c>ALGORITMA_DATA_PROTECTION_PREVIOUS_CERTS</c> (separated by <see cref="Path.PathSeparator"/>; one password,
/// <c>ALGORITMA_DATA_PROTECTION_PREVIOUS_CERTS_PASSWORD</c>) still decrypt the keys they encrypted: how to rotate it.
/// </summary>
internal static class KeyEncryptionCertificates
{
    public const string CertificateVariable = "ALGORITMA_DATA_PROTECTION_CERT";
    public const string PreviousVariable = "ALGORITMA_DATA_PROTECTION_PREVIOUS_CERTS";
    private const string DevelopmentSubject = "CN=Algoritma Data Protection Development Certificate";

    /// <summary>The certificate that encrypts new keys, and every certificate that may decrypt a stored one.</summary>
    public static (X509Certificate2 Current, IReadOnlyList<X509Certificate2> Decrypting) Load(IHostEnvironment environment)
    {
        if (Environment.GetEnvironmentVariable(CertificateVariable) is { Length: > 0 } path)
        {
            var current = LoadFile(path, $"{CertificateVariable}_PASSWORD");
            var previous = (Environment.GetEnvironmentVariable(PreviousVariable) ?? "")
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(file => LoadFile(file, $"{PreviousVariable}_PASSWORD"));
            return (current, [current, .. previous]);
        }

        if (!environment.IsDevelopment() && !environment.IsEnvironment("Testing"))
        {
            throw new InvalidOperationException(
                $"Outside Development, set {CertificateVariable} to a PKCS#12 certificate file (with a private key) that encrypts " +
                $"the Data Protection keys stored in the database; {CertificateVariable}_PASSWORD for its password.");
        }

        return Development();
    }

    /// <summary>The oldest development certificate encrypts; all of them decrypt (two processes may have made one each).</summary>
    private static (X509Certificate2, IReadOnlyList<X509Certificate2>) Development()
    {
        using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadWrite);
        var now = DateTime.Now;
        var found = store.Certificates.Find(X509FindType.FindBySubjectDistinguishedName, DevelopmentSubject, validOnly: false)
            .Where(c => c.HasPrivateKey && c.NotBefore <= now && now < c.NotAfter)
            .OrderBy(c => c.NotBefore).ThenBy(c => c.Thumbprint, StringComparer.Ordinal)
            .ToList();
        if (found.Count == 0)
        {
            found.Add(CreateDevelopment());
            store.Add(found[0]);
        }

        return (found[0], found);
    }

    private static X509Certificate2 CreateDevelopment()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(DevelopmentSubject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment, critical: true));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddYears(5));
        // through PKCS#12 so that the private key is kept with the certificate in the store
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null,
            X509KeyStorageFlags.Exportable | X509KeyStorageFlags.PersistKeySet);
    }

    private static X509Certificate2 LoadFile(string path, string passwordVariable)
    {
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, Environment.GetEnvironmentVariable(passwordVariable));
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"The certificate {path} has no private key: it cannot decrypt the Data Protection keys.");
    }
}
