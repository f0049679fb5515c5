using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using CorpusGen.Core;
using CorpusGen.Core.Catalog;
using CorpusGen.Synthetic;

namespace CorpusGen.Benchmarks;

/// <summary>
/// Process start to first query answered, for the same corpus two ways: the data CorpusGen
/// generated, and one embedded JSON document loaded with System.Text.Json source generation (what
/// a user would otherwise write). Both apps answer the same two queries (RuntimeApps/*.cs); setup
/// checks that their answers agree, and the timed runs ask the first only. Issue target: first
/// query at least 10× faster.
/// Each run also prints its own figures (time inside the process, memory), summarised at the end.
/// </summary>
[Config(typeof(RunConfig))]
public class RuntimeFirstQueryBenchmarks
{
    [Params(10_000)]
    public int Articles { get; set; }

    private RuntimeApps.Built _apps = null!;
    private readonly List<string> _metrics = [];

    [GlobalSetup]
    public void Setup() => _apps = RuntimeApps.Build(Articles);

    [Benchmark(Baseline = true, Description = "Embedded JSON, System.Text.Json source generation")]
    public void Json() => _metrics.Add(RuntimeApps.Metrics(RuntimeApps.Run(_apps.JsonApp, _apps.ArticleId, bothQueries: false)));

    [Benchmark(Description = "CorpusGen")]
    public void CorpusGen() => _metrics.Add(RuntimeApps.Metrics(RuntimeApps.Run(_apps.CorpusGenApp, _apps.ArticleId, bothQueries: false)));

    [GlobalCleanup]
    public void Summarise() => RuntimeApps.PrintMedians(_metrics);

    private sealed class RunConfig : ManualConfig
    {
        public RunConfig() => AddJob(Job.Default.WithWarmupCount(1).WithIterationCount(9).WithInvocationCount(1).WithUnrollFactor(1).WithId("Run"));
    }
}

/// <summary>Builds the two apps of <see cref="RuntimeFirstQueryBenchmarks"/> and runs them.</summary>
public static class RuntimeApps
{
    public sealed record Built(string CorpusGenApp, string JsonApp, string ArticleId);

    public static Built Build(int articles)
    {
        var root = ConsumerApps.WriteCorpus($"corpusgen-runtime-{articles}", articles);
        var sources = Path.Combine(AppContext.BaseDirectory, "RuntimeApps");

        var corpusGenApp = Path.Combine(root, "corpusgen");
        ConsumerApps.WriteCorpusGenApp(corpusGenApp, File.ReadAllText(Path.Combine(sources, "CorpusGenApp.cs")));

        var jsonApp = Path.Combine(root, "json");
        ConsumerApps.Write(jsonApp, """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
              <ItemGroup><EmbeddedResource Include="corpus.json" LogicalName="corpus.json" /></ItemGroup>
            </Project>
            """, File.ReadAllText(Path.Combine(sources, "JsonApp.cs")));
        var articleId = WriteJson(Path.Combine(root, "corpus"), Path.Combine(jsonApp, "corpus.json"));

        var built = new Built(BuildApp(corpusGenApp), BuildApp(jsonApp), articleId);
        var expected = Answers(Run(built.JsonApp, articleId, bothQueries: true));
        var actual = Answers(Run(built.CorpusGenApp, articleId, bothQueries: true));
        if (expected != actual) throw new InvalidOperationException($"The apps disagree.\nJSON:\n{expected}\nCorpusGen:\n{actual}");
        Console.WriteLine($"// Both apps answer:\n{actual}");
        return built;
    }

    /// <summary>Runs an app: its first query, and its second with <paramref name="bothQueries"/>; returns its output.</summary>
    public static string Run(string app, string articleId, bool bothQueries)
        => bothQueries ? ConsumerApps.Run(Path.GetDirectoryName(app)!, app, articleId, "second") : ConsumerApps.Run(Path.GetDirectoryName(app)!, app, articleId);

    /// <summary>The figures line an app's run printed.</summary>
    public static string Metrics(string output) => output.Split('\n').Single(l => l.StartsWith("metrics:", StringComparison.Ordinal)).Trim();

    /// <summary>Median [min–max] of each figure the runs printed.</summary>
    public static void PrintMedians(IReadOnlyList<string> metrics)
    {
        if (metrics.Count == 0) return;
        var figures = metrics
            .SelectMany(line => line["metrics:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(pair => pair.Split('='))
            .GroupBy(pair => pair[0], pair => double.Parse(pair[1], CultureInfo.InvariantCulture));
        foreach (var figure in figures)
        {
            var values = figure.Order().ToList();
            Console.WriteLine(FormattableString.Invariant($"// {figure.Key}: median {values[values.Count / 2]:F1} [{values[0]:F1}-{values[^1]:F1}] over {values.Count} runs"));
        }
    }

    private static string Answers(string output)
        => string.Join("\n", output.Split('\n').Where(l => l.StartsWith("answer", StringComparison.Ordinal)).Select(l => l.Trim()));

    private static string BuildApp(string directory)
    {
        ConsumerApps.Run(directory, "build", "-c", "Release", "-nodeReuse:false");
        return Path.Combine(directory, "bin", "Release", "net10.0", Path.GetFileName(directory) + ".dll");
    }

    /// <summary>
    /// The corpus as one JSON document, from the same extraction CorpusGen runs (so both apps hold
    /// the same facts). Returns the id the queries ask for: the middle article that mentions someone.
    /// </summary>
    private static string WriteJson(string corpusFolder, string path)
    {
        var catalog = CatalogParser.Parse("catalog.json", File.ReadAllText(Path.Combine(corpusFolder, "catalog.json")));
        var files = Directory.GetFiles(corpusFolder, "*.txt").Select(f => (Path: f, Text: File.ReadAllText(f))).ToList();
        var assembled = CorpusAssembler.Assemble(
            files.Select(f => (f.Text, Spec: ArticleExtractor.Extract(f.Path, f.Text, catalog))),
            item => item.Spec,
            item => item.Spec.FileName,
            catalog);

        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartArray("articles");
        foreach (var (text, article) in assembled.Articles)
        {
            json.WriteStartObject();
            json.WriteString("id", article.Id);
            json.WriteString("fileName", article.FileName);
            WriteNullable(json, "title", article.Title);
            WriteNullable(json, "date", article.Date?.Date.ToString());
            WriteNullable(json, "dateSource", article.Date?.Source.ToString());
            WriteNullable(json, "dateline", article.Dateline);
            json.WriteString("text", text);
            json.WriteStartArray("mentions");
            foreach (var mention in article.Mentions) WriteLocated(json, "entity", mention.EntityId, mention.Span);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("entities");
        foreach (var entity in catalog.Entities)
        {
            json.WriteStartObject();
            json.WriteString("id", entity.Id);
            json.WriteString("kind", entity.Kind.ToString());
            json.WriteString("name", entity.Name);
            json.WriteStartArray("aliases");
            foreach (var alias in entity.Aliases) json.WriteStringValue(alias);
            json.WriteEndArray();
            WriteNullable(json, "description", entity.Description);
            WriteNullable(json, "externalId", entity.ExternalId);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("events");
        foreach (var e in assembled.Events)
        {
            json.WriteStartObject();
            json.WriteString("id", e.Id);
            json.WriteString("kind", e.Kind.ToString());
            json.WriteString("start", e.Date.Start.ToString());
            json.WriteString("end", e.Date.End.ToString());
            json.WriteString("precision", e.Date.Precision.ToString());
            json.WriteStartArray("participants");
            foreach (var participant in e.ParticipantIds) json.WriteStringValue(participant);
            json.WriteEndArray();
            WriteNullable(json, "place", e.PlaceId);
            json.WriteStartArray("sources");
            foreach (var source in e.Sources) WriteLocated(json, "article", source.ArticleId, source.Span);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();

        var withMentions = assembled.Articles.Where(a => a.Spec.Mentions.Count > 0).ToList();
        return withMentions[withMentions.Count / 2].Spec.Id;
    }

    // A mention or an event source: what it refers to and where in the text.
    private static void WriteLocated(Utf8JsonWriter json, string name, string id, Core.Model.SourceSpan span)
    {
        json.WriteStartObject();
        json.WriteString(name, id);
        json.WriteNumber("start", span.Start);
        json.WriteNumber("length", span.Length);
        json.WriteNumber("line", span.Line);
        json.WriteNumber("column", span.Column);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }
}
