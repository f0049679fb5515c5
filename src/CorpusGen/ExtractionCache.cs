using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
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
    /// <remarks>
    /// Results are also kept from one compilation to the next, by path and content checksum. The
    /// compiler server (which <c>dotnet build</c> uses by default) runs every build of a project in
    /// one long-lived process, but each build reads the files into new texts and starts a new
    /// generator driver, so nothing per instance carries over: a build after a C# edit extracted the
    /// whole corpus again. What is kept is the last result for each path, for at most
    /// <see cref="MaxKeptArticles"/> paths (a cleared table when a build would pass that), and the
    /// objects are the ones the generator's own step holds anyway while a project is loaded.
    /// </remarks>
    internal static class ExtractionCache
    {
        private static readonly ConditionalWeakTable<SourceText, CatalogSpec> Catalogs = new ConditionalWeakTable<SourceText, CatalogSpec>();
        private static readonly ConditionalWeakTable<SourceText, Entry> Articles = new ConditionalWeakTable<SourceText, Entry>();

        private static readonly ConditionalWeakTable<SourceText, CorpusManifest> Manifests = new ConditionalWeakTable<SourceText, CorpusManifest>();

        private static readonly Dictionary<string, Kept> KeptByPath = new Dictionary<string, Kept>(StringComparer.Ordinal);
        private static readonly Dictionary<string, CatalogSpec> KeptCatalogs = new Dictionary<string, CatalogSpec>(StringComparer.Ordinal);

        /// <summary>
        /// How many articles' results are kept across compilations: two corpora of the 25,000 articles the
        /// scale issue names, at about 6.5 KB each (325 MB at most).
        /// </summary>
        internal const int MaxKeptArticles = 50_000;

        /// <summary>
        /// Drops what is kept across compilations, as a new compiler process starts: for benchmarks of
        /// a first build, which run many in one process.
        /// </summary>
        internal static void ForgetKept()
        {
            lock (KeptByPath) KeptByPath.Clear();
            lock (KeptCatalogs) KeptCatalogs.Clear();
        }

        private sealed record Entry(string Path, CatalogSpec Catalog, ArticleSpec Spec, bool WithEvents)
        {
            public bool Answers(string path, CatalogSpec catalog, bool withEvents)
                => (WithEvents || !withEvents)
                    && string.Equals(Path, path, StringComparison.Ordinal)
                    && SameCatalog(Catalog, catalog);
        }

        private sealed record Comparison(CatalogSpec Kept, CatalogSpec Asked, bool Equal);

        private static Comparison? s_lastComparison;

        // After a catalog edit every article asks whether its result's catalog equals the new one:
        // the same two instances each time, and comparing them entity by entity (5,000 entities:
        // about half a millisecond) for each of thousands of articles dominated the edit. The last
        // answer is kept, as one object so that concurrent callers never see half of it.
        private static bool SameCatalog(CatalogSpec kept, CatalogSpec asked)
        {
            if (ReferenceEquals(kept, asked)) return true;
            var last = s_lastComparison;
            if (last is not null && ReferenceEquals(last.Kept, kept) && ReferenceEquals(last.Asked, asked)) return last.Equal;
            var equal = kept.Equals(asked);
            s_lastComparison = new Comparison(kept, asked, equal);
            return equal;
        }

        private sealed record Kept(Entry Entry, ImmutableArray<byte> Checksum, SourceHashAlgorithm Algorithm);

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
            return text is null ? CatalogSpec.Empty : Catalogs.GetValue(text, t => KeepCatalog(file.Path, CatalogParser.ParseOrReport(file.Path, t.ToString())));
        }

        // An unchanged catalog parsed again by a later compilation answers as the instance kept from
        // the earlier one, so kept articles match it by reference, not by comparing every entity.
        private static CatalogSpec KeepCatalog(string path, CatalogSpec parsed)
        {
            lock (KeptCatalogs)
            {
                if (KeptCatalogs.TryGetValue(path, out var kept) && kept.Equals(parsed)) return kept;
                KeptCatalogs[path] = parsed;
                return parsed;
            }
        }

        /// <summary>
        /// Extracts, on every core, each of <paramref name="files"/> that has no result for
        /// <paramref name="catalog"/> yet, so that <see cref="Article"/> answers at once. The texts
        /// are read in parallel too. Articles already known cost a table lookup each.
        /// </summary>
        /// <remarks>
        /// On its own this gained nothing in a fresh compiler process: both cores ran unoptimized code
        /// and waited on the runtime's one tier-up thread. With the per-article path compiled
        /// optimized at once (<c>Jit.Optimized</c> in CorpusGen.Core) it took the generator's
        /// 4.1-4.2 s in a fresh 10,000-article compile to about 3 s (docs/performance.md).
        /// </remarks>
        /// <returns>How many files were looked at: a value for the pipeline step, which nothing reads.</returns>
        public static int ExtractMissing(ImmutableArray<CorpusFile> files, CatalogSpec catalog, CancellationToken token)
        {
            // Every text read first, then every article extracted: in a fresh compiler the generator
            // took 0.2-0.6 s less at 10,000 articles than reading each text where it is extracted
            // (2.89-3.16 s against 3.09-3.75 s, three runs interleaved; the same in a second set).
            var options = new ParallelOptions { CancellationToken = token };
            var texts = new SourceText?[files.Length];
            Parallel.For(0, files.Length, options, i => texts[i] = files[i].Text.GetText(token));
            Parallel.For(0, files.Length, options, i =>
            {
                if (texts[i] is { } text) Article(files[i].Path, text, catalog, withEvents: true);
            });
            return files.Length;
        }

        /// <summary>Whether <see cref="Article"/> would answer for this text at once (tests of the parallel pass).</summary>
        internal static bool HasResult(string path, SourceText text, CatalogSpec catalog)
            => TryKnown(path, text, catalog, withEvents: true, out _);

        // The result already computed for this text instance, when it answers the question.
        [MethodImpl(Jit.Optimized)]
        private static bool TryKnown(string path, SourceText text, CatalogSpec catalog, bool withEvents, out Entry? entry)
            => Articles.TryGetValue(text, out entry) && entry.Answers(path, catalog, withEvents);

        /// <summary>
        /// The article in <paramref name="text"/>. <paramref name="withEvents"/> false accepts a result
        /// without the event stage (the analyzer reports nothing about events).
        /// </summary>
        [MethodImpl(Jit.Optimized)]
        public static ArticleSpec Article(string path, SourceText text, CatalogSpec catalog, bool withEvents)
        {
            if (TryKnown(path, text, catalog, withEvents, out var entry)) return entry!.Spec;

            var checksum = text.GetChecksum();
            lock (KeptByPath)
            {
                if (KeptByPath.TryGetValue(path, out var kept) && kept.Entry.Answers(path, catalog, withEvents)
                    && kept.Algorithm == text.ChecksumAlgorithm && kept.Checksum.SequenceEqual(checksum))
                {
                    entry = kept.Entry;
                }
            }

            if (entry is null || !entry.Answers(path, catalog, withEvents))
            {
                entry = new Entry(path, catalog, ArticleExtractor.ExtractOrReport(path, text.ToString(), catalog, withEvents), withEvents);
                lock (KeptByPath)
                {
                    if (KeptByPath.Count >= MaxKeptArticles && !KeptByPath.ContainsKey(path)) KeptByPath.Clear();
                    KeptByPath[path] = new Kept(entry, checksum, text.ChecksumAlgorithm);
                }
            }

            // netstandard2.0's table has no AddOrUpdate, and the analyzer runs concurrently.
            lock (Articles)
            {
                Articles.Remove(text);
                Articles.Add(text, entry);
            }
            return entry.Spec;
        }
    }
}
