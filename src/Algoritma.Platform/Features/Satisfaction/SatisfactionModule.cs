using Algoritma.Platform.Features.Satisfaction.GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.Platform.Features.Satisfaction;

public static class SatisfactionModule
{
    /// <summary><c>satisfaction</c>: the IKM over the answers an <see cref="ISurveyAnswers"/> reads (Requests registers it).</summary>
    public static IServiceCollection AddSatisfaction(this IServiceCollection services) => services.AddRootFields<SatisfactionQuery>();
}
