using Algoritma.GraphQL.Server.Relay;
using Algoritma.Platform.Features.Identity.Citizens;
using Algoritma.Platform.Features.Identity.Clients;
using Algoritma.Platform.Features.Identity.Configuration;
using Algoritma.Platform.Features.Identity.GraphQL;
using Algoritma.Platform.Features.Identity.Oidc;
using Algoritma.Platform.Features.Identity.Users;
using Algoritma.Platform.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.EntityFrameworkCore.Models;
using OpenIddict.Validation.AspNetCore;

namespace Algoritma.Platform.Features.Identity;

public static class IdentityModule
{
    public const string LoginCookieScheme = "Algoritma.Login";

    /// <summary>
    /// ASP.NET Core Identity for people, OpenIddict for the platform's one OpenID Connect issuer, the identity part of
    /// tenants-config/, citizens (<c>myProfile</c>, <c>registerCitizen</c>) and <c>me</c>.
    /// </summary>
    public static IServiceCollection AddIdentity(this IServiceCollection services, IHostEnvironment environment)
    {
        var (keyEncryption, keyDecryption) = KeyEncryptionCertificates.Load(environment);
        services.AddDataProtection().SetApplicationName("Algoritma").PersistKeysToDbContext<PlatformDbContext>()
            .ProtectKeysWithCertificate(keyEncryption)
            .UnprotectKeysWithAnyCertificate([.. keyDecryption]);
        services.AddHostedService<PlaintextKeyEncryption>();
        services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
            .AddCookie(LoginCookieScheme, cookie =>
            {
                cookie.LoginPath = "/account/login";
                cookie.Cookie.Name = "algoritma.login";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            });
        services.AddAuthorization();
        services.AddAntiforgery();
        services.AddIdentityCore<PlatformUser>(identity =>
            {
                identity.Password.RequiredLength = 10;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequireUppercase = true;
                identity.Password.RequireLowercase = true;
                identity.Password.RequireDigit = true;
                // no lockout: anyone could lock any account; sign-in is throttled instead (RateLimits, docs/security-limits.md)
                identity.Lockout.AllowedForNewUsers = false;
                // + and ' for citizens' e-mail sign-in names (budi+1@gmail.com); staff names are narrower (UserAdministration)
                identity.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyz0123456789.-_@+'";
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<PlatformDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddOpenIddict()
            .AddCore(core =>
            {
                core.UseEntityFrameworkCore().UseDbContext<PlatformDbContext>();
                core.ReplaceTokenManager<OpenIddictEntityFrameworkCoreToken, RevocationNoticingTokenManager>();
            })
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetUserInfoEndpointUris("connect/userinfo")
                    .SetEndSessionEndpointUris("connect/endsession")
                    .SetRevocationEndpointUris("connect/revoke")
                    .SetIntrospectionEndpointUris("connect/introspect");
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowClientCredentialsFlow()
                    .AllowRefreshTokenFlow();
                server.RegisterScopes("openid", "profile", "email", "roles", "offline_access", "api");
                server.SetAccessTokenLifetime(TokenLifetimes.Default.Citizen)
                    .SetRefreshTokenLifetime(TimeSpan.FromDays(14));
                SingleUseTokens.Configure(server);
                SigningKeys.Configure(server, environment);
                server.DisableAccessTokenEncryption();
                server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();
            });

        services.AddSingleton<AuthenticatedTokens>();
        services.AddSingleton<TokenRevocations>();
        services.AddSingleton<RevocationNotices>();
        services.AddHostedService<RevocationListener>();
        services.AddOptions<TokenLifetimes>().BindConfiguration(TokenLifetimes.Section);
        services.AddScoped<PlatformClaimsFactory>();
        services.AddScoped<ClientDirectory>();
        services.AddScoped<TenantScopeForPrincipal>();
        services.AddHostedService<TokenPruning>();
        services.AddScoped<IdentityConfigApplier>();
        services.AddSingleton<IdentityConfigValidator>();
        services.AddScoped<CitizenRegistration>();
        services.AddScoped<CitizenKeys>();
        services.AddSingleton<UnsealedCitizenKeys>();
        services.AddScoped<RolesByUserLoader>();
        services.AddRootFields<MyProfileQuery>();
        services.AddRootFields<RegisterCitizenMutation>();
        services.AddRootFields<MeQuery>();
        return services;
    }

    /// <summary>The tenant's staff accounts and OpenID Connect clients, each change audited; node(id:) for clients.</summary>
    public static IServiceCollection AddIdentityAdministration(this IServiceCollection services)
    {
        services.AddScoped<UserAdministration>();
        services.AddScoped<ClientAdministration>();
        services.AddRootFields<UsersQuery>();
        services.AddRootFields<CreateUserMutation>();
        services.AddRootFields<SetUserRolesMutation>();
        services.AddRootFields<DisableUserMutation>();
        services.AddRootFields<EnableUserMutation>();
        services.AddRootFields<ClientsQuery>();
        services.AddRootFields<RegisterClientMutation>();
        services.AddRootFields<RotateClientSecretMutation>();
        services.AddRootFields<SetClientRedirectUrisMutation>();
        services.AddSingleton<INodeResolver, ClientNodeResolver>();
        return services;
    }
}
