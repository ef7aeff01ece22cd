using Algoritma.GraphQL.Server.DataLoader;
using Algoritma.GraphQL.Server.Errors;
using Algoritma.GraphQL.Server.Relay;
using Algoritma.Platform.Features.Identity.Users;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Identity.GraphQL;

public sealed class UserType : ObjectGraphType<PlatformUser>
{
    public UserType()
    {
        Name = "User";
        Description = "A person who signs in to the tenant's apps.";
        Interface<NodeInterface>();
        IsTypeOf = source => source is PlatformUser;
        this.AuthorizeWithRoles(Roles.CityAdmin);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => GlobalId.Encode(Name, context.Source.Id.ToString()));
        Field("userName", u => u.UserName!);
        Field(u => u.DisplayName);
        Field(u => u.Email, nullable: true);
        Field("unit", u => u.UnitCode, nullable: true).Description("An officer's unit scope.");
        Field(u => u.Disabled);
        Field(u => u.CreatedAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleEnum>>>>("roles")
            .Resolve(context => context.Service<RolesByUserLoader>().Load(context.Source.Id)
                .Then(roles => (IReadOnlyList<string>)(roles ?? [])));
    }
}

/// <summary>The payload of createUser, setUserRoles, disableUser and enableUser.</summary>
public sealed class UserPayloadType : ObjectGraphType<UserPayload>
{
    public UserPayloadType()
    {
        Name = "UserPayload";
        Field<UserType>("user").Resolve(context => context.Source.User);
        this.ErrorsField(x => x.Errors);
    }
}

/// <summary>The user name that disableUser and enableUser take.</summary>
public sealed record UserNameInput(string UserName);

public sealed class UserNameInputType : InputObjectGraphType<UserNameInput>
{
    public UserNameInputType()
    {
        Name = "UserNameInput";
        Field(x => x.UserName);
    }
}

/// <summary>The roles of many users in one query.</summary>
internal sealed class RolesByUserLoader(PlatformDbContext db) : BatchLoader<Guid, IReadOnlyList<string>>
{
    protected override async Task<IReadOnlyDictionary<Guid, IReadOnlyList<string>>> FetchAsync(
        IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        var pairs = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           where userIds.Contains(userRole.UserId)
                           select new { userRole.UserId, role.Name }).ToListAsync(cancellationToken);
        return pairs.GroupBy(p => p.UserId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(p => p.Name!).Order()]);
    }
}
