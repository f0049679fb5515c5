extern alias Generator;

using System.Collections.Generic;
using System.Linq;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>Bad input never breaks the build: the generator still produces compilable code.</summary>
public class CorpusGeneratorRobustnessTests
{
    private static void AssertGeneratesCleanCode(GeneratorHarness.Input input)
    {
        var (output, result) = GeneratorHarness.Run(input);
        Assert.Null(result.Results.Single().Exception);
        var problems = GeneratorHarness.Errors(output);
        Assert.True(problems.IsEmpty, string.Join("\n", problems));
    }

    private static readonly (string, string) OneArticle = ("/p/corpus/a.txt", " date 2024-01-17 Vladimir Putin met Kim Jong Un in Moscow on Tuesday.");

    [Fact]
    public void MalformedCatalog() => AssertGeneratesCleanCode(new(new[] { OneArticle }, ("/p/corpus/catalog.json", "{ \"entities\": [ { \"id\": ")));

    [Fact]
    public void NoCatalog() => AssertGeneratesCleanCode(new(new[] { OneArticle }, null));

    [Fact]
    public void NoArticles() => AssertGeneratesCleanCode(new(new List<(string, string)>(), null));

    [Fact]
    public void EmptyGarbageAndImpossibleDates()
        => AssertGeneratesCleanCode(new(new[]
        {
            ("/p/corpus/empty.txt", ""),
            ("/p/corpus/garbage.txt", "\0\u0001\uFFFF\uD800 \"\\ */ \r\n#if X"),
            ("/p/corpus/bad-date.txt", " date 2023-02-30 Text"),
            ("/p/corpus/quotes \"and\" \\slashes.txt", "He said \"hi\\\" */ to Kim."),
        }, ("/p/corpus/catalog.json", """{ "entities": [ { "id": "Kim", "kind": "Person", "name": "Kim \"The\" \\ Un" } ] }""")));

    [Fact]
    public void GeneratedCodeCompilesWithCSharp8()
    {
        // Projects on older language versions (netstandard2.0 libraries default to C# 7.3, and
        // nullable annotations need 8) still get a corpus: no newer syntax in the generated code.
        var parseOptions = new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp8);
        var (texts, options) = GeneratorHarness.Files(GeneratorHarness.SampleInput());
        var driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
            new[] { new Generator::CorpusGen.CorpusGenerator().AsSourceGenerator() }, texts, parseOptions, options);
        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(parseOptions, GeneratorHarness.ConsumerSource), out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        Assert.True(GeneratorHarness.Errors(output).IsEmpty, string.Join("\n", GeneratorHarness.Errors(output)));
    }

    [Fact]
    public void DuplicateArticleIdsKeepTheFirstAndStillCompile()
    {
        var input = new GeneratorHarness.Input(new[] { ("/p/a/x.txt", "First text."), ("/p/b/x.txt", "Second text.") }, null);
        var (output, result) = GeneratorHarness.Run(input);
        Assert.True(GeneratorHarness.Errors(output).IsEmpty);
        var corpus = result.Results.Single().GeneratedSources.Single(s => s.HintName == "Corpus.g.cs").SourceText.ToString();
        Assert.Contains("1 articles", corpus);
    }

    [Fact]
    public void AnArticleThatMakesExtractionThrowIsGeneratedBareAndTheRestInFull()
    {
        // Without the guard the exception leaves the generator: CS8785, and no corpus at all.
        var failing = "/p/corpus/" + InjectedFailure.Marker + ".txt";
        var input = new GeneratorHarness.Input(new[] { OneArticle, (failing, " date 2024-06-18 Kim Jong Un met Vladimir Putin in Moscow on Tuesday.") },
            ("/p/corpus/catalog.json", """{ "entities": [ { "id": "Kim", "kind": "Person", "name": "Kim Jong Un" }, { "id": "Putin", "kind": "Person", "name": "Vladimir Putin" } ] }"""));
        var (output, result) = GeneratorHarness.Run(input);

        Assert.Null(result.Results.Single().Exception);
        Assert.True(GeneratorHarness.Errors(output).IsEmpty, string.Join("\n", GeneratorHarness.Errors(output)));
        var corpus = result.Results.Single().GeneratedSources.Single(s => s.HintName == "Corpus.g.cs").SourceText.ToString();
        Assert.Contains("2 articles", corpus);
        Assert.Contains("2 articles, 2 entities and 1 events.", corpus); // the sound article's meeting; the bare one has none
    }

    [Fact]
    public void ACatalogThatMakesTheParserThrowLeavesTheArticlesGeneratedWithoutEntities()
    {
        // Without the guard the exception leaves the generator: CS8785, and no corpus at all.
        var input = new GeneratorHarness.Input(new[] { OneArticle },
            ("/p/corpus/" + InjectedFailure.Marker + ".json", """{ "entities": [ { "id": "Kim", "kind": "Person", "name": "Kim Jong Un" } ] }"""));
        var (output, result) = GeneratorHarness.Run(input);

        Assert.Null(result.Results.Single().Exception);
        Assert.True(GeneratorHarness.Errors(output).IsEmpty, string.Join("\n", GeneratorHarness.Errors(output)));
        var corpus = result.Results.Single().GeneratedSources.Single(s => s.HintName == "Corpus.g.cs").SourceText.ToString();
        Assert.Contains("1 articles, 0 entities", corpus);
    }

    [Fact]
    public void KeywordsAsClassNameOrNamespacePartStillCompile()
    {
        // "event" and "class" are reserved words: the generated code must spell them @event, @class.
        var input = new GeneratorHarness.Input(new[] { OneArticle }, null, "My.event.News",
            new Dictionary<string, string> { ["CorpusGenClassName"] = "class" });
        var (output, result) = GeneratorHarness.Run(input, "namespace Consumer { public static class Program { public static int Count() => My.@event.News.@class.Articles.Count; } }");
        Assert.Null(result.Results.Single().Exception);
        Assert.True(GeneratorHarness.Errors(output).IsEmpty, string.Join("\n", GeneratorHarness.Errors(output)));
    }
}
