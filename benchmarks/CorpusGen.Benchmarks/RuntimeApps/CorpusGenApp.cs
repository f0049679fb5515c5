// The first query against the corpus CorpusGen generated (benchmark "Runtime first query").
// Built by RuntimeFirstQueryBenchmarks into an app over the synthetic corpus; not compiled here.
using System.Diagnostics;
using System.Linq;

var clock = Stopwatch.StartNew();

// First query: one article by id, with its date, title, text and the entities it mentions.
var article = Consumer.Corpus.Articles[args[0]];
var names = article.Mentions.Select(m => m.Entity.Name).Distinct().ToList();
System.Console.WriteLine($"answer: {article.Id} | {article.Date?.ToString() ?? "-"} | {article.Title ?? "-"} | {article.RawText.Length} | {string.Join(", ", names)}");
var firstQuery = clock.Elapsed;
var sinceStart = System.DateTime.Now - Process.GetCurrentProcess().StartTime;

// Second query (only when asked: the benchmark times the first): every article and event of the first entity it mentions (back-references).
if (args.Length > 1)
{
    var entity = article.Mentions[0].Entity;
    System.Console.WriteLine($"answer2: {entity.Name}: {entity.Articles.Count} articles, {entity.Events.Count} events");
}
// Reported only when the second query was asked.
var second = args.Length > 1 ? System.FormattableString.Invariant($" second_ms={clock.Elapsed.TotalMilliseconds:F1}") : "";

var allocated = System.GC.GetTotalAllocatedBytes(precise: true);
var live = System.GC.GetTotalMemory(forceFullCollection: true);
System.Console.WriteLine(System.FormattableString.Invariant(
    $"metrics: first_ms={firstQuery.TotalMilliseconds:F1} start_to_first_ms={sinceStart.TotalMilliseconds:F0}{second} allocated_mb={allocated / 1e6:F1} live_mb={live / 1e6:F1} peak_ws_mb={Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F1}"));
