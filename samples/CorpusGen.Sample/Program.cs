using System;
using System.Linq;
using CorpusGen.Sample;

// A tour of the typed corpus generated from ../../corpus at build time.
Console.WriteLine($"CorpusGen sample: {Corpus.Articles.Count} articles, {Corpus.Entities.All.Count} entities, {Corpus.Events.Count} events");
Console.WriteLine();

Console.WriteLine("Articles");
foreach (var article in Corpus.Articles)
{
    var date = article.Date is { } published ? $"{published} ({published.Source.ToString().ToLowerInvariant()})" : "no date";
    var place = article.Dateline is { } dateline ? $", dateline {dateline}" : "";
    var title = article.Title is { } headline ? $"  \"{headline}\"" : "";
    Console.WriteLine($"  {article.Id}  {date}{place}, {article.Mentions.Count} mentions, {article.Paragraphs.Count} paragraphs{title}");
}
Console.WriteLine();

Console.WriteLine("Most mentioned entities");
foreach (var entity in Corpus.Entities.All.OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Name, StringComparer.Ordinal).Take(8))
{
    var spellings = string.Join(", ", entity.Mentions.Select(m => m.Surface).Distinct().OrderBy(s => s, StringComparer.Ordinal));
    Console.WriteLine($"  {entity.Name,-28} {entity.Kind,-12} {entity.Mentions.Count,3} mentions in {entity.Articles.Count} articles  [{spellings}]");
}
Console.WriteLine();

Console.WriteLine("Timeline");
foreach (var e in Corpus.Events)
{
    var place = e.Place is { } where ? $" at {where.Name}" : "";
    Console.WriteLine($"  {e.Date,-23} {e.Kind,-10} {string.Join(", ", e.Participants.Select(p => p.Name))}{place}");
    foreach (var source in e.Sources)
    {
        var evidence = source.Text.Length > 90 ? source.Text.Substring(0, 87) + "..." : source.Text;
        Console.WriteLine($"      {source}: {evidence}");
    }
}
Console.WriteLine();

// Typed lookups: entities are members, articles are looked up by id.
var choe = Corpus.Entities.ChoeSonHui;
Console.WriteLine($"{choe.Name} is written {choe.Mentions.Select(m => m.Surface).Distinct().Count()} ways: {string.Join(" / ", choe.Mentions.Select(m => m.Surface).Distinct())}");
Console.WriteLine($"Article 004 is titled \"{Corpus.Articles["004_2af67d93a0b182bd"].Title}\"");
