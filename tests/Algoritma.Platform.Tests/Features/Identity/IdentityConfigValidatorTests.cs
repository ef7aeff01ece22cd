using Algoritma.Platform.Features.Identity.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Algoritma.Platform.Tests.Features.Identity;

public sealed class IdentityConfigValidatorTests
{
    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Algoritma";

        public string ContentRootPath { get; set; } = "/";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    private static IdentityFile CityFile() => new()
    {
        Id = "samarinda",
        FileName = "samarinda.yaml",
        Clients = [new ClientDefinition { ClientId = "samarinda-integration", Type = "confidential", GrantTypes = ["client_credentials"], Roles = ["city_admin"], Secret = "plain" }],
        Users = [new UserDefinition { UserName = "admin.samarinda", Roles = ["city_admin"], Password = "Algoritma-2026" }],
    };

    [Fact]
    public void Plain_secrets_and_passwords_are_accepted_in_development() =>
        Assert.Empty(new IdentityConfigValidator(new Environment(Environments.Development)).Validate([CityFile()]));

    [Fact]
    public void Production_refuses_plain_secrets_and_demo_passwords()
    {
        var errors = new IdentityConfigValidator(new Environment(Environments.Production)).Validate([CityFile()]);

        Assert.Contains(errors, e => e.Contains("plaintext secrets are refused", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("plaintext passwords", StringComparison.Ordinal));
    }

    [Fact]
    public void A_city_file_cannot_grant_platform_admin_and_a_public_client_has_no_secret()
    {
        var file = CityFile();
        file.Users[0].Roles = ["platform_admin"];
        file.Clients.Add(new ClientDefinition { ClientId = "samarinda-spa", Type = "public", Secret = "x", RedirectUris = ["not a uri"] });

        var errors = new IdentityConfigValidator(new Environment(Environments.Development)).Validate([file]);

        Assert.Contains(errors, e => e.Contains("role 'platform_admin' is not allowed", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("a public client has no secret", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'not a uri' is not an absolute URI", StringComparison.Ordinal));
    }
}
