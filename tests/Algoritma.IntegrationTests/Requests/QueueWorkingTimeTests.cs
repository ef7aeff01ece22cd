using System.Text.Json;
using Algoritma.Platform.Features.Requests.Sla;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Algoritma.IntegrationTests.Requests;

/// <summary>ServiceRequest.workingTimeLeft and RequestFilter.dueToday: the Antrian screen's SLA columns and filter.</summary>
[Collection(ApiCollection.Name)]
public sealed class QueueWorkingTimeTests(ApiFactory api)
{
    private const string Queue = """
        query ($filter: RequestFilter) { requests(filter: $filter, first: 100) { totalCount nodes { id trackingCode deadline closedAt workingTimeLeft } } }
        """;

    private readonly RequestScenario _scenario = new(api);

    private async Task<WorkingCalendar> SamarindaCalendarAsync()
    {
        await using var scope = api.Services.CreateAsyncScope();
        var tenant = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Tenants.AsNoTracking().FirstAsync(t => t.Id == "samarinda");
        return WorkingCalendar.Of(tenant);
    }

    private static JsonElement[] Nodes(GraphQLResponse response)
    {
        Assert.True(response.Errors.Count == 0, response.ToString());
        return [.. response.Data.GetProperty("requests").GetProperty("nodes").EnumerateArray()];
    }

    [Fact]
    public async Task An_open_request_shows_the_working_minutes_to_its_deadline_and_a_closed_one_none()
    {
        await _scenario.EnsureDomisiliAsync();
        var submitted = (await RequestScenario.SubmitAsync(await _scenario.NewCitizenAsync())).GetProperty("request");
        var officer = await _scenario.OfficerAsync();
        var calendar = await SamarindaCalendarAsync();

        var open = Nodes(await officer.PostAsync(Queue, new { filter = new { service = "domisili" } }))
            .Single(n => n.GetProperty("id").GetString() == submitted.GetProperty("id").GetString());
        var deadline = Instant.FromDateTimeOffset(open.GetProperty("deadline").GetDateTimeOffset());
        var expected = SlaCalculator.WorkingTimeBetween(SystemClock.Instance.GetCurrentInstant(), deadline, calendar).TotalMinutes;
        var verified = (await RequestScenario.CommandAsync(officer, "verifyServiceRequest", submitted)).Data.GetProperty("verifyServiceRequest").GetProperty("request");
        await RequestScenario.CommandAsync(officer, "completeServiceRequest", verified);
        var closed = Nodes(await officer.PostAsync(Queue, new { filter = new { service = "domisili", status = "COMPLETED" } }))
            .Single(n => n.GetProperty("id").GetString() == submitted.GetProperty("id").GetString());

        Assert.InRange(open.GetProperty("workingTimeLeft").GetInt32(), expected - 1, expected + 1);
        Assert.True(open.GetProperty("workingTimeLeft").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Null, closed.GetProperty("workingTimeLeft").ValueKind);
    }

    [Fact]
    public async Task Due_today_lists_exactly_the_open_requests_whose_deadline_falls_on_the_citys_date()
    {
        await _scenario.EnsureDomisiliAsync();
        var submitted = (await RequestScenario.SubmitAsync(await _scenario.NewCitizenAsync())).GetProperty("request");
        var officer = await _scenario.OfficerAsync();
        var zone = (await SamarindaCalendarAsync()).Zone;
        var today = SystemClock.Instance.GetCurrentInstant().InZone(zone).Date;
        bool DueToday(JsonElement n) => n.GetProperty("closedAt").ValueKind == JsonValueKind.Null
            && Instant.FromDateTimeOffset(n.GetProperty("deadline").GetDateTimeOffset()).InZone(zone).Date == today;

        var dueResponse = await officer.PostAsync(Queue, new { filter = new { dueToday = true } });
        var othersResponse = await officer.PostAsync(Queue, new { filter = new { dueToday = false } });
        var (due, others) = (Nodes(dueResponse), Nodes(othersResponse));
        var all = await officer.PostAsync(Queue);
        var fresh = Instant.FromDateTimeOffset(submitted.GetProperty("deadline").GetDateTimeOffset()).InZone(zone).Date == today;

        Assert.All(due, n => Assert.True(DueToday(n), n.ToString()));
        Assert.All(others, n => Assert.False(DueToday(n), n.ToString()));
        Assert.Equal(fresh, due.Any(n => n.GetProperty("id").GetString() == submitted.GetProperty("id").GetString()));
        Assert.Equal(all.Data.GetProperty("requests").GetProperty("totalCount").GetInt32(),
            dueResponse.Data.GetProperty("requests").GetProperty("totalCount").GetInt32() + othersResponse.Data.GetProperty("requests").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Another_tenants_admin_sees_none_of_its_requests_due_today()
    {
        await _scenario.EnsureDomisiliAsync();
        var submitted = (await RequestScenario.SubmitAsync(await _scenario.NewCitizenAsync())).GetProperty("request");
        var makassar = api.Tenant("makassar").WithToken(await api.CityAdminAsync("makassar"));

        var due = Nodes(await makassar.PostAsync(Queue, new { filter = new { dueToday = true } }));
        var others = Nodes(await makassar.PostAsync(Queue, new { filter = new { dueToday = false } }));

        Assert.DoesNotContain(due.Concat(others), n => n.GetProperty("trackingCode").GetString() == submitted.GetProperty("trackingCode").GetString());
    }
}
