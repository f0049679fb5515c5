extern alias Generator;

using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Generator::CorpusGen.Diagnostics;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CorpusGen.Tests.Analyzer;

/// <summary>Every CorpusGen diagnostic, where it must fire (exact span) and where it must not.</summary>
public class CorpusAnalyzerTests
{
    private const string Catalog = """
        { "entities": [
          { "id": "KimJongUn", "kind": "Person", "name": "Kim Jong Un", "aliases": ["Kim Jong-un"] },
          { "id": "ChoeSonHui", "kind": "Person", "name": "Choe Son Hui" },
          { "id": "Moscow", "kind": "Place", "name": "Moscow" }
        ] }
        """;

    private static CSharpAnalyzerTest<CorpusAnalyzer, DefaultVerifier> Test(string? catalog = Catalog, params (string Name, string Text)[] articles)
    {
        var test = new CSharpAnalyzerTest<CorpusAnalyzer, DefaultVerifier>
        {
            // The registry copy here has .NET 10 reference assemblies, not the library's default 8.0.0.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0", new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.12"), Path.Combine("ref", "net10.0")),
        };
        test.TestState.Sources.Add("class Program { static void Main() { } }");
        // The manifest CorpusGen.targets writes: which additional files are the corpus.
        var manifest = "";
        foreach (var (name, text) in articles)
        {
            var path = "/corpus/" + name;
            test.TestState.AdditionalFiles.Add((path, text));
            manifest += "article\t" + path + "\n";
        }
        if (catalog is not null)
        {
            test.TestState.AdditionalFiles.Add(("/corpus/catalog.json", catalog));
            manifest += "catalog\t/corpus/catalog.json\n";
        }
        test.TestState.AdditionalFiles.Add(("/obj/Test.corpusgen", manifest));
        return test;
    }

    private static DiagnosticResult Expect(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, string file, int line, int column, int endLine, int endColumn, params object[] arguments)
        => new DiagnosticResult(descriptor).WithSpan("/corpus/" + file, line, column, endLine, endColumn).WithArguments(arguments);

    [Fact]
    public async Task CG0008_ExtractionFailure_IsReportedOnLineOne_AndTheOtherArticlesStillChecked()
    {
        var failing = InjectedFailure.Marker + ".txt";
        var test = Test(Catalog,
            (failing, "Kim Jong Un met officials.\nMore text."),
            ("b.txt", " date 2024-01-17 Kim Jong Un met Choe Son Hui in Moscow."));
        test.ExpectedDiagnostics.Add(Expect(DiagnosticDescriptors.ExtractionFailed, failing, 1, 1, 1, 27, InjectedFailure.Marker, InjectedFailure.Message));
        await test.RunAsync();
    }

    [Fact]
    public async Task CG0009_SettingsThatCannotBeUsedAsWritten_AreReportedOncePerCompilation()
    {
        var test = Test(Catalog, ("a.txt", " date 2024-01-17 Kim Jong Un met Choe Son Hui in Moscow."));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", """
            is_global = true
            build_property.CorpusGenStringLiteralBudget = 8MB
            build_property.CorpusGenClassName = News Corpus
            build_property.CorpusGenNamespace = My.News
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.SettingAdjusted)
            .WithArguments("CorpusGenStringLiteralBudget", "8MB", "is not a whole number of characters", "6000000"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.SettingAdjusted)
            .WithArguments("CorpusGenClassName", "News Corpus", "is not a C# identifier", "News_Corpus"));
        await test.RunAsync();
    }

    [Fact]
    public async Task CG0009_NotReportedForAReservedWordItCanEscape()
    {
        var test = Test(Catalog, ("a.txt", " date 2024-01-17 Kim Jong Un met Choe Son Hui in Moscow."));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.CorpusGenClassName = class\nbuild_property.CorpusGenNamespace = My.event\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task CG0001_ArticleWithoutDate_IsReportedOnLineOne()
    {
        var test = Test(Catalog, ("a.txt", "Kim Jong Un met officials in Moscow to discuss trade.\nMore text follows."));
        test.ExpectedDiagnostics.Add(Expect(DiagnosticDescriptors.MissingDate, "a.txt", 1, 1, 1, 54, "a", ""));
        await test.RunAsync();
    }

    [Fact]
    public async Task CG0001_SaysWhatPartialDateItSaw()
    {
        var test = Test(Catalog, ("b.txt", "SEOUL, Oct 20 – Kim Jong Un reaffirmed the agreements."));
        test.ExpectedDiagnostics.Add(Expect(DiagnosticDescriptors.MissingDate, "b.txt", 1, 1, 1, 55, "b", "; the dateline says 'Oct 20' but gives no year"));
        // This catalog has no Seoul, so the dateline's place is an unresolved name too.
        test.ExpectedDiagnostics.Add(Expect(DiagnosticDescriptors.UnresolvedName, "b.txt", 1, 1, 1, 6, "SEOUL", ""));
        await test.RunAsync();
    }

    [Fact]
    public async Task CG0001_NotReportedForDatedArticles()
        => await Test(Catalog,
            ("header.txt", " date 2023-10-19 Kim Jong Un met officials in Moscow."),
            ("byline.txt", "Kim meets officials\n17 Jan, 2024 00:31\n\nKim Jong Un met officials in Moscow to discuss trade on Tuesday.")).RunAsync();

    [Fact]
    public async Task CG0002_UnresolvedName_AtItsLineAndColumn_WithSuggestion()
    {
        var test = Test(Catalog, ("c.txt", " date 2023-10-19 Kim Jong Un met officials.\nLater Choi Song Hee and Minsong Ku spoke in Moscow."));
        test.ExpectedDiagnostics.Add(Expect(DiagnosticDescriptors.UnresolvedName, "c.txt", 2, 7, 2, 20, "Choi Song Hee", "; did you mean 'Choe Son Hui' (ChoeSonHui)?"));
        test.ExpectedDiagnostics.Add(Expect(DiagnosticDescriptors.UnresolvedName, "c.txt", 2, 25, 2, 35, "Minsong Ku", ""));
        await test.RunAsync();
    }

    [Fact]
    public async Task CG0002_NotReportedForAliasesVariantsTitlesAndClutter()
        => await Test(Catalog, ("d.txt", " date 2023-10-19 On Thursday, Chairman Kim Jong-un and Foreign Minister Choe Son Hui met in Moscow. However, Russian officials said little.\n\nTop stories\n\nHouthis threaten Davos\n")).RunAsync();

    [Fact]
    public async Task CG0003_ImpossibleHeaderDate()
    {
        var test = Test(Catalog, ("e.txt", " date 2023-02-30 Kim Jong Un met officials in Moscow."));
        test.ExpectedDiagnostics.Add(Expect(DiagnosticDescriptors.MalformedDateHeader, "e.txt", 1, 7, 1, 17, "2023-02-30", "month 2 of 2023 has no day 30"));
        await test.RunAsync();
    }

    [Fact]
    public async Task CG0004_MalformedCatalog_AtTheError()
    {
        var test = Test("{\n  \"entities\": [\n    { \"id\": \"A\", \"kind\": \"Robot\", \"name\": \"A\" }\n  ]\n}");
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.MalformedCatalog).WithSpan("/corpus/catalog.json", 3, 26, 3, 33)
            .WithArguments("kind 'Robot' is not one of Person, Organization, Country, Place, Other"));
        await test.RunAsync();
    }

    [Fact]
    public async Task CG0005_And_CG0006_CatalogConflicts()
    {
        var catalog = "{ \"entities\": [\n{ \"id\": \"A\", \"kind\": \"Person\", \"name\": \"Ann Lee\" },\n{ \"id\": \"A\", \"kind\": \"Person\", \"name\": \"Bob Park\" },\n{ \"id\": \"C\", \"kind\": \"Person\", \"name\": \"Cy Ri\", \"aliases\": [\"Ann Lee\"] }\n] }";
        var test = Test(catalog);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.DuplicateEntityId).WithSpan("/corpus/catalog.json", 3, 1, 3, 52).WithArguments("A", "2"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.AliasConflict).WithSpan("/corpus/catalog.json", 4, 61, 4, 70).WithArguments("Ann Lee", "C", "A"));
        await test.RunAsync();
    }

    [Fact]
    public async Task CG0007_DuplicateArticleId_OnTheLaterFile()
    {
        var test = Test(Catalog, ("x.txt", " date 2023-10-19 One."), ("x.md", " date 2023-10-19 Two."));
        test.ExpectedDiagnostics.Add(Expect(DiagnosticDescriptors.DuplicateArticleId, "x.txt", 1, 1, 1, 22, "x", "x.md"));
        await test.RunAsync();
    }

    [Fact]
    public async Task SampleCorpus_ReportsExactlyTheTwoUndatedArticles()
    {
        var articles = SampleCorpus.ArticlePaths.Select(p => (Path.GetFileName(p), File.ReadAllText(p))).ToArray();
        var test = Test(File.ReadAllText(SampleCorpus.CatalogPath), articles);
        foreach (var (name, text) in articles.Where(a => a.Item1.StartsWith("001") || a.Item1.StartsWith("003")))
        {
            var firstLine = text.Split('\n')[0].TrimEnd('\r');
            var partial = name.StartsWith("001") ? "; the dateline says 'Oct 20' but gives no year" : "";
            test.ExpectedDiagnostics.Add(Expect(DiagnosticDescriptors.MissingDate, name, 1, 1, 1, firstLine.Length + 1, Path.GetFileNameWithoutExtension(name), partial));
        }
        await test.RunAsync();
    }

    [Fact]
    public async Task FilesWithoutCorpusMetadataAreIgnored()
    {
        var test = new CSharpAnalyzerTest<CorpusAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0", new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.12"), Path.Combine("ref", "net10.0")),
        };
        test.TestState.Sources.Add("class Program { static void Main() { } }");
        test.TestState.AdditionalFiles.Add(("/notes.txt", "No date here, and Unknown Names."));
        await test.RunAsync();
    }

    [Fact]
    public void DescriptorsMatchTheCoreRuleTable()
    {
        foreach (var rule in CorpusGen.Core.Model.CorpusDiagnosticRules.All)
        {
            var descriptor = DiagnosticDescriptors.ById[rule.Id];
            Assert.Equal(rule.MessageFormat, descriptor.MessageFormat.ToString());
            Assert.Equal(rule.Severity.ToString(), descriptor.DefaultSeverity.ToString());
            Assert.Equal(rule.HelpLink, descriptor.HelpLinkUri);
            Assert.EndsWith("/docs/diagnostics/" + rule.Id + ".md", descriptor.HelpLinkUri);
            Assert.True(File.Exists(Path.Combine(RepositoryRoot.Path, "docs", "diagnostics", rule.Id + ".md")), "no help page for " + rule.Id);
            Assert.Contains(rule.Id + " | " + rule.Category + " | " + rule.Severity, File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "CorpusGen", "AnalyzerReleases.Unshipped.md")));
        }
        Assert.Equal(CorpusGen.Core.Model.CorpusDiagnosticRules.All.Count, DiagnosticDescriptors.All.Length);
    }
}
