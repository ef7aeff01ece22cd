using System.Text.Json;

namespace Algoritma.GraphQL.Server.PersistedDocuments;

/// <summary>
/// The trusted documents: a JSON object of <c>"&lt;sha256 hex&gt;": "&lt;document text&gt;"</c>, the manifest
/// graphql-codegen's client preset writes (<c>persistedDocuments: true</c>). Every key must be its text's hash, so a
/// manifest edited by hand cannot smuggle a document in under another document's id.
/// </summary>
public sealed class TrustedDocumentManifest
{
    private readonly Dictionary<string, string> _documents;

    private TrustedDocumentManifest(Dictionary<string, string> documents) => _documents = documents;

    public static TrustedDocumentManifest Empty { get; } = new([]);

    public int Count => _documents.Count;

    public string? Find(string hash) => _documents.GetValueOrDefault(hash);

    public static TrustedDocumentManifest Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>
    /// A manifest file, or a folder of them: every <c>*.json</c> in it, merged (each client's codegen writes its own). The
    /// same hash in two files must stand for the same text.
    /// </summary>
    public static TrustedDocumentManifest LoadFileOrFolder(string path)
    {
        if (!Directory.Exists(path))
        {
            return Load(path);
        }

        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(path, "*.json").Order(StringComparer.Ordinal))
        {
            foreach (var (hash, text) in Load(file)._documents)
            {
                if (documents.TryGetValue(hash, out var earlier) && earlier != text)
                {
                    throw new InvalidDataException($"{file}: '{hash}' is also in {sources[hash]} with another document.");
                }

                documents[hash] = text;
                sources.TryAdd(hash, file);
            }
        }

        return new TrustedDocumentManifest(documents);
    }

    public static TrustedDocumentManifest Parse(string json, string source = "manifest")
    {
        var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(json)
            ?? throw new InvalidDataException($"{source}: the trusted-document manifest is not a JSON object.");
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, text) in entries)
        {
            var hash = DocumentHash.Normalize(key);
            if (hash is null || hash != DocumentHash.Of(text))
            {
                throw new InvalidDataException($"{source}: '{key}' is not the SHA-256 of its document.");
            }

            documents[hash] = text;
        }

        return new TrustedDocumentManifest(documents);
    }
}
