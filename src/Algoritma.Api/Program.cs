using Algoritma.Api;
using Algoritma.Api.Cli;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAlgoritmaApi(builder.Configuration, builder.Environment);

var app = builder.Build();
app.UseAlgoritmaApi();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so that functional tests can host it.</summary>
public partial class Program;
