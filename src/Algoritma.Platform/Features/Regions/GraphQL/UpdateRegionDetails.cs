using Algoritma.GraphQL.Server.Errors;
using Algoritma.Platform.Features.Tenants;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Regions.GraphQL;

public sealed record UpdateRegionDetailsInput(string Code, string? Address, string? Phone, string? HeadName, int? OfficerCount)
{
    public const int MaxAddress = 500;
    public const int MaxPhone = 40;
    public const int MaxOfficers = 10_000;

    public List<UserError> BoundErrors() => new List<UserError>()
        .Text("code", Code, InputBounds.UnitCode)
        .Text("address", Address, MaxAddress)
        .Phone("phone", Phone?.Trim(), MaxPhone)
        .Text("headName", HeadName, InputBounds.Name);
}

public sealed class UpdateRegionDetailsInputType : InputObjectGraphType<UpdateRegionDetailsInput>
{
    public UpdateRegionDetailsInputType()
    {
        Name = "UpdateRegionDetailsInput";
        Description = "The city's own details of a unit; omitted fields stay as they are, an empty string clears.";
        Field(x => x.Code);
        Field(x => x.Address, nullable: true).Description("At most 500 characters.");
        Field(x => x.Phone, nullable: true).Description("6–15 digits 0–9 with spaces, +, -, ( and ); at most 40 characters.");
        Field(x => x.HeadName, nullable: true).Description("At most 200 characters.");
        Field(x => x.OfficerCount, nullable: true).Description("0 to 10000.");
    }
}

public sealed record UpdateRegionDetailsPayload(RegionUnit? Region, IReadOnlyList<UserError> Errors);

public sealed class UpdateRegionDetailsPayloadType : ObjectGraphType<UpdateRegionDetailsPayload>
{
    public UpdateRegionDetailsPayloadType()
    {
        Name = "UpdateRegionDetailsPayload";
        Field<RegionInterface>("region").Resolve(context => context.Source.Region);
        this.ErrorsField(x => x.Errors);
    }
}

/// <summary><c>updateRegionDetails(input: UpdateRegionDetailsInput!): UpdateRegionDetailsPayload!</c></summary>
internal sealed class UpdateRegionDetailsMutation() : MutationField<NonNullGraphType<UpdateRegionDetailsPayloadType>>(
    "updateRegionDetails", "Sets the local details of one of the tenant's kecamatan or kelurahan/desa.",
    field => field
        .Argument<NonNullGraphType<UpdateRegionDetailsInputType>>("input")
        .AuthorizeWithRoles(Roles.CityAdmin, Roles.Officer)
        .ResolveAsync(async context =>
        {
            context.RequireTenant();
            var input = context.GetArgument<UpdateRegionDetailsInput>("input");
            if (input.BoundErrors() is { Count: > 0 } bounds)
            {
                return new UpdateRegionDetailsPayload(null, bounds);
            }

            var db = context.Service<PlatformDbContext>();
            var unit = await db.RegionUnits.FirstOrDefaultAsync(u => u.Code == input.Code.Trim(), context.CancellationToken);
            var errors = Validate(input, unit, Caller.From(context.User));
            if (errors.Count > 0)
            {
                return new UpdateRegionDetailsPayload(null, errors);
            }

            Apply(input, unit!, context.Service<TimeProvider>().GetUtcNow());
            await db.SaveChangesAsync(context.CancellationToken);
            context.Service<TenantCache>().Invalidate(); // the cached regions serve the tree and lookups
            return new UpdateRegionDetailsPayload(unit, []);
        }))
{
    private static List<UserError> Validate(UpdateRegionDetailsInput input, RegionUnit? unit, Caller caller)
    {
        var errors = new List<UserError>();
        if (unit is null)
        {
            errors.Add(UserError.At("code", "REGION_NOT_FOUND", $"This tenant has no region with code '{input.Code}'."));
        }
        else if (!caller.Covers(unit.Code))
        {
            errors.Add(UserError.At("code", "OUT_OF_SCOPE", $"Your unit scope does not include '{unit.Code}'."));
        }

        if (input.OfficerCount is < 0 or > UpdateRegionDetailsInput.MaxOfficers)
        {
            errors.Add(UserError.At("officerCount", "OUT_OF_RANGE", $"officerCount must be between 0 and {UpdateRegionDetailsInput.MaxOfficers}."));
        }

        return errors;
    }

    private static void Apply(UpdateRegionDetailsInput input, RegionUnit unit, DateTimeOffset now)
    {
        unit.Address = Cleared(input.Address, unit.Address);
        unit.Phone = Cleared(input.Phone, unit.Phone);
        unit.HeadName = Cleared(input.HeadName, unit.HeadName);
        unit.OfficerCount = input.OfficerCount ?? unit.OfficerCount;
        unit.DetailsUpdatedAt = now;
    }

    private static string? Cleared(string? wanted, string? current) =>
        wanted is null ? current : wanted.Trim() is { Length: > 0 } value ? value : null;
}
