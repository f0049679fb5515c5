using System;
using System.Linq;
using CorpusGen.Core;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.Core;

/// <summary>
/// Sentences that join two reports ("..., and he traveled to ...") are read clause by clause: each
/// clause gets its own date and participants, and a pronoun continues the subject before it.
/// </summary>
public class EventClauseTests
{
    // Published Friday 2024-03-08: Monday is the 4th, Tuesday the 5th, Wednesday the 6th.
    private static string[] Events(string story)
    {
        var article = ArticleExtractor.Extract("clauses.txt", "Kim in Moscow\n\nSEOUL, March 8, 2024 (Yonhap) -- " + story + "\n", OutletArticles.Catalog);
        return article.Events.Select(e => $"{e.Date} {e.Kind} {string.Join("+", e.ParticipantIds)} @{e.PlaceId}").ToArray();
    }

    [Fact]
    public void EachClauseKeepsItsOwnDateAndParticipants()
    {
        var events = Events("Kim Jong Un met Sergei Lavrov in Pyongyang on Monday, and he traveled to Moscow on Wednesday for talks with Vladimir Putin.");
        Assert.Equal(
            new[] { "2024-03-04 Meeting KimJongUn+SergeiLavrov @Pyongyang", "2024-03-06 Talks KimJongUn+VladimirPutin @", "2024-03-06 Visit KimJongUn @Moscow" },
            events.OrderBy(e => e, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Sergei Lavrov arrived in Seoul on Tuesday; he met Yoon Suk Yeol.")]
    [InlineData("Sergei Lavrov arrived in Seoul on Tuesday, and then he met Yoon Suk Yeol.")]
    [InlineData("Sergei Lavrov arrived in Seoul on Tuesday. He met Yoon Suk Yeol.")]
    public void AClauseWithoutADateContinuesTheOneBefore(string story)
        => Assert.Contains("2024-03-05 Meeting SergeiLavrov+YoonSukYeol @Seoul", Events(story)); // and its place

    [Fact]
    public void AnAsideIsNotAClause()
        // Split at ", she": the first part would have no trigger and the second no subject.
        => Assert.Equal(new[] { "2024-03-07 Summit KimJongUn+VladimirPutin @" }, Events("Kim Jong Un, she said, met Vladimir Putin on Thursday."));

    [Fact]
    public void APronounThatOpensASentenceIsTheTraveller()
        // Not Lavrov, the first person the sentence names.
        => Assert.Contains("2024-03-05 Visit KimJongUn @Moscow", Events("Kim Jong Un met Vladimir Putin on Monday. He traveled to Moscow on Tuesday for talks with Sergei Lavrov."));

    [Fact]
    public void TheSubjectCarriesOnAcrossPronouns()
        // The second "He" is still Kim, not Lavrov whom the sentence before names.
        => Assert.Contains("2024-03-08 Visit KimJongUn @Moscow", Events("Kim Jong Un arrived in Seoul on Wednesday. He met Sergei Lavrov on Thursday. He toured Moscow on Friday."));
}
