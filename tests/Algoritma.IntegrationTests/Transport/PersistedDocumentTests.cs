using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Algoritma.Platform;
using Algoritma.Platform.Features.Tenants;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.IntegrationTests.Transport;

/// <summary>Automatic persisted queries (Apollo's protocol), trusted documents by documentId, and trusted-only tenants.</summary>
[Collection(ApiCollection.Name)]
public sealed class PersistedDocumentTests(ApiFactory api)
{
    private static readonly string[] ManifestFiles = Directory.GetFiles(Path.Combine(Checkout.OfBinaries, "schema", "operations"), "*.json");

    /// <summary>Every manifest of schema/operations/ (the platform's, the console's), merged as the API loads them.</summary>
    private static readonly Dictionary<string, string> Manifest = ManifestFiles
        .SelectMany(file => JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file))!)
        .DistinctBy(entry => entry.Key)
        .ToDictionary();

    private static string PublicServices => Manifest.Single(d => d.Value.StartsWith("query PublicServices", StringComparison.Ordinal)).Key;

    private static string RequestStatus => Manifest.Single(d => d.Value.StartsWith("query RequestStatus", StringComparison.Ordinal)).Key;

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    // a comment makes each test's document its own, so no other test registered it before
    private static string Unique(string query) => $"{query}\n# {Guid.NewGuid()}";

    private static object PersistedQuery(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    private static Task<GraphQLResponse> PostJsonAsync(GraphQLClient client, object body) => client.PostRawAsync(JsonSerializer.Serialize(body));

    private static Task<GraphQLResponse> GetAsync(GraphQLClient client, string path, string parameters) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"{path}?{parameters}"));

    [Fact]
    public async Task Apollo_retry_over_post_misses_then_registers_then_hits()
    {
        var query = Unique("{ kecamatans(first: 2) { nodes { code } } }");
        var client = api.Tenant("samarinda");

        var miss = await PostJsonAsync(client, new { extensions = PersistedQuery(Sha256(query)) });
        var retry = await PostJsonAsync(client, new { query, extensions = PersistedQuery(Sha256(query)) });
        var hit = await PostJsonAsync(client, new { extensions = PersistedQuery(Sha256(query)) });

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", miss.FirstErrorCode);
        Assert.Equal("PersistedQueryNotFound", miss.Errors[0].GetProperty("message").GetString());
        Assert.False(miss.HasData);
        Assert.Empty(retry.Errors);
        Assert.Equal(HttpStatusCode.OK, hit.Status);
        Assert.Equal(retry.Data.GetRawText(), hit.Data.GetRawText());
    }

    [Fact]
    public async Task Apollo_retry_over_get_misses_then_registers_then_hits()
    {
        var query = Unique("{ kecamatans(first: 1) { nodes { name } } }");
        var client = api.Tenant("samarinda");
        var extensions = "extensions=" + Uri.EscapeDataString(JsonSerializer.Serialize(PersistedQuery(Sha256(query))));

        var miss = await GetAsync(client, "/t/samarinda/graphql", extensions);
        var retry = await GetAsync(client, "/t/samarinda/graphql", $"query={Uri.EscapeDataString(query)}&{extensions}");
        var hit = await GetAsync(client, "/t/samarinda/graphql", extensions);

        Assert.Equal(HttpStatusCode.BadRequest, miss.Status); // application/graphql-response+json: not executed
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", miss.FirstErrorCode);
        Assert.Empty(retry.Errors);
        Assert.Equal(HttpStatusCode.OK, hit.Status);
        Assert.Equal(retry.Data.GetRawText(), hit.Data.GetRawText());
    }

    [Fact]
    public async Task A_miss_is_200_for_application_json_as_apollo_clients_ask()
    {
        var miss = await api.Tenant("samarinda").PostRawAsync(
            JsonSerializer.Serialize(new { extensions = PersistedQuery(Sha256(Unique("{ __typename }"))) }), accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, miss.Status);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", miss.FirstErrorCode);
    }

    [Fact]
    public async Task A_hash_that_is_not_the_texts_is_refused_and_not_registered()
    {
        var query = Unique("{ __typename }");
        var wrongHash = Sha256(query + " ");
        var client = api.Tenant("samarinda");

        var mismatch = await PostJsonAsync(client, new { query, extensions = PersistedQuery(wrongHash) });
        var later = await PostJsonAsync(client, new { extensions = PersistedQuery(wrongHash) });

        Assert.Equal(HttpStatusCode.BadRequest, mismatch.Status);
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", mismatch.FirstErrorCode);
        Assert.False(mismatch.HasData);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", later.FirstErrorCode);
    }

    [Fact]
    public async Task A_trusted_document_runs_by_document_id_over_post_and_get()
    {
        var client = api.Tenant("samarinda");

        var post = await PostJsonAsync(client, new { documentId = $"sha256:{PublicServices}", variables = new { first = 2 } });
        var get = await GetAsync(client, "/t/samarinda/graphql", $"documentId={PublicServices}&variables={Uri.EscapeDataString("""{"first":2}""")}");

        Assert.Empty(post.Errors);
        Assert.Equal(JsonValueKind.Array, post.Data.GetProperty("services").GetProperty("nodes").ValueKind);
        Assert.Equal(post.Data.GetRawText(), get.Data.GetRawText());
    }

    [Fact]
    public async Task An_unknown_document_id_is_persisted_query_not_found()
    {
        var response = await PostJsonAsync(api.Tenant("samarinda"), new { documentId = $"sha256:{Sha256(Unique("{ __typename }"))}" });

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", response.FirstErrorCode);
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task Every_trusted_document_validates_against_the_schema()
    {
        var token = await api.CityAdminAsync("samarinda");
        var admin = api.Tenant("samarinda").WithToken(token);
        foreach (var (id, text) in Manifest)
        {
            var errors = text.StartsWith("subscription", StringComparison.Ordinal)
                ? await SubscriptionErrorsAsync(id, token)
                : (await PostJsonAsync(admin, new { documentId = $"sha256:{id}" })).Errors;

            Assert.DoesNotContain(errors, e => e.GetProperty("extensions").GetProperty("code").GetString()
                is "GRAPHQL_VALIDATION_FAILED" or "GRAPHQL_PARSE_FAILED" or "PERSISTED_QUERY_NOT_FOUND");
        }
    }

    /// <summary>A subscription is served over WebSocket: a refused one answers at once with an error message.</summary>
    private async Task<IReadOnlyList<JsonElement>> SubscriptionErrorsAsync(string id, string token)
    {
        await using var socket = await GraphQLSocket.OpenAsync(api, "/t/samarinda/graphql", token);
        await socket.SendAsync(new { id = "s", type = "subscribe", payload = new { documentId = $"sha256:{id}" } });
        try
        {
            var answer = await socket.ReceiveAsync(TimeSpan.FromSeconds(2));
            return answer is { } message && message.GetProperty("type").GetString() == "error"
                ? [.. message.GetProperty("payload").EnumerateArray()]
                : [];
        }
        catch (OperationCanceledException)
        {
            return []; // subscribed: nothing to say until a change
        }
    }

    [Fact]
    public async Task A_persisted_document_is_screened_like_its_text()
    {
        var longCode = new string('A', 5_000);
        var client = api.Tenant("samarinda");

        var byText = await client.PostAsync(Manifest[RequestStatus], new { trackingCode = longCode });
        var byId = await PostJsonAsync(client, new { documentId = $"sha256:{RequestStatus}", variables = new { trackingCode = longCode } });

        Assert.NotNull(byText.FirstErrorCode);
        Assert.Equal(byText.Status, byId.Status);
        Assert.Equal(byText.FirstErrorCode, byId.FirstErrorCode);
        Assert.False(byId.HasData);
    }

    [Fact]
    public async Task A_trusted_only_tenant_refuses_free_text_and_accepts_manifest_documents()
    {
        await SetSettingAsync("ponorogo", "trustedDocumentsOnly", "true");
        try
        {
            var client = api.Tenant("ponorogo");
            var freeText = await client.PostAsync("{ kecamatans(first: 1) { nodes { code } } }");
            var apqText = Unique("{ __typename }");
            var apq = await PostJsonAsync(client, new { query = apqText, extensions = PersistedQuery(Sha256(apqText)) });
            var trusted = await PostJsonAsync(client, new { documentId = $"sha256:{PublicServices}" });
            var trustedByHash = await PostJsonAsync(client, new { extensions = PersistedQuery(PublicServices) });
            var otherTenant = await api.Tenant("samarinda").PostAsync("{ kecamatans(first: 1) { nodes { code } } }");

            Assert.Equal(HttpStatusCode.BadRequest, freeText.Status);
            Assert.Equal("PERSISTED_QUERY_ONLY", freeText.FirstErrorCode);
            Assert.False(freeText.HasData);
            Assert.Equal("PERSISTED_QUERY_ONLY", apq.FirstErrorCode);
            Assert.Empty(trusted.Errors);
            Assert.Empty(trustedByHash.Errors);
            Assert.Empty(otherTenant.Errors);
        }
        finally
        {
            await SetSettingAsync("ponorogo", "trustedDocumentsOnly", null);
        }
    }

    [Fact]
    public async Task Over_websocket_a_trusted_only_tenant_refuses_free_text_and_runs_a_document_by_id()
    {
        await SetSettingAsync("ponorogo", "trustedDocumentsOnly", "true");
        try
        {
            await using var socket = await GraphQLSocket.OpenAsync(api, "/t/ponorogo/graphql");
            await socket.SubscribeAsync("free", "{ kecamatans(first: 1) { nodes { code } } }");
            var refused = await socket.ReceiveAsync("free", "error");
            await socket.SendAsync(new { id = "byId", type = "subscribe", payload = new { documentId = $"sha256:{PublicServices}" } });
            var answered = await socket.ReceiveAsync("byId", "next");

            Assert.Equal("PERSISTED_QUERY_ONLY", refused!.Value.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
            Assert.False(answered!.Value.GetProperty("payload").TryGetProperty("errors", out _));
            Assert.Equal(JsonValueKind.Object, answered.Value.GetProperty("payload").GetProperty("data").ValueKind);
        }
        finally
        {
            await SetSettingAsync("ponorogo", "trustedDocumentsOnly", null);
        }
    }

    [Fact]
    public async Task A_trusted_only_client_is_refused_free_text_while_others_are_not()
    {
        await SetSettingAsync("ponorogo", "trustedDocumentsOnlyClients", "ponorogo-portal, ponorogo-integration");
        try
        {
            var integration = api.Tenant("ponorogo").WithToken(await api.CityAdminAsync("ponorogo"));
            var refused = await integration.PostAsync("{ kecamatans(first: 1) { nodes { code } } }");
            var trusted = await PostJsonAsync(integration, new { documentId = $"sha256:{PublicServices}" });
            var anonymous = await api.Tenant("ponorogo").PostAsync("{ kecamatans(first: 1) { nodes { code } } }");

            Assert.Equal("PERSISTED_QUERY_ONLY", refused.FirstErrorCode);
            Assert.Empty(trusted.Errors);
            Assert.Empty(anonymous.Errors);
        }
        finally
        {
            await SetSettingAsync("ponorogo", "trustedDocumentsOnlyClients", null);
        }
    }

    private async Task SetSettingAsync(string tenantId, string name, string? value)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var tenant = await db.Tenants.SingleAsync(t => t.Id == tenantId);
        var settings = tenant.Settings.Where(s => s.Key != name).ToDictionary(s => s.Key, s => s.Value);
        if (value is not null)
        {
            settings[name] = value;
        }

        tenant.Settings = settings;
        await db.SaveChangesAsync();
        scope.ServiceProvider.GetRequiredService<TenantCache>().Invalidate();
    }
}
