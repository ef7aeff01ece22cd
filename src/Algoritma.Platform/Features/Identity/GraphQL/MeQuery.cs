
namespace Algoritma.Platform.Features.Identity.GraphQL;

public sealed class CallerType : ObjectGraphType<Caller>
{
    public CallerType()
    {
        Name = "Caller";
        Description = "The signed-in user or client, as its access token describes it.";
        Field(c => c.Subject).Description("User id, or client id for a client's own token.");
        Field(c => c.Name, nullable: true);
        Field("tenant", c => c.TenantId, nullable: true).Description("The tenant the token belongs to; null for platform administrators.");
        Field(c => c.Roles, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RoleEnum>>>));
        Field(c => c.Unit, nullable: true).Description("An officer's unit scope: a kecamatan or kelurahan/desa code.");
    }
}

/// <summary><c>me</c>: null when the request carries no valid access token.</summary>
internal sealed class MeQuery() : QueryField<CallerType>(
    "me", "Who is calling; null for anonymous requests.",
    field => field
        .Resolve(context => Caller.From(context.User) is { IsAuthenticated: true } caller ? caller : null));
