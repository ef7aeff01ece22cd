namespace Algoritma.Platform.Features.Identity.Configuration;

/// <summary>An OIDC client declared in tenants-config/ (a tenant's file, or platform.yaml).</summary>
public sealed class ClientDefinition
{
    public string ClientId { get; set; } = string.Empty;

    public string? DisplayName { get; set; }

    /// <summary><c>public</c> (SPA, PKCE) or <c>confidential</c> (has a secret).</summary>
    public string Type { get; set; } = "public";

    public List<string> GrantTypes { get; set; } = ["authorization_code", "refresh_token"];

    public List<string> RedirectUris { get; set; } = [];

    public List<string> PostLogoutRedirectUris { get; set; } = [];

    /// <summary>Roles the client itself holds (client credentials).</summary>
    public List<string> Roles { get; set; } = [];

    /// <summary>Plain secret: Development only.</summary>
    public string? Secret { get; set; }

    /// <summary>Name of the environment variable holding the secret (production).</summary>
    public string? SecretEnv { get; set; }
}

/// <summary>A user declared in tenants-config/: demo users (Development only) and platform admins.</summary>
public sealed class UserDefinition
{
    public string UserName { get; set; } = string.Empty;

    public string? DisplayName { get; set; }

    public string? Email { get; set; }

    public List<string> Roles { get; set; } = [];

    public string? Unit { get; set; }

    /// <summary>Plain password: Development only.</summary>
    public string? Password { get; set; }

    public string? PasswordEnv { get; set; }
}

/// <summary>The identity part of one tenants-config file; <see cref="TenantId"/> is null for platform.yaml.</summary>
public sealed class IdentityFile
{
    public string? Id { get; set; }

    public List<ClientDefinition> Clients { get; set; } = [];

    public List<UserDefinition> Users { get; set; } = [];

    public List<UserDefinition> Admins { get; set; } = [];

    /// <summary>Template codes the tenant's catalog starts with.</summary>
    public List<string> Services { get; set; } = [];

    public string FileName { get; set; } = string.Empty;

    public string? TenantId => Id;
}
