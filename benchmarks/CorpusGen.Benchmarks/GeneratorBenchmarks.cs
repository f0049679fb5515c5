extern alias Generator;

using System.Collections.Immutable;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using CorpusGen.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGen.Benchmarks;

/// <summary>The generator in process (GeneratorDriver), as a build or the IDE runs it, over synthetic corpora.</summary>
public abstract class GeneratorBenchmarkBase
{
    protected static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    protected List<AdditionalText> Texts { get; set; } = [];
    protected TestOptionsProvider Options { get; private set; } = null!;
    protected Compilation Compilation { get; private set; } = null!;

    protected void Prepare(int articles)
    {
        var corpus = SyntheticCorpus.Generate(articles).Select(a => ("/project/corpus/" + a.FileName, a.Text)).ToList();
        var (texts, options) = GeneratorInputs.For(corpus, ("/project/corpus/catalog.json", SyntheticCorpus.CatalogJson));
        Texts = texts;
        Options = options;
        Compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer { public static class Program { public static void Main() { } } }", ParseOptions) },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    /// <summary>
    /// New text instances with the same contents, and nothing kept from earlier compilations: the
    /// state of a first build in a new compiler process. The generator and analyzer share extraction
    /// results per text instance (as a build hands both the same file's text), and keep them by
    /// content for the next compilation (as the compiler server needs), so a cold run must see
    /// neither the previous run's texts nor what it kept.
    /// </summary>
    protected void RenewTexts()
    {
        Texts = Texts.Select(t => (AdditionalText)new InMemoryAdditionalText(t.Path, t.GetText()!.ToString())).ToList();
        Generator::CorpusGen.ExtractionCache.ForgetKept();
    }

    protected GeneratorDriver NewDriver(bool trackSteps = false)
        => CSharpGeneratorDriver.Create(
            new[] { new Generator::CorpusGen.CorpusGenerator().AsSourceGenerator() },
            Texts,
            ParseOptions,
            Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
}

/// <summary>A build from nothing: every article extracted, every source emitted.</summary>
[MemoryDiagnoser]
[Config(typeof(ColdRunConfig))]
public class GeneratorColdRunBenchmarks : GeneratorBenchmarkBase
{
    [Params(1_000, 10_000, 25_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup() => Prepare(Articles);

    [IterationSetup]
    public void FreshTexts() => RenewTexts();

    [Benchmark(Description = "Cold generator run")]
    public GeneratorDriver ColdRun() => NewDriver().RunGenerators(Compilation);

    private sealed class ColdRunConfig : ManualConfig
    {
        // Ten warm-ups: the JIT needs about 10,000 articles' worth of calls to tier up and apply its
        // profile. After one or three warm-ups a 1,000-article run was still speeding up (250 ms
        // falling towards 140 ms from one iteration to the next), which is neither cold code (the
        // build benchmark measures that) nor warm.
        public ColdRunConfig()
        {
            AddJob(Job.Default.WithWarmupCount(10).WithIterationCount(7).WithInvocationCount(1).WithUnrollFactor(1).WithId("Cold"));
            AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max);
        }
    }
}

/// <summary>What the IDE pays per keystroke and per article edit with a 10,000-article corpus loaded.</summary>
[MemoryDiagnoser]
public class GeneratorIncrementalBenchmarks : GeneratorBenchmarkBase
{
    private GeneratorDriver _warm = null!;
    private Compilation _editedCompilation = null!;
    private AdditionalText _article = null!;
    private string _editedText = "";

    [GlobalSetup]
    public void Setup()
    {
        Prepare(10_000);
        _warm = NewDriver().RunGenerators(Compilation);
        _editedCompilation = Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { class Edited { int _x; } }", ParseOptions));
        _article = Texts[Texts.Count / 2];
        _editedText = _article.GetText()!.ToString().Replace(" met ", " met with ");
    }

    [Benchmark(Description = "C# keystroke, 10k articles loaded")]
    public GeneratorDriver CSharpEdit() => _warm.RunGenerators(_editedCompilation);

    [Benchmark(Description = "One article edited, 10k articles loaded")]
    // A new text with new content each time, as typing produces: a reused instance, or content seen
    // before, would find its extraction kept from an earlier run.
    public GeneratorDriver OneArticleEdited() => _warm.ReplaceAdditionalText(_article, new InMemoryAdditionalText(_article.Path, _editedText + (++_edits).ToString(System.Globalization.CultureInfo.InvariantCulture))).RunGenerators(Compilation);

    private int _edits;
}

/// <summary>
/// An edit to a large catalog (5,000 more entities than the synthetic one) with 2,000 articles
/// loaded: every article is extracted again, since every mention depends on the catalog.
/// </summary>
[MemoryDiagnoser]
public class CatalogEditBenchmarks : GeneratorBenchmarkBase
{
    private const int ExtraEntities = 5_000;
    private GeneratorDriver _warm = null!;
    private AdditionalText _catalog = null!;
    private int _edits;

    [GlobalSetup]
    public void Setup()
    {
        Prepare(2_000);
        var catalog = Texts.Single(t => t.Path.EndsWith("catalog.json", StringComparison.Ordinal));
        _catalog = new InMemoryAdditionalText(catalog.Path, LargeCatalog("first"));
        Texts = Texts.Select(t => t == catalog ? _catalog : t).ToList();
        _warm = NewDriver().RunGenerators(Compilation);
    }

    // The last entity's description edited: equal catalogs are told apart only at their end.
    [Benchmark(Description = "Last entity of a 5,000-entity catalog edited, 2k articles loaded")]
    public GeneratorDriver LastEntityEdited()
        => _warm.ReplaceAdditionalText(_catalog, new InMemoryAdditionalText(_catalog.Path, LargeCatalog("edit " + ++_edits))).RunGenerators(Compilation);

    private static string LargeCatalog(string lastDescription)
    {
        var json = SyntheticCorpus.CatalogJson;
        var end = json.LastIndexOf(']');
        var more = new StringBuilder();
        for (var i = 0; i < ExtraEntities; i++)
        {
            more.Append(",\n    { \"id\": \"Extra").Append(i).Append("\", \"kind\": \"Organization\", \"name\": \"Extra Organization Number ").Append(i)
                .Append("\", \"aliases\": [\"EON").Append(i).Append("\"], \"description\": \"").Append(i == ExtraEntities - 1 ? lastDescription : "filler").Append("\" }");
        }
        return json.Substring(0, end).TrimEnd() + more + "\n  " + json.Substring(end);
    }
}

/// <summary>
/// What the IDE pays the analyzer to refresh one article's diagnostics after a C# edit with a
/// 10,000-article corpus loaded: a new compilation, so the analyzer's compilation start runs again.
/// The baseline is an analyzer that does nothing, which measures what Roslyn's analyzer driver
/// itself pays for 10,000 additional files.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerRefreshBenchmarks : GeneratorBenchmarkBase
{
    private Compilation _editedCompilation = null!;
    private AnalyzerOptions _options = null!;
    private AdditionalText _article = null!;

    [GlobalSetup]
    public void Setup()
    {
        Prepare(10_000);
        _editedCompilation = Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { class Edited { int _x; } }", ParseOptions));
        _options = new AnalyzerOptions(Texts.ToImmutableArray(), Options);
        _article = Texts[Texts.Count / 2];
        // Once over every file, as the first build or the IDE's first pass does: the analyzer keeps
        // each text's extraction, so the refresh below measures the compilation start.
        Refresh(new Generator::CorpusGen.Diagnostics.CorpusAnalyzer(), all: true);
    }

    [Benchmark(Baseline = true, Description = "Analyzer that does nothing")]
    public object DriverOnly() => Refresh(new NothingAnalyzer(), all: false);

    [Benchmark(Description = "CorpusAnalyzer, one article's diagnostics after a C# edit")]
    public object CorpusAnalyzer() => Refresh(new Generator::CorpusGen.Diagnostics.CorpusAnalyzer(), all: false);

    private object Refresh(DiagnosticAnalyzer analyzer, bool all)
    {
        var withAnalyzers = _editedCompilation.WithAnalyzers(ImmutableArray.Create(analyzer), _options);
        return all
            ? withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
            : withAnalyzers.GetAnalysisResultAsync(_article, CancellationToken.None).GetAwaiter().GetResult();
    }

    // Only ever run here, in process: the rules for analyzers a compiler loads do not apply.
#pragma warning disable RS1036, RS1041, RS2008
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class NothingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("NOTHING", "Nothing", "Nothing", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start => start.RegisterAdditionalFileAction(_ => { }));
        }
    }
#pragma warning restore RS1036, RS1041, RS2008
}
