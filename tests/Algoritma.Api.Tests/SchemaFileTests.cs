using Algoritma.Api.Cli;
using Algoritma.Platform;
using Microsoft.AspNetCore.Builder;

namespace Algoritma.Api.Tests;

public sealed class SchemaFileTests
{
    [Fact]
    public async Task Schema_file_is_the_schema_the_server_serves()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration["ALGORITMA_DB"] = "Host=127.0.0.1;Database=unused";
        builder.Services.AddAlgoritmaApi(builder.Configuration, builder.Environment);
        await using var app = builder.Build();

        var served = SchemaCommands.Print(app.Services);
        var committed = await File.ReadAllTextAsync(Path.Combine(Checkout.OfBinaries, SchemaCommands.DefaultPath));

        Assert.True(committed == served,
            "schema/schema.graphql differs from the served schema; run: dotnet run --project src/Algoritma.Api -- schema export");
    }
}
