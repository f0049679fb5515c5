// The same first query, against the same corpus carried as one embedded JSON document and loaded
// with System.Text.Json source generation: what a user would otherwise write.
// Built by RuntimeFirstQueryBenchmarks; not compiled here.
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

var clock = Stopwatch.StartNew();

// First query: one article by id, with its date, title, text and the entities it mentions.
CorpusDocument corpus;
using (var stream = typeof(CorpusDocument).Assembly.GetManifestResourceStream("corpus.json")!)
{
    corpus = JsonSerializer.Deserialize(stream, CorpusJsonContext.Default.CorpusDocument)!;
}
var entities = corpus.Entities.ToDictionary(e => e.Id, System.StringComparer.Ordinal);
var article = corpus.Articles.Find(a => a.Id == args[0])!;
var names = article.Mentions.Select(m => entities[m.Entity].Name).Distinct().ToList();
System.Console.WriteLine($"answer: {article.Id} | {article.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-"} | {article.Title ?? "-"} | {article.Text.Length} | {string.Join(", ", names)}");
var firstQuery = clock.Elapsed;
var sinceStart = System.DateTime.Now - Process.GetCurrentProcess().StartTime;

// Second query (only when asked: the benchmark times the first): every article and event of the first entity it mentions.
if (args.Length > 1)
{
    var entity = entities[article.Mentions[0].Entity];
    var articles = corpus.Articles.Count(a => a.Mentions.Any(m => m.Entity == entity.Id));
    var events = corpus.Events.Count(e => e.Participants.Contains(entity.Id) || e.Place == entity.Id);
    System.Console.WriteLine($"answer2: {entity.Name}: {articles} articles, {events} events");
}
// Reported only when the second query was asked.
var second = args.Length > 1 ? System.FormattableString.Invariant($" second_ms={clock.Elapsed.TotalMilliseconds:F1}") : "";

var allocated = System.GC.GetTotalAllocatedBytes(precise: true);
var live = System.GC.GetTotalMemory(forceFullCollection: true);
System.GC.KeepAlive(corpus);
System.Console.WriteLine(System.FormattableString.Invariant(
    $"metrics: first_ms={firstQuery.TotalMilliseconds:F1} start_to_first_ms={sinceStart.TotalMilliseconds:F0}{second} allocated_mb={allocated / 1e6:F1} live_mb={live / 1e6:F1} peak_ws_mb={Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F1}"));

public sealed record CorpusDocument(List<ArticleRecord> Articles, List<EntityRecord> Entities, List<EventRecord> Events);

public sealed record ArticleRecord(string Id, string FileName, string? Title, System.DateOnly? Date, string? DateSource, string? Dateline, string Text, List<MentionRecord> Mentions);

public sealed record MentionRecord(string Entity, int Start, int Length, int Line, int Column);

public sealed record EntityRecord(string Id, string Kind, string Name, List<string> Aliases, string? Description, string? ExternalId);

public sealed record EventRecord(string Id, string Kind, System.DateOnly Start, System.DateOnly End, string Precision, List<string> Participants, string? Place, List<EventSourceRecord> Sources);

public sealed record EventSourceRecord(string Article, int Start, int Length, int Line, int Column);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CorpusDocument))]
internal sealed partial class CorpusJsonContext : JsonSerializerContext
{
}
