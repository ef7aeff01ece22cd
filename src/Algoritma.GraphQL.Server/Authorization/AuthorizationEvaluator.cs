using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.GraphQL.Server.Authorization;

/// <summary>The outcome of checking the requirements declared on one schema element.</summary>
public enum AuthorizationOutcome
{
    Allowed,

    /// <summary>A requirement applies and the caller has not signed in.</summary>
    Unauthenticated,

    /// <summary>The caller has signed in but does not meet a requirement.</summary>
    Forbidden,
}

/// <summary>
/// Evaluates the requirements graphql-dotnet stores as metadata (<c>Authorize()</c>, <c>AuthorizeWithRoles</c>,
/// <c>AuthorizeWithPolicy</c>) against one caller. Every requirement implies that the caller is signed in; roles
/// pass when the caller is in any listed role; every listed policy must pass. Results are memoized per element,
/// so one instance serves one request.
/// </summary>
internal sealed class AuthorizationEvaluator(ClaimsPrincipal? user, IServiceProvider? services)
{
    private readonly Dictionary<IMetadataReader, AuthorizationOutcome> _outcomes = new(ReferenceEqualityComparer.Instance);
    private IAuthorizationService? _authorizationService;

    public bool IsAuthenticated => user?.Identity?.IsAuthenticated == true;

    public async ValueTask<AuthorizationOutcome> EvaluateAsync(IMetadataReader element)
    {
        if (!element.IsAuthorizationRequired())
        {
            return AuthorizationOutcome.Allowed;
        }

        if (_outcomes.TryGetValue(element, out var known))
        {
            return known;
        }

        var outcome = await EvaluateRequirementsAsync(element);
        _outcomes[element] = outcome;
        return outcome;
    }

    private async ValueTask<AuthorizationOutcome> EvaluateRequirementsAsync(IMetadataReader element)
    {
        if (user is null || !IsAuthenticated)
        {
            return AuthorizationOutcome.Unauthenticated;
        }

        var roles = element.GetRoles();
        if (roles is { Count: > 0 } && !roles.Any(user.IsInRole))
        {
            return AuthorizationOutcome.Forbidden;
        }

        var policies = element.GetPolicies();
        if (policies is { Count: > 0 })
        {
            var authorization = AuthorizationService();
            foreach (var policy in policies)
            {
                var result = await authorization.AuthorizeAsync(user, policy);
                if (!result.Succeeded)
                {
                    return AuthorizationOutcome.Forbidden;
                }
            }
        }

        return AuthorizationOutcome.Allowed;
    }

    /// <summary>A policy that cannot be evaluated is a configuration error, never a pass.</summary>
    private IAuthorizationService AuthorizationService() =>
        _authorizationService ??= services?.GetService<IAuthorizationService>()
            ?? throw new InvalidOperationException(
                "A GraphQL element requires an authorization policy, but no IAuthorizationService is registered "
                + "in the request services (call services.AddAuthorization()).");
}
