using Algoritma.Platform.Features.Adoption.GraphQL;
using Algoritma.Platform.Features.Adoption.Projection;
using Algoritma.Platform.Features.Adoption.Reading;
using Algoritma.Platform.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.Platform.Features.Adoption;

public static class AdoptionModule
{
    /// <summary>The readers of the adoption projection and the programme-metric queries (the projection itself is Marten's, in EventStoreSchema).</summary>
    public static IServiceCollection AddAdoption(this IServiceCollection services)
    {
        services.AddSingleton(provider => new AdoptionDatabase(DatabaseSettings.AppConnectionString(provider.GetRequiredService<IConfiguration>())));
        foreach (var shape in AdoptionShape.All)
        {
            services.AddSingleton<IProjectionShape>(shape);
        }

        services.AddOptions<AdoptionAnswerOptions>().BindConfiguration(AdoptionAnswerOptions.Section);
        services.AddSingleton<AdoptionAnswers>();
        services.AddScoped<AdoptionReads>();
        services.AddScoped<AdoptionSeries>();
        services.AddScoped<CitizenCohorts>();
        services.AddScoped<UnitRanking>();
        services.AddSingleton<WeekdaySubmissionsReader>();
        services.AddScoped<IUnitDayUsageSource, UnitDayUsageReader>();
        services.AddRootFields<AdoptionQuery>();
        services.AddRootFields<LifecycleQuery>();
        services.AddRootFields<RetentionQuery>();
        services.AddRootFields<UnitRankingQuery>();
        services.AddRootFields<SubmissionsByWeekdayQuery>();
        return services;
    }
}
