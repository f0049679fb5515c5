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
using CorpusGen.Synthetic;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>Builds a generator driver over corpus files the way CorpusGen.targets presents them to the compiler.</summary>
public static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public const string ConsumerSource = "namespace Consumer { public static class Program { public static void Main() { } } }";

    /// <summary>Article files as (path, text) pairs plus an optional catalog, and MSBuild properties the compiler sees (name without build_property.).</summary>
    public sealed record Input(
        IReadOnlyList<(string Path, string Text)> Articles, (string Path, string Text)? Catalog, string Namespace = "Sample.Data",
        IReadOnlyDictionary<string, string>? Properties = null);

    public static Input SampleInput()
        => new(
            SampleCorpus.ArticlePaths.Select(p => ("/project/corpus/" + Path.GetFileName(p), File.ReadAllText(p))).ToList(),
            ("/project/corpus/catalog.json", File.ReadAllText(SampleCorpus.CatalogPath)));

    public static (List<AdditionalText> Texts, TestOptionsProvider Options) Files(Input input)
        => GeneratorInputs.For(input.Articles, input.Catalog, input.Namespace, input.Properties);

    public static string ResourceName(string path) => GeneratorInputs.ResourceName(path);

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
