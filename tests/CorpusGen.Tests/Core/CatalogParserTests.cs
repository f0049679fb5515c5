extern alias Generator;

using System.Linq;
using CorpusGen.Core.Catalog;
using CorpusGen.Core.Model;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.Core;

public class CatalogParserTests
{
    [Fact]
    public void SampleCatalogIsCleanAndHoldsEveryGoldEntity()
    {
        var catalog = SampleCorpus.Catalog;
        Assert.Empty(catalog.Diagnostics);
        var names = catalog.Entities.Select(e => e.Name).ToHashSet();
        foreach (var entry in Gold.Instance.Catalog) Assert.Contains(entry.Name, names);
    }

    [Fact]
    public void SyntaxErrorIsReportedAtItsLineAndColumn()
    {
        var catalog = CatalogParser.Parse("c.json", "{\n  \"entities\": [\n    { \"id\": \"A\" \"kind\": \"Person\" }\n  ]\n}");
        var diagnostic = Assert.Single(catalog.Diagnostics);
        Assert.Equal("CG0004", diagnostic.Id);
        Assert.Equal((3, 17), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Contains("expected ',' or '}'", diagnostic.FormatMessage());
    }

    [Fact]
    public void NestingIsLimitedSoThatDeepBracketsAreADiagnosticNotAStackOverflow()
    {
        // 100,000 levels overflowed the stack of the process before the limit: the compiler's, or the IDE's.
        const int Levels = 100_000;
        var catalog = CatalogParser.Parse("c.json", "{ \"entities\": " + new string('[', Levels) + new string(']', Levels) + " }");
        var diagnostic = Assert.Single(catalog.Diagnostics);
        Assert.Equal("CG0004", diagnostic.Id);
        Assert.Equal(14 + JsonNode.MaxDepth - 1, diagnostic.Span.Start); // the first bracket past the limit (the root object is level 1)
        Assert.Contains("nested more than 64 deep", diagnostic.FormatMessage());
        Assert.Empty(catalog.Entities);

        JsonNode.Parse(new string('[', JsonNode.MaxDepth) + new string(']', JsonNode.MaxDepth));
        Assert.Throws<JsonSyntaxException>(() => JsonNode.Parse(new string('[', JsonNode.MaxDepth + 1) + new string(']', JsonNode.MaxDepth + 1)));
    }

    [Fact]
    public void AParserDefectBecomesACatalogErrorOnLineOne()
    {
        // The generator's copy of the parser: the one the test failure is installed in.
        var catalog = Generator::CorpusGen.Core.Catalog.CatalogParser.ParseOrReport("/c/" + InjectedFailure.Marker + ".json", "{ \"entities\": [] }");
        var diagnostic = Assert.Single(catalog.Diagnostics);
        Assert.Equal(("CG0004", 1, 1), (diagnostic.Id, diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Contains("CorpusGen could not read it (" + InjectedFailure.Message + ")", diagnostic.FormatMessage());
        Assert.Empty(catalog.Entities);
    }

    [Fact]
    public void BrokenEntryIsReportedAndTheRestIsKept()
    {
        const string json = """
            { "entities": [
              { "id": "Good", "kind": "Person", "name": "Good Person" },
              { "id": "Bad", "kind": "Alien", "name": "Bad Kind" },
              { "id": "9Lives", "kind": "Person", "name": "Bad Id" }
            ] }
            """;
        var catalog = CatalogParser.Parse("c.json", json);
        Assert.Equal(new[] { "Good" }, catalog.Entities.Select(e => e.Id));
        Assert.Equal(new[] { ("CG0004", 3), ("CG0004", 4) }, catalog.Diagnostics.Select(d => (d.Id, d.Span.Line)));
    }

    [Fact]
    public void DuplicateIdAndClaimedAliasAreReportedWhereTheyStand()
    {
        const string json = """
            { "entities": [
              { "id": "KimJongUn", "kind": "Person", "name": "Kim Jong Un", "aliases": ["Kim"] },
              { "id": "KimJongUn", "kind": "Person", "name": "Someone Else" },
              { "id": "KimYoJong", "kind": "Person", "name": "Kim Yo Jong", "aliases": ["Kim"] }
            ] }
            """;
        var catalog = CatalogParser.Parse("c.json", json);
        Assert.Equal(new[] { "KimJongUn", "KimYoJong" }, catalog.Entities.Select(e => e.Id));
        Assert.Empty(catalog.Entities[1].Aliases);
        Assert.Equal(new[] { ("CG0005", 3, 3), ("CG0006", 4, 77) }, catalog.Diagnostics.Select(d => (d.Id, d.Span.Line, d.Span.Column)));
        Assert.Equal("Alias 'Kim' of 'KimYoJong' is already a name of 'KimJongUn'", catalog.Diagnostics[1].FormatMessage());
    }

    [Fact]
    public void HyphenAndCaseVariantsOfOneNameAreNotConflicts()
    {
        var catalog = CatalogParser.Parse("c.json", """{ "entities": [ { "id": "K", "kind": "Person", "name": "Kim Jong Un", "aliases": ["Kim Jong-un", "KIM JONG UN"] } ] }""");
        Assert.Empty(catalog.Diagnostics);
        Assert.Equal(new[] { "Kim Jong-un", "KIM JONG UN" }, catalog.Entities[0].Aliases);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{ \"ignore\": [] }")]
    [InlineData("")]
    public void NonCatalogDocumentsAreMalformed(string json)
    {
        var catalog = CatalogParser.Parse("c.json", json);
        Assert.Equal("CG0004", Assert.Single(catalog.Diagnostics).Id);
        Assert.Empty(catalog.Entities);
    }
}
