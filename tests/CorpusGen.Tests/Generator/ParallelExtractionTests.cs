extern alias Generator;

using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CorpusGen.Synthetic;
using Microsoft.CodeAnalysis;
using Xunit;
using ArticleExtractor = Generator::CorpusGen.Core.ArticleExtractor;
using CatalogParser = Generator::CorpusGen.Core.Catalog.CatalogParser;
using CorpusFile = Generator::CorpusGen.Model.CorpusFile;
using CorpusFileKind = Generator::CorpusGen.Model.CorpusFileKind;
using ExtractionCache = Generator::CorpusGen.ExtractionCache;

namespace CorpusGen.Tests.Generator;

/// <summary>
/// The generator's first pass extracts every article on all cores before the per-article steps ask
/// (<c>ExtractionCache.ExtractMissing</c>): it must leave a result for each, equal to what one article
/// extracted on its own gives, whatever thread extracted it.
/// </summary>
public class ParallelExtractionTests
{
    [Fact]
    public void EveryArticleIsExtractedAheadAndEqualsItsOwnExtraction()
    {
        var catalog = CatalogParser.Parse("/parallel/catalog.json", SyntheticCorpus.CatalogJson);
        var files = SyntheticCorpus.Generate(300)
            .Select(a => new CorpusFile(CorpusFileKind.Article, new InMemoryAdditionalText("/parallel/corpus/" + a.FileName, a.Text), "corpus/" + a.FileName))
            .ToImmutableArray();
        Assert.All(files, f => Assert.False(ExtractionCache.HasResult(f.Path, f.Text.GetText()!, catalog)));

        ExtractionCache.ExtractMissing(files, catalog, CancellationToken.None);

        Assert.All(files, f =>
        {
            var text = f.Text.GetText()!;
            Assert.True(ExtractionCache.HasResult(f.Path, text, catalog), f.Path);
            Assert.Equal(ArticleExtractor.Extract(f.Path, text.ToString(), catalog), ExtractionCache.Article(f.Path, text, catalog, withEvents: true));
        });
    }

    [Fact]
    public void CancellingMidwayEndsThePassWithCancellation_NotAFailure()
    {
        // An AggregateException here would reach the user as CS8785 instead of a cancelled run.
        var catalog = CatalogParser.Parse("/parallel/catalog.json", SyntheticCorpus.CatalogJson);
        using var cancellation = new CancellationTokenSource();
        var files = SyntheticCorpus.Generate(50)
            .Select((a, i) => new CorpusFile(CorpusFileKind.Article, new CancellingText("/cancelled/corpus/" + a.FileName, a.Text, i == 10 ? cancellation : null), "corpus/" + a.FileName))
            .ToImmutableArray();
        Assert.Throws<System.OperationCanceledException>(() => ExtractionCache.ExtractMissing(files, catalog, cancellation.Token));
    }

    // Cancels the run when the pass reads it, as the IDE does when the user types on.
    private sealed class CancellingText(string path, string text, CancellationTokenSource? cancels) : AdditionalText
    {
        private readonly InMemoryAdditionalText _text = new(path, text);

        public override string Path => path;

        public override Microsoft.CodeAnalysis.Text.SourceText? GetText(CancellationToken cancellationToken = default)
        {
            cancels?.Cancel();
            cancellationToken.ThrowIfCancellationRequested();
            return _text.GetText(cancellationToken);
        }
    }
}
