using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using CorpusGen.Core;
using CorpusGen.Core.Catalog;
using CorpusGen.Core.Model;
using CorpusGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen
{
    /// <summary>
    /// Extraction results shared by the generator and the analyzer, per text instance. Extraction is a
    /// pure function of (path, text, catalog), so a result computed by either side is the other's
    /// answer too: a build (where the compiler runs the generator, then the analyzer, over the same
    /// <see cref="SourceText"/> objects) extracts each article once, not twice. Entries live only as
    /// long as their text: the compiler and the IDE drop a file's old text when it changes.
    /// </summary>
    internal static class ExtractionCache
    {
        private static readonly ConditionalWeakTable<SourceText, CatalogSpec> Catalogs = new ConditionalWeakTable<SourceText, CatalogSpec>();
        private static readonly ConditionalWeakTable<SourceText, Entry> Articles = new ConditionalWeakTable<SourceText, Entry>();

        private static readonly ConditionalWeakTable<SourceText, CorpusManifest> Manifests = new ConditionalWeakTable<SourceText, CorpusManifest>();

        private sealed record Entry(string Path, CatalogSpec Catalog, ArticleSpec Spec, bool WithEvents);

        /// <summary>
        /// The manifest among <paramref name="files"/>, parsed once per text instance: the analyzer
        /// asks at the start of every compilation, which in the IDE is every edit.
        /// </summary>
        public static CorpusManifest Manifest(IEnumerable<AdditionalText> files, CancellationToken token)
        {
            var texts = CorpusManifest.InOrder(files).Select(file => file.GetText(token)).ToList();
            return texts.Count == 1 && texts[0] is { } only
                ? Manifests.GetValue(only, t => CorpusManifest.Parse(new[] { t }))
                : CorpusManifest.Parse(texts);
        }

        /// <summary>The catalog in <paramref name="file"/>, parsed once per text instance.</summary>
        public static CatalogSpec Catalog(AdditionalText file, CancellationToken token)
        {
            var text = file.GetText(token);
            return text is null ? CatalogSpec.Empty : Catalogs.GetValue(text, t => CatalogParser.Parse(file.Path, t.ToString()));
        }

        /// <summary>
        /// The article in <paramref name="text"/>. <paramref name="withEvents"/> false accepts a result
        /// without the event stage (the analyzer reports nothing about events).
        /// </summary>
        public static ArticleSpec Article(string path, SourceText text, CatalogSpec catalog, bool withEvents)
        {
            if (Articles.TryGetValue(text, out var entry) && (entry.WithEvents || !withEvents)
                && string.Equals(entry.Path, path, StringComparison.Ordinal)
                && (ReferenceEquals(entry.Catalog, catalog) || entry.Catalog.Equals(catalog)))
            {
                return entry.Spec;
            }

            var spec = ArticleExtractor.Extract(path, text.ToString(), catalog, withEvents);
            // netstandard2.0's table has no AddOrUpdate, and the analyzer runs concurrently.
            lock (Articles)
            {
                Articles.Remove(text);
                Articles.Add(text, new Entry(path, catalog, spec, withEvents));
            }
            return spec;
        }
    }
}
