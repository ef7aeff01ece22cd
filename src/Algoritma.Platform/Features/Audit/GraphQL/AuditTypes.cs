using Algoritma.GraphQL.Server.Relay;

namespace Algoritma.Platform.Features.Audit.GraphQL;

public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "One administrative change: who did what to what, when.";
        Interface<NodeInterface>();
        IsTypeOf = source => source is AuditEntry;
        this.AuthorizeWithRoles(Roles.CityAdmin);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => AuditEntryNodeResolver.Ids.Encode(c.Source.TenantId, c.Source.Id));
        Field(a => a.At, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>));
        Field(a => a.ActorSubject).Description("User id or client id of the actor.");
        Field(a => a.ActorName, nullable: true);
        Field(a => a.Action).Description("e.g. user.created, user.disabled, client.secret_rotated.");
        Field(a => a.Target);
        Field(a => a.Details).Description("JSON with the change's details.");
    }
}
