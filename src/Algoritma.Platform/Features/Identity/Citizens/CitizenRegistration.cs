using Algoritma.GraphQL.Server.Errors;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Identity.Users;
using Algoritma.Platform.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Identity.Citizens;

public sealed record RegisterCitizenInput(string Nik, string Name, string? Phone, string? Email, string Password)
{
    /// <summary>The citizen profile's phone column holds 20 characters.</summary>
    public const int MaxPhone = 20;

    public List<UserError> BoundErrors() => new List<UserError>()
        .Text("nik", Nik, InputBounds.Code)
        .Text("name", Name, InputBounds.Name, "NAME_REQUIRED")
        .Phone("phone", Phone?.Trim(), MaxPhone)
        .EmailAddress("email", Email?.Trim())
        .Text("password", Password, InputBounds.Password);
}

public sealed record RegisterCitizenPayload(CitizenProfile? Citizen, string? UserName, IReadOnlyList<UserError> Warnings, IReadOnlyList<UserError> Errors);

/// <summary>
/// Self-registration of a citizen within a tenant. The NIK is checked (shape, date, serial; an unknown district
/// is only a warning), stored once encrypted, and never logged; the account signs in with its e-mail or phone.
/// </summary>
public sealed class CitizenRegistration(
    UserManager<PlatformUser> users, PlatformDbContext db, CurrentTenant current, IDataProtectionProvider protection, CitizenKeys keys, TimeProvider clock)
{
    public const string NikProtectionPurpose = "Algoritma.Citizens.Nik.v1";

    public async Task<RegisterCitizenPayload> RegisterAsync(RegisterCitizenInput input, CancellationToken cancellationToken)
    {
        var decided = await DecideAsync(input, cancellationToken);
        if (decided.Payload.Errors.Count > 0)
        {
            return decided.Payload;
        }

        var (user, profile) = (decided.User, decided.Profile);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await users.CreateAsync(user, decided.Password).ThrowIfFailed();
        await users.AddToRoleAsync(user, Roles.Citizen).ThrowIfFailed();
        db.Add(profile);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return decided.Payload;
    }

    /// <summary>
    /// The same registration, decided (every check above, against what is saved) but not saved: the account, its
    /// citizen role and profile are added to the context as <see cref="UserManager{TUser}.CreateAsync(TUser, string)"/> and
    /// <see cref="UserManager{TUser}.AddToRoleAsync"/> would make them, for the caller to save with other work in one
    /// transaction (the simulator saves a batch of them with the requests that use them). Two accounts staged together are
    /// not checked against each other.
    /// </summary>
    public async Task<RegisterCitizenPayload> StageAsync(RegisterCitizenInput input, CancellationToken cancellationToken)
    {
        var decided = await DecideAsync(input, cancellationToken);
        if (decided.Payload.Errors.Count > 0)
        {
            return decided.Payload;
        }

        var user = decided.User;
        user.SecurityStamp = SecurityStamps.New();
        user.PasswordHash = users.PasswordHasher.HashPassword(user, decided.Password);
        user.NormalizedUserName = users.NormalizeName(user.UserName);
        user.NormalizedEmail = users.NormalizeEmail(user.Email);
        user.LockoutEnabled = users.SupportsUserLockout && users.Options.Lockout.AllowedForNewUsers;
        var citizenRole = users.NormalizeName(Roles.Citizen);
        // tracked: the next account staged in this context finds the role without a query
        var role = db.Roles.Local.FirstOrDefault(r => r.NormalizedName == citizenRole)
            ?? await db.Roles.SingleAsync(r => r.NormalizedName == citizenRole, cancellationToken);
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = role.Id });
        db.Add(decided.Profile);
        return decided.Payload;
    }

    private async Task<Decided> DecideAsync(RegisterCitizenInput input, CancellationToken cancellationToken)
    {
        if (input.BoundErrors() is { Count: > 0 } bounds)
        {
            return new Decided(new RegisterCitizenPayload(null, null, [], bounds), null!, null!, null!);
        }

        var nik = Nik.Validate(input.Nik, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var errors = new List<UserError>();
        if (!nik.IsValid)
        {
            errors.Add(UserError.At("nik", nik.ErrorCode!, nik.ErrorMessage!));
        }

        var userName = (input.Email?.Trim().ToLowerInvariant() is { Length: > 0 } email ? email : null)
            ?? (input.Phone is { Length: > 0 } phone ? new string([.. phone.Where(char.IsAsciiDigit)]) : null);
        if (userName is null or { Length: 0 })
        {
            errors.Add(UserError.At("email", "CONTACT_REQUIRED", "Give an e-mail address or a phone number to sign in with."));
        }
        else if (await users.FindByNameAsync(userName) is not null)
        {
            errors.Add(UserError.At(input.Email is { Length: > 0 } ? "email" : "phone", "DUPLICATE_USER", "An account with this e-mail or phone already exists."));
        }

        var user = new PlatformUser
        {
            Id = Guid.CreateVersion7(), UserName = userName, Email = input.Email?.Trim(), PhoneNumber = input.Phone?.Trim(),
            DisplayName = input.Name.Trim(), TenantId = current.Required.Id, CreatedAt = clock.GetUtcNow(),
        };
        errors.AddRange(await UserAdministration.PasswordErrorsAsync(users, user, input.Password));
        if (userName is { Length: > 0 })
        {
            // the sign-in name must pass Identity's own rules here, so that creating the account cannot fail below
            foreach (var validator in users.UserValidators)
            {
                errors.AddRange((await validator.ValidateAsync(users, user)).Errors
                    .Where(e => e.Code is not (nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail)))
                    .Select(e => input.Email is { Length: > 0 }
                        ? UserError.At("email", InputBounds.InvalidEmail, e.Description)
                        : UserError.At("phone", InputBounds.InvalidPhone, e.Description)));
            }
        }

        var analyticsKey = nik.IsValid ? await keys.KeyForAsync(nik.Normalized!, cancellationToken) : null;
        if (analyticsKey is not null && await db.Set<CitizenProfile>().AnyAsync(c => c.AnalyticsKey == analyticsKey, cancellationToken))
        {
            errors.Add(UserError.At("nik", "NIK_ALREADY_REGISTERED", "Nomor NIK ini sudah terdaftar. (This NIK is already registered.)"));
        }

        var warnings = nik.Warnings.Select(w => UserError.At("nik", w, "Kode kecamatan pada NIK tidak ada di daftar wilayah terkini. (The NIK's district code is not in today's list.)")).ToList();
        if (errors.Count > 0)
        {
            return new Decided(new RegisterCitizenPayload(null, null, warnings, errors), null!, null!, null!);
        }

        var profile = new CitizenProfile
        {
            UserId = user.Id, AnalyticsKey = analyticsKey!, MaskedNik = Nik.Mask(nik.Normalized!), Phone = input.Phone?.Trim(),
            ProtectedNik = protection.CreateProtector(NikProtectionPurpose).Protect(nik.Normalized!), CreatedAt = clock.GetUtcNow(),
        };
        return new Decided(new RegisterCitizenPayload(profile, userName, warnings, []), user, profile, input.Password);
    }

    private sealed record Decided(RegisterCitizenPayload Payload, PlatformUser User, CitizenProfile Profile, string Password);
}
