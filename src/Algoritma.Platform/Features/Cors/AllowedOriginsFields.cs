using Algoritma.GraphQL.Server.Errors;
using Algoritma.GraphQL.Server.Schema;
using Algoritma.Platform.Features.Identity;
using Algoritma.Platform.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace Algoritma.Platform.Features.Cors;

public sealed class SetAllowedOriginsInputType : InputObjectGraphType<SetAllowedOriginsInput>
{
    public SetAllowedOriginsInputType()
    {
        Name = "SetAllowedOriginsInput";
        Description = "The tenant's configured browser origins (CORS), replacing the current list.";
        Field(x => x.Origins).Description(
            $"Origins such as https://layanan.example.go.id: http or https, no path; at most {CorsOrigin.MaxCount}, each at most {CorsOrigin.MaxLength} characters. An empty list leaves only the clients' redirect origins.");
    }
}

public sealed class SetAllowedOriginsPayloadType : ObjectGraphType<SetAllowedOriginsPayload>
{
    public SetAllowedOriginsPayloadType()
    {
        Name = "SetAllowedOriginsPayload";
        Description = "The outcome of setAllowedOrigins.";
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("origins")
            .Description("The configured origins now in force, normalized; null when refused.")
            .Resolve(context => context.Source.Origins);
        this.ErrorsField(x => x.Errors);
    }
}

/// <summary><c>allowedOrigins</c> and <c>setAllowedOrigins</c>: city admins only, the change audited.</summary>
internal sealed class AllowedOriginsFields : IQueryFields, IMutationFields
{
    void IQueryFields.AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("allowedOrigins")
            .Description("Every browser origin allowed to call this tenant's GraphQL route: the configured ones and those of its clients' redirect URIs. City admins only.")
            .AuthorizeWithRoles(Roles.CityAdmin)
            .ResolveAsync(async context =>
            {
                var tenant = context.RequireTenant();
                var sets = await context.Service<AllowedOrigins>().CurrentAsync();
                return sets.ForTenant(tenant.Id).Order(StringComparer.Ordinal).ToList();
            });

    void IMutationFields.AddTo(ObjectGraphType mutation) =>
        mutation.AddServiceMutation<SetAllowedOriginsPayloadType, SetAllowedOriginsInputType, SetAllowedOriginsInput, AllowedOriginsAdministration, SetAllowedOriginsPayload>(
            "setAllowedOrigins", "Replaces the tenant's configured browser origins (CORS). City admins only; audited.", [Roles.CityAdmin],
            (administration, input, caller, ct) => administration.SetAsync(input, caller, ct));
}
