extern alias Generator;

using System;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using System.Text.Json;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CorpusGen.Tests.Cli;

/// <summary>The command-line export and the generated typed data say the same things about the sample corpus.</summary>
public class ExportAgreesWithGeneratedDataTests
{
    private const string Dump = """
        using System.Linq;
        using System.Text;
        using Sample.Data;

        public static class Dump
        {
            public static string Run()
            {
                var b = new StringBuilder();
                foreach (var a in Corpus.Articles)
                {
                    b.Append("A|").Append(a.FileName).Append('|').Append(a.Date?.ToString() ?? "null").Append('|').Append(a.Date?.Source.ToString().ToLowerInvariant() ?? "null")
                     .Append('|').Append(a.Dateline ?? "null").Append('|').Append(a.Title ?? "null").Append('\n');
                    foreach (var m in a.Mentions) b.Append("M|").Append(a.FileName).Append('|').Append(m.Entity.Id).Append('|').Append(m.Surface).Append('|').Append(m.Location.Line).Append('|').Append(m.Location.Column).Append('\n');
                }
                foreach (var e in Corpus.Events)
                {
                    b.Append("E|").Append(e.Id).Append('|').Append(e.Date).Append('|').Append(e.Kind).Append('|').Append(string.Join(",", e.Participants.Select(p => p.Id))).Append('|').Append(e.Place?.Id ?? "null")
                     .Append('|').Append(string.Join(",", e.Sources.Select(s => s.Article.FileName + "@" + s.Location.Line + ":" + s.Location.Column + ":" + s.Text))).Append('\n');
                }
                return b.ToString();
            }
        }
        """;

    [Fact]
    public void ExportAndGeneratedCodeAgree()
    {
        Assert.Equal(FromExport(), FromGeneratedCode());
    }

    private static string[] FromExport()
    {
        var root = SampleExport.Root;
        var lines = new System.Collections.Generic.List<string>();
        foreach (var a in root.GetProperty("articles").EnumerateArray())
        {
            var file = a.GetProperty("file").GetString();
            lines.Add($"A|{file}|{Text(a, "date")}|{Text(a, "dateSource")}|{Text(a, "dateline")}|{Text(a, "title")}");
            foreach (var m in a.GetProperty("mentions").EnumerateArray())
            {
                lines.Add($"M|{file}|{m.GetProperty("entity").GetString()}|{m.GetProperty("surface").GetString()}|{m.GetProperty("line").GetInt32()}|{m.GetProperty("column").GetInt32()}");
            }
        }
        foreach (var e in root.GetProperty("events").EnumerateArray())
        {
            var sources = string.Join(",", e.GetProperty("sources").EnumerateArray().Select(s => $"{s.GetProperty("file").GetString()}@{s.GetProperty("line").GetInt32()}:{s.GetProperty("column").GetInt32()}:{s.GetProperty("text").GetString()}"));
            lines.Add($"E|{e.GetProperty("id").GetString()}|{e.GetProperty("date").GetString()}|{e.GetProperty("kind").GetString()}|{string.Join(",", e.GetProperty("participants").EnumerateArray().Select(p => p.GetString()))}|{Text(e, "place")}|{sources}");
        }
        return lines.ToArray();
    }

    private static string Text(JsonElement element, string name) => element.GetProperty(name).ValueKind == JsonValueKind.Null ? "null" : element.GetProperty(name).GetString()!;

    private static string[] FromGeneratedCode()
    {
        var (output, _) = GeneratorHarness.Run(GeneratorHarness.SampleInput(), GeneratorHarness.ConsumerSource, Dump);
        using var pe = new MemoryStream();
        var resources = SampleCorpus.ArticlePaths.Select(p => new ResourceDescription(GeneratorHarness.ResourceName(p), () => File.OpenRead(p), true));
        var emit = output.Emit(pe, manifestResources: resources);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        pe.Position = 0;
        var context = new AssemblyLoadContext("dump", isCollectible: true);
        try
        {
            var text = (string)context.LoadFromStream(pe).GetType("Dump")!.GetMethod("Run")!.Invoke(null, null)!;
            return text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }
        finally
        {
            context.Unload();
        }
    }
}
