using System.Text;
using Algoritma.GraphQL.Server.PersistedDocuments;
using Algoritma.GraphQL.Server.Transport;
using GraphQL.SystemTextJson;
using Microsoft.AspNetCore.Http;

namespace Algoritma.GraphQL.Server.Tests.PersistedDocuments;

public sealed class PersistedDocumentResolverTests
{
    private const string Trusted = "query Trusted { a }";
    private const string Free = "query Free { b }";

    private static readonly TrustedDocumentManifest Manifest =
        TrustedDocumentManifest.Parse($$"""{ "{{DocumentHash.Of(Trusted)}}": "{{Trusted}}" }""");

    private readonly GraphQLRequestReader _reader = new(new GraphQLSerializer(), new GraphQLServerOptions());
    private readonly AutomaticPersistedQueries _registered = new(new GraphQLServerOptions());

    private PersistedDocumentResolver Resolver(bool trustedOnly = false) => new(Manifest, _registered, new FixedPolicy(trustedOnly));

    private async Task<ResolvedRequest> ResolveAsync(string body, bool trustedOnly = false)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        var request = await _reader.ReadAsync(context.Request, default);
        return await Resolver(trustedOnly).ResolveAsync(context, request);
    }

    private static string HashOnly(string text) =>
        $$"""{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"{{DocumentHash.Of(text)}}" """ + "}}}";

    private static string TextAndHash(string text, string? hash = null) =>
        $$"""{"query":"{{text}}","extensions":{"persistedQuery":{"version":1,"sha256Hash":"{{hash ?? DocumentHash.Of(text)}}" """ + "}}}";

    [Fact]
    public async Task An_unknown_hash_is_persisted_query_not_found()
    {
        var resolved = await ResolveAsync(HashOnly(Free));

        Assert.Null(resolved.Request);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", resolved.Error!.Code);
    }

    [Fact]
    public async Task Text_sent_with_its_hash_is_registered_for_later_hash_only_requests()
    {
        var first = await ResolveAsync(TextAndHash(Free));
        var later = await ResolveAsync(HashOnly(Free));

        Assert.Equal(Free, first.Request!.Text);
        Assert.Equal(Free, later.Request!.Text);
    }

    [Fact]
    public async Task Text_sent_with_another_texts_hash_is_refused_and_not_registered()
    {
        var refused = await Assert.ThrowsAsync<RequestRefusedException>(() => ResolveAsync(TextAndHash(Free, DocumentHash.Of(Trusted + " "))));
        var later = await ResolveAsync(HashOnly(Trusted + " "));

        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", refused.Code);
        Assert.Equal(400, refused.StatusCode);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", later.Error!.Code);
    }

    [Theory]
    [InlineData("sha256:")]
    [InlineData("")]
    public async Task A_trusted_document_is_found_by_its_document_id(string prefix)
    {
        var resolved = await ResolveAsync($$"""{"documentId":"{{prefix}}{{DocumentHash.Of(Trusted)}}"}""");

        Assert.Equal(Trusted, resolved.Request!.Text);
    }

    [Fact]
    public async Task A_registered_automatic_persisted_query_is_no_trusted_document()
    {
        await ResolveAsync(TextAndHash(Free));

        var resolved = await ResolveAsync($$"""{"documentId":"sha256:{{DocumentHash.Of(Free)}}"}""");

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", resolved.Error!.Code);
    }

    [Theory]
    [InlineData("""{"documentId":"sha256:abc"}""")]
    [InlineData("""{"documentId":"sha256:7f56e67dd21ab3f30d1ff8b7bed08893f0a0db86449836189b361dd1e56ddb4b","query":"{ a }"}""")]
    [InlineData("""{"extensions":{"persistedQuery":{"version":2,"sha256Hash":"7f56e67dd21ab3f30d1ff8b7bed08893f0a0db86449836189b361dd1e56ddb4b"}}}""")]
    [InlineData("""{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"short"}}}""")]
    [InlineData("""{"extensions":{"persistedQuery":"7f56e67dd21ab3f30d1ff8b7bed08893f0a0db86449836189b361dd1e56ddb4b"}}""")]
    [InlineData("""{"operationName":"Q"}""")]
    public async Task Malformed_persisted_document_requests_are_bad_requests(string body)
    {
        var refused = await Assert.ThrowsAsync<RequestRefusedException>(() => ResolveAsync(body));

        Assert.Equal("BAD_REQUEST", refused.Code);
        Assert.Equal(400, refused.StatusCode);
    }

    [Fact]
    public async Task Trusted_only_refuses_free_text()
    {
        var refused = await Assert.ThrowsAsync<RequestRefusedException>(() => ResolveAsync($$"""{"query":"{{Free}}"}""", trustedOnly: true));

        Assert.Equal("PERSISTED_QUERY_ONLY", refused.Code);
        Assert.Equal(400, refused.StatusCode);
    }

    [Fact]
    public async Task Trusted_only_accepts_manifest_documents_by_id_hash_or_text()
    {
        var byId = await ResolveAsync($$"""{"documentId":"sha256:{{DocumentHash.Of(Trusted)}}"}""", trustedOnly: true);
        var byHash = await ResolveAsync(HashOnly(Trusted), trustedOnly: true);
        var byText = await ResolveAsync($$"""{"query":"{{Trusted}}"}""", trustedOnly: true);

        Assert.Equal(Trusted, byId.Request!.Text);
        Assert.Equal(Trusted, byHash.Request!.Text);
        Assert.Equal(Trusted, byText.Request!.Text);
    }

    [Fact]
    public async Task Trusted_only_ignores_automatic_persisted_queries_others_registered()
    {
        await ResolveAsync(TextAndHash(Free));

        var resolved = await ResolveAsync(HashOnly(Free), trustedOnly: true);

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", resolved.Error!.Code);
    }

    private sealed class FixedPolicy(bool trustedOnly) : IDocumentPolicy
    {
        public ValueTask<bool> TrustedDocumentsOnlyAsync(HttpContext context) => ValueTask.FromResult(trustedOnly);
    }
}
