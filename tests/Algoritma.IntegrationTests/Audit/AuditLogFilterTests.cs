using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Algoritma.IntegrationTests.Audit;

/// <summary>auditLog(actor, action, from, to, order): the Pengguna screen's audit view.</summary>
[Collection(ApiCollection.Name)]
public sealed class AuditLogFilterTests(ApiFactory api)
{
    private const string Log = """
        query ($actor: String, $action: String, $from: DateTimeOffset, $to: DateTimeOffset, $order: AuditOrder, $after: String) {
          auditLog(actor: $actor, action: $action, from: $from, to: $to, order: $order, first: 5, after: $after) {
            totalCount pageInfo { endCursor hasNextPage } nodes { id at actorSubject actorName action target }
          }
        }
        """;

    private async Task<GraphQLClient> AdminAsync(string tenant = "samarinda") => api.Tenant(tenant).WithToken(await api.CityAdminAsync(tenant));

    private static JsonElement LogOf(GraphQLResponse response)
    {
        Assert.True(response.Errors.Count == 0, response.ToString());
        return response.Data.GetProperty("auditLog");
    }

    // A global id is URL-safe base64 of "AuditEntry:{tenant}:{entry id}", and base64 does not keep the ids' ordinal order: compare the ids inside.
    private static string EntryIdOf(JsonElement node) => Encoding.UTF8.GetString(Base64Url.DecodeFromChars(node.GetProperty("id").GetString()));

    private async Task<string> CreateUserAsync(GraphQLClient admin)
    {
        var userName = $"audit.{Guid.NewGuid():N}"[..20];
        var created = await admin.PostAsync(
            "mutation ($input: CreateUserInput!) { createUser(input: $input) { errors { code } } }",
            new { input = new { userName, displayName = "Audit", roles = new[] { "OFFICER" }, unit = "64.72.02", password = "Kuat-Sekali-2026" } });
        Assert.Empty(created.Data.GetProperty("createUser").GetProperty("errors").EnumerateArray());
        return userName;
    }

    [Fact]
    public async Task Newest_first_by_action_puts_the_latest_change_on_top_and_pages_on_downwards()
    {
        var admin = await AdminAsync();
        await CreateUserAsync(admin);
        var latest = await CreateUserAsync(admin);

        var first = LogOf(await admin.PostAsync(Log, new { action = "user.created", order = "NEWEST_FIRST" }));
        var nodes = first.GetProperty("nodes").EnumerateArray().ToList();
        var second = LogOf(await admin.PostAsync(Log, new { action = "user.created", order = "NEWEST_FIRST", after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() }));

        Assert.Equal(latest, nodes[0].GetProperty("target").GetString());
        Assert.All(nodes, n => Assert.Equal("user.created", n.GetProperty("action").GetString()));
        Assert.Equal(nodes.Select(EntryIdOf).OrderDescending(StringComparer.Ordinal), nodes.Select(EntryIdOf));
        Assert.All(second.GetProperty("nodes").EnumerateArray(), n => Assert.True(string.CompareOrdinal(EntryIdOf(n), EntryIdOf(nodes[^1])) < 0));
        Assert.Equal(first.GetProperty("totalCount").GetInt32(), second.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task The_default_order_stays_oldest_first()
    {
        var admin = await AdminAsync();
        await CreateUserAsync(admin);

        var nodes = LogOf(await admin.PostAsync(Log, new { action = "user." })).GetProperty("nodes").EnumerateArray().Select(EntryIdOf).ToList();

        Assert.NotEmpty(nodes);
        Assert.Equal(nodes.Order(StringComparer.Ordinal), nodes);
    }

    [Fact]
    public async Task Actor_and_time_filters_narrow_the_log()
    {
        var admin = await AdminAsync();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var userName = await CreateUserAsync(admin);
        var entry = LogOf(await admin.PostAsync(Log, new { action = "user.created", order = "NEWEST_FIRST" })).GetProperty("nodes")[0];
        var subject = entry.GetProperty("actorSubject").GetString();

        var bySubject = LogOf(await admin.PostAsync(Log, new { actor = subject, from = before, order = "NEWEST_FIRST" }));
        var byName = LogOf(await admin.PostAsync(Log, new { actor = entry.GetProperty("actorName").GetString()!.ToUpperInvariant(), from = before, order = "NEWEST_FIRST" }));
        var future = LogOf(await admin.PostAsync(Log, new { from = DateTimeOffset.UtcNow.AddHours(1) }));
        var past = LogOf(await admin.PostAsync(Log, new { to = before, action = "user.created", order = "NEWEST_FIRST" }));
        var nobody = LogOf(await admin.PostAsync(Log, new { actor = "%" }));

        Assert.Contains(bySubject.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("target").GetString() == userName);
        Assert.All(bySubject.GetProperty("nodes").EnumerateArray(), n => Assert.Equal(subject, n.GetProperty("actorSubject").GetString()));
        Assert.Contains(byName.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("target").GetString() == userName);
        Assert.Equal(0, future.GetProperty("totalCount").GetInt32());
        Assert.DoesNotContain(past.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("target").GetString() == userName);
        Assert.Equal(0, nobody.GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("actor")]
    [InlineData("action")]
    [InlineData("range")]
    [InlineData("window")]
    public async Task Filters_out_of_bounds_are_bad_user_input(string which)
    {
        object variables = which switch
        {
            "actor" => new { actor = new string('a', 201) },
            "action" => new { action = new string('a', 61) },
            "range" => new { from = DateTimeOffset.UtcNow, to = DateTimeOffset.UtcNow.AddDays(-1) },
            _ => new { from = new DateTimeOffset(1999, 12, 31, 0, 0, 0, TimeSpan.Zero) },
        };

        var response = await (await AdminAsync()).PostAsync(Log, variables);

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
    }

    [Fact]
    public async Task Another_tenants_changes_never_match()
    {
        var userName = await CreateUserAsync(await AdminAsync());

        var makassar = LogOf(await (await AdminAsync("makassar")).PostAsync(Log, new { action = "user.created", order = "NEWEST_FIRST" }));

        Assert.DoesNotContain(makassar.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("target").GetString() == userName);
    }

    [Fact]
    public async Task An_officer_may_not_read_the_log()
    {
        var officer = api.Tenant("samarinda").WithToken((await api.SignInAsync("petugas.rawamakmur")).GetProperty("access_token").GetString()!);

        Assert.Equal("FORBIDDEN", (await officer.PostAsync(Log, new { action = "user." })).FirstErrorCode);
    }
}
