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
        var files = Files(300, (path, text, _) => new InMemoryAdditionalText("/parallel" + path, text));
        Assert.All(files, f => Assert.False(ExtractionCache.HasResult(f.Path, f.Text.GetText()!, Catalog)));

        ExtractionCache.ExtractMissing(files, Catalog, CancellationToken.None);

        Assert.All(files, f =>
        {
            var text = f.Text.GetText()!;
            Assert.True(ExtractionCache.HasResult(f.Path, text, Catalog), f.Path);
            Assert.Equal(ArticleExtractor.Extract(f.Path, text.ToString(), Catalog), ExtractionCache.Article(f.Path, text, Catalog, withEvents: true));
        });
    }

    [Fact]
    public void CancellingMidwayEndsThePassWithCancellation_NotAFailure()
    {
        // An AggregateException here would reach the user as CS8785 instead of a cancelled run.
        using var cancellation = new CancellationTokenSource();
        var files = Files(50, (path, text, i) => new CancellingText("/cancelled" + path, text, i == 10 ? cancellation : null));
        Assert.Throws<System.OperationCanceledException>(() => ExtractionCache.ExtractMissing(files, Catalog, cancellation.Token));
    }

    private static readonly Generator::CorpusGen.Core.Model.CatalogSpec Catalog = CatalogParser.Parse("/parallel/catalog.json", SyntheticCorpus.CatalogJson);

    // Synthetic articles as corpus files; each test gives its own folder, since results are kept process-wide.
    private static ImmutableArray<CorpusFile> Files(int count, System.Func<string, string, int, AdditionalText> text)
        => SyntheticCorpus.Generate(count)
            .Select((a, i) => new CorpusFile(CorpusFileKind.Article, text("/corpus/" + a.FileName, a.Text, i), "corpus/" + a.FileName))
            .ToImmutableArray();

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
