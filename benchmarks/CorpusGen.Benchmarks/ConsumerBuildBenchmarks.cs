using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using CorpusGen.Synthetic;

namespace CorpusGen.Benchmarks;

/// <summary>
/// `dotnet build` of a console app over N synthetic articles: with CorpusGen (the analyzer DLL and
/// the package's props/targets, as a package user gets them) against the same app carrying the
/// articles as plain embedded resources and no generator. Issue target: ratio ≤ 1.5 at 10,000.
/// </summary>
[Config(typeof(BuildConfig))]
public class ConsumerBuildBenchmarks
{
    [Params(10_000)]
    public int Articles { get; set; }

    private string _withCorpusGen = "";
    private string _plain = "";

    [GlobalSetup]
    public void Setup()
    {
        var root = ConsumerApps.Create(Articles);
        _withCorpusGen = Path.Combine(root, "with-corpusgen");
        _plain = Path.Combine(root, "plain");
        ConsumerApps.Run(_withCorpusGen, "restore");
        ConsumerApps.Run(_plain, "restore");
    }

    [Benchmark(Baseline = true, Description = "Plain EmbeddedResource app")]
    public void BuildPlain() => ConsumerApps.Run(_plain, "build", "--no-restore", "--no-incremental", "-nodeReuse:false");

    [Benchmark(Description = "CorpusGen app")]
    public void BuildWithCorpusGen() => ConsumerApps.Run(_withCorpusGen, "build", "--no-restore", "--no-incremental", "-nodeReuse:false");

    internal sealed class BuildConfig : ManualConfig
    {
        public BuildConfig() => AddJob(Job.Default.WithWarmupCount(1).WithIterationCount(5).WithInvocationCount(1).WithUnrollFactor(1).WithId("Build"));
    }
}

/// <summary>
/// The build a developer runs most: after a C# edit, with the compiler server on (the default of
/// `dotnet build`, which this machine turns off). The server keeps both apps' compiler warm; each
/// build still gets new texts and a new generator driver, so only what CorpusGen keeps across
/// compilations (see ExtractionCache) spares it extracting the corpus again.
/// </summary>
[Config(typeof(ConsumerBuildBenchmarks.BuildConfig))]
public class ConsumerEditBuildBenchmarks
{
    [Params(10_000)]
    public int Articles { get; set; }

    private string _withCorpusGen = "";
    private string _plain = "";
    private int _edits;

    [GlobalSetup]
    public void Setup()
    {
        var root = ConsumerApps.Create(Articles);
        _withCorpusGen = Path.Combine(root, "with-corpusgen");
        _plain = Path.Combine(root, "plain");
        // A first build of each starts the server and leaves nothing but C# to change.
        Build(_withCorpusGen);
        Build(_plain);
    }

    [IterationSetup]
    public void EditCSharp()
    {
        _edits++;
        foreach (var app in new[] { _plain, _withCorpusGen }) File.AppendAllText(Path.Combine(app, "Program.cs"), $"// edit {_edits}\n");
    }

    [GlobalCleanup]
    public void StopServer() => ConsumerApps.Run(_plain, "build-server", "shutdown");

    [Benchmark(Baseline = true, Description = "Plain EmbeddedResource app, after a C# edit, compiler server on")]
    public void BuildPlain() => Build(_plain);

    [Benchmark(Description = "CorpusGen app, after a C# edit, compiler server on")]
    public void BuildWithCorpusGen() => Build(_withCorpusGen);

    private static void Build(string app) => ConsumerApps.Run(app, "build", "-nodeReuse:false", "-p:UseSharedCompilation=true");
}

/// <summary>Writes the two consumer apps (and the corpus) for a build comparison, and runs dotnet on them.</summary>
public static class ConsumerApps
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Create(int articles)
    {
        var root = WriteCorpus($"corpusgen-consumers-{articles}", articles);
        WriteCorpusGenApp(Path.Combine(root, "with-corpusgen"), """
            var first = Consumer.Corpus.Articles[0];
            System.Console.WriteLine($"{Consumer.Corpus.Articles.Count} articles; first {first.Id} dated {first.Date?.ToString() ?? "-"}, {first.RawText.Length} chars, {first.Mentions.Count} mentions");
            """);
        Write(Path.Combine(root, "plain"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
              <ItemGroup><EmbeddedResource Include="../corpus/*.txt" LogicalName="CorpusGen/%(Filename)%(Extension)" /></ItemGroup>
            </Project>
            """, """
            var names = typeof(Program).Assembly.GetManifestResourceNames();
            System.Console.WriteLine($"{names.Length} articles");
            """);
        return root;
    }

    /// <summary>A new temporary folder holding <paramref name="articles"/> synthetic articles and their catalog in corpus/.</summary>
    public static string WriteCorpus(string name, int articles)
    {
        var root = Path.Combine(Path.GetTempPath(), name);
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        var corpus = Directory.CreateDirectory(Path.Combine(root, "corpus")).FullName;
        foreach (var article in SyntheticCorpus.Generate(articles)) File.WriteAllText(Path.Combine(corpus, article.FileName), article.Text);
        File.WriteAllText(Path.Combine(corpus, "catalog.json"), SyntheticCorpus.CatalogJson);
        return root;
    }

    /// <summary>
    /// An app over ../corpus with CorpusGen as the package gives it: one prebuilt analyzer DLL and
    /// the build props/targets. Its generated corpus class is Consumer.Corpus.
    /// </summary>
    public static void WriteCorpusGenApp(string directory, string program)
    {
        Run(RepositoryRoot, "build", Path.Combine("src", "CorpusGen", "CorpusGen.csproj"), "-c", "Release", "-nodeReuse:false");
        var analyzer = Path.Combine(RepositoryRoot, "src", "CorpusGen", "bin", "Release", "netstandard2.0", "CorpusGen.dll");
        var build = Path.Combine(RepositoryRoot, "src", "CorpusGen", "build");
        Write(directory, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{build}/CorpusGen.props" />
              <PropertyGroup>
                <OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable>
                <RootNamespace>Consumer</RootNamespace><CorpusGenFolder>../corpus</CorpusGenFolder>
              </PropertyGroup>
              <ItemGroup><Analyzer Include="{analyzer}" /></ItemGroup>
              <Import Project="{build}/CorpusGen.targets" />
            </Project>
            """, program);
    }

    public static string Run(string directory, params string[] arguments)
    {
        var (exitCode, output) = DotNetCli.Run(directory, arguments);
        if (exitCode != 0) throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed in {directory}:\n{output}");
        return output;
    }

    public static void Write(string directory, string project, string program)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, Path.GetFileName(directory) + ".csproj"), project);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), program);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CorpusGen.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("CorpusGen.sln not found");
    }
}

/// <summary>`... -- consumer 25000`: builds and runs an N-article CorpusGen app and prints its first query's answer.</summary>
public static class ConsumerCheck
{
    public static void Run(int articles)
    {
        var root = ConsumerApps.Create(articles);
        var app = Path.Combine(root, "with-corpusgen");
        var clock = Stopwatch.StartNew();
        ConsumerApps.Run(app, "build", "-nodeReuse:false");
        Console.WriteLine($"build of a {articles}-article consumer: {clock.Elapsed.TotalSeconds:F1} s");
        // The built app itself: `dotnet run` would first evaluate a project of N items.
        var dll = Path.Combine(app, "bin", "Debug", "net10.0", "with-corpusgen.dll");
        ConsumerApps.Run(app, dll); // once, so the file cache is warm
        clock.Restart();
        var output = ConsumerApps.Run(app, dll);
        Console.WriteLine($"process start to first query answered and exit: {clock.Elapsed.TotalSeconds:F2} s: {output.Trim()}");
        var first = SyntheticCorpus.Generate(1).Single();
        Console.WriteLine($"expected first article {Path.GetFileNameWithoutExtension(first.FileName)}, {first.Text.Length} chars");
    }
}
