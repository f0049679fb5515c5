using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using System.Text;
using CorpusGen.Core;
using CorpusGen.Core.Catalog;
using CorpusGen.Core.Model;
using CorpusGen.Synthetic;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace CorpusGen.Tests.Scale;

/// <summary>
/// A corpus past what a naive design survives (article text as string literals fails with CS8103
/// past 16 MB of literals; ~8 MB of text here is ~16 MB as UTF-16), built and read back exactly.
/// </summary>
[Trait("Category", "Scale")]
public class ScaleTests(ITestOutputHelper output)
{
    private const int Articles = 2000;

    private const int ArticleBucketCount = 64;

    private const string Reader = """
        using System.Text;
        using Sample.Data;

        public static class Reader
        {
            public static string[] Texts()
            {
                var texts = new string[Corpus.Articles.Count];
                for (var i = 0; i < texts.Length; i++) texts[i] = Corpus.Articles[i].FileName + "\n" + Corpus.Articles[i].RawText;
                return texts;
            }

            public static string Summary() => Corpus.Articles.Count + " articles, " + Corpus.Events.Count + " events, first " + Corpus.Articles[0].Id;

            // Everything the packed tables carry, one line per article and per event.
            public static string[] Facts()
            {
                var lines = new System.Collections.Generic.List<string>();
                foreach (var a in Corpus.Articles)
                {
                    var line = new StringBuilder(a.Id).Append('|').Append(a.Title).Append('|').Append(a.Dateline).Append('|').Append(a.Date?.ToString()).Append('|');
                    foreach (var m in a.Mentions) line.Append(m.Entity.Id).Append('@').Append(Where(m.Location)).Append(' ');
                    line.Append('|');
                    foreach (var p in a.ParagraphLocations) line.Append(Where(p)).Append(' ');
                    lines.Add(line.ToString());
                }
                foreach (var e in Corpus.Events)
                {
                    var line = new StringBuilder(e.Id).Append('|').Append(e.Kind).Append('|').Append(e.Date.Start.ToString("yyyy-MM-dd")).Append('/').Append(e.Date.End.ToString("yyyy-MM-dd"))
                        .Append('|').Append(string.Join(",", System.Linq.Enumerable.Select(e.Participants, p => p.Id))).Append('|').Append(e.Place?.Id).Append('|');
                    foreach (var s in e.Sources) line.Append(s.Article.Id).Append('@').Append(Where(s.Location)).Append(' ');
                    lines.Add(line.ToString());
                }
                return lines.ToArray();
            }

            private static string Where(TextLocation l) => l.Start + "+" + l.Length + ":" + l.Line + ":" + l.Column;
        }
        """;

    /// <summary>
    /// With the default literal budget every table is a string literal. With a budget this corpus
    /// overruns (as a corpus of 35,000 to 40,000 articles overruns the default), the event table and
    /// part of the article buckets (28 of 64 here) become constants read through reflection (see
    /// LiteralBudget): both forms must read back the same.
    /// </summary>
    [Theory]
    [InlineData(null)]
    [InlineData(235_000)]
    public void TwoThousandArticlesBuildAndReadBackExactly(int? stringLiteralBudget)
    {
        var articles = SyntheticCorpus.Generate(Articles).ToList();
        var bytes = articles.Sum(a => Encoding.UTF8.GetByteCount(a.Text));
        Assert.True(bytes > 7_000_000, $"only {bytes} bytes");

        var clock = Stopwatch.StartNew();
        var input = new GeneratorHarness.Input(
            articles.Select(a => ("/project/corpus/" + a.FileName, a.Text)).ToList(),
            ("/project/corpus/catalog.json", SyntheticCorpus.CatalogJson),
            Properties: stringLiteralBudget is { } budget
                ? new System.Collections.Generic.Dictionary<string, string> { ["CorpusGenStringLiteralBudget"] = budget.ToString(System.Globalization.CultureInfo.InvariantCulture) }
                : null);
        var (compilation, result) = GeneratorHarness.Run(input, GeneratorHarness.ConsumerSource, Reader);
        var sources = result.Results.Single().GeneratedSources;
        var generated = sources.Sum(s => (long)s.SourceText.Length);
        output.WriteLine($"generator: {clock.ElapsedMilliseconds} ms for {bytes / 1e6:F1} MB of text, {generated / 1e6:F1} M chars of generated source");

        var bucketsAsConstants = sources.Count(s => s.HintName.Contains(".Articles") && s.SourceText.ToString().Contains("internal const string Packed"));
        var eventsAsConstant = sources.Single(s => s.HintName == "Corpus.g.cs").SourceText.ToString().Contains("private static class EventTables");
        output.WriteLine($"as constants: {bucketsAsConstants} of {ArticleBucketCount} article buckets, event table {eventsAsConstant}");
        if (stringLiteralBudget is null)
        {
            Assert.Equal(0, bucketsAsConstants);
            Assert.False(eventsAsConstant);
        }
        else
        {
            Assert.InRange(bucketsAsConstants, 8, ArticleBucketCount - 8);
            Assert.True(eventsAsConstant);
        }

        clock.Restart();
        using var pe = new MemoryStream();
        var resources = articles.Select(a => new ResourceDescription(GeneratorHarness.ResourceName(a.FileName), () => new MemoryStream(Encoding.UTF8.GetBytes(a.Text)), true));
        var emit = compilation.Emit(pe, manifestResources: resources);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        output.WriteLine($"compile and emit: {clock.ElapsedMilliseconds} ms, {pe.Length / 1e6:F1} MB assembly");

        // What the budget is for: the string heap (limit 16 MB, CS8103) holds no more than the budget
        // allows the tables, in UTF-16, plus the program's other strings (the catalog's, the model's).
        pe.Position = 0;
        int stringHeap;
        using (var peReader = new System.Reflection.PortableExecutable.PEReader(pe, System.Reflection.PortableExecutable.PEStreamOptions.LeaveOpen))
        {
            var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(peReader);
            stringHeap = System.Reflection.Metadata.Ecma335.MetadataReaderExtensions.GetHeapSize(metadata, System.Reflection.Metadata.Ecma335.HeapIndex.UserString);
        }
        output.WriteLine($"string heap: {stringHeap / 1e6:F2} MB");
        if (stringLiteralBudget is { } chars) Assert.InRange(stringHeap, 0, 2 * chars + 20_000);

        pe.Position = 0;
        var context = new AssemblyLoadContext("scale", isCollectible: true);
        try
        {
            var reader = context.LoadFromStream(pe).GetType("Reader")!;
            output.WriteLine((string)reader.GetMethod("Summary")!.Invoke(null, null)!);
            var texts = (string[])reader.GetMethod("Texts")!.Invoke(null, null)!;
            Assert.Equal(articles.Count, texts.Length);
            var expected = articles.OrderBy(a => a.FileName, StringComparer.Ordinal).Select(a => a.FileName + "\n" + a.Text).ToArray();
            for (var i = 0; i < expected.Length; i++) Assert.True(expected[i] == texts[i], $"article {i} differs");

            // The packed tables decode to exactly what the extraction found (what the CLI exports).
            var facts = (string[])reader.GetMethod("Facts")!.Invoke(null, null)!;
            var expectedFacts = ExpectedFacts(articles);
            Assert.Equal(expectedFacts.Length, facts.Length);
            for (var i = 0; i < facts.Length; i++) Assert.Equal(expectedFacts[i], facts[i]);
        }
        finally
        {
            context.Unload();
        }
    }

    private static string[] ExpectedFacts(System.Collections.Generic.IEnumerable<SyntheticArticle> articles)
    {
        var catalog = CatalogParser.Parse("catalog.json", SyntheticCorpus.CatalogJson);
        var specs = articles.Select(a => ArticleExtractor.Extract("/project/corpus/" + a.FileName, a.Text, catalog)).ToList();
        var corpus = CorpusAssembler.Assemble(specs, s => s, s => s.FileName, catalog);
        static string Where(SourceSpan s) => s.Start + "+" + s.Length + ":" + s.Line + ":" + s.Column;
        static string Day(CalendarDate d) => d.Year.ToString("D4") + "-" + d.Month.ToString("D2") + "-" + d.Day.ToString("D2");
        var lines = corpus.Articles.Select(a =>
            a.Id + "|" + a.Title + "|" + a.Dateline + "|" + (a.Date is { } d ? Day(d.Date) : "") + "|"
            + string.Concat(a.Mentions.Select(m => m.EntityId + "@" + Where(m.Span) + " ")) + "|"
            + string.Concat(a.Paragraphs.Select(p => Where(p.Span) + " "))).ToList();
        lines.AddRange(corpus.Events.Select(e =>
            e.Id + "|" + e.Kind + "|" + Day(e.Date.Start) + "/" + Day(e.Date.End) + "|" + string.Join(",", e.ParticipantIds) + "|" + e.PlaceId + "|"
            + string.Concat(e.Sources.Select(s => s.ArticleId + "@" + Where(s.Span) + " "))));
        return lines.ToArray();
    }
}
