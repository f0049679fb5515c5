using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CorpusGen.Core.Catalog;
using CorpusGen.Core.Model;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>The repository's corpus/ folder, copied next to the test assembly by the test project.</summary>
public static class SampleCorpus
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "corpus");

    public static string CatalogPath => Path.Combine(Folder, "catalog.json");

    public static IReadOnlyList<string> ArticlePaths { get; } =
        Directory.GetFiles(Folder, "*.txt").OrderBy(p => p, StringComparer.Ordinal).ToArray();

    public static CatalogSpec Catalog { get; } = CatalogParser.Parse(CatalogPath, File.ReadAllText(CatalogPath));

    public static string ReadArticle(string fileName) => File.ReadAllText(Path.Combine(Folder, fileName));
}
