using System;
using System.Linq;
using CorpusGen.Core;
using CorpusGen.Core.Catalog;
using CorpusGen.Core.Model;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.Core;

/// <summary>
/// "the Russian leader", "the North Korean foreign minister": a description of a person the article
/// introduced with that nationality and office takes part in events as that person.
/// </summary>
public class PersonDescriptionTests
{
    // Published Friday 2024-03-08: Monday is the 4th, Tuesday the 5th, Wednesday the 6th.
    private static string[] Events(string story, CatalogSpec? catalog = null)
    {
        var article = ArticleExtractor.Extract("descriptions.txt", "Kim in Moscow\n\nSEOUL, March 8, 2024 (Yonhap) -- " + story + "\n", catalog ?? OutletArticles.Catalog);
        return article.Events.Select(e => $"{e.Date} {e.Kind} {string.Join("+", e.ParticipantIds)} @{e.PlaceId}").OrderBy(e => e, StringComparer.Ordinal).ToArray();
    }

    // Persons without catalog roles: only the titles the text gives them decide.
    private static readonly CatalogSpec Ministers = CatalogParser.Parse("c.json", """
        { "entities": [
          { "id": "SergeiLavrov", "kind": "Person", "name": "Sergei Lavrov" },
          { "id": "ChoeSonHui", "kind": "Person", "name": "Choe Son Hui" },
          { "id": "KimJongUn", "kind": "Person", "name": "Kim Jong Un" },
          { "id": "VladimirPutin", "kind": "Person", "name": "Vladimir Putin" },
          { "id": "Seoul", "kind": "Place", "name": "Seoul" }
        ] }
        """);

    private const string Introduction = "North Korean leader Kim Jong Un met Russian President Vladimir Putin in Moscow on Monday. ";

    [Theory]
    [InlineData("The Russian leader arrived in Pyongyang on Tuesday.", "2024-03-05 Visit VladimirPutin @Pyongyang")]
    [InlineData("The North Korean leader arrived in Seoul on Tuesday.", "2024-03-05 Visit KimJongUn @Seoul")]
    [InlineData("The Russian president's plane landed in Seoul on Tuesday, and he toured Seoul.", "2024-03-05 Visit VladimirPutin @Seoul")]
    [InlineData("Russia's president arrived in Pyongyang on Tuesday.", "2024-03-05 Visit VladimirPutin @Pyongyang")] // a country's possessive
    [InlineData("Officials in North Korea said so. The North's leader arrived in Seoul on Tuesday.", "2024-03-05 Visit KimJongUn @Seoul")] // the compass word for the country
    [InlineData("North Korea's leader arrived in Seoul on Tuesday.", "2024-03-05 Visit KimJongUn @Seoul")]
    public void ADescriptionIsThePersonIntroducedWithIt(string sentence, string expected)
        => Assert.Contains(expected, Events(Introduction + sentence));

    // Sky News: an office with no nationality is the one person introduced with it.
    [Theory]
    [InlineData("The president arrived in Seoul on Tuesday.", "2024-03-05 Visit VladimirPutin @Seoul")]
    [InlineData("The President's plane landed in Seoul on Tuesday.", "2024-03-05 Visit VladimirPutin @Seoul")]
    public void AnOfficeAloneIsTheOnePersonIntroducedWithIt(string sentence, string expected)
        => Assert.Contains(expected, Events(Introduction + sentence));

    // An office the text gives with no country introduces its holder for "the prime minister" alone.
    [Theory]
    [InlineData("Prime Minister Giorgia Meloni met Javier Milei on Monday. The prime minister arrived in Manila on Tuesday.", "2024-03-05 Visit GiorgiaMeloni @Manila")]
    [InlineData("Vice President Giorgia Meloni met Javier Milei on Monday. The president arrived in Manila on Tuesday.", null)] // another office
    [InlineData("Former Prime Minister Giorgia Meloni met Javier Milei on Monday. The prime minister arrived in Manila on Tuesday.", null)]
    public void AnOfficeWithoutACountryIntroducesItsHolder(string story, string? visit)
    {
        var visits = Events(story, WorldLeaders).Where(e => e.Contains("Visit", StringComparison.Ordinal)).ToArray();
        Assert.Equal(visit is null ? Array.Empty<string>() : new[] { visit }, visits);
    }

    [Theory]
    [InlineData("The president of the World Bank arrived in Seoul on Tuesday.")] // an office of another body
    [InlineData("The president-elect arrived in Seoul on Tuesday.")] // another office
    [InlineData("The leader arrived in Seoul on Tuesday.")] // two leaders were introduced
    public void AnOfficeAloneOfAnotherOrOfTwoIsNobody(string sentence)
        => Assert.DoesNotContain(Events(Introduction + sentence), e => e.Contains("Visit", StringComparison.Ordinal));

    [Theory]
    [InlineData("President of Russia Vladimir Putin met Kim Jong Un on Monday. ")] // BelTA, the Kremlin: the office, then its country
    [InlineData("President of the Russian Federation Vladimir Putin met Kim Jong Un on Monday. ")]
    public void AnOfficeOfACountryBeforeTheNameIntroducesThePerson(string introduction)
        => Assert.Contains("2024-03-05 Visit VladimirPutin @Seoul", Events(introduction + "The Russian leader arrived in Seoul on Tuesday.", Ministers));

    // Persons the catalog describes: "President of Russia", or as a text would ("North Korean leader").
    private static readonly CatalogSpec Described = CatalogParser.Parse("c.json", """
        { "entities": [
          { "id": "KimJongUn", "kind": "Person", "name": "Kim Jong Un", "description": "North Korean leader" },
          { "id": "VladimirPutin", "kind": "Person", "name": "Vladimir Putin", "description": "President of Russia" },
          { "id": "AntonyBlinken", "kind": "Person", "name": "Antony Blinken", "description": "Secretary of State of the United States" },
          { "id": "SergeiLavrov", "kind": "Person", "name": "Sergei Lavrov", "description": "Lavrov's ministry" },
          { "id": "ChoeSonHui", "kind": "Person", "name": "Choe Son Hui", "description": "Foreign Minister of the Democratic People's Republic of Korea" },
          { "id": "Pyongyang", "kind": "Place", "name": "Pyongyang" },
          { "id": "Seoul", "kind": "Place", "name": "Seoul" },
          { "id": "Russia", "kind": "Country", "name": "Russia" },
          { "id": "NorthKorea", "kind": "Country", "name": "North Korea" }
        ] }
        """);

    [Theory]
    [InlineData("The Russian president arrived in Pyongyang on Tuesday.", "2024-03-05 Visit VladimirPutin @Pyongyang")]
    [InlineData("The North Korean leader arrived in Seoul on Tuesday.", "2024-03-05 Visit KimJongUn @Seoul")]
    [InlineData("The American secretary of state arrived in Seoul on Tuesday.", "2024-03-05 Visit AntonyBlinken @Seoul")]
    [InlineData("The Russian foreign minister arrived in Seoul on Tuesday.", null)] // Lavrov's description gives no title
    [InlineData("The North Korean foreign minister arrived in Seoul on Tuesday.", "2024-03-05 Visit ChoeSonHui @Seoul")] // the country's full name
    public void APersonNamedWithoutATitleHasTheOneTheCatalogDescribes(string sentence, string? expected)
        => Assert.Equal(
            expected is null ? Array.Empty<string>() : new[] { expected },
            Events("Vladimir Putin, Kim Jong Un, Sergei Lavrov, Choe Son Hui and Antony Blinken spoke on Monday. " + sentence, Described).Where(e => !e.Contains("Monday", StringComparison.Ordinal) && e.Contains("Visit", StringComparison.Ordinal)));

    [Theory]
    // An office "of" a country after "the" describes too ("The President of Russia met ...").
    [InlineData("The President of Russia arrived in Pyongyang on Tuesday.", "2024-03-05 Visit VladimirPutin @Pyongyang")]
    [InlineData("The Foreign Minister of North Korea arrived in Seoul on Tuesday.", "2024-03-05 Visit ChoeSonHui @Seoul")]
    [InlineData("The President of Atlantis arrived in Seoul on Tuesday.", null)]
    public void AnOfficeOfACountryAfterTheDescribes(string sentence, string? expected)
        => Assert.Equal(
            expected is null ? Array.Empty<string>() : new[] { expected },
            Events("Vladimir Putin, Kim Jong Un and Choe Son Hui spoke on Monday. " + sentence, Described).Where(e => e.Contains("Visit", StringComparison.Ordinal)));

    [Fact]
    public void AnUndatedLeadReadsItsDescriptionsToo()
    {
        // A Kremlin readout: the lead with no date is the news of its day.
        var article = ArticleExtractor.Extract("readout.txt",
            "Vladimir Putin meets Choe Son Hui\n\nMoscow, 4 November 2024\n\nThe President of Russia met with Choe Son Hui, who is in Russia on an official visit.\n", Described);
        Assert.Contains(article.Events, e => e.Kind == EventKind.Meeting && e.ParticipantIds.SequenceEqual(new[] { "ChoeSonHui", "VladimirPutin" }) && e.Date.ToString() == "2024-11-04");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("of")]
    [InlineData(" of ")]
    [InlineData("President of ")]
    [InlineData("President of Atlantis")]
    [InlineData("Kremlin spokesman")]
    [InlineData("of Russia")]
    [InlineData("Russian")]
    [InlineData("President of the Russian Federation of")]
    public void ADescriptionThatIsNoTitleIntroducesNobody(string description)
    {
        var catalog = CatalogParser.Parse("c.json", "{ \"entities\": [ { \"id\": \"VladimirPutin\", \"kind\": \"Person\", \"name\": \"Vladimir Putin\", \"description\": "
            + System.Text.Json.JsonSerializer.Serialize(description) + " }, { \"id\": \"Seoul\", \"kind\": \"Place\", \"name\": \"Seoul\" } ] }");
        Assert.DoesNotContain(Events("Vladimir Putin spoke on Monday. The Russian president arrived in Seoul on Tuesday.", catalog), e => e.Contains("Visit", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Russian President Vladimir Putin met Russian officials on Tuesday.", null)] // his own country's
    [InlineData("Kim Jong Un met North Korean officials on Tuesday.", null)] // the catalog says he leads North Korea
    [InlineData("Russian President Vladimir Putin met North Korean officials on Tuesday.", "2024-03-05 Meeting NorthKorea+VladimirPutin @")]
    public void APersonMeetingTheirOwnCountrysOfficialsMeetsNoOtherSide(string story, string? meeting)
        => Assert.Equal(meeting is null ? Array.Empty<string>() : new[] { meeting }, Events(story, Described).Where(e => e.Contains("Meeting", StringComparison.Ordinal)));

    [Fact]
    public void TheCatalogsDescriptionIsNoIntroductionBeforeTheNameIsRead()
        // The description comes first: whom it means, the text has not said yet.
        => Assert.DoesNotContain(
            "2024-03-05 Visit VladimirPutin @Pyongyang",
            Events("The Russian president arrived in Pyongyang on Tuesday. Vladimir Putin spoke on Monday.", Described));

    [Fact]
    public void ADescriptionInAClauseIsThatClausesSubject()
        // Not Kim, the sentence's subject: the Russian leader is the one who visited.
        => Assert.Contains(
            "2024-03-05 Visit VladimirPutin @Pyongyang",
            Events(Introduction + "Kim met Putin again on Tuesday, when the Russian leader visited Pyongyang."));

    [Fact]
    public void ACounterpartHoldsTheOfficeOfTheOneNamedBeforeIt()
        // Kim is North Korean too, but not a foreign minister as Lavrov is.
        => Assert.Contains(
            "2024-03-05 Meeting ChoeSonHui+SergeiLavrov @Seoul",
            Events("Russian Foreign Minister Sergei Lavrov, North Korean leader Kim Jong Un and North Korean Foreign Minister Choe Son Hui spoke on Monday. "
                   + "Lavrov met his North Korean counterpart in Seoul on Tuesday.", Ministers));

    [Fact]
    public void AnAppositionIntroducesTheDescriptionToo()
        => Assert.Contains(
            "2024-03-05 Visit KimJongUn @Seoul",
            Events("Kim Jong Un, the North Korean leader, met Vladimir Putin on Monday. The North Korean leader arrived in Seoul on Tuesday."));

    [Fact]
    public void AnOfficeMustFitTheDescription()
    {
        var intro = "Russian Foreign Minister Sergei Lavrov met North Korea's Foreign Minister Choe Son Hui and Russian President Vladimir Putin on Monday. ";
        Assert.Contains("2024-03-05 Visit SergeiLavrov @Seoul", Events(intro + "The Russian foreign minister arrived in Seoul on Tuesday.", Ministers));
        Assert.Contains("2024-03-05 Visit SergeiLavrov @Seoul", Events(intro + "The Russian top diplomat arrived in Seoul on Tuesday.", Ministers));
        Assert.Contains("2024-03-05 Visit ChoeSonHui @Seoul", Events(intro + "The North Korean foreign minister arrived in Seoul on Tuesday.", Ministers));
        Assert.Contains("2024-03-05 Visit VladimirPutin @Seoul", Events(intro + "The Russian president arrived in Seoul on Tuesday.", Ministers));
    }

    [Theory]
    // Nobody introduced as Russian; two Russians who could each be "the Russian leader".
    [InlineData("Kim Jong Un met Vladimir Putin on Monday. The Russian leader arrived in Seoul on Tuesday.")]
    [InlineData("Russian President Vladimir Putin and Russian Chairman Recep Tayyip Erdogan met on Monday. The Russian leader arrived in Seoul on Tuesday.")]
    // A name after the description makes it a title, and a former president is not the president.
    [InlineData("Former Russian President Vladimir Putin met Kim Jong Un on Monday. The Russian president arrived in Seoul on Tuesday.")]
    public void NoOneOrMoreThanOneIsNobody(string story)
        => Assert.DoesNotContain(Events(story), e => e.Contains("Visit", StringComparison.Ordinal));

    [Fact]
    public void ADescriptionIsNoMentionOfTheArticle()
    {
        var article = ArticleExtractor.Extract("d.txt", "Kim in Moscow\n\n" + Introduction + "The Russian leader arrived in Pyongyang on Tuesday.\n", OutletArticles.Catalog);
        Assert.DoesNotContain(article.Mentions, m => m.Surface.Contains("leader", StringComparison.Ordinal));
    }

    private static readonly CatalogSpec WorldLeaders = CatalogParser.Parse("c.json", """
        { "entities": [
          { "id": "JavierMilei", "kind": "Person", "name": "Javier Milei" },
          { "id": "GiorgiaMeloni", "kind": "Person", "name": "Giorgia Meloni" },
          { "id": "FerdinandMarcosJr", "kind": "Person", "name": "Ferdinand Marcos Jr." },
          { "id": "MohamedBinZayed", "kind": "Person", "name": "Mohamed bin Zayed" },
          { "id": "LuisLacallePou", "kind": "Person", "name": "Luis Lacalle Pou" },
          { "id": "TsheringTobgay", "kind": "Person", "name": "Tshering Tobgay" },
          { "id": "MohammedBinSalman", "kind": "Person", "name": "Mohammed bin Salman" },
          { "id": "LeoVaradkar", "kind": "Person", "name": "Leo Varadkar" },
          { "id": "Argentina", "kind": "Country", "name": "Argentina" },
          { "id": "Rome", "kind": "Place", "name": "Rome" }, { "id": "Manila", "kind": "Place", "name": "Manila" }
        ] }
        """);

    [Theory]
    [InlineData("Argentine President Javier Milei met Italian Prime Minister Giorgia Meloni in Rome on Monday. The Argentine president arrived in Manila on Tuesday.", "2024-03-05 Visit JavierMilei @Manila")]
    [InlineData("Philippine President Ferdinand Marcos Jr. met Giorgia Meloni on Monday. The Philippine leader arrived in Rome on Tuesday.", "2024-03-05 Visit FerdinandMarcosJr @Rome")]
    [InlineData("Emirati President Mohamed bin Zayed met Giorgia Meloni on Monday. The Emirati president arrived in Manila on Tuesday.", "2024-03-05 Visit MohamedBinZayed @Manila")]
    [InlineData("Uruguayan President Luis Lacalle Pou met Javier Milei on Monday. The Uruguayan president arrived in Rome on Tuesday.", "2024-03-05 Visit LuisLacallePou @Rome")]
    [InlineData("Bhutanese Prime Minister Tshering Tobgay met Giorgia Meloni on Monday. The Bhutanese prime minister arrived in Manila on Tuesday.", "2024-03-05 Visit TsheringTobgay @Manila")]
    [InlineData("Saudi Crown Prince Mohammed bin Salman met Giorgia Meloni on Monday. The crown prince arrived in Rome on Tuesday.", "2024-03-05 Visit MohammedBinSalman @Rome")] // a crown prince's office
    [InlineData("Saudi Crown Prince Mohammed bin Salman met Giorgia Meloni on Monday. The Saudi crown prince arrived in Rome on Tuesday.", "2024-03-05 Visit MohammedBinSalman @Rome")]
    [InlineData("Taoiseach Leo Varadkar met Giorgia Meloni on Monday. The Taoiseach arrived in Rome on Tuesday.", "2024-03-05 Visit LeoVaradkar @Rome")] // the Irish Times
    public void NationalitiesBeyondTheMajorPowersDescribeTheirLeaders(string story, string expected)
    {
        Assert.Contains(expected, Events(story, WorldLeaders));
        // The nationality is no unknown name.
        var article = ArticleExtractor.Extract("descriptions.txt", "Leaders\n\n" + story + "\n", WorldLeaders);
        Assert.Empty(article.Unresolved);
    }

    // Times of Israel: "US Secretary of State Antony Blinken met with Prime Minister Benjamin Netanyahu
    // ... The top US diplomat also met with war cabinet minister Benny Gantz": "secretary of state" is
    // one office, a top diplomat's; "top" may stand before the nationality; and a described subject
    // that goes on with "also" tells of the day before, as a name would.
    private static readonly CatalogSpec Diplomats = CatalogParser.Parse("c.json", """
        { "entities": [
          { "id": "AntonyBlinken", "kind": "Person", "name": "Antony Blinken" },
          { "id": "WangYi", "kind": "Person", "name": "Wang Yi", "description": "Foreign Minister of China" },
          { "id": "BenjaminNetanyahu", "kind": "Person", "name": "Benjamin Netanyahu" },
          { "id": "BennyGantz", "kind": "Person", "name": "Benny Gantz" }
        ] }
        """);

    [Theory]
    [InlineData("US Secretary of State Antony Blinken met Benjamin Netanyahu on Monday. The top US diplomat also met with Benny Gantz.", "2024-03-04 Meeting AntonyBlinken+BennyGantz @")]
    [InlineData("US Secretary of State Antony Blinken met Benjamin Netanyahu on Monday. The US secretary of state met with Benny Gantz on Tuesday.", "2024-03-05 Meeting AntonyBlinken+BennyGantz @")]
    [InlineData("Wang Yi met Benjamin Netanyahu on Monday. The top Chinese diplomat also met with Benny Gantz.", "2024-03-04 Meeting BennyGantz+WangYi @")]
    [InlineData("Wang Yi met Benjamin Netanyahu on Monday. The Chinese foreign minister also met with Benny Gantz.", "2024-03-04 Meeting BennyGantz+WangYi @")]
    public void ASecretaryOfStateIsATopDiplomat(string story, string expected)
        => Assert.Contains(expected, Events(story, Diplomats));
}
