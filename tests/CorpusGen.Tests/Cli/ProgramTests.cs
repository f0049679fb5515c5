using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using CorpusGen.Cli;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.Cli;

public class ProgramTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("corpusgen-cli-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Program.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void CheckPrintsCompilerFormatAndSucceedsOnWarnings()
    {
        var (exit, output, error) = Run("check", SampleCorpus.Folder);
        Assert.Equal(0, exit);
        Assert.Equal("", error); // no progress when not on a terminal
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            new[]
            {
                Path.Combine(SampleCorpus.Folder, "001_b1e8c0a564446584.txt") + "(1,1): warning CG0001: Article '001_b1e8c0a564446584' has no publication date; the dateline says 'Oct 20' but gives no year",
                Path.Combine(SampleCorpus.Folder, "003_693bde3fd96de83d.txt") + "(1,1): warning CG0001: Article '003_693bde3fd96de83d' has no publication date",
                "5 articles checked: 0 errors, 2 warnings",
            },
            lines);
    }

    [Fact]
    public void CheckExitsWithOneOnAnErrorAndWritesSarif()
    {
        File.WriteAllText(Path.Combine(_temp, "a.txt"), " date 2023-02-30 Kim Jong Un met Putin.");
        File.WriteAllText(Path.Combine(_temp, "catalog.json"), "{ \"entities\": [ { \"id\": \"KimJongUn\", \"kind\": \"Person\", \"name\": \"Kim Jong Un\" } ] }");
        var sarifPath = Path.Combine(_temp, "out.sarif");
        var (exit, _, _) = Run("check", _temp, "--format", "sarif", "-o", sarifPath);
        Assert.Equal(1, exit);

        using var sarif = JsonDocument.Parse(File.ReadAllText(sarifPath));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal(CorpusGen.Core.Model.CorpusDiagnosticRules.All.Count, run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var header = results.Single(r => r.GetProperty("ruleId").GetString() == "CG0003");
        Assert.Equal("error", header.GetProperty("level").GetString());
        var region = header.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal((1, 7, 1, 17), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "CG0002"); // Putin is not in this catalog
    }

    [Fact]
    public void ExportHasTheDocumentedShape()
    {
        var output = Path.Combine(_temp, "export.json");
        Assert.Equal(0, Run("export", SampleCorpus.Folder, "-o", output).Exit);
        using var document = JsonDocument.Parse(File.ReadAllText(output));
        var article = document.RootElement.GetProperty("articles").EnumerateArray().First(a => a.GetProperty("file").GetString() == "001_b1e8c0a564446584.txt");
        Assert.Equal(JsonValueKind.Null, article.GetProperty("date").ValueKind);
        Assert.Equal(JsonValueKind.Null, article.GetProperty("dateSource").ValueKind);
        Assert.Equal("SEOUL", article.GetProperty("dateline").GetString());
        var mention = article.GetProperty("mentions")[0];
        Assert.Equal(("Seoul", "SEOUL", 1, 1), (mention.GetProperty("entity").GetString(), mention.GetProperty("surface").GetString(), mention.GetProperty("line").GetInt32(), mention.GetProperty("column").GetInt32()));
        Assert.Equal(0, article.GetProperty("unresolved").GetArrayLength());

        var entity = document.RootElement.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "KimJongUn");
        Assert.Equal(("Kim Jong Un", "Person"), (entity.GetProperty("name").GetString(), entity.GetProperty("kind").GetString()));
        var summit = document.RootElement.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "Summit");
        Assert.Equal("2023-09-13", summit.GetProperty("date").GetString());
        Assert.Equal("VostochnyCosmodrome", summit.GetProperty("place").GetString());
        var source = summit.GetProperty("sources")[0];
        Assert.Equal("000_9bf323039de302c8.txt", source.GetProperty("file").GetString());
        Assert.True(source.GetProperty("line").GetInt32() >= 1 && source.GetProperty("text").GetString()!.Length > 20);
    }

    [Theory]
    [InlineData(new string[0], 2)]
    [InlineData(new[] { "frobnicate", "x" }, 2)]
    [InlineData(new[] { "check" }, 2)]
    [InlineData(new[] { "check", "x", "--format", "xml" }, 2)]
    [InlineData(new[] { "check", "/no/such/folder" }, 2)]
    [InlineData(new[] { "--help" }, 0)]
    public void UsageErrorsExitWithTwo(string[] args, int expected) => Assert.Equal(expected, Run(args).Exit);
}
