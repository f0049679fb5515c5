using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>
/// Compiles a consumer with the code generated for the sample corpus, embeds the article files as
/// CorpusGen.targets does, runs it, and checks what the typed API answers against the gold.
/// </summary>
public class EndToEndTests
{
    private const string Probe = """
        using System.Linq;
        using System.Text;
        using Sample.Data;

        namespace Consumer
        {
            public static class Probe
            {
                public static string Report()
                {
                    var b = new StringBuilder();
                    foreach (var a in Corpus.Articles)
                    {
                        b.Append("article\t").Append(a.Id).Append('\t').Append(a.Date?.ToString() ?? "-").Append('\t')
                         .Append(a.Date?.Source.ToString() ?? "-").Append('\t').Append(a.Dateline ?? "-").Append('\t').Append(a.Title ?? "-").Append('\n');
                        foreach (var m in a.Mentions)
                        {
                            b.Append("mention\t").Append(a.Id).Append('\t').Append(m.Entity.Name).Append('\t').Append(m.Surface).Append('\t')
                             .Append(a.RawText.Substring(m.Location.Start, m.Location.Length)).Append('\n');
                        }
                    }
                    foreach (var e in Corpus.Events)
                    {
                        b.Append("event\t").Append(e.Date).Append('\t').Append(e.Kind).Append('\t').Append(string.Join(",", e.Participants.Select(p => p.Name)))
                         .Append('\t').Append(string.Join(",", e.Sources.Select(s => s.Article.Id))).Append('\t').Append(e.Sources[0].Text).Append('\n');
                    }
                    // Typed members and DateOnly, checked by the compiler.
                    System.DateOnly published = Corpus.Articles["000_9bf323039de302c8"].Date!.Date;
                    b.Append("typed\t").Append(published.Year).Append('\t').Append(Corpus.Entities.SergeiLavrov.Articles.Count).Append('\t')
                     .Append(Corpus.Entities.Find("KimJongUn")!.Mentions.Count).Append('\t').Append(Corpus.Articles[0].Paragraphs.Count).Append('\n');
                    return b.ToString();
                }
            }
        }
        """;

    private static readonly Lazy<string[]> Report = new(RunProbe);

    private static string[] RunProbe()
    {
        var (output, _) = GeneratorHarness.Run(GeneratorHarness.SampleInput(), GeneratorHarness.ConsumerSource, Probe);
        var problems = GeneratorHarness.Errors(output);
        Assert.True(problems.IsEmpty, string.Join(Environment.NewLine, problems));

        var resources = SampleCorpus.ArticlePaths
            .Select(path => new ResourceDescription(GeneratorHarness.ResourceName(path), () => File.OpenRead(path), isPublic: true))
            .ToList();
        using var pe = new MemoryStream();
        var emit = output.Emit(pe, manifestResources: resources);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics));

        pe.Position = 0;
        var context = new AssemblyLoadContext("consumer", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(pe);
            return ((string)assembly.GetType("Consumer.Probe")!.GetMethod("Report")!.Invoke(null, null)!).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }
        finally
        {
            context.Unload();
        }
    }

    private static IEnumerable<string[]> Rows(string kind) => Report.Value.Select(l => l.Split('\t')).Where(r => r[0] == kind);

    public static IEnumerable<object[]> Files() => Gold.Instance.Articles.Select(a => new object[] { a.File });

    [Theory]
    [MemberData(nameof(Files))]
    public void DatesDatelinesAndTitlesAreTheGoldOnes(string file)
    {
        var gold = Gold.Instance.Article(file);
        var row = Rows("article").Single(r => r[1] == gold.Id);
        Assert.Equal(gold.StatedDate ?? "-", row[2]);
        Assert.Equal(gold.StatedDate is null ? "-" : "Header", row[3]);
        Assert.Equal(gold.DatelinePlace ?? "-", row[4]);
        Assert.Equal(gold.Title ?? "-", row[5]);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void GoldEntitiesAreFoundWithTheirGoldSurfaceForms(string file)
    {
        var gold = Gold.Instance.Article(file);
        var mentions = Rows("mention").Where(r => r[1] == gold.Id).ToList();
        foreach (var entity in gold.Entities)
        {
            var surfaces = mentions.Where(r => r[2] == entity.Name).Select(r => r[3]).ToHashSet();
            Assert.True(entity.Surface.All(surfaces.Contains), $"{gold.Id}: {entity.Name} expected [{string.Join(", ", entity.Surface)}], found [{string.Join(", ", surfaces)}]");
        }
        Assert.DoesNotContain(mentions, r => gold.BoilerplateEntities.Any(b => b.Name == r[2]) && gold.Entities.All(e => e.Name != r[2]));
    }

    [Fact]
    public void MentionLocationsIndexTheEmbeddedText()
        => Assert.All(Rows("mention"), r => Assert.Equal(r[3], r[4]));

    [Fact]
    public void TheVostochnySummitIsOneEventWithSeveralSources()
    {
        var summit = Rows("event").Single(r => r[2] == "Summit" && r[3].Contains("Vladimir Putin") && r[3].Contains("Kim Jong Un"));
        Assert.Equal("2023-09-13", summit[1]);
        Assert.True(summit[4].Split(',').Distinct().Count() >= 3, summit[4]);
        Assert.StartsWith("000_", summit[4]);
    }

    [Fact]
    public void TypedMembersAnswer()
    {
        var typed = Rows("typed").Single();
        Assert.Equal("2023", typed[1]);
        Assert.Equal("5", typed[2]); // Lavrov is named in all five articles
        Assert.True(int.Parse(typed[3]) >= 10);
        Assert.True(int.Parse(typed[4]) >= 5);
    }
}
