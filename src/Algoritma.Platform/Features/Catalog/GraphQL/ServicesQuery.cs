using Algoritma.GraphQL.Server.Relay;
using Algoritma.Platform.Features.Regions;

namespace Algoritma.Platform.Features.Catalog.GraphQL;

/// <summary><c>services(unit, channel, first, after)</c>: the tenant's services, from its cached catalog.</summary>
internal sealed class ServicesQuery() : QueryField<NonNullGraphType<ConnectionType<ServiceType, PublicService>>>(
    "services", "The tenant's services, by code; with unit, those offered there; with channel, those offered through it.",
    field => field
        .Argument<StringGraphType>("unit").Argument<ChannelType>("channel")
        .PageArguments()
        .ResolveAsync(async context =>
        {
            context.RequireTenant();
            var request = PageRequest.From(context);
            // the tenant's cached catalog: a page is filtered and paged in memory, without a query
            IEnumerable<ServiceWithStandard> services = await context.Service<TenantServices>().AllAsync(context.CancellationToken);
            if (context.GetArgument<Channel?>("channel") is { } channel)
            {
                services = services.Where(s => s.Service.Channels.Contains(channel));
            }

            if (InputBounds.Argument("unit", context.GetArgument<string?>("unit"), InputBounds.UnitCode) is { } unitCode)
            {
                var unit = await context.Service<TenantUnits>().FindAsync(unitCode, context.CancellationToken);
                services = unit is null ? [] : services.Where(s => s.Service.IsOfferedAt(unitCode, PublicService.LevelOf(unit.Kind)));
            }

            var page = services.ToList().Page(row => row.Service.Code, request);
            var standards = context.Service<StandardLoader>();
            foreach (var row in page.Nodes.Where(row => row.Standard is not null))
            {
                standards.Prime((row.Service.Code, row.Service.CurrentVersion), row.Standard!);
            }

            return page.Map(row => row.Service);
        }));
