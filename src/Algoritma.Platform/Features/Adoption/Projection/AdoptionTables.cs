using Algoritma.Platform.Persistence;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>
/// The flat tables the adoption projection writes, in the event store's schema so that Marten creates,
/// migrates and (on a rebuild) empties them. Every row carries its tenant; readers filter on it.
/// </summary>
internal static class AdoptionTables
{
    /// <summary>What later events of a request need to know of its submission (its unit, channel, local zone...).</summary>
    public static readonly Table RequestFacts = Define("adoption_request_facts", ["request_id uuid"], table =>
    {
        Text(table, "unit_code", "service_code", "channel", "citizen_key", "zone");
        table.AddColumn("submitted_at", "timestamptz").NotNull();
        table.AddColumn("deadline", "timestamptz").NotNull();
    });

    /// <summary>Per tenant-local day × unit × service × channel.</summary>
    public static readonly Table DailyUsage = Define("adoption_daily_usage", ["day date", "unit_code text", "service_code text", "channel text"], table =>
    {
        Counters(table, "started", "completed", "rejected", "completed_within_sla");
        table.AddColumn("processing_seconds", "double precision").NotNull().DefaultValueByExpression("0");
    });

    /// <summary>
    /// The same counts without the service, rolled up per tenant-local day × scope × channel, where the scope is the
    /// city (''), a kecamatan or a kelurahan: a series reads one row per day and channel however many events there are.
    /// A scope's rows for a year lie on hundreds of heap pages (each day's rows are written for every scope at once);
    /// the series index carries the counts a series sums, so a series reads about fifteen index pages instead.
    /// </summary>
    public static readonly Table UsageRollup = Define("adoption_usage_rollup", ["scope_code text", "day date", "channel text"], table =>
    {
        Counters(table, "started", "completed", "rejected", "completed_within_sla");
        table.AddColumn("processing_seconds", "double precision").NotNull().DefaultValueByExpression("0");
        table.Indexes.Add(new IndexDefinition("ix_adoption_usage_rollup_series")
        {
            Columns = ["tenant_id", "scope_code", "day"],
            IncludeColumns = ["channel", "started", "completed", "rejected", "completed_within_sla"],
        });
    });

    /// <summary>One row per completed request: the processing time percentiles are computed over these.</summary>
    public static readonly Table Completions = Define("adoption_completions", ["request_id uuid"], table =>
    {
        table.AddColumn("day", "date").NotNull();
        Text(table, "unit_code", "service_code", "channel");
        table.AddColumn("processing_seconds", "double precision").NotNull();
        table.AddColumn("within_sla", "boolean").NotNull();
        table.Indexes.Add(new IndexDefinition("ix_adoption_completions_day") { Columns = ["tenant_id", "day"] });
    });

    /// <summary>Each citizen's first use, first digital use, last use, count and recent days.</summary>
    public static readonly Table Citizens = Define("adoption_citizens", ["citizen_key text"], table =>
    {
        Text(table, "first_unit");
        table.AddColumn("first_use", "date").NotNull();
        table.AddColumn("first_digital_use", "date");
        table.AddColumn("first_digital_unit", "text");
        table.AddColumn("last_use", "date").NotNull();
        Counters(table, "uses");
        // the citizen's days from recent_from on (CitizenHistory.RecentDays): the history a batch reads, in one row
        table.AddColumn("recent_from", "date");
        table.AddColumn("recent_days", "text");
        table.Indexes.Add(new IndexDefinition("ix_adoption_citizens_first_use") { Columns = ["tenant_id", "first_use"] });
        table.Indexes.Add(new IndexDefinition("ix_adoption_citizens_first_digital_use") { Columns = ["tenant_id", "first_digital_use"] });
    });

    /// <summary>The days each citizen used a service, and where: active citizens, retention, lifecycle.</summary>
    public static readonly Table CitizenDays = Define("adoption_citizen_days", ["day date", "unit_code text", "citizen_key text"], table =>
    {
        // no index by citizen: the projection reads a citizen's recent days from adoption_citizens, and the rare late
        // use's days by day range (CitizenHistories); at ten million events inserting each batch's 25,000 rows into a
        // citizen-ordered index touched as many scattered pages (189 s of a 661 s rebuild)
        table.AddColumn("digital", "boolean").NotNull();
    });

    /// <summary>IKM element sums per local day × unit × service.</summary>
    public static readonly Table SatisfactionDaily = Define("adoption_satisfaction_daily", ["day date", "unit_code text", "service_code text"], table =>
    {
        Counters(table, ["responses", .. Enumerable.Range(1, 9).Select(i => $"u{i}")]);
    });

    /// <summary>
    /// Per tenant, the sequence of the last event the projection applied to its rows: its data's version. A reader's
    /// answer is the same as long as the version is (<see cref="Reading.AdoptionAnswers"/>).
    /// </summary>
    public static readonly Table Versions = Define("adoption_versions", [], Version);

    /// <summary>The same for the citizen projection's rows (<see cref="CitizenProjection"/>): each projection stamps its own.</summary>
    public static readonly Table CitizenVersions = Define("adoption_citizen_versions", [], Version);

    /// <summary>What the usage projection (<see cref="AdoptionProjection"/>) writes, besides the period roll-ups.</summary>
    public static readonly IReadOnlyList<Table> Usage = [Versions, RequestFacts, DailyUsage, UsageRollup, Completions, SatisfactionDaily];

    /// <summary>What the citizen projection (<see cref="CitizenProjection"/>) writes.</summary>
    public static readonly IReadOnlyList<Table> OfCitizens = [CitizenVersions, Citizens, CitizenDays, .. PeriodCitizensTables.All];

    public static string Name(Table table) => table.Identifier.QualifiedName;

    /// <param name="key">the primary key after tenant_id, as "name type" pairs</param>
    internal static Table Define(string name, string[] key, Action<Table> columns)
    {
        var table = new Table(new PostgresqlObjectName(EventStoreSchema.SchemaName, name, SchemaUtils.IdentifierUsage.General));
        foreach (var column in new[] { "tenant_id text" }.Concat(key).Select(k => k.Split(' ')))
        {
            table.AddColumn(column[0], column[1]).AsPrimaryKey();
        }

        columns(table);
        return table;
    }

    private static void Version(Table table) => table.AddColumn("version", "bigint").NotNull();

    internal static void Text(Table table, params string[] names)
    {
        foreach (var name in names)
        {
            table.AddColumn(name, "text").NotNull();
        }
    }

    internal static void Counters(Table table, params string[] names)
    {
        foreach (var name in names)
        {
            table.AddColumn(name, "bigint").NotNull().DefaultValueByExpression("0");
        }
    }
}
