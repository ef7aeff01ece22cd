using Algoritma.Platform.Features.Identity.Citizens;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Identity.GraphQL;

public sealed record CitizenView(string UserName, string DisplayName, string MaskedNik, string? Phone, string? Email);

public sealed class CitizenType : ObjectGraphType<CitizenView>
{
    public CitizenType()
    {
        Name = "Citizen";
        Description = "A citizen's own profile. The NIK is only ever shown masked.";
        Field(x => x.UserName);
        Field(x => x.DisplayName);
        Field(x => x.MaskedNik);
        Field(x => x.Phone, nullable: true);
        Field(x => x.Email, nullable: true);
    }
}

/// <summary><c>myProfile</c>: the signed-in citizen's own profile.</summary>
internal sealed class MyProfileQuery() : QueryField<CitizenType>(
    "myProfile", "The signed-in citizen's own profile.",
    field => field
        .AuthorizeWithRoles(Roles.Citizen)
        .ResolveAsync(async context =>
        {
            context.RequireTenant();
            var subject = Guid.Parse(Caller.From(context.User).Subject!);
            var db = context.Service<PlatformDbContext>();
            return await (from profile in db.Set<CitizenProfile>()
                          join user in db.Users on profile.UserId equals user.Id
                          where user.Id == subject
                          select new CitizenView(user.UserName!, user.DisplayName, profile.MaskedNik, profile.Phone, user.Email))
                .FirstOrDefaultAsync(context.CancellationToken);
        }));
