using System.Text.Json;
using Algoritma.GraphQL.Server.Relay;

namespace Algoritma.IntegrationTests.Schema;

[Collection(ApiCollection.Name)]
public sealed class ServiceAndClientNodeTests(ApiFactory api)
{
    private const string ServiceNode = "query ($id: ID!) { node(id: $id) { id ... on Service { code } } }";

    private const string ClientNode = "query ($id: ID!) { node(id: $id) { id ... on Client { clientId } } }";

    [Fact]
    public async Task A_service_id_resolves_through_node_in_its_tenant_only()
    {
        await new Requests.RequestScenario(api).EnsureDomisiliAsync();
        var service = (await api.Tenant("samarinda").PostAsync("{ services(first: 1) { nodes { id code } } }"))
            .Data.GetProperty("services").GetProperty("nodes")[0];
        var id = service.GetProperty("id").GetString();

        var own = await api.Tenant("samarinda").PostAsync(ServiceNode, new { id });
        var foreign = await api.Tenant("makassar").PostAsync(ServiceNode, new { id });
        var forged = await api.Tenant("makassar").PostAsync(ServiceNode,
            new { id = GlobalId.Encode("Service", $"samarinda:{service.GetProperty("code").GetString()}") });

        Assert.Equal(service.GetProperty("code").GetString(), own.Data.GetProperty("node").GetProperty("code").GetString());
        Assert.Equal(id, own.Data.GetProperty("node").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, foreign.Data.GetProperty("node").ValueKind);
        Assert.Equal(JsonValueKind.Null, forged.Data.GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task A_client_id_resolves_through_node_for_its_city_admin_only()
    {
        var admin = api.Tenant("samarinda").WithToken(await api.CityAdminAsync("samarinda"));
        var client = (await admin.PostAsync("{ clients { id clientId } }")).Data.GetProperty("clients")[0];
        var id = client.GetProperty("id").GetString();

        var own = await admin.PostAsync(ClientNode, new { id });
        var anonymous = await api.Tenant("samarinda").PostAsync("query ($id: ID!) { node(id: $id) { id } }", new { id });
        var otherAdmin = api.Tenant("makassar").WithToken(await api.CityAdminAsync("makassar"));
        var foreign = await otherAdmin.PostAsync(ClientNode, new { id });

        Assert.Equal(client.GetProperty("clientId").GetString(), own.Data.GetProperty("node").GetProperty("clientId").GetString());
        Assert.Equal(JsonValueKind.Null, anonymous.Data.GetProperty("node").ValueKind);
        Assert.Equal(JsonValueKind.Null, foreign.Data.GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task An_audit_entry_id_resolves_through_node_for_its_city_admin()
    {
        var admin = api.Tenant("samarinda").WithToken(await api.CityAdminAsync("samarinda"));
        var created = await admin.PostAsync("mutation ($input: CreateUserInput!) { createUser(input: $input) { errors { code } } }", new
        {
            input = new { userName = $"audit.node.{Guid.NewGuid():N}"[..30], displayName = "Audit Node", roles = new[] { "PROGRAM_MANAGER" }, password = "Rahasia-12345" },
        });
        Assert.Equal(0, created.Data.GetProperty("createUser").GetProperty("errors").GetArrayLength());
        var entries = (await admin.PostAsync("{ auditLog(last: 1) { nodes { id action } } }")).Data.GetProperty("auditLog").GetProperty("nodes");
        var id = entries[0].GetProperty("id").GetString();
        var own = await admin.PostAsync("query ($id: ID!) { node(id: $id) { id ... on AuditEntry { action } } }", new { id });

        Assert.Equal(entries[0].GetProperty("action").GetString(), own.Data.GetProperty("node").GetProperty("action").GetString());
    }
}
