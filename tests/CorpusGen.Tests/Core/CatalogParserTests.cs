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
