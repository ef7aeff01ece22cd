using System.Net;

namespace Algoritma.Platform.Features.StaffConsole;

/// <summary>The console's index.html with its configuration put in place of the build's marker.</summary>
public static class ConsolePage
{
    public const string Marker = "<!--algoritma-console-->";

    public const string NotBuilt = "The console is not built: run ./run.sh (or npm ci && npm run build in src/Algoritma.Console)";

    public static string Render(string indexHtml, ConsoleConfig config)
    {
        var injected = $"<base href=\"{WebUtility.HtmlEncode(config.Base)}\">"
            + $"<script id=\"algoritma-console-config\" type=\"application/json\">{config.ToJson()}</script>";
        if (indexHtml.Contains(Marker, StringComparison.Ordinal))
        {
            return indexHtml.Replace(Marker, injected, StringComparison.Ordinal);
        }

        var head = indexHtml.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return head < 0 ? injected + indexHtml : indexHtml.Insert(head, injected);
    }
}
