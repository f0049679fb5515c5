extern alias Generator;

using System.Collections.Generic;
using System.Linq;
using CorpusGen.Synthetic;
using CorpusGen.Tests.Infrastructure;
using Xunit;
using ArticleSpec = Generator::CorpusGen.Core.Model.ArticleSpec;
using GeneratedArticle = Generator::CorpusGen.Model.GeneratedArticle;
using TrackingNames = Generator::CorpusGen.TrackingNames;

namespace CorpusGen.Tests.Generator;

/// <summary>
/// The compiler server runs every build in one process, each with new texts and a new driver (which
/// is what these tests do). An article whose path, content and catalog are unchanged keeps the
/// result of the earlier build; a changed article is extracted again.
/// </summary>
public class KeptAcrossCompilationsTests
{
    private static readonly SyntheticArticle[] Articles = SyntheticCorpus.Generate(3).ToArray();

    // Paths of their own: what is kept is process-wide, and other tests use /project/.
    private static GeneratorHarness.Input Input(string thirdText, string catalog = "")
        => new(
            Articles.Select((a, i) => ("/kept/corpus/" + a.FileName, i == 2 ? thirdText : a.Text)).ToList(),
            ("/kept/corpus/catalog.json", catalog.Length > 0 ? catalog : SyntheticCorpus.CatalogJson));

    private static Dictionary<string, ArticleSpec> Build(GeneratorHarness.Input input)
        => GeneratorHarness.Run(input).Result.Results.Single().TrackedSteps[TrackingNames.Article]
            .SelectMany(step => step.Outputs)
            .Select(output => (GeneratedArticle)output.Value)
            .ToDictionary(article => article.Spec.FileName, article => article.Spec);

    [Fact]
    public void UnchangedArticlesKeepTheirResult_AChangedOneIsExtractedAgain()
    {
        var first = Build(Input(Articles[2].Text));
        var again = Build(Input(Articles[2].Text));
        Assert.All(first, pair => Assert.Same(pair.Value, again[pair.Key]));

        var edited = Articles[2].Text + "\nKim Jong Un met officials in Pyongyang on Tuesday.\n";
        var afterEdit = Build(Input(edited));
        Assert.Same(first[Articles[0].FileName], afterEdit[Articles[0].FileName]);
        Assert.Same(first[Articles[1].FileName], afterEdit[Articles[1].FileName]);
        Assert.NotSame(first[Articles[2].FileName], afterEdit[Articles[2].FileName]);
        Assert.Equal(edited.Length, afterEdit[Articles[2].FileName].TextLength);
    }

    [Fact]
    public void AChangedCatalogExtractsEveryArticleAgain()
    {
        var first = Build(Input(Articles[2].Text));
        var otherCatalog = SyntheticCorpus.CatalogJson.Replace("\"name\": \"Wang Yi\"", "\"name\": \"Wang Yi\", \"aliases\": [\"Wang\"]");
        Assert.NotEqual(SyntheticCorpus.CatalogJson, otherCatalog);
        var afterCatalogEdit = Build(Input(Articles[2].Text, otherCatalog));
        Assert.All(first, pair => Assert.NotSame(pair.Value, afterCatalogEdit[pair.Key]));
    }
}
