using System.Text.RegularExpressions;
using Algoritma.GraphQL.Server.Errors;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Audit;
using Algoritma.Platform.Features.Identity.GraphQL;
using Algoritma.Platform.Features.Identity.Oidc;
using Algoritma.Platform.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Identity.Users;

public sealed partial record CreateUserInput(string UserName, string DisplayName, string? Email, IReadOnlyList<string> Roles, string? Unit, string Password)
{
    public const int MaxUserName = 100;

    /// <summary>A staff sign-in name: lower-case letters, digits and . - _ @ (checked after lower-casing).</summary>
    public static List<UserError> UserNameErrors(string userName) =>
        StaffUserName().IsMatch(userName) ? [] : [UserError.At("userName", "INVALID_USER_NAME",
            $"A user name is 1–{MaxUserName} lower-case letters, digits and . - _ @.")];

    public List<UserError> BoundErrors() => UserNameErrors(UserName.Trim().ToLowerInvariant())
        .Text("displayName", DisplayName, InputBounds.Name, "NAME_REQUIRED")
        .EmailAddress("email", Email?.Trim())
        .Texts("roles", Roles, InputBounds.Items, InputBounds.Code)
        .Text("unit", Unit, InputBounds.UnitCode)
        .Text("password", Password, InputBounds.Password);

    [GeneratedRegex("^[a-z0-9._@-]{1,100}$")]
    private static partial Regex StaffUserName();
}

public sealed record SetUserRolesInput(string UserName, IReadOnlyList<string> Roles, string? Unit)
{
    public List<UserError> BoundErrors() => new List<UserError>()
        .Text("userName", UserName, CreateUserInput.MaxUserName)
        .Texts("roles", Roles, InputBounds.Items, InputBounds.Code)
        .Text("unit", Unit, InputBounds.UnitCode);
}

public sealed record UserPayload(PlatformUser? User, IReadOnlyList<UserError> Errors);

/// <summary>A city admin's management of the tenant's staff accounts; every change is audited.</summary>
public sealed class UserAdministration(
    UserManager<PlatformUser> users, PlatformDbContext db, CurrentTenant current, AuditTrail audit, TimeProvider clock,
    RevocationNotices revocations)
{
    private static readonly string[] StaffRoles = [Roles.CityAdmin, Roles.Officer, Roles.ProgramManager];

    public async Task<UserPayload> CreateAsync(CreateUserInput input, Caller actor, CancellationToken cancellationToken)
    {
        if (input.BoundErrors() is { Count: > 0 } bounds)
        {
            return new UserPayload(null, bounds);
        }

        var userName = input.UserName.Trim().ToLowerInvariant();
        var errors = await ValidateRolesAsync(input.Roles, input.Unit, cancellationToken);
        if (await users.FindByNameAsync(userName) is not null)
        {
            errors.Add(UserError.At("userName", "DUPLICATE_USER", $"User '{userName}' already exists in this tenant."));
        }

        var user = new PlatformUser
        {
            Id = Guid.CreateVersion7(), UserName = userName, DisplayName = input.DisplayName.Trim(), Email = input.Email?.Trim(),
            UnitCode = input.Unit, TenantId = current.Required.Id, CreatedAt = clock.GetUtcNow(),
        };
        errors.AddRange(await PasswordErrorsAsync(users, user, input.Password));

        foreach (var validator in users.UserValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, user)).Errors
                .Where(e => e.Code != nameof(IdentityErrorDescriber.DuplicateUserName))
                .Select(e => UserError.At("userName", "INVALID_USER_NAME", e.Description)));
        }

        if (errors.Count > 0)
        {
            return new UserPayload(null, errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await users.CreateAsync(user, input.Password).ThrowIfFailed();
        await users.AddToRolesAsync(user, input.Roles.Distinct()).ThrowIfFailed();
        audit.Record(actor, "user.created", userName, new { roles = input.Roles, unit = input.Unit });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new UserPayload(user, []);
    }

    public async Task<UserPayload> SetRolesAsync(SetUserRolesInput input, Caller actor, CancellationToken cancellationToken)
    {
        if (input.BoundErrors() is { Count: > 0 } bounds)
        {
            return new UserPayload(null, bounds);
        }

        var user = await users.FindByNameAsync(input.UserName.Trim().ToLowerInvariant());
        var errors = await ValidateRolesAsync(input.Roles, input.Unit, cancellationToken);
        if (user is null || await users.IsInRoleAsync(user, Roles.Citizen))
        {
            errors.Insert(0, UserError.At("userName", "USER_NOT_FOUND", $"No staff user '{input.UserName}' in this tenant."));
        }

        if (errors.Count > 0)
        {
            return new UserPayload(null, errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var currentRoles = await users.GetRolesAsync(user!);
        await users.RemoveFromRolesAsync(user!, currentRoles.Except(input.Roles)).ThrowIfFailed();
        await users.AddToRolesAsync(user!, input.Roles.Except(currentRoles).Distinct()).ThrowIfFailed();
        user!.UnitCode = input.Unit;
        await users.UpdateSecurityStampAsync(user).ThrowIfFailed(); // the tokens issued with the old roles stop working
        audit.Record(actor, "user.roles_set", user.UserName!, new { roles = input.Roles, unit = input.Unit });
        await db.SaveChangesAsync(cancellationToken);
        await revocations.UserChangedAsync(db, user.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new UserPayload(user, []);
    }

    /// <summary>A disabled user cannot sign in, their refresh tokens stop working, and so do their access tokens, at once.</summary>
    public async Task<UserPayload> SetDisabledAsync(string userName, bool disabled, Caller actor, CancellationToken cancellationToken)
    {
        if (new List<UserError>().Text("userName", userName, CreateUserInput.MaxUserName, InputBounds.Required) is { Count: > 0 } bounds)
        {
            return new UserPayload(null, bounds);
        }

        var user = await users.FindByNameAsync(userName.Trim().ToLowerInvariant());
        if (user is null)
        {
            return new UserPayload(null, [UserError.At("userName", "USER_NOT_FOUND", $"No user '{userName}' in this tenant.")]);
        }

        if (user.Id.ToString() == actor.Subject)
        {
            return new UserPayload(null, [UserError.At("userName", "CANNOT_DISABLE_SELF", "You cannot disable your own account.")]);
        }

        user.Disabled = disabled;
        audit.Record(actor, disabled ? "user.disabled" : "user.enabled", user.UserName!);
        await users.UpdateSecurityStampAsync(user).ThrowIfFailed(); // saves the flag and the audit entry together
        await revocations.UserChangedAsync(db, user.Id, cancellationToken);
        return new UserPayload(user, []);
    }

    private async Task<List<UserError>> ValidateRolesAsync(IReadOnlyList<string> roles, string? unit, CancellationToken cancellationToken)
    {
        var errors = new List<UserError>();
        if (roles.Count == 0)
        {
            errors.Add(UserError.At("roles", "ROLE_REQUIRED", "Give the user at least one role."));
        }

        errors.AddRange(roles.Where(r => !StaffRoles.Contains(r)).Select(r =>
            UserError.At("roles", "INVALID_ROLE", $"{RoleEnum.NameOf(r)} is not a staff role; use {string.Join(", ", StaffRoles.Select(RoleEnum.NameOf))}.")));
        if (roles.Contains(Roles.Officer) && unit is null)
        {
            errors.Add(UserError.At("unit", "UNIT_REQUIRED", "An officer needs a unit scope: a kecamatan or kelurahan/desa code."));
        }

        if (unit is not null && !await db.RegionUnits.AnyAsync(u => u.Code == unit, cancellationToken))
        {
            errors.Add(UserError.At("unit", "UNKNOWN_UNIT", $"This tenant has no kecamatan or kelurahan/desa '{unit}'."));
        }

        return errors;
    }

    /// <summary>Every rule of the password policy the password breaks, as WEAK_PASSWORD errors.</summary>
    internal static async Task<IReadOnlyList<UserError>> PasswordErrorsAsync(UserManager<PlatformUser> users, PlatformUser user, string password)
    {
        var errors = new List<UserError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, user, password)).Errors
                .Select(e => UserError.At("password", "WEAK_PASSWORD", e.Description)));
        }

        return errors;
    }

}
