using Algoritma.GraphQL.Server.Relay;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Audit.GraphQL;

/// <summary>The order of the audit log: entries are keyed by a time-ordered id.</summary>
public enum AuditOrder
{
    OldestFirst,
    NewestFirst,
}

public sealed class AuditOrderEnum : EnumerationGraphType<AuditOrder>
{
    public AuditOrderEnum()
    {
        Name = "AuditOrder";
        Description = "The order auditLog lists entries in: OLDEST_FIRST or NEWEST_FIRST.";
    }
}

/// <summary>
/// <c>auditLog(actor, action, from, to, order, first, after)</c>: the tenant's administrative changes, filtered by who,
/// what and when; city admins only.
/// </summary>
internal sealed class AuditLogQuery() : QueryField<NonNullGraphType<ConnectionType<AuditEntryType, AuditEntry>>>(
    "auditLog", "Administrative changes within the tenant, oldest first unless order says NEWEST_FIRST; filtered by who (actor), what (action) and when (from/to). City admins only.",
    field => field
        .Argument<StringGraphType>("actor", "Who: entries whose actor name contains this text (any case), or whose actor subject is exactly it. At most 200 characters.")
        .Argument<StringGraphType>("action", "What: entries whose action starts with this text, e.g. user. or user.created. At most 60 characters.")
        .Argument<DateTimeOffsetGraphType>("from", "When: entries at or after this instant. Within 2000-01-01 … 2099-12-31.")
        .Argument<DateTimeOffsetGraphType>("to", "When: entries before this instant; after from, at most 3660 days later.")
        .Argument<AuditOrderEnum>("order", "OLDEST_FIRST (the default) or NEWEST_FIRST.")
        .PageArguments()
        .AuthorizeWithRoles(Roles.CityAdmin)
        .ResolveAsync(async context =>
        {
            context.RequireTenant();
            var entries = context.Service<PlatformDbContext>().Set<AuditEntry>().AsQueryable();
            if (InputBounds.Argument("actor", context.GetArgument<string?>("actor"), InputBounds.Name) is { Length: > 0 } actor)
            {
                var pattern = "%" + LikePattern.Escape(actor) + "%";
                entries = entries.Where(a => a.ActorSubject == actor || (a.ActorName != null && EF.Functions.ILike(a.ActorName, pattern, LikePattern.EscapeCharacter)));
            }

            if (InputBounds.Argument("action", context.GetArgument<string?>("action"), InputBounds.Code) is { Length: > 0 } action)
            {
                entries = entries.Where(a => a.Action.StartsWith(action));
            }

            var (from, to) = (context.GetArgument<DateTimeOffset?>("from"), context.GetArgument<DateTimeOffset?>("to"));
            DateBounds.RequireRange(from, to);
            if (from is { } start)
            {
                entries = entries.Where(a => a.At >= start);
            }

            if (to is { } end)
            {
                entries = entries.Where(a => a.At < end);
            }

            var newestFirst = context.GetArgument("order", AuditOrder.OldestFirst) == AuditOrder.NewestFirst;
            return await Paging.PageAsync(entries, a => a.Id, PageRequest.From(context), context.CancellationToken, descending: newestFirst);
        }));
