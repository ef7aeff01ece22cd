using Algoritma.Platform.Features.Adoption;
using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Requests;
using Dapper;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Algoritma.IntegrationTests.Adoption;

/// <summary>
/// The per-period citizen counters against the reference queries while first uses move: uses arrive in several
/// batches, later batches holding earlier-dated uses (moving a citizen's first use across weeks, months and units),
/// one batch holding several uses of one citizen out of order, a later batch reading only the days of its window. A
/// rebuild (one batch) leaves the same tables.
/// </summary>
public sealed class PeriodCitizensTests : IAsyncLifetime
{
    private const string A = AdoptionHistory.A;
    private const string B = AdoptionHistory.B;
    private const string C = AdoptionHistory.C;

    private readonly ApiFactory _api = new();

    public async Task InitializeAsync() => await ((IAsyncLifetime)_api).InitializeAsync();

    public async Task DisposeAsync() => await ((IAsyncLifetime)_api).DisposeAsync();

    [Fact]
    public async Task First_uses_that_arrive_late_move_the_new_lifecycle_and_retention_counts_and_a_rebuild_leaves_the_same_tables()
    {
        var admin = _api.Tenant("samarinda").WithToken(await _api.CityAdminAsync("samarinda"));

        // x first at A (counter, Wednesday 18 March), then online at C in April; y at B on 3 March; z from April only
        await AppendAsync(("x", A, Channel.Counter, "2026-03-18"), ("x", C, Channel.Online, "2026-04-14"), ("y", B, Channel.Counter, "2026-03-03"),
            ("z", C, Channel.Counter, "2026-04-21"), ("z", C, Channel.Counter, "2026-03-31"));
        await AssertAllScopesAsync(admin);

        // one batch: x at C on 10 March, then (appended after, dated before) online at B on 24 February: x's first use
        // moves to February (another week, month, kecamatan unit), and its first digital use from April to February
        await AppendAsync(("x", C, Channel.Counter, "2026-03-10"), ("x", B, Channel.Online, "2026-02-24"), ("w", A, Channel.Kiosk, "2026-03-16"));
        await AssertAllScopesAsync(admin);

        // y's first use moves within March to an earlier week and another unit; w's digital flag turns on in its week
        await AppendAsync(("y", A, Channel.Online, "2026-03-02"), ("w", A, Channel.Online, "2026-03-17"), ("w", A, Channel.Counter, "2026-05-04"));
        await AssertAllScopesAsync(admin);

        // x and z return in May, x having last come in April: the projection reads their days from April on only (the
        // window of a batch whose earliest use is in May), which still decides May's returning and April's counts
        await AppendAsync(("x", C, Channel.Online, "2026-05-12"), ("z", C, Channel.Counter, "2026-05-26"));
        await AssertAllScopesAsync(admin);

        // v comes on 28 April and 20 May, then (another batch) on Tuesday 5 May: its history comes from its recent days
        // kept from March on, and 28 April makes the week of 4 May a returning one
        await AppendAsync(("v", A, Channel.Online, "2026-04-28"), ("v", A, Channel.Counter, "2026-05-20"));
        await AppendAsync(("v", A, Channel.Counter, "2026-05-05"));
        await AssertAllScopesAsync(admin);

        // u comes on 6 January and 20 April (its recent days: from February on), then, late, on 10 February: its
        // history reads 6 January from the day rows, which makes February a returning month
        await AppendAsync(("u", B, Channel.Counter, "2026-01-06"), ("u", B, Channel.Online, "2026-04-20"));
        await AppendAsync(("u", B, Channel.Counter, "2026-02-10"));
        await AssertAllScopesAsync(admin);

        var live = await TablesAsync();
        await _api.RebuildAdoptionAsync();
        Assert.Equal(live, await TablesAsync());
        await AssertAllScopesAsync(admin);
    }

    private async Task AssertAllScopesAsync(GraphQLClient admin)
    {
        foreach (var unit in new[] { null, "64.72.01", A, B, C })
        {
            foreach (var granularity in new[] { Granularity.Week, Granularity.Month })
            {
                // whole periods; and ends inside periods, with uses after the end (the last period from the detail tables)
                await CitizenFiguresOracle.AssertMatchesAsync(admin, _api.Database.ConnectionString, CitizenFiguresOracle.Scope(unit, "2026-02-01", "2026-06-01", granularity));
                await CitizenFiguresOracle.AssertMatchesAsync(admin, _api.Database.ConnectionString, CitizenFiguresOracle.Scope(unit, "2026-02-11", "2026-04-15", granularity));
                await CitizenFiguresOracle.AssertMatchesAsync(admin, _api.Database.ConnectionString, CitizenFiguresOracle.Scope(unit, "2026-02-20", "2026-05-20", granularity));
            }
        }
    }

    private async Task AppendAsync(params (string Citizen, string Unit, Channel Channel, string Day)[] uses)
    {
        await using (var session = _api.Services.GetRequiredService<IDocumentStore>().LightweightSession("samarinda"))
        {
            foreach (var (citizen, unit, channel, day) in uses)
            {
                var id = Guid.CreateVersion7();
                var at = AdoptionHistory.At($"{day}T02:00:00Z");
                session.Events.StartStream<ServiceRequestView>(id, new RequestSubmitted(
                    id, $"T{id.ToString("N")[^10..]}", "ktp", 1, unit, channel, citizen, null, [], at, at.AddDays(3), "officer"));
            }

            await session.SaveChangesAsync();
        }

        await _api.CatchUpAsync();
    }

    /// <summary>The counters' tables as text, rows sorted; counter rows that came back to zero are left out.</summary>
    private async Task<string> TablesAsync()
    {
        await using var connection = new NpgsqlConnection(_api.Database.ConnectionString);
        var tables = new List<string>();
        foreach (var (table, where) in new[]
        {
            ("adoption_citizens", "true"), ("adoption_citizen_days", "true"), ("adoption_retention_counts", "active <> 0"),
            ("adoption_period_counts", "(active, active_digital, with_previous, new_active, new_citizens, new_digital) <> (0, 0, 0, 0, 0, 0)"),
        })
        {
            tables.Add(await connection.QuerySingleAsync<string>($"SELECT '{table}' || E'\\n' || string_agg(t::text, E'\\n' ORDER BY t::text) FROM marten.{table} t WHERE {where}"));
        }

        return string.Join("\n", tables);
    }
}
