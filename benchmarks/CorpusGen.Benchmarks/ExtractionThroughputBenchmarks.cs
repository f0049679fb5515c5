using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using CorpusGen.Core;
using CorpusGen.Core.Catalog;
using CorpusGen.Core.Model;

namespace CorpusGen.Benchmarks;

/// <summary>
/// Throughput of the extraction core (all stages of ArticleExtractor) on the sample articles, on
/// one core (the process is pinned to CPU 0). The MB/s column is UTF-8 bytes of article text per
/// second of mean time.
/// </summary>
[Config(typeof(OneCoreConfig))]
[MemoryDiagnoser]
public class ExtractionThroughputBenchmarks
{
    private (string Path, string Text)[] _articles = [];
    private CatalogSpec _catalog = CatalogSpec.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "corpus");
        _catalog = CatalogParser.Parse("catalog.json", File.ReadAllText(Path.Combine(folder, "catalog.json")));
        _articles = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(p => (p, File.ReadAllText(p))).ToArray();
    }

    [Benchmark(Description = "Extract the 5 sample articles")]
    public int ExtractSampleCorpus()
    {
        var mentions = 0;
        foreach (var (path, text) in _articles) mentions += ArticleExtractor.Extract(path, text, _catalog).Mentions.Count;
        return mentions;
    }

    private sealed class OneCoreConfig : ManualConfig
    {
        public OneCoreConfig()
        {
            AddJob(Job.Default.WithAffinity((IntPtr)1).WithId("OneCore"));
            AddColumn(new ThroughputColumn());
        }
    }

    private sealed class ThroughputColumn : IColumn
    {
        public string Id => "MBps";
        public string ColumnName => "MB/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "UTF-8 megabytes of article text per second (mean)";
        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        // Runs in the host process, not the benchmark's, so it measures the corpus itself.
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } stats) return "-";
            var bytes = Encoding.UTF8.GetByteCount(string.Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "corpus"), "*.txt").Select(File.ReadAllText)));
            return (bytes / (stats.Mean / 1e9) / 1e6).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
