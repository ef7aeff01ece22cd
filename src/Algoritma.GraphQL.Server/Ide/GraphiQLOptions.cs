namespace Algoritma.GraphQL.Server.Ide;

/// <summary>GraphiQL, the in-browser IDE, on the GraphQL routes (docs/browser.md).</summary>
public sealed class GraphiQLOptions
{
    /// <summary>Whether a browser's GET of a GraphQL route gets the IDE (the host turns it on in Development).</summary>
    public bool Enabled { get; set; }

    /// <summary>The folder of the built assets (graphiql/dist); null or missing: the page says how to build them.</summary>
    public string? AssetsFolder { get; set; }

    /// <summary>Where the assets are served.</summary>
    public string AssetsPath { get; set; } = "/graphiql";
}
