using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CorpusGen.Core;
using CorpusGen.Core.Events;
using CorpusGen.Core.Model;
using CorpusGen.Model;
using Microsoft.CodeAnalysis;

namespace CorpusGen
{
    /// <summary>
    /// Turns the project's article files and entity catalog into typed C# data. Diagnostics are the
    /// job of <see cref="Diagnostics.CorpusAnalyzer"/>: the generator only generates, and never throws
    /// on bad input (an exception would become CS8785 and take all output away from the user).
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed partial class CorpusGenerator : IIncrementalGenerator
    {
        /// <summary>
        /// Starts compiling the extraction's code on a spare core (<see cref="JitWarmUp"/>). Here and
        /// not in <see cref="Initialize"/>: the compiler creates its generators while it loads the
        /// analyzers, well before it runs them, and that start-up runs on one core.
        /// </summary>
        public CorpusGenerator() => JitWarmUp.Start();

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            // Which files are articles and which the catalog: the manifest CorpusGen.targets writes.
            // It only changes when files are added or removed, so edits leave everything below cached.
            // Filtered before the Collect: a Collect of every additional file, feeding the per-file
            // step below, made driver runs with step tracking (tests, tools) quadratic in the corpus.
            var manifest = context.AdditionalTextsProvider
                .Where(static text => CorpusManifest.IsManifest(text.Path))
                .Collect()
                .Select(static (texts, token) => ExtractionCache.Manifest(texts, token))
                .WithTrackingName(TrackingNames.Manifest);

            // Role of each additional file; only corpus files go on. One node, not a Select and a
            // Where: every per-file node costs each pass (a C# keystroke too) in proportion to the
            // number of files. Options only change with project files, so a C# edit leaves it cached.
            var corpusFiles = context.AdditionalTextsProvider
                .Combine(manifest.Combine(context.AnalyzerConfigOptionsProvider))
                .SelectMany(static (pair, _) => CorpusFile.Classify(pair.Left, pair.Right.Left, pair.Right.Right.GlobalOptions) is { Kind: not CorpusFileKind.None } file
                    ? ImmutableArray.Create(file)
                    : ImmutableArray<CorpusFile>.Empty)
                .WithTrackingName(TrackingNames.CorpusFiles);

            // One catalog per project; with several, the first by path wins and the analyzer's
            // alias and id checks still look at each.
            var catalog = corpusFiles
                .Where(static file => file.Kind == CorpusFileKind.Catalog)
                .Collect()
                .Select(static (files, token) => ParseCatalog(files, token))
                .WithTrackingName(TrackingNames.Catalog);

            // Before the per-article steps ask one at a time, every article without a result for this
            // catalog is extracted on all cores and kept by ExtractionCache, where those steps find it:
            // a build in a fresh compiler and a project opening in the IDE extract the whole corpus.
            // Compared by paths only, so an edited article leaves this pass cached (its own step
            // extracts it); adding or removing files, or a new catalog, runs it again. The files it then
            // sees may hold an edited article's old text: that costs one extraction, never a wrong
            // result, since each article's step checks its own text.
            // Nothing depends on its output: the driver produces outputs in the order they are
            // registered, and this one is registered first. A per-article step that took its input
            // from a Collect of every article would make driver runs with step tracking (tests, tools)
            // quadratic in the corpus; if the order ever changed, extraction would only be slower.
            var articleFiles = corpusFiles.Where(static file => file.Kind == CorpusFileKind.Article);
            var extractedInParallel = articleFiles
                .Collect()
                .WithComparer(SamePaths.Instance)
                .Combine(catalog)
                .Select(static (pair, token) => ExtractionCache.ExtractMissing(pair.Left, pair.Right, token))
                .WithTrackingName(TrackingNames.ParallelExtraction);

            // The expensive step, one output per article: editing one article re-runs only its own
            // extraction; editing the catalog re-runs them all, since every mention depends on it.
            var articles = articleFiles
                .Combine(catalog)
                .Select(static (pair, token) => ExtractArticle(pair.Left, pair.Right, token))
                .WithTrackingName(TrackingNames.Article);

            // The compilation changes on every keystroke; reduce it at once to the few facts we need,
            // so that everything downstream sees an equal value and stays cached.
            var features = context.CompilationProvider
                .Select(static (compilation, _) => new TargetFeatures(compilation.GetTypeByMetadataName("System.DateOnly") is not null));
            var options = context.AnalyzerConfigOptionsProvider
                .Combine(features)
                .Select(static (pair, _) => GeneratorOptions.Read(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.Options);

            // One collection of every article serves both the corpus index and the article output:
            // each Collect is a node that copies all 10,000 entries on every pass.
            var allArticles = articles.Collect();

            // One article per id: two files with one id keep the first by path (the analyzer reports
            // the other as CG0007).
            var uniqueArticles = allArticles
                .Select(static (all, _) => CorpusAssembler.Unique(all, a => a.Spec, a => a.Path).Unique.ToEquatableArray());

            // Events merge across articles in month buckets, each bucket its own cached step: an
            // article edit re-merges only the months its events fall in.
            // The catalog's countries tell a journey on to another country from a visit named at
            // two grains (a city, its country); a list that changes only with the catalog.
            var countries = catalog.Select(static (catalog, _) => catalog.CountryIds.ToEquatableArray());
            var mergedEvents = uniqueArticles
                .SelectMany(static (unique, _) => EventMerger.Split(unique.SelectMany(a => a.Spec.Events)))
                .Combine(countries)
                .Select(static (pair, _) => EventMerger.MergeBucket(pair.Left, pair.Right).ToEquatableArray())
                .WithTrackingName(TrackingNames.MergedEvents);

            // The corpus index: the article list, the entities and the events in their final order.
            // The same result as CorpusAssembler.Assemble, which the command line uses.
            var corpus = uniqueArticles
                .Combine(mergedEvents.Collect())
                .Combine(catalog)
                .Select(static (pair, _) => new CorpusSpec(
                    pair.Left.Left.Select(a => a.Spec.Id).ToEquatableArray(),
                    pair.Right.Entities,
                    EventMerger.Finish(pair.Left.Right.SelectMany(bucket => bucket), pair.Right.CountryIds).ToEquatableArray()))
                .WithTrackingName(TrackingNames.Corpus);

            // Articles reach the output in a fixed number of buckets (see ArticleBucket for why);
            // extraction above stays one step per article.
            var buckets = allArticles
                .SelectMany(static (all, _) => ArticleBucket.Split(all))
                .WithTrackingName(TrackingNames.ArticleBuckets);

            // Mentions are emitted as indexes into the catalog's entities, so article output also
            // depends on the catalog (which re-runs every article anyway when it changes).
            var entityIndexes = catalog
                .Select(static (catalog, _) => new EntityIndexes(catalog.Entities.Select(e => e.Id).ToEquatableArray()));

            context.RegisterSourceOutput(extractedInParallel, static (_, _) => { });
            context.RegisterSourceOutput(options, static (output, options) => Emitter.EmitModel(output, options));
            context.RegisterSourceOutput(buckets.Combine(entityIndexes).Combine(options), static (output, pair) => Emitter.EmitArticles(output, pair.Left.Left, pair.Left.Right, pair.Right));
            context.RegisterSourceOutput(corpus.Combine(options), static (output, pair) => Emitter.EmitCorpus(output, pair.Left, pair.Right));
        }

        private sealed class SamePaths : IEqualityComparer<ImmutableArray<CorpusFile>>
        {
            public static readonly SamePaths Instance = new SamePaths();

            public bool Equals(ImmutableArray<CorpusFile> x, ImmutableArray<CorpusFile> y)
                => x.Length == y.Length && x.Select(f => f.Path).SequenceEqual(y.Select(f => f.Path), StringComparer.Ordinal);

            public int GetHashCode(ImmutableArray<CorpusFile> files) => files.Length;
        }

        private static CatalogSpec ParseCatalog(ImmutableArray<CorpusFile> files, CancellationToken token)
            => files.IsEmpty ? CatalogSpec.Empty : ExtractionCache.Catalog(files.OrderBy(f => f.Path, StringComparer.Ordinal).First().Text, token);

        private static GeneratedArticle ExtractArticle(CorpusFile file, CatalogSpec catalog, CancellationToken token)
        {
            var text = file.Text.GetText(token);
            var spec = text is null ? ArticleExtractor.ExtractOrReport(file.Path, string.Empty, catalog) : ExtractionCache.Article(file.Path, text, catalog, withEvents: true);
            return new GeneratedArticle(spec, file.RelativePath);
        }
    }
}
