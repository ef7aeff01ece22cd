using Microsoft.Extensions.Hosting;

namespace Algoritma.Platform.Features.Identity.Configuration;

/// <summary>
/// Checks the clients and users of tenants-config/ before anything is applied: plain secrets and passwords
/// only in Development (and the test host), roles that fit the file, well-formed redirect URIs.
/// </summary>
public sealed class IdentityConfigValidator(IHostEnvironment environment)
{
    public IReadOnlyList<string> Validate(IReadOnlyList<IdentityFile> files)
    {
        var errors = new List<string>();
        foreach (var file in files)
        {
            var allowedRoles = file.TenantId is null ? [Roles.PlatformAdmin] : Roles.TenantRoles;
            foreach (var client in file.Clients)
            {
                errors.AddRange(ValidateClient(file.FileName, client, allowedRoles));
            }

            foreach (var user in file.Users.Concat(file.Admins))
            {
                errors.AddRange(ValidateUser(file.FileName, user, allowedRoles));
            }
        }

        return errors;
    }

    private IEnumerable<string> ValidateClient(string fileName, ClientDefinition client, IReadOnlyList<string> allowedRoles)
    {
        var where = $"{fileName}: client '{client.ClientId}'";
        if (client.ClientId.Length == 0)
        {
            yield return $"{fileName}: a client needs a clientId";
        }

        if (client.Type is not ("public" or "confidential"))
        {
            yield return $"{where}: type must be public or confidential";
        }

        if (client.Type == "public" && (client.Secret ?? client.SecretEnv) is not null)
        {
            yield return $"{where}: a public client has no secret";
        }

        if (client.Type == "confidential" && IdentityConfigApplier.SecretOf(client.Secret, client.SecretEnv) is null)
        {
            yield return $"{where}: a confidential client needs secretEnv (an environment variable that is set) or, in Development, secret";
        }

        if (client.Secret is not null && !PlainSecretsAllowed)
        {
            yield return $"{where}: plaintext secrets are refused outside Development; use secretEnv";
        }

        foreach (var uri in client.RedirectUris.Concat(client.PostLogoutRedirectUris).Where(u => !Uri.TryCreate(u, UriKind.Absolute, out _)))
        {
            yield return $"{where}: '{uri}' is not an absolute URI";
        }

        foreach (var role in client.Roles.Where(r => !allowedRoles.Contains(r)))
        {
            yield return $"{where}: role '{role}' is not allowed here";
        }
    }

    private IEnumerable<string> ValidateUser(string fileName, UserDefinition user, IReadOnlyList<string> allowedRoles)
    {
        var where = $"{fileName}: user '{user.UserName}'";
        if (user.Password is not null && !PlainSecretsAllowed)
        {
            yield return $"{where}: plaintext passwords (demo users) are refused outside Development";
        }

        if (IdentityConfigApplier.SecretOf(user.Password, user.PasswordEnv) is null)
        {
            yield return $"{where}: needs passwordEnv (an environment variable that is set) or, in Development, password";
        }

        foreach (var role in user.Roles.Where(r => !allowedRoles.Contains(r)))
        {
            yield return $"{where}: role '{role}' is not allowed here";
        }
    }

    private bool PlainSecretsAllowed => environment.IsDevelopment() || environment.IsEnvironment("Testing");
}
