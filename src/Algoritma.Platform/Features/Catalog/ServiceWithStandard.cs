namespace Algoritma.Platform.Features.Catalog;

/// <summary>A service and its current standard (member-initialized, so queries can order by it).</summary>
public sealed class ServiceWithStandard
{
    public required PublicService Service { get; init; }

    public ServiceStandardVersion? Standard { get; init; }
}

public static class ServiceWithStandardQueries
{
    /// <summary>Each service joined with the version its <see cref="PublicService.CurrentVersion"/> names, in the same query.</summary>
    public static IQueryable<ServiceWithStandard> WithCurrentStandard(
        this IQueryable<PublicService> services, IQueryable<ServiceStandardVersion> versions) =>
        services
            .GroupJoin(versions, s => new { s.Code, Version = s.CurrentVersion }, v => new { Code = v.ServiceCode, v.Version },
                (s, matches) => new { Service = s, matches })
            .SelectMany(x => x.matches.DefaultIfEmpty(), (x, standard) => new ServiceWithStandard { Service = x.Service, Standard = standard });
}
