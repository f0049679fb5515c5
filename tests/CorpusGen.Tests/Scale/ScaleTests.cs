using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using System.Text;
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
        }
        """;

    [Fact]
    public void TwoThousandArticlesBuildAndReadBackExactly()
    {
        var articles = SyntheticCorpus.Generate(Articles).ToList();
        var bytes = articles.Sum(a => Encoding.UTF8.GetByteCount(a.Text));
        Assert.True(bytes > 7_000_000, $"only {bytes} bytes");

        var clock = Stopwatch.StartNew();
        var input = new GeneratorHarness.Input(
            articles.Select(a => ("/project/corpus/" + a.FileName, a.Text)).ToList(),
            ("/project/corpus/catalog.json", SyntheticCorpus.CatalogJson));
        var (compilation, result) = GeneratorHarness.Run(input, GeneratorHarness.ConsumerSource, Reader);
        var generated = result.Results.Single().GeneratedSources.Sum(s => (long)s.SourceText.Length);
        output.WriteLine($"generator: {clock.ElapsedMilliseconds} ms for {bytes / 1e6:F1} MB of text, {generated / 1e6:F1} M chars of generated source");

        clock.Restart();
        using var pe = new MemoryStream();
        var resources = articles.Select(a => new ResourceDescription(GeneratorHarness.ResourceName(a.FileName), () => new MemoryStream(Encoding.UTF8.GetBytes(a.Text)), true));
        var emit = compilation.Emit(pe, manifestResources: resources);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        output.WriteLine($"compile and emit: {clock.ElapsedMilliseconds} ms, {pe.Length / 1e6:F1} MB assembly");

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
        }
        finally
        {
            context.Unload();
        }
    }
}
