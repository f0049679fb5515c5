using System;
using System.IO;
using CorpusGen.Core.Catalog;
using CorpusGen.Core.Model;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>The articles written in other outlets' styles (Articles/), with their own catalog.</summary>
public static class OutletArticles
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Articles");

    public static CatalogSpec Catalog { get; } = CatalogParser.Parse("catalog.json", File.ReadAllText(Path.Combine(Folder, "catalog.json")));
}
