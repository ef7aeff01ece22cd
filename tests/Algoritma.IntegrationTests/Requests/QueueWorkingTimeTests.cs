using System.Text.Json;
using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.Features.Requests.GraphQL;
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

    // The clock is the filter's argument here, so the request's own deadline date is "today" whenever the test runs.
    [Fact]
    public async Task A_request_is_due_today_on_its_deadlines_local_date_and_not_the_day_after()
    {
        await _scenario.EnsureDomisiliAsync();
        var submitted = (await RequestScenario.SubmitAsync(await _scenario.NewCitizenAsync())).GetProperty("request");
        var code = submitted.GetProperty("trackingCode").GetString();
        var deadline = submitted.GetProperty("deadline").GetDateTimeOffset();
        var zone = (await SamarindaCalendarAsync()).Zone;
        Task<bool> DueAtAsync(DateTimeOffset now) => api.InTenantAsync<Marten.IQuerySession, bool>("samarinda", session =>
            Marten.QueryableExtensions.AnyAsync((RequestFilter.None with { DueToday = true }).Apply(session.Query<ServiceRequestView>(), now, zone), v => v.TrackingCode == code, CancellationToken.None));

        Assert.True(await DueAtAsync(deadline.AddHours(-1)));
        Assert.False(await DueAtAsync(deadline.AddDays(1)));
        Assert.False(await DueAtAsync(deadline.AddDays(-1)));
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
