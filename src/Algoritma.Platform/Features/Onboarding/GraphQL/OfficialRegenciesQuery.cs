namespace Algoritma.Platform.Features.Onboarding.GraphQL;

/// <summary><c>officialRegencies(search, province, first)</c>: onboarding's search-as-you-type over the official regencies.</summary>
internal sealed class OfficialRegenciesQuery() : QueryField<NonNullGraphType<ListGraphType<NonNullGraphType<OfficialRegencyType>>>>(
    "officialRegencies",
    "Official regencies whose name contains `search` (or whose code starts with it), within `province` when given, by code; "
    + "at most `first` (1–100, default 20). A search over 60 characters or an unknown province: BAD_USER_INPUT. "
    + "Platform scope, platform administrators only.",
    field => field
        .Argument<StringGraphType>("search")
        .Argument<StringGraphType>("province", "Two-digit province code, e.g. 64.")
        .Argument<IntGraphType>("first")
        .AuthorizeWithRoles(Roles.PlatformAdmin)
        .ResolveAsync(async context =>
        {
            context.RequirePlatformScope();
            return await context.Service<OfficialRegencySearch>().FindAsync(
                context.GetArgument<string?>("search"), context.GetArgument<string?>("province"), context.GetArgument<int?>("first"),
                context.CancellationToken);
        }));
