using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CorpusGen.Core;
using CorpusGen.Core.Catalog;
using CorpusGen.Core.Model;

namespace CorpusGen.Cli;

/// <summary>An article file read from the corpus folder and what the core extracted from it.</summary>
public sealed record ExtractedFile(string RelativePath, string FullPath, string Text, ArticleSpec Spec);

/// <summary>
/// A corpus folder on disk, extracted with the same core and the same cross-article stage as the
/// generator: every <c>*.txt</c> below the folder is an article, the catalog is <c>catalog.json</c>
/// in the folder unless another is named.
/// </summary>
public sealed class CorpusFolder
{
    private CorpusFolder(string root, string? catalogPath, CatalogSpec catalog, IReadOnlyList<ExtractedFile> files, AssembledCorpus<ExtractedFile> corpus)
    {
        Root = root;
        CatalogPath = catalogPath;
        Catalog = catalog;
        Files = files;
        Corpus = corpus;
    }

    /// <summary>The corpus folder, absolute.</summary>
    public string Root { get; }

    /// <summary>The catalog file, if there is one.</summary>
    public string? CatalogPath { get; }

    /// <summary>The parsed catalog (empty without a file).</summary>
    public CatalogSpec Catalog { get; }

    /// <summary>Every article file, duplicates included, by relative path.</summary>
    public IReadOnlyList<ExtractedFile> Files { get; }

    /// <summary>Unique articles, duplicates and merged events.</summary>
    public AssembledCorpus<ExtractedFile> Corpus { get; }

    /// <summary>Reads and extracts every article of <paramref name="root"/>.</summary>
    public static CorpusFolder Read(string root, string? catalogPath, IProgress<(int Done, int Total)>? progress = null)
    {
        root = Path.GetFullPath(root);
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"corpus folder '{root}' does not exist");
        catalogPath ??= Path.Combine(root, "catalog.json");
        catalogPath = File.Exists(catalogPath) ? Path.GetFullPath(catalogPath) : null;
        var catalog = catalogPath is null ? CatalogSpec.Empty : CatalogParser.ParseOrReport(catalogPath, File.ReadAllText(catalogPath));

        var paths = Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
        var files = new List<ExtractedFile>(paths.Count);
        foreach (var path in paths)
        {
            var text = File.ReadAllText(path);
            files.Add(new ExtractedFile(Relative(root, path), path, text, ArticleExtractor.ExtractOrReport(path, text, catalog)));
            progress?.Report((files.Count, paths.Count));
        }
        return new CorpusFolder(root, catalogPath, catalog, files, CorpusAssembler.Assemble(files, f => f.Spec, f => f.RelativePath, catalog));
    }

    /// <summary>The path relative to the folder, with '/' separators.</summary>
    public string RelativeToRoot(string path) => Relative(Root, path);

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
