using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Validation;
using static OpenIddict.Validation.OpenIddictValidationEvents;
using static OpenIddict.Validation.OpenIddictValidationHandlers.Protection;

namespace Algoritma.Platform.Features.Identity.Oidc;

/// <summary>
/// The principals read from access tokens whose signature and issuer were already checked: a front end sends the same
/// token with every request, and checking its RSA signature was a tenth of an officer's request. Only that step is
/// skipped; claim mapping, the expiry, audience and presenter checks run on a copy every time. Access tokens are
/// self-contained JWTs checked without a database lookup, so remembering the check changes what is accepted only
/// for a signing key withdrawn within the last <see cref="Lifetime"/>.
/// </summary>
public sealed class ValidatedTokenCache : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private const int MaxTokens = 20_000;

    private readonly MemoryCache _principals = new(new MemoryCacheOptions { SizeLimit = MaxTokens });

    public static void Register(OpenIddictValidationBuilder validation)
    {
        validation.Services.AddSingleton<ValidatedTokenCache>();
        validation.AddEventHandler(Restore.Descriptor).AddEventHandler(Remember.Descriptor);
    }

    public void Dispose() => _principals.Dispose();

    private static string Key(ValidateTokenContext context) => $"{string.Join(' ', context.ValidTokenTypes)}|{context.Token}";

    /// <summary>Before the signature check: a token checked before gets a copy of the principal it gave then.</summary>
    public sealed class Restore(ValidatedTokenCache cache) : IOpenIddictValidationHandler<ValidateTokenContext>
    {
        public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
            OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
                .UseSingletonHandler<Restore>()
                .SetOrder(ValidateIdentityModelToken.Descriptor.Order - 500)
                .SetType(OpenIddictValidationHandlerType.Custom)
                .Build();

        public ValueTask HandleAsync(ValidateTokenContext context)
        {
            if (context.Principal is null && cache._principals.TryGetValue(Key(context), out ClaimsPrincipal? principal))
            {
                context.Principal = principal!.Clone();
            }

            return ValueTask.CompletedTask;
        }
    }

    /// <summary>Right after the signature check, before any claim is mapped: remembers what the token gave.</summary>
    public sealed class Remember(ValidatedTokenCache cache) : IOpenIddictValidationHandler<ValidateTokenContext>
    {
        public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
            OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
                .UseSingletonHandler<Remember>()
                .SetOrder(ValidateIdentityModelToken.Descriptor.Order + 500)
                .SetType(OpenIddictValidationHandlerType.Custom)
                .Build();

        public ValueTask HandleAsync(ValidateTokenContext context)
        {
            // a principal with a validation result was just read from the token by IdentityModel, not restored
            if (context is { IsRejected: false, Principal: { } principal, TokenValidationResult.IsValid: true })
            {
                cache._principals.Set(Key(context), principal.Clone(),
                    new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
            }

            return ValueTask.CompletedTask;
        }
    }
}
