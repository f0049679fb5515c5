using System.Collections.Generic;
using System.IO;
using System.Linq;
using CorpusGen.Core;
using CorpusGen.Core.Model;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.Core;

/// <summary>The core against the hand annotation of the sample corpus.</summary>
public class ArticleExtractorGoldTests
{
    public static IEnumerable<object[]> Files() => Gold.Instance.Articles.Select(a => new object[] { a.File });

    private static ArticleSpec Extract(string file) => ArticleExtractor.Extract(Path.Combine(SampleCorpus.Folder, file), SampleCorpus.ReadArticle(file), SampleCorpus.Catalog);

    private static string IdOf(string goldName) => SampleCorpus.Catalog.Entities.Single(e => e.Name == goldName).Id;

    [Theory]
    [MemberData(nameof(Files))]
    public void DateDatelineAndTitleMatchGold(string file)
    {
        var gold = Gold.Instance.Article(file);
        var article = Extract(file);
        Assert.Equal(gold.StatedDate, article.Date?.Date.ToString());
        Assert.Equal(gold.DatelinePlace, article.Dateline);
        Assert.Equal(gold.Title, article.Title);
        Assert.Equal(gold.StatedDate is null, article.Diagnostics.Any(d => d.Id == "CG0001"));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryGoldEntityIsFoundWithEveryGoldSurfaceForm(string file)
    {
        var gold = Gold.Instance.Article(file);
        var article = Extract(file);
        foreach (var entity in gold.Entities)
        {
            var id = IdOf(entity.Name);
            var surfaces = article.Mentions.Where(m => m.EntityId == id).Select(m => m.Surface).ToHashSet();
            foreach (var surface in entity.Surface) Assert.True(surfaces.Contains(surface), $"{file}: {entity.Name} as '{surface}' not found (found: {string.Join(", ", surfaces)})");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void NoEntityOutsideGoldAndNothingFromPageClutter(string file)
    {
        var gold = Gold.Instance.Article(file);
        var expected = gold.Entities.Select(e => IdOf(e.Name)).ToHashSet();
        var found = Extract(file).Mentions.Select(m => m.EntityId).ToHashSet();
        Assert.Empty(found.Except(expected));
    }

    [Fact]
    public void MentionPositionsPointAtTheSurfaceInTheFile()
    {
        foreach (var path in SampleCorpus.ArticlePaths)
        {
            var text = File.ReadAllText(path);
            var lines = text.Split('\n');
            foreach (var mention in ArticleExtractor.Extract(path, text, SampleCorpus.Catalog).Mentions)
            {
                Assert.Equal(mention.Surface, text.Substring(mention.Span.Start, mention.Span.Length));
                Assert.Equal(mention.Surface, lines[mention.Span.Line - 1].Substring(mention.Span.Column - 1, mention.Span.Length));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void SkippingEventsChangesNothingElse(string file)
    {
        // The analyzer skips the event stage; its diagnostics must be the generator's.
        var full = Extract(file);
        var lean = ArticleExtractor.Extract(Path.Combine(SampleCorpus.Folder, file), SampleCorpus.ReadArticle(file), SampleCorpus.Catalog, withEvents: false);
        Assert.Empty(lean.Events);
        Assert.Equal(full with { Events = lean.Events }, lean);
    }

    [Fact]
    public void ExtractionIsAPureFunction()
    {
        var first = Extract("000_9bf323039de302c8.txt");
        var second = Extract("000_9bf323039de302c8.txt");
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }
}
