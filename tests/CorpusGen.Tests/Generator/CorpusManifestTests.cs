extern alias Generator;

using System.Linq;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using CorpusFileKind = Generator::CorpusGen.Model.CorpusFileKind;
using CorpusManifest = Generator::CorpusGen.Model.CorpusManifest;

namespace CorpusGen.Tests.Generator;

/// <summary>The list of corpus files CorpusGen.targets writes, as the generator and analyzer read it.</summary>
public class CorpusManifestTests
{
    private static CorpusManifest Parse(params string[] texts) => CorpusManifest.Parse(texts.Select(t => (SourceText?)SourceText.From(t)));

    [Fact]
    public void NamesArticlesAndTheCatalog_AndNothingElse()
    {
        var manifest = Parse("article\t/p/corpus/a.txt\r\ncatalog\t/p/corpus/catalog.json\n");
        Assert.Equal(CorpusFileKind.Article, manifest.KindOf("/p/corpus/a.txt"));
        Assert.Equal(CorpusFileKind.Catalog, manifest.KindOf("/p/corpus/catalog.json"));
        Assert.Equal(CorpusFileKind.None, manifest.KindOf("/p/PublicAPI.Shipped.txt"));
    }

    [Fact]
    public void MatchesPathsAsTheCompilerMayGiveThem()
    {
        // csc resolves "/additionalfile:../corpus/a.txt" against the project folder without collapsing "..".
        var manifest = Parse("article\t/p/corpus/a.txt\n");
        Assert.Equal(CorpusFileKind.Article, manifest.KindOf("/p/app/../corpus/./a.txt"));
    }

    [Fact]
    public void KeepsPathsWithCharactersAnEditorConfigValueWouldCut()
    {
        var manifest = Parse("article\t/p/C# news; 2023/a #1.txt\n");
        Assert.Equal(CorpusFileKind.Article, manifest.KindOf("/p/C# news; 2023/a #1.txt"));
    }

    [Fact]
    public void IgnoresLinesItDoesNotKnow_AndMissingText()
    {
        var manifest = CorpusManifest.Parse(new SourceText?[] { null, SourceText.From("# comment\nvideo\t/p/a.mp4\n\narticle\n") });
        Assert.Same(CorpusManifest.Empty, manifest);
    }

    [Fact]
    public void IsEqualByContent()
    {
        Assert.Equal(Parse("article\t/p/a.txt\n"), Parse("article\t/p/a.txt\n"));
        Assert.NotEqual(Parse("article\t/p/a.txt\n"), Parse("article\t/p/b.txt\n"));
        Assert.True(CorpusManifest.IsManifest("/p/obj/Debug/net10.0/App.corpusgen"));
        Assert.False(CorpusManifest.IsManifest("/p/corpus/a.txt"));
    }
}
