using Algoritma.GraphQL.Server.Relay;
using Algoritma.Platform.Features.Requests.GraphQL;
using Algoritma.Platform.Features.Requests.Sla;
using Algoritma.Platform.Features.Satisfaction;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.Platform.Features.Requests;

public static class RequestsModule
{
    /// <summary>Requests: the handler and its tracking codes, one class per root field (in the schema's order), the node resolver, the subscriptions' shared reads.</summary>
    public static IServiceCollection AddRequests(this IServiceCollection services)
    {
        services.AddScoped<ServiceRequestHandler>();
        services.AddScoped<RequestRules>();
        services.AddSingleton<TrackingCodes>();
        services.AddScoped<TenantCalendars>();
        services.AddScoped<ISurveyAnswers, RequestSurveyAnswers>();
        services.AddRootFields<RequestsQuery>();
        services.AddRootFields<MyRequestsQuery>();
        services.AddRootFields<RequestStatusQuery>();
        services.AddRootFields<SubmitServiceRequestMutation>();
        services.AddRootFields<RecordCounterServiceMutation>();
        services.AddRootFields<ReturnServiceRequestMutation>();
        services.AddRootFields<ResubmitServiceRequestMutation>();
        services.AddRootFields<VerifyServiceRequestMutation>();
        services.AddRootFields<CompleteServiceRequestMutation>();
        services.AddRootFields<RejectServiceRequestMutation>();
        services.AddRootFields<CancelServiceRequestMutation>();
        services.AddRootFields<RateServiceMutation>();
        services.AddRootFields<RequestStatusChangedSubscription>();
        services.AddRootFields<MyRequestsChangedSubscription>();
        services.AddRootFields<RequestQueueChangedSubscription>();
        services.AddSingleton<RequestChangeReads>();
        services.AddSingleton<INodeResolver, RequestNodeResolver>();
        return services;
    }
}
