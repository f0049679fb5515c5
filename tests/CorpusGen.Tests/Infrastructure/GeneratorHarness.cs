extern alias Generator;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>An additional file held in memory.</summary>
public sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>Analyzer config options: MSBuild properties and per-file item metadata, as the build would pass them.</summary>
public sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> perFile)
    : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(global);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => perFile.TryGetValue(textFile.Path, out var options) ? new DictionaryOptions(options) : DictionaryOptions.Empty;

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static DictionaryOptions Empty { get; } = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, out string value)
        {
            if (values.TryGetValue(key, out var found)) { value = found; return true; }
            value = null!;
            return false;
        }
    }
}

/// <summary>Builds a generator driver over corpus files the way CorpusGen.targets presents them to the compiler.</summary>
public static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public const string ConsumerSource = "namespace Consumer { public static class Program { public static void Main() { } } }";

    /// <summary>Article files as (path, text) pairs plus an optional catalog.</summary>
    public sealed record Input(IReadOnlyList<(string Path, string Text)> Articles, (string Path, string Text)? Catalog, string Namespace = "Sample.Data");

    public static Input SampleInput()
        => new(
            SampleCorpus.ArticlePaths.Select(p => ("/project/corpus/" + Path.GetFileName(p), File.ReadAllText(p))).ToList(),
            ("/project/corpus/catalog.json", File.ReadAllText(SampleCorpus.CatalogPath)));

    public static (List<AdditionalText> Texts, TestOptionsProvider Options) Files(Input input)
    {
        var texts = new List<AdditionalText>();
        var perFile = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        foreach (var (path, text) in input.Articles)
        {
            texts.Add(new InMemoryAdditionalText(path, text));
            perFile[path] = ArticleMetadata(path);
        }
        if (input.Catalog is { } catalog)
        {
            texts.Add(new InMemoryAdditionalText(catalog.Path, catalog.Text));
            perFile[catalog.Path] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.CorpusGenKind"] = "Catalog" };
        }
        var global = new Dictionary<string, string> { ["build_property.CorpusGenNamespace"] = input.Namespace, ["build_property.ProjectDir"] = "/project/" };
        return (texts, new TestOptionsProvider(global, perFile));
    }

    public static IReadOnlyDictionary<string, string> ArticleMetadata(string path) => new Dictionary<string, string>
    {
        ["build_metadata.AdditionalFiles.CorpusGenKind"] = "Article",
        ["build_metadata.AdditionalFiles.CorpusGenResource"] = ResourceName(path),
    };

    public static string ResourceName(string path) => "CorpusGen/" + Path.GetFileName(path);

    public static CSharpCompilation Compilation(params string[] sources) => Compilation(ParseOptions, sources);

    public static CSharpCompilation Compilation(CSharpParseOptions parseOptions, params string[] sources)
        => CSharpCompilation.Create(
            "Consumer",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, parseOptions)),
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(Input input, bool trackSteps = true)
    {
        var (texts, options) = Files(input);
        return CreateDriver(texts, options, trackSteps);
    }

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> texts, AnalyzerConfigOptionsProvider options, bool trackSteps = true)
    {
        return CSharpGeneratorDriver.Create(
            new[] { new Generator::CorpusGen.CorpusGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    /// <summary>Runs the generator once and returns the updated compilation and the run result.</summary>
    public static (Compilation Output, GeneratorDriverRunResult Result) Run(Input input, params string[] sources)
    {
        var driver = CreateDriver(input).RunGeneratorsAndUpdateCompilation(Compilation(sources.Length == 0 ? new[] { ConsumerSource } : sources), out var output, out var diagnostics);
        if (!diagnostics.IsEmpty) throw new InvalidOperationException("Generator diagnostics: " + string.Join(Environment.NewLine, diagnostics));
        return (output, driver.GetRunResult());
    }

    public static ImmutableArray<Diagnostic> Errors(Compilation compilation)
        => compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
}
