using Microsoft.AspNetCore.Http;

namespace Algoritma.GraphQL.Server.Ide;

/// <summary>
/// A GET whose Accept names text/html with a higher quality than any JSON type a GraphQL client asks for: what a
/// browser sends when its user opens the route. <c>*/*</c> alone, and a tie, stay GraphQL over HTTP.
/// </summary>
internal static class GraphiQLPreference
{
    private static readonly string[] JsonTypes = ["application/json", "application/graphql-response+json"];

    public static bool PrefersHtml(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method))
        {
            return false;
        }

        var accept = request.GetTypedHeaders().Accept;
        var html = Highest(accept, ["text/html"]);
        return html > 0 && html > Highest(accept, JsonTypes);
    }

    private static double Highest(IList<Microsoft.Net.Http.Headers.MediaTypeHeaderValue> accept, string[] types) =>
        accept.Where(a => types.Any(t => a.MediaType.Equals(t, StringComparison.OrdinalIgnoreCase)))
            .Select(a => a.Quality ?? 1.0).DefaultIfEmpty(0).Max();
}
