using Algoritma.Bench.Raw;
using Npgsql;

// The raw side of the load benchmark: the same data as the platform's GraphQL queries, served by one
// NpgsqlDataSource and Utf8JsonWriter; no GraphQL, tenancy layer, EF Core or Marten. ALGORITMA_DB is the
// owner's connection (it reads the platform's tables directly); --urls chooses where it listens.
//   ALGORITMA_DB="Host=127.0.0.1;Port=…;Username=postgres;Database=…" \
//     dotnet run -c Release --project bench/raw -- --urls http://127.0.0.1:5090
// then `node bench/raw/check.mjs` (see its header) compares it with the platform's answers.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Warning);
var connectionString = Environment.GetEnvironmentVariable("ALGORITMA_DB")
    ?? throw new InvalidOperationException("Set ALGORITMA_DB to the owner's connection string (Host=..;Port=..;Username=..;Database=..).");
builder.Services.AddSingleton(NpgsqlDataSource.Create(connectionString));
// the writes prepare their statements, as the platform's Marten pool does: 3,350 against 2,700 inserts/s unprepared
// (reads stay unprepared like EF's: prepared, the officer page fell to a generic plan, 1,749 → 1,169 req/s)
builder.Services.AddKeyedSingleton(Events.DataSourceKey, NpgsqlDataSource.Create(
    new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 32, AutoPrepareMinUsages = 2 }.ConnectionString));

var app = builder.Build();
var db = app.Services.GetRequiredService<NpgsqlDataSource>();
await Events.CreateTablesAsync(db);

app.MapGet("/health", () => "ok");
app.MapGet("/raw/{tenant}/services", Reads.ServicesAsync);
app.MapGet("/raw/{tenant}/requests", Reads.RequestsAsync);
app.MapGet("/raw/{tenant}/adoption", Reads.AdoptionAsync);
app.MapPost("/raw/{tenant}/events", Events.AppendAsync);
app.MapGet("/raw/{tenant}/events/count", Events.CountAsync);
await app.RunAsync();
