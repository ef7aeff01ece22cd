namespace Algoritma.GraphQL.Server.Ide;

/// <summary>The page: the packages' own browser builds (React, GraphiQL, graphql-ws) and graphiql.js, all from the platform.</summary>
internal static class GraphiQLPage
{
    public static string Html(string assets, string encodedPath) => $$"""
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>GraphiQL · {{encodedPath}}</title>
          <link rel="stylesheet" href="{{assets}}/graphiql.min.css">
          <link rel="stylesheet" href="{{assets}}/graphiql.page.css">
        </head>
        <body>
          <div id="graphiql">Loading GraphiQL…</div>
          <script src="{{assets}}/react.production.min.js"></script>
          <script src="{{assets}}/react-dom.production.min.js"></script>
          <script src="{{assets}}/graphql-ws.min.js"></script>
          <script src="{{assets}}/graphiql.min.js"></script>
          <script src="{{assets}}/graphiql.js"></script>
        </body>
        </html>
        """;

    public const string NotBuilt = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>GraphiQL is not built</title></head>
        <body><p>GraphiQL's assets are not built. Run <code>./run.sh</code>, or
        <code>cd src/Algoritma.Api/graphiql &amp;&amp; npm ci &amp;&amp; npm run build</code>.</p></body></html>
        """;
}
