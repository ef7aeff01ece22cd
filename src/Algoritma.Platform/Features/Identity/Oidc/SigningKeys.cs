using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Algoritma.Platform.Features.Identity.Oidc;

/// <summary>
/// Development and tests: OpenIddict's development certificates, generated once and kept in the user's
/// certificate store, so tokens survive a restart. Elsewhere: the certificates the operator configures
/// (ALGORITMA_SIGNING_CERT / ALGORITMA_ENCRYPTION_CERT, PKCS#12 files; *_PASSWORD for their passwords).
/// </summary>
internal static class SigningKeys
{
    public static void Configure(OpenIddictServerBuilder server, IHostEnvironment environment)
    {
        var signing = Environment.GetEnvironmentVariable("ALGORITMA_SIGNING_CERT");
        var encryption = Environment.GetEnvironmentVariable("ALGORITMA_ENCRYPTION_CERT");
        if (signing is { Length: > 0 } && encryption is { Length: > 0 })
        {
            server.AddSigningCertificate(Load(signing, "ALGORITMA_SIGNING_CERT_PASSWORD"));
            server.AddEncryptionCertificate(Load(encryption, "ALGORITMA_ENCRYPTION_CERT_PASSWORD"));
            return;
        }

        if (!environment.IsDevelopment() && !environment.IsEnvironment("Testing"))
        {
            throw new InvalidOperationException(
                "Outside Development, set ALGORITMA_SIGNING_CERT and ALGORITMA_ENCRYPTION_CERT to PKCS#12 certificate files.");
        }

        server.AddDevelopmentSigningCertificate().AddDevelopmentEncryptionCertificate();
    }

    private static System.Security.Cryptography.X509Certificates.X509Certificate2 Load(string path, string passwordVariable) =>
        System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(
            path, Environment.GetEnvironmentVariable(passwordVariable));
}
