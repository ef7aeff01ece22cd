using Algoritma.GraphQL.Server.Errors;
using Algoritma.Platform.Features.Tenants;
using Algoritma.Platform.Features.Tenants.Configuration;
using Algoritma.Platform.Features.Tenants.GraphQL;
using NodaTime;

namespace Algoritma.Platform.Features.Onboarding.GraphQL;

public sealed record OnboardTenantInput(string Id, string Name, string RegencyCode, string TimeZone, IReadOnlyList<string>? Hosts, string? Locale)
{
    public TenantDefinition ToDefinition() => new(
        Id.Trim(), Name.Trim(), RegencyCode.Trim(), TimeZone.Trim(), Locale ?? "id-ID", true,
        [.. (Hosts ?? []).Select(h => h.Trim().ToLowerInvariant())],
        new WorkingCalendarDefinition(
            [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday],
            [], new LocalTime(8, 0), new LocalTime(16, 0)),
        new Dictionary<string, string>());
}

public sealed class OnboardTenantInputType : InputObjectGraphType<OnboardTenantInput>
{
    public OnboardTenantInputType()
    {
        Name = "OnboardTenantInput";
        Field(x => x.Id).Description("Slug: 2–40 lower-case letters, digits, hyphens (e.g. balikpapan).");
        Field(x => x.Name).Description("e.g. Kota Balikpapan.");
        Field(x => x.RegencyCode).Description("Kemendagri regency code NN.NN, e.g. 64.71 (3271 is refused: INVALID_REGENCY_CODE); its kecamatan and kelurahan/desa are imported. A regency another tenant holds: REGENCY_TAKEN, unless platform.yaml sets allowSharedRegencies.");
        Field(x => x.TimeZone).Description("IANA time zone, e.g. Asia/Makassar.");
        Field(x => x.Hosts, nullable: true).Description("Host names that serve this tenant.");
        Field(x => x.Locale, nullable: true).Description("Defaults to id-ID.");
    }
}

public sealed record OnboardTenantPayload(Tenant? Tenant, int KecamatanCount, int KelurahanCount, int DesaCount, IReadOnlyList<UserError> Errors);

public sealed class OnboardTenantPayloadType : ObjectGraphType<OnboardTenantPayload>
{
    public OnboardTenantPayloadType()
    {
        Name = "OnboardTenantPayload";
        Field<TenantType>("tenant").Resolve(context => context.Source.Tenant);
        Field(x => x.KecamatanCount).Description("Official kecamatan imported.");
        Field(x => x.KelurahanCount).Description("Official kelurahan imported.");
        Field(x => x.DesaCount).Description("Official desa imported.");
        this.ErrorsField(x => x.Errors);
    }
}

/// <summary><c>onboardTenant(input: OnboardTenantInput!): OnboardTenantPayload!</c> — platform scope.</summary>
internal sealed class OnboardTenantMutation : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<OnboardTenantPayloadType>>("onboardTenant")
            .Description("Onboards a kota/kabupaten and imports its official kecamatan and kelurahan/desa.")
            .Argument<NonNullGraphType<OnboardTenantInputType>>("input")
            .AuthorizeWithRoles(Roles.PlatformAdmin)
            .ResolveAsync(async context =>
            {
                context.RequirePlatformScope();
                var input = context.GetArgument<OnboardTenantInput>("input");
                var outcome = await context.Service<TenantOnboarding>().OnboardAsync(input.ToDefinition(), context.CancellationToken);
                var regions = outcome.Regions;
                return new OnboardTenantPayload(outcome.Tenant, regions?.Kecamatan ?? 0, regions?.Kelurahan ?? 0, regions?.Desa ?? 0, outcome.Errors);
            });
}
