using Microsoft.AspNetCore.Hosting;

namespace Algoritma.IntegrationTests.StaffConsole;

/// <summary>The real host serving a small stand-in for the console's build (index.html with the marker, a hashed asset).</summary>
public sealed class ConsoleApiFactory : ApiFactory
{
    public const string Asset = "assets/index-Cq3x9f1a.js";
    public const string AssetText = "console.log('konsol');";

    public ConsoleApiFactory()
    {
        Dist = Directory.CreateTempSubdirectory("algoritma-console-dist-").FullName;
        Directory.CreateDirectory(Path.Combine(Dist, "assets"));
        File.WriteAllText(Path.Combine(Dist, "index.html"), """
            <!doctype html>
            <html lang="id"><head><meta charset="utf-8"><!--algoritma-console--><title>Konsol</title>
            <script type="module" crossorigin src="./assets/index-Cq3x9f1a.js"></script></head><body><div id="app"></div></body></html>
            """);
        File.WriteAllText(Path.Combine(Dist, Asset), AssetText);
        File.WriteAllText(Path.Combine(Dist, "favicon.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    }

    public string Dist { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Console:Path", Dist);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(Dist))
        {
            Directory.Delete(Dist, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ConsoleCollection : ICollectionFixture<ConsoleApiFactory>
{
    public const string Name = "console";
}
