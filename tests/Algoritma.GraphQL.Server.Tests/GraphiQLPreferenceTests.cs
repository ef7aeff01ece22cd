using Algoritma.GraphQL.Server.Ide;
using Microsoft.AspNetCore.Http;

namespace Algoritma.GraphQL.Server.Tests;

public sealed class GraphiQLPreferenceTests
{
    [Theory]
    [InlineData("GET", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", true)]
    [InlineData("GET", "text/html", true)]
    [InlineData("GET", "application/json;q=0.5, text/html", true)]
    [InlineData("GET", "text/html, application/json", false)]
    [InlineData("GET", "application/graphql-response+json, application/json;q=0.9", false)]
    [InlineData("GET", "*/*", false)]
    [InlineData("GET", "", false)]
    [InlineData("POST", "text/html", false)]
    public void Only_a_get_that_prefers_html_gets_the_ide(string method, string accept, bool html)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Headers.Accept = accept;

        Assert.Equal(html, GraphiQLPreference.PrefersHtml(context.Request));
    }
}
