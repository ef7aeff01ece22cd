using System.Net;

namespace Algoritma.IntegrationTests.Transport;

/// <summary>A document validated once is reused; the checks that depend on the caller or the variables still run.</summary>
[Collection(ApiCollection.Name)]
public sealed class DocumentCacheTests(ApiFactory api)
{
    // a comment makes each test's document its own cache entry
    private static string Unique(string query) => $"{query}\n# {Guid.NewGuid()}";

    [Fact]
    public async Task A_document_validated_for_an_admin_is_still_refused_to_an_anonymous_caller()
    {
        var query = Unique("{ requests(first: 1) { totalCount } }");
        var admin = api.Tenant("samarinda").WithToken(await api.CityAdminAsync("samarinda"));

        var first = await admin.PostAsync(query);
        var anonymous = await api.Tenant("samarinda").PostAsync(query);
        var again = await admin.PostAsync(query);

        Assert.Empty(first.Errors);
        Assert.Equal("UNAUTHENTICATED", anonymous.FirstErrorCode);
        Assert.False(anonymous.HasData);
        Assert.Empty(again.Errors);
        Assert.Equal(first.Data.GetRawText(), again.Data.GetRawText());
    }

    [Fact]
    public async Task A_cached_document_is_priced_with_each_requests_variables()
    {
        var query = Unique("query ($n: Int) { kecamatans(first: $n) { nodes { villages(first: $n) { nodes { kecamatan { villages(first: $n) { nodes { code } } } } } } } }");

        var small = await api.Tenant("samarinda").PostAsync(query, new { n = 2 });
        var large = await api.Tenant("samarinda").PostAsync(query, new { n = 100 });

        Assert.Empty(small.Errors);
        Assert.Equal(HttpStatusCode.BadRequest, large.Status);
        Assert.Equal("MAX_COMPLEXITY_EXCEEDED", large.FirstErrorCode);
        Assert.False(large.HasData);
    }

    [Fact]
    public async Task A_document_that_failed_validation_fails_again()
    {
        var query = Unique("{ nonsense }");

        var first = await api.Tenant("samarinda").PostAsync(query);
        var second = await api.Tenant("samarinda").PostAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, first.Status);
        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Equal(first.FirstErrorCode, second.FirstErrorCode);
    }
}
