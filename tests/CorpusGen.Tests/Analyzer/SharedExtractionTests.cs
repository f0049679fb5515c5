extern alias Generator;

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using CorpusGen.Synthetic;
using CorpusGen.Tests.Infrastructure;
using Generator::CorpusGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace CorpusGen.Tests.Analyzer;

/// <summary>
/// The analyzer takes over the generator's extraction of a text instance (a build hands both the
/// same texts). What it reports must not depend on whether the generator ran first, and a result
/// computed with one catalog must never answer for another.
/// </summary>
public class SharedExtractionTests
{
    [Fact]
    public async Task AnalyzerReportsTheSame_WithOrWithoutTheGeneratorHavingRunFirst()
    {
        var input = GeneratorHarness.SampleInput();

        var (alone, aloneOptions) = GeneratorHarness.Files(input);
        var withoutGenerator = await AnalyzeAsync(alone, aloneOptions);

        var (shared, sharedOptions) = GeneratorHarness.Files(input);
        GeneratorHarness.CreateDriver(shared, sharedOptions, trackSteps: false).RunGenerators(GeneratorHarness.Compilation(GeneratorHarness.ConsumerSource));
        var afterGenerator = await AnalyzeAsync(shared, sharedOptions);

        Assert.Equal(2, withoutGenerator.Count(d => d.StartsWith("CG0001", System.StringComparison.Ordinal)));
        Assert.Equal(withoutGenerator, afterGenerator);
    }

    [Fact]
    public async Task ResultForOneCatalog_IsNotReusedForAnother()
    {
        const string article = "date 2023-10-19 Talks\n\nOleg Petrov met Kim Jong Un on Tuesday.\n";
        var texts = GeneratorInputs.For(new[] { ("/project/corpus/a.txt", article) }, null).Texts;
        var articleText = texts.First();

        var knowsPetrov = Catalog("""{ "entities": [ { "id": "Petrov", "kind": "Person", "name": "Oleg Petrov" }, { "id": "Kim", "kind": "Person", "name": "Kim Jong Un" } ] }""");
        var lacksPetrov = Catalog("""{ "entities": [ { "id": "Kim", "kind": "Person", "name": "Kim Jong Un" } ] }""");

        var first = await AnalyzeAsync(new[] { articleText, knowsPetrov.Text, knowsPetrov.Manifest }, knowsPetrov.Options);
        var second = await AnalyzeAsync(new[] { articleText, lacksPetrov.Text, lacksPetrov.Manifest }, lacksPetrov.Options);

        Assert.DoesNotContain(first, d => d.StartsWith("CG0002", System.StringComparison.Ordinal));
        Assert.Contains(second, d => d.StartsWith("CG0002", System.StringComparison.Ordinal) && d.Contains("Oleg Petrov"));
    }

    // The catalog text and a manifest naming it and the article.
    private static (AdditionalText Text, AdditionalText Manifest, TestOptionsProvider Options) Catalog(string json)
    {
        var (texts, options) = GeneratorInputs.For(new[] { ("/project/corpus/a.txt", "") }, ("/project/corpus/catalog.json", json));
        return (texts.Single(t => t.Path.EndsWith("catalog.json", System.StringComparison.Ordinal)), texts.Last(), options);
    }

    private static async Task<List<string>> AnalyzeAsync(IEnumerable<AdditionalText> texts, AnalyzerConfigOptionsProvider options)
    {
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new CorpusAnalyzer());
        var compilation = GeneratorHarness.Compilation(GeneratorHarness.ConsumerSource)
            .WithAnalyzers(analyzers, new AnalyzerOptions(texts.ToImmutableArray(), options));
        var diagnostics = await compilation.GetAnalyzerDiagnosticsAsync();
        return diagnostics
            .Select(d => $"{d.Id} {d.Location.GetLineSpan()} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .OrderBy(d => d, System.StringComparer.Ordinal)
            .ToList();
    }
}
