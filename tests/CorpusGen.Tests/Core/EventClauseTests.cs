using System;
using System.Linq;
using CorpusGen.Core;
using CorpusGen.Core.Model;
using CorpusGen.Core.Reading;
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

    // A story's events, each once, in ordinal order, joined by "|".
    private static string EventsInOrder(string story) => string.Join("|", Events(story).Distinct().OrderBy(e => e, StringComparer.Ordinal));

    // The one event a story gives, or none.
    private static string[] OnlyOrNone(string? only) => only is null ? Array.Empty<string>() : new[] { only };

    [Fact]
    public void EachClauseKeepsItsOwnDateAndParticipants()
    {
        // The talks the journey was for have no day of their own here (ArrivingForTalksDoesNotDateThem).
        var events = Events("Kim Jong Un met Sergei Lavrov in Pyongyang on Monday, and he traveled to Moscow on Wednesday for talks with Vladimir Putin.");
        Assert.Equal(
            new[] { "2024-03-04 Meeting KimJongUn+SergeiLavrov @Pyongyang", "2024-03-06 Visit KimJongUn @Moscow" },
            events.OrderBy(e => e, StringComparer.Ordinal));
    }

    // Politico: what the journey after "before" goes on to is the subject's own, on its own day.
    [Theory]
    [InlineData("Sergei Lavrov met Kim Jong Un in Pyongyang on Monday before traveling to Beijing to meet Xi Jinping on Wednesday.")]
    [InlineData("Sergei Lavrov met Kim Jong Un in Pyongyang on Monday before flying to Beijing, where he met Xi Jinping on Wednesday.")]
    public void AJourneyOnBeforeAnotherDayIsAClauseOfItsOwn(string story)
        => Assert.Equal(
            "2024-03-04 Meeting KimJongUn+SergeiLavrov @Pyongyang|2024-03-06 Meeting SergeiLavrov+XiJinping @Beijing|2024-03-06 Visit SergeiLavrov @Beijing",
            EventsInOrder(story));

    [Theory]
    [InlineData("Sergei Lavrov arrived in Seoul on Tuesday; he met Yoon Suk Yeol.")]
    [InlineData("Sergei Lavrov arrived in Seoul on Tuesday, and then he met Yoon Suk Yeol.")]
    [InlineData("Sergei Lavrov arrived in Seoul on Tuesday. He met Yoon Suk Yeol.")]
    public void AClauseWithoutADateContinuesTheOneBefore(string story)
        => Assert.Contains("2024-03-05 Meeting SergeiLavrov+YoonSukYeol @Seoul", Events(story)); // and its place

    // Global Times: the clause after ", and" names neither leader, and its date is "that evening".
    [Theory]
    [InlineData("Vladimir Putin met Kim Jong Un on Monday. Kim arrived in Moscow on Tuesday afternoon, and the two leaders held an informal meeting and dinner that evening.")]
    [InlineData("Vladimir Putin met Kim Jong Un on Monday. Kim arrived in Moscow on Tuesday, and the two leaders held an informal meeting.")]
    [InlineData("Vladimir Putin met Kim Jong Un on Monday. Kim arrived in Moscow on Tuesday, and he held an informal meeting with Putin that evening.")]
    public void TheTwoLeadersOfAJoinedClauseAreThePairNamedLast(string story)
        => Assert.Contains("2024-03-05 Summit KimJongUn+VladimirPutin @Moscow", Events(story));

    [Theory]
    [InlineData("Kim Jong Un left Moscow on Wednesday, ending a six-day trip.", "2024-03-06 Visit KimJongUn @Moscow")]
    [InlineData("Kim Jong Un left Moscow on Wednesday after a two-day visit.", "2024-03-06 Visit KimJongUn @Moscow")]
    [InlineData("Kim Jong Un left Pyongyang on Wednesday for a six-day trip.", "2024-03-06 Visit KimJongUn @")] // where he set off from is no destination
    public void AJourneyThatEndsAsItsTravellerLeavesWasWhereTheyLeft(string story, string visit)
        => Assert.Contains(visit, Events(story));

    [Theory]
    [InlineData("Sergei Lavrov met Kim Jong Un and held talks with Choe Son Hui on Wednesday.")]
    [InlineData("On Wednesday, Sergei Lavrov met Kim Jong Un and held talks with Choe Son Hui.")]
    public void VerbsJoinedWithoutANewSubjectShareTheirDate(string story)
        => Assert.Equal(
            new[] { "2024-03-06 Meeting KimJongUn+SergeiLavrov @", "2024-03-06 Talks ChoeSonHui+SergeiLavrov @" },
            Events(story).OrderBy(e => e, StringComparer.Ordinal));

    [Fact]
    public void TheThreeLeadersAreTheThreeNamedBefore()
        => Assert.Contains("2024-03-06 Treaty KimJongUn+SergeiLavrov+VladimirPutin @",
            Events("Vladimir Putin, Sergei Lavrov and Kim Jong Un met on Wednesday. The three leaders signed a joint statement."));

    [Fact]
    public void AlsoHeldABilateralMeetingGoesOnAtTheDayBefore()
    {
        // The Japan Times: the meeting's noun stands after "held" and two words describing it. The
        // merge makes it one event with the three's summit; the sentence's own reading stays.
        var article = ArticleExtractor.Extract("clauses.txt", "Kim in Moscow\n\nSEOUL, March 8, 2024 (Yonhap) -- Vladimir Putin, Sergei Lavrov and Kim Jong Un met on Wednesday. "
            + "Kim Jong Un and Sergei Lavrov also held a brief bilateral meeting.\n", OutletArticles.Catalog);
        var summit = Assert.Single(article.Events);
        Assert.Equal(new[] { "KimJongUn", "SergeiLavrov", "VladimirPutin" }, summit.ParticipantIds);
        Assert.Contains(summit.Sources, s => s.Kind == EventKind.Meeting && s.Date.ToString() == "2024-03-06" && s.ParticipantIds.SequenceEqual(new[] { "KimJongUn", "SergeiLavrov" }));
    }

    [Fact]
    public void TheMinistersAreThePairNamedBefore()
        // Russia's foreign ministry: "The ministers held talks on October 19 in Pyongyang."
        => Assert.Contains("2024-03-06 Talks ChoeSonHui+SergeiLavrov @Pyongyang",
            Events("Sergei Lavrov paid an official visit at the invitation of Choe Son Hui. The ministers held talks on Wednesday in Pyongyang."));

    [Fact]
    public void AnAsideIsNotAClause()
        // Split at ", she": the first part would have no trigger and the second no subject.
        => Assert.Equal(new[] { "2024-03-07 Summit KimJongUn+VladimirPutin @" }, Events("Kim Jong Un, she said, met Vladimir Putin on Thursday."));

    // NK News: what was said is the statement, and the visit it announces for days ahead is one to come.
    [Theory]
    [InlineData("The Kremlin said Monday that Vladimir Putin would visit Pyongyang on Saturday and Sunday.", "2024-03-09/2024-03-10 Visit VladimirPutin @Pyongyang")]
    // Seen from Monday, Tuesday and Wednesday are the 5th and 6th, gone by on Friday: a plan, not news.
    [InlineData("The Kremlin said Monday that Vladimir Putin would visit Pyongyang on Tuesday and Wednesday.", null)]
    [InlineData("The Kremlin said on Monday that Kim Jong Un had visited Pyongyang on Tuesday.", null)] // a past happening that was said is no event of its own
    [InlineData("The Kremlin said Monday that Vladimir Putin would visit Pyongyang in March.", "2024-03 Visit VladimirPutin @Pyongyang")] // the month goes on past the publication
    [InlineData("The Kremlin said Monday that Vladimir Putin had visited Pyongyang in March.", null)]
    public void AVisitAnnouncedInReportedSpeechIsOneToCome(string story, string? visit)
        => Assert.Equal(
            new[] { "2024-03-04 Statement Kremlin @" }.Concat(OnlyOrNone(visit)).OrderBy(e => e, StringComparer.Ordinal),
            Events(story).OrderBy(e => e, StringComparer.Ordinal));

    [Theory]
    [InlineData("Kim Jong Un inspected a tank factory on Sunday as preparations continued for an expected visit by Vladimir Putin.")]
    [InlineData("Kim Jong Un toured a factory in Pyongyang on Sunday amid an anticipated summit with Vladimir Putin.")]
    public void AHappeningStillExpectedIsNotDatedByTheSentencesDay(string story)
        => Assert.DoesNotContain(Events(story), e => e.Contains("VladimirPutin", StringComparison.Ordinal));

    [Theory]
    [InlineData("Vladimir Putin said Kim Jong Un will visit Moscow on Tuesday.", "2024-03-12 Visit KimJongUn @Moscow")] // the reported clause's subject
    [InlineData("Vladimir Putin said he will visit Moscow on Tuesday.", "2024-03-12 Visit VladimirPutin @Moscow")]
    public void WhoTravelsIsTheSubjectOfTheClauseASayingVerbReports(string story, string visit)
        => Assert.Contains(visit, Events(story));

    [Theory]
    [InlineData("Sergei Lavrov landed in Pyongyang on Tuesday.", "2024-03-05 Visit SergeiLavrov @Pyongyang")]
    [InlineData("Choe Son Hui flew to Moscow on Monday.", "2024-03-04 Visit ChoeSonHui @Moscow")]
    [InlineData("Kim Jong Un will travel to Moscow on Tuesday.", "2024-03-12 Visit KimJongUn @Moscow")]
    [InlineData("Vladimir Putin will arrive in Pyongyang on Tuesday evening for a two-day visit.", "2024-03-12 Visit VladimirPutin @Pyongyang")] // "arrive", not only "arrived"
    [InlineData("Sergei Lavrov left Pyongyang for Moscow on Tuesday.", "2024-03-05 Visit SergeiLavrov @Moscow")] // "left for" with the place left between
    [InlineData("Sergei Lavrov departed Pyongyang early Tuesday for Moscow.", "2024-03-05 Visit SergeiLavrov @Moscow")] // the time of leaving between too
    [InlineData("Vladimir Putin is expected to leave Pyongyang for Moscow later tonight.", "2024-03-08 Visit VladimirPutin @Moscow")] // a departure to come
    [InlineData("Vladimir Putin will leave for Moscow on Tuesday.", "2024-03-12 Visit VladimirPutin @Moscow")]
    [InlineData("Vladimir Putin did not leave Pyongyang for Moscow on Tuesday.", null)] // negated before the verb, not before "for"
    [InlineData("Sergei Lavrov will visit Pyongyang next week, the Kremlin said on Friday.", "2024-03-11/2024-03-17 Visit SergeiLavrov @Pyongyang")] // an announcement's week, Monday to Sunday
    [InlineData("North Korea's missile landed in the sea off Seoul on Tuesday.", null)] // a journey told by a phrase needs a person
    public void JourneysToldByAPhrase(string story, string? visit)
    {
        var events = Events(story);
        if (visit is null) Assert.Empty(events);
        else Assert.Contains(visit, events);
    }

    [Fact]
    public void AJourneyToAPlaceTheCatalogLacksIsNotADayOfTheVisitBefore()
        // Hanoi is no catalog place: the next stop would otherwise merge into the Pyongyang visit.
        => Assert.Equal(
            new[] { "2024-03-06 Visit VladimirPutin @Pyongyang" },
            Events("Vladimir Putin arrived in Pyongyang on Wednesday. He traveled to Hanoi on Thursday."));

    [Fact]
    public void AJourneyToAPlaceTheCatalogLacksStaysAnEventOtherwise()
        => Assert.Equal(new[] { "2024-03-04 Visit VladimirPutin @" }, Events("Vladimir Putin visited Hanoi on Monday."));

    [Fact]
    public void APronounThatOpensASentenceIsTheTraveller()
        // Not Lavrov, the first person the sentence names.
        => Assert.Contains("2024-03-05 Visit KimJongUn @Moscow", Events("Kim Jong Un met Vladimir Putin on Monday. He traveled to Moscow on Tuesday for talks with Sergei Lavrov."));

    [Fact]
    public void TheSubjectCarriesOnAcrossPronouns()
        // The second "He" is still Kim, not Lavrov whom the sentence before names.
        => Assert.Contains("2024-03-08 Visit KimJongUn @Moscow", Events("Kim Jong Un arrived in Seoul on Wednesday. He met Sergei Lavrov on Thursday. He toured Moscow on Friday."));

    [Theory]
    [InlineData("Xi Jinping and Vladimir Putin", "VladimirPutin+XiJinping")]
    [InlineData("Russian President Vladimir Putin and Xi Jinping", "VladimirPutin+XiJinping")]
    [InlineData("Wang Yi and Vladimir Putin", null)] // a name the catalog does not know opens the clause too
    public void ANamedSubjectAfterAndOpensAClause(string subject, string? talks)
    {
        var events = Events($"Choe Son Hui and Sergei Lavrov met in Moscow on Monday, and {subject} held talks in Beijing on Wednesday.");
        Assert.Contains("2024-03-04 Meeting ChoeSonHui+SergeiLavrov @Moscow", events);
        Assert.DoesNotContain(events, e => e.Contains("SergeiLavrov+VladimirPutin", StringComparison.Ordinal));
        if (talks is not null) Assert.Contains($"2024-03-06 Summit {talks} @Beijing", events); // two leaders in person
    }

    [Fact]
    public void AListOfNamesIsNotAClause()
        // ", and Dmitry Peskov" ends a list: no trigger follows it before the sentence ends.
        => Assert.Equal(
            new[] { "2024-03-05 Summit DmitryPeskov+KimJongUn+SergeiLavrov+VladimirPutin @" },
            Events("Kim Jong Un met Vladimir Putin, Sergei Lavrov, and Dmitry Peskov on Tuesday."));

    [Theory]
    [InlineData("Xi Jinping met Choe Son Hui in Beijing on Friday, days after Sergei Lavrov held talks in Pyongyang.")]
    [InlineData("On Friday, weeks after Sergei Lavrov visited Pyongyang, Xi Jinping met Choe Son Hui in Beijing.")]
    [InlineData("Xi Jinping met Choe Son Hui in Beijing on Friday, shortly before Vladimir Putin visits Pyongyang.")]
    public void WhatHappenedBeforeOrAfterIsNotPartOfTheEvent(string story)
        // The lapse is vague: the other happening has no date, and no event.
        => Assert.Equal(new[] { "2024-03-08 Meeting ChoeSonHui+XiJinping @Beijing" }, Events(story));

    [Theory]
    [InlineData("Xi Jinping met Choe Son Hui in Beijing on Friday, two days after Sergei Lavrov visited Pyongyang on Wednesday.", "2024-03-06 Visit SergeiLavrov @Pyongyang")]
    [InlineData("Xi Jinping met Choe Son Hui in Beijing on Friday, two days after Sergei Lavrov visited Pyongyang.", "2024-03-06 Visit SergeiLavrov @Pyongyang")]
    [InlineData("On Friday, a day after Sergei Lavrov visited Pyongyang, Xi Jinping met Choe Son Hui in Beijing.", "2024-03-07 Visit SergeiLavrov @Pyongyang")]
    [InlineData("Xi Jinping met Choe Son Hui in Beijing on Friday, a week before Vladimir Putin visits Pyongyang.", "2024-03-15 Visit VladimirPutin @Pyongyang")]
    public void WhatHappenedBeforeOrAfterIsDatedByAnExactLapse(string story, string other)
        => Assert.Equal(
            new[] { other, "2024-03-08 Meeting ChoeSonHui+XiJinping @Beijing" }.OrderBy(e => e, StringComparer.Ordinal),
            Events(story).OrderBy(e => e, StringComparer.Ordinal));

    // Times of India: the aside goes on about the pair the sentence names, on the day before.
    [Theory]
    [InlineData("Xi Jinping held talks with Choe Son Hui in Beijing on Friday, a day after the two leaders held an informal meeting at the Chinese leader's residence.")]
    [InlineData("Xi Jinping held talks with Choe Son Hui in Beijing on Friday, a day after they met.")]
    public void ThePairOfAnExactLapsesAsideIsThePairTheSentenceNames(string story)
        => Assert.Equal(
            new[] { "2024-03-07 Meeting ChoeSonHui+XiJinping @", "2024-03-08 Talks ChoeSonHui+XiJinping @Beijing" },
            Events(story).OrderBy(e => e, StringComparer.Ordinal));

    [Fact]
    public void ThePersonAfterATravelVerbIsNotTheTraveller()
        => Assert.DoesNotContain(
            Events("The North Korean leader, who arrived in Moscow on Tuesday by train, thanked Vladimir Putin for the invitation."),
            e => e.Contains("Visit", StringComparison.Ordinal));

    [Fact]
    public void AfterAVisitNounTheOneNamedIsTheTraveller()
        => Assert.Equal(new[] { "2024-03-05 Visit KimJongUn @Moscow" }, Events("During the visit on Tuesday, Kim Jong Un toured Moscow."));

    [Theory]
    [InlineData("Vladimir Putin said after the talks with Kim Jong Un on Wednesday that he would visit Pyongyang.", "2024-03-06 Talks KimJongUn+VladimirPutin")]
    [InlineData("On Tuesday Vladimir Putin accepted an invitation to visit Pyongyang.", null)]
    public void APlanTakesNoDateFromBeforeIt(string story, string? kept)
    {
        var events = Events(story);
        Assert.DoesNotContain(events, e => e.Contains("Visit", StringComparison.Ordinal));
        if (kept is not null) Assert.Contains(events, e => e.StartsWith(kept, StringComparison.Ordinal));
    }

    [Fact]
    public void TheDayAPlanWasReportedIsNotItsDate()
        => Assert.DoesNotContain(Events("Kim Jong Un will visit Moscow, Kremlin spokesman Dmitry Peskov said on Tuesday."), e => e.Contains("Visit", StringComparison.Ordinal));

    [Fact]
    public void APlanWithItsDateAfterItKeepsIt()
        => Assert.Equal(new[] { "2024-03-13 Visit KimJongUn @Moscow" }, Events("Kim Jong Un will visit Moscow on Wednesday."));

    [Theory]
    [InlineData("Dmitry Peskov said on Tuesday that the meeting was very friendly.", "2024-03-05")]
    [InlineData("Dmitry Peskov told reporters on Tuesday that the meeting was very friendly.", "2024-03-05")]
    [InlineData("Dmitry Peskov said in a statement on Tuesday that the talks had gone well.", "2024-03-05")]
    [InlineData("Dmitry Peskov said Tuesday that the visit was over.", "2024-03-05")]
    [InlineData("Dmitry Peskov said on Tuesday the visit was a success.", "2024-03-05")] // "the visit" is not the sayer's
    [InlineData("Speaking to reporters on Tuesday, Dmitry Peskov said the visit was a success.", "2024-03-05")]
    public void WhomAndWhenBeforeThatStillMakeItAReport(string story, string date)
        // The meeting is what Peskov reports, not a meeting of Peskov and the Kremlin.
        => Assert.Equal(new[] { date + " Statement DmitryPeskov @" }, Events(story));

    [Theory]
    [InlineData("The Kremlin confirmed the visit on Tuesday, with spokesman Dmitry Peskov saying the two leaders would hold talks.", "2024-03-05 Statement Kremlin @")]
    [InlineData("The Kremlin denied the visit on Tuesday.", "2024-03-05 Statement Kremlin @")]
    public void AVisitConfirmedOrDeniedIsNotTheSayersJourney(string story, string only)
        // Nor that of the spokesman named after it: the traveller is not in the sentence.
        => Assert.Equal(new[] { only }, Events(story));

    [Theory]
    [InlineData("Kim Jong Un travelled on his armoured train from Pyongyang on Tuesday.", "2024-03-05 Visit KimJongUn @")]
    [InlineData("Kim Jong Un arrived in Moscow from Pyongyang on Tuesday.", "2024-03-05 Visit KimJongUn @Moscow")]
    [InlineData("Kim Jong Un travelled from the Kremlin to Seoul on Tuesday.", "2024-03-05 Visit KimJongUn @Seoul")]
    public void WhereAJourneySetOffIsNotWhereItWent(string story, string only)
        => Assert.Equal(new[] { only }, Events(story));

    [Theory]
    [InlineData("Kim Jong Un said he visited Moscow on Tuesday.")]
    [InlineData("Kim Jong Un said he arrived in Moscow on Tuesday.")]
    public void WhoSaysHeTravelledDid(string story)
        => Assert.Contains("2024-03-05 Visit KimJongUn @Moscow", Events(story));

    [Fact]
    public void AHappeningBeforeThatIsNoPartOfTheReport()
        => Assert.Contains(
            "2024-03-06 Talks ChoeSonHui+SergeiLavrov @",
            Events("Sergei Lavrov said after talks with Choe Son Hui on Wednesday that the sides agreed on a plan."));

    private const string StateMediaLead = "Choe Son Hui has met Vladimir Putin in Moscow, Russian state media report.";

    [Theory]
    [InlineData(StateMediaLead, "The meeting on Monday was not announced in advance, the Kremlin said.")]
    [InlineData(StateMediaLead, "Monday's meeting was not announced in advance.")]
    [InlineData(StateMediaLead, "The two ministers' talks on Monday were not announced in advance.")]
    [InlineData(StateMediaLead, "The meeting took place on Monday, Kremlin spokesman Dmitry Peskov told reporters.")] // who told it took no part
    [InlineData("Choe Son Hui has met Vladimir Putin in Moscow, the Kremlin said.", "The meeting took place on Monday.")] // the lead's own source
    public void TheNextSentenceDatesAnUndatedHappeningItOpensOn(string lead, string next)
    {
        var article = ArticleExtractor.Extract(
            "perfect.txt",
            "Choe meets Putin\n\nPublished On 8 Mar 2024\n\n" + lead + "\n\n" + next + "\n",
            OutletArticles.Catalog);
        var meeting = Assert.Single(article.Events, e => e.Kind is EventKind.Meeting or EventKind.Talks);
        Assert.Equal("2024-03-04 ChoeSonHui+VladimirPutin @Moscow", $"{meeting.Date} {string.Join("+", meeting.ParticipantIds)} @{meeting.PlaceId}");
        // The evidence is both sentences: one names who met, the other says when.
        var evidence = Assert.Single(meeting.Sources).Text;
        Assert.StartsWith("Choe Son Hui has met", evidence, StringComparison.Ordinal);
        Assert.EndsWith(next, evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void TheyAfterASentenceNamingNoOneAreThePairNamedLast()
        => Assert.Contains(
            "2023-06 Summit KimJongUn+VladimirPutin @Pyongyang",
            Events("Vladimir Putin met Kim Jong Un in Moscow on Thursday. The talks were the third meeting between the two leaders. They last met in Pyongyang in June."));

    // "during Mr Wong's first official visit to Japan" (the Straits Times): the possessive two
    // words before the journey's noun is the traveller, not the host named first.
    [Theory]
    [InlineData("first official visit")]
    [InlineData("two-day state visit")]
    public void APossessiveTwoWordsBeforeTheJourneyIsTheTraveller(string journey)
        => Assert.Contains(
            "2024-03-05 Visit KimJongUn @Moscow",
            Events($"Vladimir Putin met Kim Jong Un on Tuesday during Kim Jong Un's {journey} to Moscow."));

    // "The two first met in Vladivostok": an adverb between "The two" and its verb (VOA, AP).
    [Theory]
    [InlineData("first")]
    [InlineData("previously")]
    [InlineData("earlier")]
    public void TheTwoAreThePairBeforeWithAnAdverbBeforeTheirVerb(string adverb)
        => Assert.Contains(
            "2023-06 Summit KimJongUn+VladimirPutin @Pyongyang",
            Events($"Vladimir Putin met Kim Jong Un in Moscow on Thursday. The two {adverb} met in Pyongyang in June."));

    [Fact]
    public void TheTwoSidesAfterASentenceNamingOneOfThemAreNotThePairBefore()
        // The discussion is not Wednesday's: the day the sentence before goes on with is the arrival's.
        => Assert.Equal(
            new[] { "2024-03-06 Visit KimJongUn @Moscow", "2024-03-07 Summit KimJongUn+VladimirPutin @Moscow" },
            Events("Vladimir Putin met Kim Jong Un in Moscow on Thursday. Kim Jong Un arrived in Moscow on Wednesday. The two sides discussed trade.").OrderBy(e => e, StringComparer.Ordinal));

    [Theory]
    [InlineData("They discussed agreements reached at the summit in the Vostochny Cosmodrome on September 13, 2023.")]
    [InlineData("The ministers discussed the deal signed during the summit on September 13, 2023.")]
    public void AHappeningToldAsWhereSomethingWasAgreedIsNotTheSubjects(string next)
        => Assert.Equal(
            new[] { "2024-03-04 Talks ChoeSonHui+SergeiLavrov @Moscow" },
            Events("Sergei Lavrov held talks with Choe Son Hui in Moscow on Monday. " + next));

    [Theory]
    [InlineData("Kim Jong Un saw off Vladimir Putin at the airport on Thursday, ending a visit that lasted less than 24 hours.")]
    [InlineData("Kim Jong Un saw Vladimir Putin off at the airport on Thursday, wrapping up his visit.")]
    [InlineData("Kim Jong Un bade farewell to Vladimir Putin on Thursday at the end of his visit.")]
    public void TheOneSeenOffMadeTheJourney(string story)
        => Assert.Equal(new[] { "2024-03-07 Summit KimJongUn+VladimirPutin @", "2024-03-07 Visit VladimirPutin @" }, Events(story).OrderBy(e => e, StringComparer.Ordinal)); // the farewell met too (AFarewellIsAMeeting)

    // The Mainichi: the participle is the verb of those named before it, and the meeting theirs.
    [Theory]
    [InlineData("Vladimir Putin and Kim Jong Un agreed at a meeting in Moscow on Tuesday to expand cooperation.")]
    [InlineData("Vladimir Putin met Kim Jong Un on Monday. The two leaders agreed at the talks in Moscow on Tuesday to expand cooperation.")]
    [InlineData("Vladimir Putin met Kim Jong Un on Monday. They agreed at the talks in Moscow on Tuesday to expand cooperation.")]
    public void ThoseWhoAgreedAtAMeetingHeldIt(string story)
        => Assert.Contains("2024-03-05 Summit KimJongUn+VladimirPutin @Moscow", Events(story));

    [Fact]
    public void TheDayAnAgreementWasReachedDatesNothingElse()
        => Assert.Equal(
            new[] { "2024-03-04 Meeting KimJongUn+SergeiLavrov @Pyongyang" },
            Events("Sergei Lavrov met Kim Jong Un in Pyongyang on Monday. The two discussed the implementation of the agreements reached by the leaders of the two countries in June.").Distinct());

    // Kazinform: the month is the state visit's, where the agreements were reached; the discussion
    // goes on with the meeting. The country of a title ("President of Russia") is no destination.
    [Theory]
    [InlineData("The two discussed the implementation of agreements reached during the state visit in June.", "2024-03-04 Meeting KimJongUn+SergeiLavrov @Pyongyang")]
    [InlineData("The two discussed the implementation of agreements reached during the state visit of President of Russia Vladimir Putin to North Korea in June.",
        "2023-06 Visit VladimirPutin @NorthKorea|2024-03-04 Meeting KimJongUn+SergeiLavrov @Pyongyang")]
    public void AgreementsReachedDuringAVisitDateTheVisitNotTheDiscussion(string next, string expected)
        => Assert.Equal(expected, EventsInOrder("Sergei Lavrov met Kim Jong Un in Pyongyang on Monday. " + next));

    [Fact]
    public void AHappeningToldAsWhereSomethingWasAgreedKeepsThePartiesItsPhraseNames()
        => Assert.Equal(
            new[] { "2023-09-13 Summit KimJongUn+VladimirPutin @" },
            Events("Officials discussed agreements reached at the summit between Vladimir Putin and Kim Jong Un on September 13, 2023."));

    [Theory]
    [InlineData("Residents celebrated the visit of Vladimir Putin, a source in Pyongyang told Daily NK on Thursday.")]
    [InlineData("Residents celebrated the visit of Vladimir Putin, a source told Reuters on Thursday.")]
    [InlineData("Residents celebrated the visit of Vladimir Putin, an official told the BBC on Thursday.")]
    [InlineData("Residents celebrated the visit of Vladimir Putin, Dmitry Peskov told a news conference on Thursday.")]
    public void TheDayATrailingSourceToldAnOutletIsNotTheHappeningsDay(string story)
        => Assert.DoesNotContain(Events(story), e => e.Contains("Visit", StringComparison.Ordinal));

    [Fact]
    public void WhereATrailingSourceToldAnOutletIsNotWhereTheHappeningWas()
        => Assert.Equal(
            new[] { "2024-03-04 Visit VladimirPutin @" },
            Events("Vladimir Putin arrived on Monday, a source in Pyongyang told Daily NK."));

    [Fact]
    public void WhomATrailingSourceToldTookNoPartInTheHappening()
        => Assert.Equal(
            new[] { "2024-03-06 Statement VladimirPutin @" },
            Events("Choe Son Hui met Sergei Lavrov, Vladimir Putin told Kim Jong Un on Wednesday."));

    [Theory]
    [InlineData("Choe Son Hui arrived at an airport in Moscow on Wednesday, Russian media said.", new[] { "2024-03-06 Visit ChoeSonHui @Moscow" })]
    [InlineData("Choe Son Hui was last in Moscow in 2019. Sergei Lavrov arrived in Moscow on Wednesday.",
        new[] { "2024-03-06 Visit SergeiLavrov @Moscow", "2024-03-08 Visit ChoeSonHui @Moscow" })] // another traveller: the lead keeps its day
    public void ALaterSentenceGivingTheLeadsHappeningItsDayReplacesThePublicationsDay(string later, string[] expected)
    {
        var article = ArticleExtractor.Extract(
            "perfect.txt",
            "Choe in Moscow\n\nPublished On 8 Mar 2024\n\nChoe Son Hui has arrived in Moscow, where she is expected to meet Sergei Lavrov.\n\n" + later + "\n",
            OutletArticles.Catalog);
        Assert.Equal(expected, article.Events.Select(e => $"{e.Date} {e.Kind} {string.Join("+", e.ParticipantIds)} @{e.PlaceId}").OrderBy(e => e, StringComparer.Ordinal));
    }

    [Fact]
    public void ALaterSentenceGivingTheLeadsMeetingItsDayReplacesThePublicationsDayWhateverItsWord()
    {
        // NHK: "has held talks" (published Thursday), then "The leaders met on Wednesday": one meeting, Wednesday's.
        var article = ArticleExtractor.Extract(
            "perfect.txt",
            "Choe and Lavrov\n\nPublished On 8 Mar 2024\n\nNorth Korea's Foreign Minister Choe Son Hui has held talks with Sergei Lavrov in Moscow.\n\n"
            + "The two met on Thursday, on the second day of Choe's visit to Russia.\n",
            OutletArticles.Catalog);
        Assert.DoesNotContain(article.Events, e => e.Kind is EventKind.Talks or EventKind.Meeting && e.Date.ToString() == "2024-03-08");
        Assert.Contains(article.Events, e => e.Kind is EventKind.Talks or EventKind.Meeting && e.Date.ToString() == "2024-03-07");
    }

    [Theory]
    [InlineData("Choe Son Hui has met Vladimir Putin in Moscow. The visit on Monday was her first.")] // another kind of happening
    [InlineData("Choe Son Hui has met Vladimir Putin in Moscow. Sergei Lavrov said. The meeting on Monday was long.")] // not the sentence just before
    [InlineData("Choe Son Hui has met Vladimir Putin in Moscow. After the meeting on Monday, Lavrov left.")] // does not open on it
    public void OnlyTheNextSentenceOpeningOnTheSameKindOfHappeningDatesIt(string story)
        // Monday is not the meeting's date; the lead's own rule leaves it the publication's day.
        => Assert.Equal(
            new[] { "2024-03-08 Meeting ChoeSonHui+VladimirPutin @Moscow" },
            Events(story).Where(e => e.Contains("ChoeSonHui+VladimirPutin", StringComparison.Ordinal)));

    [Theory]
    [InlineData("Kim Jong Un's sister, Choe Son Hui, met Vladimir Putin in Moscow on Tuesday.", "2024-03-05 Meeting ChoeSonHui+VladimirPutin @Moscow")]
    [InlineData("Kim Jong Un's younger sister visited Moscow on Tuesday.", null)] // not his visit
    [InlineData("An aide to Kim Jong Un visited Moscow on Tuesday.", null)]
    [InlineData("A spokesman for Vladimir Putin said on Tuesday that the talks were useful.", null)] // not his statement
    [InlineData("Kim Jong Un's talks with Vladimir Putin on Tuesday lasted hours.", "2024-03-05 Talks KimJongUn+VladimirPutin @")] // his own talks
    [InlineData("Kim Jong Un met Sergei Lavrov on Tuesday and received a letter from Vladimir Putin.", "2024-03-05 Meeting KimJongUn+SergeiLavrov @")] // who wrote the letter
    [InlineData("Sergei Lavrov met Kim Jong Un on Tuesday on behalf of Vladimir Putin.", "2024-03-05 Meeting KimJongUn+SergeiLavrov @")]
    public void WhoseRelativeSomeoneIsTakesNoPart(string story, string? expected)
        => Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, Events(story));

    [Fact]
    public void TheHostWhoInvitedStillTakesPart()
        // Xi invited Putin: "the two leaders" are Putin and Xi.
        => Assert.Contains(
            "2024-03-06 Summit VladimirPutin+XiJinping @Beijing",
            Events("Vladimir Putin arrived in Beijing on Wednesday at the invitation of Xi Jinping. The two leaders then held talks."));

    [Fact]
    public void ANextSentenceThatNamesWhoTookPartIsTheReportItself()
        // The sentence before only spoke of the summit: it lends it neither its countries nor a second event.
        => Assert.Equal(
            new[] { "2024-03-06 Summit KimJongUn+VladimirPutin @" },
            Events("The U.S. is making much fuss about the DPRK-Russia summit. The summit talks held on Wednesday between Kim Jong Un and Vladimir Putin were of great significance."));

    [Theory]
    [InlineData("Russia and North Korea inked a mutual defence pact on Tuesday.")]
    [InlineData("The pact between Russia and North Korea took effect on Tuesday.")]
    public void APactInkedIsATreaty(string story) => Assert.Equal(new[] { "2024-03-05 Treaty NorthKorea+Russia @" }, Events(story));

    [Theory]
    [InlineData("Kim Jong Un has arrived in Russia for a summit with Vladimir Putin, the Kremlin has confirmed.", "2024-03-08 Visit KimJongUn @Russia")]
    [InlineData("Vladimir Putin has hosted Choe Son Hui at the Kremlin, following talks between the two countries' top diplomats.", "2024-03-08 Meeting ChoeSonHui+VladimirPutin @Kremlin")]
    [InlineData("Russia and North Korea have signed a treaty on mutual defence, state media report.", "2024-03-08 Treaty NorthKorea+Russia @")]
    [InlineData("Vladimir Putin received Choe Son Hui at the Kremlin. The meeting on Tuesday lasted two hours.", "2024-03-05 Meeting ChoeSonHui+VladimirPutin @Kremlin")] // a later sentence's day
    [InlineData("Vladimir Putin and Choe Son Hui had a meeting at the Kremlin.", "2024-03-08 Meeting ChoeSonHui+VladimirPutin @Kremlin")] // the Kremlin's own readout
    [InlineData("Sergei Lavrov had talks with Choe Son Hui in Moscow.", "2024-03-08 Talks ChoeSonHui+SergeiLavrov @Moscow")]
    public void AStoryThatOpensOnWhatHasJustHappenedTellsItsOwnDay(string lead, string expected)
        // Only the happening the perfect tells: the summit Kim arrived for is still to come.
        => Assert.Equal(new[] { expected }, Events(lead));

    // Ukrinform: the relative clause's day is the arrival's, and the meeting has no time of its own.
    [Theory]
    [InlineData("Vladimir Putin met with Kim Jong Un, who arrived in Moscow on Wednesday.", "2024-03-06 Visit KimJongUn @Moscow|2024-03-08 Summit KimJongUn+VladimirPutin @Moscow")]
    [InlineData("Vladimir Putin met with Kim Jong Un, who arrived in Moscow on Friday.", "2024-03-08 Summit KimJongUn+VladimirPutin @Moscow|2024-03-08 Visit KimJongUn @Moscow")]
    public void ALeadDatedOnlyInItsRelativeClauseTellsItsOwnDay(string lead, string expected) => Assert.Equal(expected, EventsInOrder(lead));

    [Theory]
    [InlineData("Kim Jong Un has visited Russia twice, most recently for a summit with Vladimir Putin.")] // experience, not news
    [InlineData("Kim Jong Un met Vladimir Putin in 2019.")] // a time of its own
    [InlineData("When Kim Jong Un met Vladimir Putin, the world took notice.")] // the time of another clause
    [InlineData("Choe Son Hui, who had met Sergei Lavrov, thanked Vladimir Putin for the invitation.")]
    [InlineData("Choe Son Hui, who had talks with Sergei Lavrov, thanked Vladimir Putin for the invitation.")]
    [InlineData("Choe Son Hui had a meeting with Sergei Lavrov in 2019.")] // a time of its own
    [InlineData("Officials in Seoul said they were watching closely as the two countries deepened their military ties over the past year.\n\nKim Jong Un has arrived in Russia for a summit with Vladimir Putin.")] // not the story's opening
    public void APerfectThatIsNotTheNewsIsNotDated(string story)
        => Assert.Empty(Events(story));

    [Fact]
    public void WhereAMeetingHappenedIsNotWhoTookPart()
        // Putin is not in this catalog: Choe alone met nobody, and the Kremlin is the place.
        => Assert.DoesNotContain(Events("Choe Son Hui visited Moscow in January, when she met Putinov at the Kremlin."), e => e.Contains("Meeting", StringComparison.Ordinal));

    [Fact]
    public void APossessiveIsNotWhereAMeetingHappened()
        => Assert.Equal(
            new[] { "2024-03-06 Summit KimJongUn+VladimirPutin @" },
            Events("Vladimir Putin hosted Kim Jong Un on Wednesday at a cosmodrome, where they discussed Pyongyang's satellite programme."));

    [Fact]
    public void APossessiveAfterATravelVerbIsWhereTheTravellerWent()
        => Assert.Equal(new[] { "2024-03-06 Visit KimJongUn @Pyongyang" }, Events("Kim Jong Un toured Pyongyang's new hospital on Wednesday."));

    [Theory]
    [InlineData("Kim Jong Un inspected a new missile launcher, KCNA said on Tuesday.", "2024-03-05 Statement KCNA @")]
    [InlineData("Kim Jong Un inspected a new missile launcher, Kremlin spokesman Dmitry Peskov said on Tuesday.", "2024-03-05 Statement DmitryPeskov @")]
    [InlineData("Kim Jong Un inspected a new missile launcher, he said on Tuesday.", "2024-03-05 Statement KimJongUn @")]
    [InlineData("On Tuesday, Sergei Lavrov, at a meeting with Choe Son Hui, said that ties were strong.", "2024-03-05 Meeting ChoeSonHui+SergeiLavrov @")]
    public void WhoIsNamedBetweenTheLastCommaAndTheVerbSaidIt(string story, string expected)
        => Assert.Equal(new[] { expected }, Events(story));

    [Theory]
    [InlineData("Choe Son Hui, first vice-minister of the party's department, issued a statement on Tuesday.", "2024-03-05 Statement ChoeSonHui @")]
    [InlineData("Choe Son Hui met Vladimir Putin on Tuesday, state media said on Wednesday.", "2024-03-05 Meeting ChoeSonHui+VladimirPutin @")] // the media said it
    public void AStatementIssuedBySomeoneDescribedInAnAsideIsTheirs(string story, string expected)
        => Assert.Equal(new[] { expected }, Events(story));

    [Fact]
    public void AnUnnamedSourceMakesNoStatementOfAPersonNamedBefore()
        => Assert.Empty(Events("On Tuesday, Kim Jong Un inspected a new missile launcher, officials said."));

    [Fact]
    public void WhoADescriptionBetweenCommasDescribesSpokeIt()
        // Not Kim Jong Un, named inside the description of the speaker.
        => Assert.Equal(
            new[] { "2024-03-05 Statement DmitryPeskov @" },
            Events("Dmitry Peskov, the spokesman of Vladimir Putin, said Tuesday that the talks would go on."));

    [Theory]
    [InlineData("The Korean Central News Agency said Sergei Lavrov would arrive in Pyongyang on March 20.")]
    [InlineData("Dmitry Peskov told reporters Sergei Lavrov was in Pyongyang on Wednesday.")]
    public void TheDateOfWhatWasSaidIsNotTheStatementsDate(string story)
        => Assert.DoesNotContain(Events(story), e => e.Contains("Statement", StringComparison.Ordinal));

    [Fact]
    public void TheDateOfTheStatementBeforeWhatWasSaidStays()
        // And the arrival it announces is Lavrov's, to come: "told reporters" and its day open the clause.
        => Assert.Equal(
            new[] { "2024-03-06 Statement DmitryPeskov @", "2024-03-20 Visit SergeiLavrov @Pyongyang" },
            Events("Dmitry Peskov told reporters on Wednesday Sergei Lavrov would arrive in Pyongyang on March 20."));

    [Theory]
    [InlineData("Vladimir Putin welcomed Kim Jong Un to the Vostochny Cosmodrome on Wednesday.", "2024-03-06 Summit KimJongUn+VladimirPutin @VostochnyCosmodrome")]
    [InlineData("Kim Jong Un was greeted in Moscow by Sergei Lavrov on Wednesday.", "2024-03-06 Meeting KimJongUn+SergeiLavrov @Moscow")]
    // NATO: the one greeted named after a title and a comma.
    [InlineData("Sergei Lavrov welcomed the Foreign Minister of North Korea, Ms Choe Son Hui, to Moscow on Wednesday.", "2024-03-06 Meeting ChoeSonHui+SergeiLavrov @Moscow")]
    [InlineData("Sergei Lavrov on Wednesday greeted his North Korean counterpart, Choe Son Hui.", "2024-03-06 Meeting ChoeSonHui+SergeiLavrov @")]
    public void AGreetingIsAMeeting(string story, string expected)
        => Assert.Equal(new[] { expected }, Events(story));

    [Theory]
    [InlineData("Vladimir Putin welcomed Kim Jong Un's decision on Wednesday.")] // a decision, not a person
    [InlineData("Russia welcomed the proposal of North Korea on Wednesday.")] // no person greeted
    [InlineData("Sergei Lavrov welcomed the proposal on Wednesday, and Choe Son Hui left.")] // a clause of its own
    public void AGreetingOfSomethingIsNoMeeting(string story)
        => Assert.Empty(Events(story));

    [Fact]
    public void TheTwoLeadersAreThoseOfTheSentenceBefore()
        => Assert.Equal(
            new[] { "2024-03-06 Summit KimJongUn+VladimirPutin @VostochnyCosmodrome" },
            Events("Vladimir Putin welcomed Kim Jong Un to the Vostochny Cosmodrome on Wednesday. The two leaders shook hands. They then held talks for five hours."));

    [Fact]
    public void TheTwoLeadersAreNoGroupOfAnotherSize()
        // Three were named and no two of them opened the sentence together: "the two leaders" are
        // not known, and nobody met in 2022. (Two who did are the pair: ThePairIsTheJointSubjectOfASentenceNamingMore.)
        => Assert.DoesNotContain(
            Events("Vladimir Putin spoke of Xi Jinping and Kim Jong Un. The two leaders last met in Moscow in August 2022."),
            e => e.StartsWith("2022", StringComparison.Ordinal));

    [Fact]
    public void TheTwoLeadersAreTheTwoWhoOpenedASentenceNamingThree()
        => Assert.Contains("2022-08 Summit KimJongUn+VladimirPutin @Moscow",
            Events("Vladimir Putin and Kim Jong Un spoke of Xi Jinping. The two leaders last met in Moscow in August 2022."));

    [Theory]
    [InlineData("Xi Jinping said China was ready to work with Russia.", "2023-09 Summit VladimirPutin+XiJinping @")] // one of the two
    [InlineData("Kim Jong Un said North Korea was ready to work with Russia.", null)] // someone else: the two are not known
    public void TheTwoLeadersAreTheLastTwoNamedTogetherWhileNoOneElseIsNamed(string between, string? summit)
        => Assert.Equal(
            OnlyOrNone(summit),
            Events("Vladimir Putin and Xi Jinping held a video call on Wednesday. " + between + " The two leaders last met in September.")
                .Where(e => e.StartsWith("2023", StringComparison.Ordinal)));

    [Theory]
    [InlineData("The pair")]
    [InlineData("The duo")]
    public void ThePairIsTheLastTwoNamedTogether(string pair)
        => Assert.Contains(
            "2023-09 Summit VladimirPutin+XiJinping @",
            Events("Vladimir Putin and Xi Jinping held a video call on Wednesday. " + pair + " last met in September."));

    [Fact]
    public void AHappeningAfterAnotherNamedInAnAppositionIsAnAside()
        // January is Putin's visit's, not the talks' (they go on at Tuesday, the sentence before's).
        => Assert.Equal(
            new[] { "2024-01 Visit VladimirPutin @Beijing", "2024-03-05 Summit VladimirPutin+XiJinping @" },
            Events("Vladimir Putin welcomed Xi Jinping on Tuesday. The two leaders held talks, their third meeting this year after Putin visited Beijing in January.")
                .OrderBy(e => e, StringComparer.Ordinal));

    [Fact]
    public void ARelativeClausesDateIsItsOwn()
        => Assert.Equal(
            new[] { "2024-03-05 Visit SergeiLavrov @Pyongyang", "2024-03-06 Talks ChoeSonHui+SergeiLavrov @Pyongyang" },
            Events("Sergei Lavrov, who arrived in Pyongyang on Tuesday, held talks with Choe Son Hui on Wednesday.").OrderBy(e => e, StringComparer.Ordinal));

    [Theory]
    [InlineData("Volodymyr Zelenskyy, who had offered to meet Vladimir Putin in person, stayed in Ankara, where he met Recep Tayyip Erdoğan on Wednesday.", "2024-03-06 Summit RecepTayyipErdogan+VolodymyrZelenskyy @Ankara")]
    [InlineData("Volodymyr Zelenskyy, who wants to meet Vladimir Putin, met Recep Tayyip Erdoğan on Wednesday.", "2024-03-06 Summit RecepTayyipErdogan+VolodymyrZelenskyy @")]
    [InlineData("Kim Jong Un, who met Vladimir Putin in 2019, received Sergei Lavrov on Wednesday.", "2024-03-06 Meeting KimJongUn+SergeiLavrov @")]
    [InlineData("Kim Jong Un, who visited Moscow in 2019, received Sergei Lavrov on Wednesday.", "2024-03-06 Meeting KimJongUn+SergeiLavrov @")] // nor its place
    [InlineData("Choe Son Hui, who met officials last week, met Sergei Lavrov on Wednesday.", "2024-03-06 Meeting ChoeSonHui+SergeiLavrov @")] // its "met" is not the sentence's
    public void WhoARelativeClauseWithoutADayNamesTakesNoPartInTheRest(string story, string only)
        => Assert.Equal(new[] { only }, Events(story));

    [Fact]
    public void TheTwoMinistersAreTheTwoNamedLastWhoLeadNoCountry()
        // The sentence before named Lavrov and President Putin: "the two ministers" are Choe and Lavrov.
        => Assert.Contains(
            "2024-03-04 Meeting ChoeSonHui+SergeiLavrov @Moscow",
            Events("Choe Son Hui held talks with Sergei Lavrov in Moscow on Monday. Lavrov is also expected to meet Vladimir Putin. In a meeting on Monday, the two ministers discussed the war."));

    [Fact]
    public void WhoArrivedInAClauseWithItsOwnSubjectIsThatSubject()
        // The troops arrived, not Choe: no visit of hers to Ukraine.
        => Assert.Equal(
            new[] { "2024-03-07 Talks ChoeSonHui+SergeiLavrov @Moscow" },
            Events("Choe Son Hui held talks with Sergei Lavrov in Moscow on Thursday, as Pyongyang's troops reportedly arrived near the front lines in Ukraine."));

    [Theory]
    [InlineData("Vladimir Putin will visit Pyongyang on Tuesday and Beijing on Wednesday, the Kremlin said.", "2024-03-12 Visit VladimirPutin @Pyongyang|2024-03-13 Visit VladimirPutin @Beijing")]
    [InlineData("Vladimir Putin visited Pyongyang on Tuesday and Beijing on Wednesday.", "2024-03-05 Visit VladimirPutin @Pyongyang|2024-03-06 Visit VladimirPutin @Beijing")]
    [InlineData("Vladimir Putin visited Pyongyang and Beijing on Wednesday.", "2024-03-06 Visit VladimirPutin @Pyongyang")] // which day was whose is not said
    [InlineData("Vladimir Putin will visit Pyongyang on Tuesday and then travel to Beijing on Thursday, the Kremlin said on Friday.", "2024-03-12 Visit VladimirPutin @Pyongyang|2024-03-14 Visit VladimirPutin @Beijing")] // a journey on, joined by "and then"
    [InlineData("Vladimir Putin visited Pyongyang on Tuesday, Beijing on Wednesday and Moscow on Thursday.", "2024-03-05 Visit VladimirPutin @Pyongyang|2024-03-06 Visit VladimirPutin @Beijing|2024-03-07 Visit VladimirPutin @Moscow")]
    [InlineData("Vladimir Putin traveled to Pyongyang on Tuesday and then to Beijing on Wednesday.", "2024-03-05 Visit VladimirPutin @Pyongyang|2024-03-06 Visit VladimirPutin @Beijing")]
    [InlineData("Vladimir Putin will visit Pyongyang on Tuesday evening and Beijing on Wednesday, the Kremlin said.", "2024-03-12 Visit VladimirPutin @Pyongyang|2024-03-13 Visit VladimirPutin @Beijing")]
    [InlineData("Vladimir Putin will visit North Korea and China next week.", "2024-03-11/2024-03-17 Visit VladimirPutin @NorthKorea|2024-03-11/2024-03-17 Visit VladimirPutin @China")] // a span both fall in
    public void ASecondDestinationWithADayOfItsOwnIsASecondVisit(string story, string visits)
        => Assert.Equal(visits, string.Join("|", Events(story)));

    [Fact]
    public void ACountryToBeEnteredTheDayAfterACityIsAnotherVisit()
        // In Pyongyang on Thursday, into China on Friday: Pyongyang was not in China.
        => Assert.Equal(
            "2024-03-07 Visit VladimirPutin @Pyongyang|2024-03-08 Visit VladimirPutin @China",
            string.Join("|", Events("Vladimir Putin landed in Pyongyang on Thursday. He travelled to China on Friday.")));

    [Fact]
    public void ANamedClauseWithoutATimeGoesOnWithTheClauseBefore()
        // The welcome is the landing's day, as it would be in a sentence of its own.
        => Assert.Contains(
            "2024-03-06 Summit KimJongUn+VladimirPutin @Pyongyang",
            Events("Vladimir Putin landed in Pyongyang on Wednesday, and Kim Jong Un greeted him at the airport."));

    [Fact]
    public void AnAttributionWithATailOfTimeNamesNoSide()
        // ", South Korea's military said, hours after ...": the sayer is the source, not a party.
        => Assert.Equal(
            new[] { "2024-03-06 Treaty NorthKorea+Russia @" },
            Events("North Korea and Russia signed a pact on Wednesday, South Korea's military said, hours after the announcement."));

    [Fact]
    public void TheObjectOfAnUnknownSubjectDoesNotCarryOn()
        // "The minister" is no one the catalog knows: Kim was met, and held no talks with Choe.
        => Assert.DoesNotContain(
            Events("The minister met Kim Jong Un on Thursday and held talks with Choe Son Hui on Wednesday."),
            e => e.Contains("ChoeSonHui+KimJongUn", StringComparison.Ordinal));

    [Fact]
    public void AStoryUnderAScrapedHeadlineLineStillOpensOnItsLead()
    {
        // The date header's line runs menu, headline, standfirst and share buttons together: it ends
        // no sentence, so the story's own first sentence is still a lead, and both leads count.
        var article = ArticleExtractor.Extract("scrape.txt",
            " date 2024-03-08 Skip to main content Menu Search News World Putin arrives in Pyongyang Russian leader greeted by Kim Jong Un at Pyongyang airport Share on Facebook Share via Email\n\n"
            + "Vladimir Putin has arrived in North Korea for his first visit in 24 years.\n", OutletArticles.Catalog);
        Assert.Equal(
            new[] { "2024-03-08 Summit KimJongUn+VladimirPutin @Pyongyang", "2024-03-08 Visit VladimirPutin @NorthKorea" },
            article.Events.Select(e => $"{e.Date} {e.Kind} {string.Join("+", e.ParticipantIds)} @{e.PlaceId}").OrderBy(e => e, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Kim Jong Un left Moscow on Thursday after a summit with Vladimir Putin on Wednesday.")] // the noun after "after" takes the date after it
    [InlineData("Kim Jong Un left Moscow on Thursday after a summit with Vladimir Putin the day before.")]
    [InlineData("Kim Jong Un left Moscow on Thursday, a day after a summit with Vladimir Putin.")] // whose summit: the sentence's first person's
    public void ASummitTheRestCameAfterKeepsItsOwnDay(string story)
        => Assert.Contains("2024-03-06 Summit KimJongUn+VladimirPutin @", Events(story));

    [Fact]
    public void WhatAMeetingDiscussesIsNoSideOfIt()
        // North Korea's launch is the topic, North Korea no side ("The Security Council met to discuss ...").
        => Assert.Equal(
            new[] { "2024-03-06 Meeting China+Russia @" },
            Events("Russia and China met on Wednesday to discuss North Korea's launch of a satellite."));

    [Fact]
    public void WhoAnAbsoluteClauseNamesTakesNoPart()
        // ", with Lavrov accusing ...": who did something else meanwhile, not a side of the meeting.
        => Assert.Equal(
            new[] { "2024-03-06 Summit KimJongUn+VladimirPutin @" },
            Events("Kim Jong Un met Vladimir Putin on Wednesday, with Sergei Lavrov accusing Choe Son Hui of delays."));

    [Theory]
    // ", while" or ", as" and a person of its own: who did something else meanwhile, and where, take
    // no part in the meeting; their own happening is read on the sentence's day (Putin's arrival).
    [InlineData("Sergei Lavrov met Choe Son Hui in Moscow on Wednesday, while Russian President Vladimir Putin arrived in North Korea.",
        "2024-03-06 Meeting ChoeSonHui+SergeiLavrov @Moscow|2024-03-06 Visit VladimirPutin @NorthKorea")]
    [InlineData("Sergei Lavrov held talks with Choe Son Hui on Wednesday, as the Russian leader Vladimir Putin arrived in Pyongyang.",
        "2024-03-06 Talks ChoeSonHui+SergeiLavrov @|2024-03-06 Visit VladimirPutin @Pyongyang")]
    [InlineData("Sergei Lavrov will travel to Seoul next week for talks with Yoon Suk Yeol, the Kremlin said Wednesday, as Russian President Vladimir Putin visited North Korea.",
        "2024-03-11/2024-03-17 Talks SergeiLavrov+YoonSukYeol @|2024-03-11/2024-03-17 Visit SergeiLavrov @Seoul")]
    // Not ", as well as": Choe is one more side.
    [InlineData("Kim Jong Un held talks with Sergei Lavrov on Wednesday, as well as Choe Son Hui.",
        "2024-03-06 Talks ChoeSonHui+KimJongUn+SergeiLavrov @")]
    public void WhoAClauseOfMeanwhileNamesTakesNoPart(string story, string expected)
        => Assert.Equal(expected.Split('|'), Events(story));

    [Theory]
    // Two people met, each on a day of their own (and in a place of their own): two meetings.
    [InlineData("Vladimir Putin met Kim Jong Un on Wednesday and Xi Jinping on Thursday.",
        "2024-03-06 Summit KimJongUn+VladimirPutin @|2024-03-07 Summit VladimirPutin+XiJinping @")]
    [InlineData("Sergei Lavrov met Choe Son Hui in Pyongyang on Tuesday and Kim Jong Un in Moscow on Wednesday.",
        "2024-03-05 Meeting ChoeSonHui+SergeiLavrov @Pyongyang|2024-03-06 Meeting KimJongUn+SergeiLavrov @Moscow")]
    // One day for both: one meeting.
    [InlineData("Vladimir Putin met Kim Jong Un and Xi Jinping on Wednesday.",
        "2024-03-06 Summit KimJongUn+VladimirPutin+XiJinping @")]
    public void TwoPeopleMetOnDaysOfTheirOwnAreTwoMeetings(string story, string expected)
        => Assert.Equal(expected.Split('|'), Events(story));

    [Theory]
    // Whom the sentence's subject met the day before, told with a verb after "he" or as a gerund.
    [InlineData("Sergei Lavrov held talks with Choe Son Hui in Moscow on Thursday, a day after he met Kim Jong Un in Pyongyang.")]
    [InlineData("Sergei Lavrov held talks with Choe Son Hui in Moscow on Thursday, a day after meeting Kim Jong Un in Pyongyang.")]
    [InlineData("Sergei Lavrov held talks with Choe Son Hui in Moscow on Thursday, a day after holding a meeting with Kim Jong Un in Pyongyang.")]
    public void AMeetingTheDayBeforeIsTheSubjects(string story)
        => Assert.Equal(
            new[] { "2024-03-06 Meeting KimJongUn+SergeiLavrov @Pyongyang", "2024-03-07 Talks ChoeSonHui+SergeiLavrov @Moscow" },
            Events(story));

    [Fact]
    public void AMeetingTheDayBeforeIsThatOfTheOneHeIs()
    {
        // "he" is Lavrov; Choe, the first person named, is whom he met.
        var events = Events("Sergei Lavrov arrived in Pyongyang on Wednesday. On Thursday, he held talks with Choe Son Hui, a day after meeting Kim Jong Un.");
        Assert.Contains("2024-03-06 Meeting KimJongUn+SergeiLavrov @Pyongyang", events); // where he had arrived that day
        Assert.DoesNotContain(events, e => e.Contains("ChoeSonHui+KimJongUn", StringComparison.Ordinal));
    }

    [Fact]
    public void AJourneyAfterAClosedRelativeClauseIsTheSubjects()
        // The relative clause ends at its comma: who travelled is the one it is about.
        => Assert.Equal(
            new[] { "2024-03-06 Meeting KimJongUn+SergeiLavrov @", "2024-03-07 Visit SergeiLavrov @Moscow" },
            Events("Sergei Lavrov, who met Kim Jong Un on Wednesday, travelled to Moscow on Thursday."));

    [Theory]
    // A journey thanked for, congratulated on or discussed is what the sentence is about: no journey of
    // its subject on its day.
    [InlineData("Kim Jong Un sent a message to Vladimir Putin on Thursday thanking him for the visit.")]
    [InlineData("Kim Jong Un thanked Vladimir Putin on Thursday for his visit to Pyongyang.")]
    [InlineData("Xi Jinping congratulated Vladimir Putin on Thursday on his successful visit to Pyongyang.")]
    [InlineData("Xi Jinping praised Vladimir Putin's trip to Pyongyang on Thursday.")]
    public void AJourneyTheSentenceIsAboutIsNoJourneyOfItsDay(string story)
        => Assert.DoesNotContain(Events(story), e => e.Contains("Visit", StringComparison.Ordinal));

    [Theory]
    // Plans told by where a traveller is awaited, and by whom they will be hosted: days ahead.
    [InlineData("Sergei Lavrov is expected in Pyongyang on Monday.", "2024-03-11 Visit SergeiLavrov @Pyongyang")]
    [InlineData("Sergei Lavrov is due in Pyongyang on Monday.", "2024-03-11 Visit SergeiLavrov @Pyongyang")]
    [InlineData("Kim Jong Un will host Vladimir Putin in Pyongyang next week.", "2024-03-11/2024-03-17 Summit KimJongUn+VladimirPutin @Pyongyang")]
    public void AJourneyAwaitedAndAMeetingHostedAreAhead(string story, string expected)
        => Assert.Equal(new[] { expected }, Events(story));

    [Theory]
    // What was called off or left out, and what neither of two did, happened to no one.
    [InlineData("Vladimir Putin cancelled his trip to Pyongyang on Tuesday.")]
    [InlineData("Vladimir Putin postponed a visit to Pyongyang on Tuesday.")]
    [InlineData("Vladimir Putin called off the talks with Xi Jinping on Tuesday.")]
    [InlineData("Xi Jinping skipped the summit on Tuesday, sending Sergei Lavrov a message instead.")]
    [InlineData("Neither Vladimir Putin nor Xi Jinping attended the meeting on Tuesday.")]
    public void WhatWasCalledOffOrLeftOutGivesNoEvent(string story)
        => Assert.Empty(Events(story));

    [Fact]
    public void WhatKicksOffTheTalksIsNoCallingOff()
        => Assert.Equal(new[] { "2024-03-05 Talks SergeiLavrov+XiJinping @" }, Events("Xi Jinping kicked off the talks with Sergei Lavrov on Tuesday."));

    [Fact]
    public void AJourneyThatIsToBeIsAhead()
        => Assert.Equal(new[] { "2024-03-11 Visit SergeiLavrov @Pyongyang" }, Events("Sergei Lavrov is to visit Pyongyang on Monday."));

    [Fact]
    public void APlaceTheSentenceOpensWithIsWhereTheMeetingWas()
        => Assert.Equal(
            new[] { "2024-03-06 Talks ChoeSonHui+SergeiLavrov @Moscow" },
            Events("In Moscow on Wednesday, Sergei Lavrov held talks with Choe Son Hui."));

    [Fact]
    public void ARelativeClauseWithATimeThatGivesNoDayIsNotDatedByTheRest()
        // The week is the arrival's: it has no day here, and Wednesday is the talks'. Where she
        // arrived is the aside's too ("who visited Moscow in 2019" would be no place of the talks).
        => Assert.Equal(
            new[] { "2024-03-06 Talks ChoeSonHui+SergeiLavrov @" },
            Events("Choe Son Hui, who arrived in Moscow last week, held talks with Sergei Lavrov on Wednesday."));

    [Fact]
    public void WhoTravelsInARelativeClauseAboutSomeoneTheCatalogLacksIsNotKnown()
        // Belousov was visiting, not his host.
        => Assert.DoesNotContain(
            Events("Kim Jong Un hosted a banquet on Tuesday in honor of Russian Defense Minister Andrei Belousov, who was visiting Pyongyang."),
            e => e.Contains("Visit", StringComparison.Ordinal));

    [Theory]
    // "and was received by": a second meeting of the subject, with the passive's agent, who did not travel.
    [InlineData("Choe Son Hui met Sergei Lavrov on Monday and was received by Vladimir Putin on Tuesday.",
        new[] { "2024-03-04 Meeting ChoeSonHui+SergeiLavrov @", "2024-03-05 Meeting ChoeSonHui+VladimirPutin @" })]
    [InlineData("Choe Son Hui met Sergei Lavrov in Moscow in January and was received by Vladimir Putin at the Kremlin during that trip.",
        new[] { "2024-01 Meeting ChoeSonHui+SergeiLavrov @Moscow", "2024-01 Meeting ChoeSonHui+VladimirPutin @Kremlin", "2024-01 Visit ChoeSonHui @" })]
    public void AJoinedPassiveIsTheSubjectsOwnMeeting(string story, string[] expected)
        => Assert.Equal(expected, Events(story).OrderBy(e => e, StringComparer.Ordinal));

    [Fact]
    public void APassiveTellsItsAgentsAndItsOwnTime()
        // Signed by Putin and Kim last June, whatever the sentence's subjects are expected to do.
        => Assert.Equal(
            new[] { "2023-06 Treaty KimJongUn+VladimirPutin @Pyongyang" },
            Events("Sergei Lavrov and Choe Son Hui are expected to discuss the treaty signed by Vladimir Putin and Kim Jong Un in Pyongyang in June."));

    [Theory]
    // Belousov travelled, not his host, nor anyone named after him.
    [InlineData("Kim Jong Un held talks with visiting Russian Defense Minister Andrei Belousov in Pyongyang on Friday.")]
    [InlineData("It was Andrei Belousov's first trip to North Korea since he replaced Dmitry Peskov as defense minister in May.")]
    [InlineData("Andrei Belousov's first visit to Pyongyang on Friday was welcomed by Dmitry Peskov.")]
    public void AVisitorTheCatalogLacksGivesNoOneElseTheJourney(string story)
        => Assert.DoesNotContain(Events(story), e => e.Contains("Visit", StringComparison.Ordinal));

    [Fact]
    public void AsHeMetAfterWhatWasSaidIsTheSentencesOwnHappening()
        // Putin, named in what was said, took no part in the meeting.
        => Assert.Equal(
            new[] { "2024-03-06 Meeting KimJongUn+SergeiLavrov @" },
            Events("Sergei Lavrov said on Wednesday that Vladimir Putin was ready to deepen ties, as he met Kim Jong Un."));

    // Reuters: "Erdogan told Zelenskiy on Friday that Turkey was ready to host a peace summit ..., as
    // the two leaders met in Istanbul." What was said held a meeting's and a summit's words of its
    // own, which had taken the sentence's place for those kinds; the one told is one of the pair.
    [Theory]
    [InlineData("Vladimir Putin told Recep Tayyip Erdogan on Wednesday that Russia would host talks, as the two leaders met in Ankara.", "2024-03-06 Summit RecepTayyipErdogan+VladimirPutin @Ankara")]
    [InlineData("Putin told Turkish President Recep Tayyip Erdogan on Wednesday that Moscow was ready to host a peace summit, as the two leaders met in Ankara.", "2024-03-06 Summit RecepTayyipErdogan+VladimirPutin @Ankara")]
    [InlineData("Sergei Lavrov told Kim Jong Un on Wednesday that Putin would meet him soon, as they met in Pyongyang.", "2024-03-06 Meeting KimJongUn+SergeiLavrov @Pyongyang")]
    public void AHappeningAfterWhatWasSaidIsTheSentencesOwn(string story, string expected)
        => Assert.Equal(new[] { expected }, Events(story));

    [Fact]
    public void AnAttributionFollowedByANoteIsStillTheSource()
        // South Korea reported the launch; it took no part in it.
        => Assert.DoesNotContain(
            Events("North Korea fired a missile at Russia on Sunday, South Korea's military said, the first launch this year."),
            e => e.Contains("SouthKorea", StringComparison.Ordinal));

    [Fact]
    public void TheLeadersAreThoseOfTheSentenceBefore()
        => Assert.Contains(
            "2024-03-06 Summit KimJongUn+VladimirPutin @Pyongyang",
            Events("Vladimir Putin arrived in Pyongyang on Wednesday, and Kim Jong Un was there. The leaders held talks for two hours, according to the Kremlin."));

    [Fact]
    public void AQuoteANewsAgencyGivesLeavesTheNewsInTheSentence()
        // KCNA is no person: the reception is the sentence's news, not a statement of nobody's.
        => Assert.Equal(
            new[] { "2024-03-06 Summit KimJongUn+VladimirPutin @" },
            Events("Kim Jong Un received Vladimir Putin on Wednesday and the two discussed “matters of mutual concern,” KCNA said."));

    [Fact]
    public void AQuoteAPersonGivesIsTheirStatement()
        => Assert.Equal(
            new[] { "2024-03-05 Statement DmitryPeskov @" },
            Events("During their meeting, the diplomats informed Vladimir Putin of “the agreements reached,” Dmitry Peskov told the media on Tuesday."));

    [Fact]
    public void TheTravellerOfAClauseThatNamesItsOwnSubjectIsThatSubject()
        => Assert.Contains(
            "2024-03-06 Visit SergeiLavrov @Pyongyang",
            Events("Choe Son Hui and Kim Jong Un met on Wednesday, when Sergei Lavrov made a trip to Pyongyang."));

    [Fact]
    public void AJourneysDestinationIsWhereItsMeetingHappened()
        => Assert.Equal(
            new[] { "2024-03-06 Summit KimJongUn+VladimirPutin @VostochnyCosmodrome", "2024-03-06 Visit KimJongUn @VostochnyCosmodrome" },
            Events("Kim Jong Un traveled to Russia's Vostochny Cosmodrome for a summit with Vladimir Putin on Wednesday.").OrderBy(e => e, StringComparer.Ordinal));

    [Theory]
    [InlineData("Sergei Lavrov arrived in Pyongyang on Wednesday for talks with Choe Son Hui.", new[] { "2024-03-06 Visit SergeiLavrov @Pyongyang" })]
    [InlineData("Kim Jong Un arrived in Russia on Wednesday for a summit with Vladimir Putin.", new[] { "2024-03-06 Visit KimJongUn @Russia" })]
    [InlineData("Kim Jong Un traveled to Moscow in April 2019 for his first summit with Vladimir Putin.",
        new[] { "2019-04 Summit KimJongUn+VladimirPutin @Moscow", "2019-04 Visit KimJongUn @Moscow" })] // the month holds both
    // A journey to come: its day is still the journey's (NHK: "Lee is set to leave for Washington on Sunday for a summit with Trump").
    [InlineData("Kim Jong Un is set to leave for Moscow on Sunday for a summit with Vladimir Putin.", new[] { "2024-03-10 Visit KimJongUn @Moscow" })]
    [InlineData("Kim Jong Un will travel to Moscow on Sunday for talks with Vladimir Putin on Monday.",
        new[] { "2024-03-10 Visit KimJongUn @Moscow", "2024-03-11 Talks KimJongUn+VladimirPutin @" })]
    public void ArrivingForTalksDoesNotDateThem(string story, string[] expected)
        // The sample's Lavrov arrived on October 18 for talks held on the 19th: what a journey is for is still to come.
        => Assert.Equal(expected, Events(story).OrderBy(e => e, StringComparer.Ordinal));

    [Theory]
    [InlineData("On Wednesday, he met Vladimir Putin.")]
    [InlineData("Later on Wednesday he met Vladimir Putin.")]
    [InlineData("During the visit, he met Vladimir Putin on Wednesday.")]
    public void APronounAfterAFrontedAdverbialContinuesTheSubject(string second)
        => Assert.Contains("2024-03-06 Summit KimJongUn+VladimirPutin @", Events("Kim Jong Un arrived in Moscow on Tuesday. " + second));

    [Fact]
    public void TheTwoLeadersAfterAFrontedDateAreThoseNamedBefore()
        => Assert.Contains(
            "2024-03-06 Talks KimJongUn+VladimirPutin @",
            Events("Kim Jong Un greeted Vladimir Putin at the airport on Tuesday. On Wednesday, the two leaders held talks."));

    [Fact]
    public void AFrontedClauseNamingSomeoneLeavesThePronounUnread()
        // "he" may be Putin: no meeting of Kim and Lavrov is guessed.
        => Assert.DoesNotContain(
            Events("Kim Jong Un arrived in Moscow on Tuesday. After Vladimir Putin arrived on Wednesday, he met Sergei Lavrov."),
            e => e.Contains("KimJongUn+SergeiLavrov", StringComparison.Ordinal));

    [Theory]
    [InlineData("Kim Jong Un greeted him at the airport on Wednesday.", "2024-03-06 Summit KimJongUn+VladimirPutin @")]
    [InlineData("Choe Son Hui held talks with him on Wednesday.", "2024-03-06 Talks ChoeSonHui+VladimirPutin @")]
    public void AMeetingsObjectPronounIsTheOneTheSentenceBeforeWasAbout(string second, string expected)
        => Assert.Contains(expected, Events("Vladimir Putin arrived in Pyongyang on Tuesday. " + second));

    [Fact]
    public void HerBeforeANounIsAPossessive()
        // "her counterpart" is Lavrov, named: Choe's meeting is not with Kim, the subject before.
        => Assert.Equal(
            new[] { "2024-03-05 Visit KimJongUn @Pyongyang", "2024-03-06 Meeting ChoeSonHui+SergeiLavrov @" },
            Events("Kim Jong Un arrived in Pyongyang on Tuesday. Choe Son Hui met her counterpart Sergei Lavrov on Wednesday.").OrderBy(e => e, StringComparer.Ordinal));

    [Fact]
    public void APlanTakesNoDateFromBeforeItsVerb()
        // What they said is a statement of that day; the meeting is to come.
        => Assert.DoesNotContain(Events("Kim Jong Un and Vladimir Putin said on Wednesday it would be their first meeting since 2019."), e => !e.Contains(" Statement ", StringComparison.Ordinal));

    // AP: "Kishida and Yoon agreed Sunday to push forward security cooperation", at a summit no
    // word of meeting names. What they agreed to do is to come.
    [Theory]
    [InlineData("Kim Jong Un and Sergei Lavrov agreed on Wednesday to resume regular visits.", "2024-03-06 Meeting KimJongUn+SergeiLavrov @")]
    [InlineData("Kim Jong Un and Sergei Lavrov on Wednesday agreed to resume regular visits.", "2024-03-06 Meeting KimJongUn+SergeiLavrov @")]
    [InlineData("Sergei Lavrov met Kim Jong Un on Tuesday. The two leaders agreed on Wednesday to resume regular visits.", "2024-03-06 Meeting KimJongUn+SergeiLavrov @")]
    [InlineData("Kim Jong Un agreed with Sergei Lavrov on Wednesday that ties should deepen.", null)] // one agreeing with another may reply from afar
    [InlineData("Russia and North Korea agreed on Wednesday to resume regular visits.", null)] // countries agree through others
    [InlineData("Kim Jong Un and Sergei Lavrov inspected a rocket assembly hangar on Wednesday.", "2024-03-06 Meeting KimJongUn+SergeiLavrov @")] // together, as the verb's joint subject
    [InlineData("Kim Jong Un and Sergei Lavrov watched a concert in Pyongyang on Wednesday.", "2024-03-06 Meeting KimJongUn+SergeiLavrov @Pyongyang")]
    [InlineData("Kim Jong Un inspected a rocket assembly hangar with Sergei Lavrov's envoy on Wednesday.", null)]
    public void TwoWhoAgreedOrDidSomethingTogetherOnADayMetThatDay(string story, string? meeting)
        => Assert.Equal(OnlyOrNone(meeting), Events(story).Where(e => !e.StartsWith("2024-03-05", StringComparison.Ordinal)));

    [Fact]
    public void ToBeforeADeterminerMakesNoPlan()
        => Assert.Contains("2024-03-06 Summit KimJongUn+VladimirPutin @Pyongyang", Events("Vladimir Putin came to the summit with Kim Jong Un in Pyongyang on Wednesday."));

    [Theory]
    [InlineData("Xi Jinping warned on Tuesday that the ties were a concern.", "2024-03-05 Statement XiJinping @")]
    [InlineData("Yoon Suk Yeol on Tuesday urged Russia to stop its military cooperation.", "2024-03-05 Statement YoonSukYeol @")]
    [InlineData("Kim Jong Un vowed on Tuesday to strengthen the army.", "2024-03-05 Statement KimJongUn @")]
    public void WarningsUrgingsAndVowsAreStatements(string story, string expected) => Assert.Equal(new[] { expected }, Events(story));

    [Theory]
    // After a preposition of time or place a possessive happening is when or where something was
    // said, not what about ("called Lavrov's visit a significant moment" still is).
    [InlineData("Vladimir Putin and Kim Jong Un signed a joint statement after their talks in Pyongyang on Wednesday.",
        new[] { "2024-03-06 Summit KimJongUn+VladimirPutin @Pyongyang", "2024-03-06 Treaty KimJongUn+VladimirPutin @Pyongyang" })]
    [InlineData("Kim Jong Un said during Sergei Lavrov's visit on Wednesday that ties were strong.",
        new[] { "2024-03-06 Visit SergeiLavrov @" })]
    public void AHappeningSaidAtOrAfterTookPlace(string story, string[] expected)
        => Assert.Equal(expected, Events(story).OrderBy(e => e, StringComparer.Ordinal));

    [Theory]
    // "their" meeting after "since", "after" or "before", or opening the sentence, is the pair's, at
    // its own date and place: the pair the sentence names, or the one named last (White House readouts).
    [InlineData("Vladimir Putin and Kim Jong Un met in Pyongyang on Wednesday, a year after their summit at the Vostochny Cosmodrome in September 2023.")]
    [InlineData("Vladimir Putin met Kim Jong Un in Pyongyang on Wednesday. Putin noted that ties had grown since their summit at the Vostochny Cosmodrome in September 2023.")]
    [InlineData("Vladimir Putin met Kim Jong Un in Pyongyang on Wednesday. Their last meeting was at the Vostochny Cosmodrome in September 2023.")]
    [InlineData("Vladimir Putin met Kim Jong Un in Pyongyang on Wednesday. It was their first meeting since their summit at the Vostochny Cosmodrome in September 2023.")]
    // "since their first meeting", "since their most recent summit": the date stage keeps its date too.
    [InlineData("Vladimir Putin met Kim Jong Un in Pyongyang on Wednesday. Ties had grown since their first meeting at the Vostochny Cosmodrome in September 2023.")]
    [InlineData("Vladimir Putin met Kim Jong Un in Pyongyang on Wednesday. Ties had grown since their most recent summit at the Vostochny Cosmodrome in September 2023.")]
    public void TheirEarlierMeetingIsThePairsAtItsOwnDate(string story)
        => Assert.Equal(
            new[] { "2023-09 Summit KimJongUn+VladimirPutin @VostochnyCosmodrome", "2024-03-06 Summit KimJongUn+VladimirPutin @Pyongyang" },
            Events(story).OrderBy(e => e, StringComparer.Ordinal));

    [Fact]
    public void AnAppositionOpeningOnATitleStandsBetweenTheVisitorAndWho()
        // WAM: "received Narendra Modi, Prime Minister of the Republic of India, who is on an official visit to the UAE".
        => Assert.Contains("2024-03-06 Visit SergeiLavrov @Pyongyang",
            Events("Kim Jong Un on Wednesday received Sergei Lavrov, Foreign Minister of the Russian Federation, who is on an official visit to Pyongyang."));

    [Fact]
    public void WhereTheMeetingWasHeldIsPartOfTheFrontedAdverbial()
        // "During the meeting, held at Qasr Al Watan in Abu Dhabi, His Highness and the Indian Prime Minister discussed ...".
        => Assert.Contains("2024-03-06 Summit KimJongUn+VladimirPutin @Moscow",
            Events("Vladimir Putin received Kim Jong Un on Wednesday. During the meeting, held at the Grand Kremlin Palace in Moscow, the two leaders discussed trade."));

    [Fact]
    public void TheirSummitWhereTheRestHappenedStaysTheSentences()
        // "at their summit": the deal was signed there and then, not on the day of the sentence before.
        => Assert.Equal(
            new[] { "2023-09 Summit KimJongUn+VladimirPutin @VostochnyCosmodrome", "2023-09 Treaty KimJongUn+VladimirPutin @VostochnyCosmodrome", "2024-03-06 Summit KimJongUn+VladimirPutin @Pyongyang" },
            Events("Vladimir Putin met Kim Jong Un in Pyongyang on Wednesday. The two signed a deal at their summit at the Vostochny Cosmodrome in September 2023.").OrderBy(e => e, StringComparer.Ordinal));

    [Theory]
    // A source opening the sentence up to its comma tells who reported the news after it, as one at the end does.
    [InlineData("According to Dmitry Peskov, Vladimir Putin met Kim Jong Un on Thursday.", "2024-03-07 Summit KimJongUn+VladimirPutin @")]
    [InlineData("Vladimir Putin met Kim Jong Un on Thursday, according to Dmitry Peskov.", "2024-03-07 Summit KimJongUn+VladimirPutin @")]
    public void AnOpeningAccordingToNamesTheSource(string story, string only) => Assert.Equal(new[] { only }, Events(story));

    [Theory]
    // The one a trailing attribution names spoke, though a happening before it keeps him out of its own parties.
    [InlineData("The talks were useful, Dmitry Peskov said on Thursday.", "2024-03-07 Statement DmitryPeskov @")]
    [InlineData("Sergei Lavrov will visit Pyongyang next month, Dmitry Peskov told reporters on Thursday.", "2024-03-07 Statement DmitryPeskov @|2024-04 Visit SergeiLavrov @Pyongyang")]
    public void TheSourceOfATrailingAttributionIsTheSpeaker(string story, string expected)
        => Assert.Equal(expected.Split('|'), Events(story).OrderBy(e => e, StringComparer.Ordinal));

    [Fact]
    public void AHappeningFarFromTheSpeechVerbIsNotWhatWasSaidAbout()
        // "their summit" is no object of "pledged", unlike "called Lavrov's visit a significant moment".
        => Assert.Equal(
            new[] { "2024-03-05 Summit KimJongUn+VladimirPutin @" },
            Events("Kim Jong Un and Vladimir Putin pledged on Tuesday to deepen ties at their summit."));

    [Fact]
    public void OnePersonMeetsOnlyTheCountryTheTriggerNames()
        // Not North Korea and the United States, whom the talks with officials were to be about.
        => Assert.Equal(
            new[] { "2024-03-06 Visit SergeiLavrov @SouthKorea" },
            Events("Sergei Lavrov arrived in South Korea on Wednesday for talks with officials on North Korea's growing ties with the United States."));

    [Fact]
    public void TheCountryATriggerNamesTakesPart()
        => Assert.Equal(new[] { "2024-03-05 Talks China+SergeiLavrov @" }, Events("Sergei Lavrov held talks with China on Tuesday."));

    [Fact]
    public void AStatementStandsWhenTheSentencesOtherTriggersGiveNoEvent()
        // "the talks" were told of before; the West "met" its demands in what was said.
        => Assert.Equal(
            new[] { "2024-03-04 Statement VladimirPutin @" },
            Events("Vladimir Putin said after the talks on Monday that Russia would return to the deal only when the West met its demands."));

    [Fact]
    public void AnAsideNamingCountriesIsItsOwnHappening()
        // The exercises began on Thursday, and Kim took no part in them.
        => Assert.Equal(
            new[] { "2024-03-07 MilitaryAction SouthKorea+UnitedStates @" },
            Events("Kim Jong Un supervised artillery drills near the border on Friday, a day after South Korea and the United States began their annual exercises."));

    [Theory]
    [InlineData("Vladimir Putin did not meet Choe Son Hui on Tuesday, the Kremlin said.")]
    [InlineData("Vladimir Putin didn’t meet Choe Son Hui on Tuesday.")]
    [InlineData("Vladimir Putin has never visited Pyongyang, the Kremlin said on Tuesday.")]
    [InlineData("Kim Yo Jong said on Tuesday that Vladimir Putin could visit Pyongyang if Seoul stayed out.")] // a possibility
    [InlineData("Kim Jong Un and Vladimir Putin might meet on Tuesday, officials said.")]
    public void WhatDidNotHappenIsNoEvent(string story) => Assert.DoesNotContain(Events(story), e => !e.Contains(" Statement ", StringComparison.Ordinal));

    [Fact]
    public void ANegatedTriggerGivesNoPlace()
        // Kim has not been to Moscow: the summit was not there.
        => Assert.Equal(
            new[] { "2024-03-06 Summit KimJongUn+VladimirPutin @" },
            Events("Kim Jong Un, who has not visited Moscow since 2019, met Vladimir Putin on Wednesday."));

    [Fact]
    public void IsVisitingIsTheSubjectsVisit()
        // Not Lavrov's, whom "visiting" would name in "visiting Foreign Minister Lavrov".
        => Assert.Contains("2024-03-08 Visit ChoeSonHui @Moscow", Events("Choe Son Hui is visiting Moscow this week and will meet Sergei Lavrov on Friday."));

    [Fact]
    public void TheCountryOfATitleIsNoParty()
        // "U.S." belongs to the title of a name the catalog does not know.
        => Assert.Empty(Events("Yoon Suk Yeol met with U.S. President Joe Biden at the White House on Wednesday."));

    [Theory]
    [InlineData("Vladimir Putin met Kim Jong Un on Wednesday amid warnings from Seoul.", "")]
    [InlineData("Vladimir Putin met Kim Jong Un on Wednesday in the Russian capital of Moscow.", "Moscow")]
    [InlineData("Vladimir Putin met Kim Jong Un on Wednesday near Pyongyang.", "Pyongyang")]
    [InlineData("Vladimir Putin welcomed Kim Jong Un to the Vostochny Cosmodrome on Wednesday.", "VostochnyCosmodrome")]
    public void AMeetingsPlaceIsOneAPrepositionOfPlaceOpens(string story, string place)
        => Assert.Equal(new[] { "2024-03-06 Summit KimJongUn+VladimirPutin @" + place }, Events(story));

    [Theory]
    [InlineData("Kim Jong Un also met with Sergei Lavrov and discussed defense matters.", "2024-03-06 Meeting KimJongUn+SergeiLavrov @Pyongyang")]
    [InlineData("Kim Jong Un later hosted Sergei Lavrov for a state lunch.", "2024-03-06 Meeting KimJongUn+SergeiLavrov @Pyongyang")]
    public void ANamedSubjectGoingOnWithAlsoOrLaterContinuesTheDay(string second, string expected)
        => Assert.Contains(expected, Events("Kim Jong Un and Sergei Lavrov toured an exhibition in Pyongyang on Wednesday. " + second));

    [Fact]
    public void SomeoneNotInTheSentenceBeforeDoesNotContinueIt()
        // Choe took no part in Wednesday's tour: when she met Lavrov, the text does not say.
        => Assert.DoesNotContain(
            Events("Kim Jong Un and Sergei Lavrov toured an exhibition in Pyongyang on Wednesday. Choe Son Hui also met with Sergei Lavrov."),
            e => e.Contains("ChoeSonHui", StringComparison.Ordinal));

    [Theory]
    [InlineData("Kim Jong Un greeted him at the airport.", "2024-03-06 Meeting KimJongUn+SergeiLavrov @Pyongyang")]
    [InlineData("Kim Jong Un received him at the Kumsusan guesthouse.", "2024-03-06 Meeting KimJongUn+SergeiLavrov @Pyongyang")]
    [InlineData("Kim Jong Un held talks with him.", "2024-03-06 Talks KimJongUn+SergeiLavrov @Pyongyang")]
    [InlineData("Kim Jong Un has met him twice.", null)]
    [InlineData("Kim Jong Un met him in 2019.", null)]
    [InlineData("Kim Jong Un did not meet him.", null)]
    [InlineData("Choe Son Hui said Kim Jong Un would receive him.", null)]
    [InlineData("Kim Jong Un met her counterpart.", null)]
    public void ANewSubjectMeetingTheOneBeforeByPronounContinuesTheDay(string second, string? met)
        // Who arrived on Wednesday is who "him" is; the greeting is the same day's.
        => Assert.Equal(
            new[] { "2024-03-06 Visit SergeiLavrov @Pyongyang" }.Concat(OnlyOrNone(met)).OrderBy(e => e, StringComparer.Ordinal),
            Events("Sergei Lavrov arrived in Pyongyang on Wednesday. " + second).OrderBy(e => e, StringComparer.Ordinal));

    [Fact]
    public void SubjectsJoinedByAndGoOnTogether()
        => Assert.Contains(
            "2024-03-06 Talks KimJongUn+SergeiLavrov @Pyongyang",
            Events("Kim Jong Un and Sergei Lavrov toured an exhibition in Pyongyang on Wednesday. Kim Jong Un and Sergei Lavrov later held talks."));

    [Theory]
    [InlineData("Kim Jong Un received Sergei Lavrov in Pyongyang, KCNA reported Thursday.")]
    [InlineData("KCNA reported Thursday that Kim Jong Un had received Sergei Lavrov in Pyongyang.")]
    public void TheDayOfAReportIsNotTheDayOfWhatItReports(string story) => Assert.Empty(Events(story));

    [Fact]
    public void ReportedNewsKeepsItsOwnDate()
        => Assert.Equal(new[] { "2024-03-06 Meeting ChoeSonHui+SergeiLavrov @" }, Events("Yonhap reported that Sergei Lavrov met Choe Son Hui on Wednesday."));

    [Fact]
    public void TheOneBeforeWhoTravelledAndOnlyThenIsDated()
        // Lavrov arrived on Tuesday; when Kim received him, the text does not say.
        => Assert.Equal(
            new[] { "2024-03-05 Visit SergeiLavrov @Pyongyang" },
            Events("Kim Jong Un received Sergei Lavrov, who arrived in Pyongyang on Tuesday, KCNA said Thursday."));

    [Theory]
    [InlineData("The Russian president landed in Pyongyang on Wednesday, where he was greeted by Kim Jong Un.")]
    [InlineData("The plane carrying the delegation flew to Pyongyang on Wednesday to meet Kim Jong Un.")]
    public void WhoIsNamedAfterAJourneysPhraseDidNotMakeIt(string story)
        // The one who landed is not named (the catalog here does not say who "the Russian president" is).
        => Assert.DoesNotContain(Events(story), e => e.Contains("Visit", StringComparison.Ordinal));

    [Theory]
    [InlineData("“We will never abandon our ally,” Vladimir Putin told Kim Jong Un during the talks on Tuesday.", "2024-03-05 Talks KimJongUn+VladimirPutin @")]
    [InlineData("“The talks were good,” Sergei Lavrov said on Tuesday after meeting Choe Son Hui.", "2024-03-05 Meeting ChoeSonHui+SergeiLavrov @")]
    [InlineData("“We will meet again,” Vladimir Putin told Kim Jong Un on Tuesday.", null)] // a meeting inside the quote is what was said
    [InlineData("“We met twice,” Vladimir Putin said on Tuesday, before meeting no one.", null)] // one person named after the quote
    [InlineData("“It went well,” Dmitry Peskov told reporters after Vladimir Putin's talks with Kim Jong Un on Tuesday.", "2024-03-05 Talks KimJongUn+VladimirPutin @")] // two others met
    public void AMeetingAfterAQuotesAttributionIsTheSpeakers(string story, string? meeting)
        => Assert.Equal(OnlyOrNone(meeting), Events(story).Where(e => !e.Contains("Statement", StringComparison.Ordinal)));

    [Theory]
    [InlineData("Yoon Suk Yeol met with Sergei Lavrov here on Tuesday.", "2024-03-05 Meeting SergeiLavrov+YoonSukYeol @Seoul")] // the dateline's SEOUL
    [InlineData("Sergei Lavrov arrived here on Tuesday.", "2024-03-05 Visit SergeiLavrov @Seoul")]
    [InlineData("Yoon Suk Yeol met with Sergei Lavrov on Tuesday, saying peace was here.", "2024-03-05 Meeting SergeiLavrov+YoonSukYeol @")] // another clause's "here"
    public void HereIsTheDatelinesPlace(string story, string expected) => Assert.Contains(expected, Events(story));

    [Fact]
    public void WhereTheSourceSpokeIsNotWhereItHappened()
        => Assert.Equal(
            new[] { "2024-03-05 Meeting ChoeSonHui+SergeiLavrov @" },
            Events("Sergei Lavrov met Choe Son Hui on Tuesday, Kremlin spokesman Dmitry Peskov told reporters in Moscow."));

    [Theory]
    [InlineData("The two ministers on Tuesday discussed preparations for a visit by President Vladimir Putin.")]
    [InlineData("Sergei Lavrov and Choe Son Hui on Tuesday discussed a trip by Vladimir Putin.")]
    public void AVisitBeingPreparedIsNoVisitAndItsTravellerNoParty(string second)
        => Assert.Equal(
            new[] { "2024-03-05 Talks ChoeSonHui+SergeiLavrov @" },
            Events("Sergei Lavrov and Choe Son Hui spoke on Monday. " + second).Where(e => !e.StartsWith("2024-03-04", StringComparison.Ordinal)));

    [Fact]
    public void AMainClauseGoingOnWithAlsoAfterARelativeClauseKeepsTheDayBefore()
        // Wednesday is the arrival's; the talks went on from Thursday's meeting. The arrival is in
        // Pyongyang, where he met Kim the day after (AJourneyWithNoPlaceIsToWhereTheTravellerMet).
        => Assert.Equal(
            new[] { "2024-03-06 Visit SergeiLavrov @Pyongyang", "2024-03-07 Meeting KimJongUn+SergeiLavrov @Pyongyang", "2024-03-07 Talks ChoeSonHui+SergeiLavrov @" },
            Events("Sergei Lavrov met Kim Jong Un in Pyongyang on Thursday. Sergei Lavrov, who arrived on Wednesday, also held talks with Choe Son Hui.")
                .OrderBy(e => e, StringComparer.Ordinal));

    [Fact]
    public void AJoinedClauseMayOpenOnItsOwnDate()
        // Each clause has its own month; "where she met Putin" is in Moscow, where she went.
        => Assert.Equal(
            new[] { "2023-10 Visit KimJongUn @Pyongyang", "2024-01 Meeting ChoeSonHui+VladimirPutin @Moscow", "2024-01 Visit ChoeSonHui @Moscow" },
            Events("In October 2023, Kim Jong Un visited Pyongyang, and in January Choe Son Hui went to Moscow, where she met Vladimir Putin.")
                .OrderBy(e => e, StringComparer.Ordinal));

    [Theory]
    [InlineData("Choe Son Hui left Pyongyang on Tuesday to pay an official visit to Russia.", "2024-03-05 Visit ChoeSonHui @Russia")]
    [InlineData("Kim Jong Un left open the possibility on Tuesday to visit Russia.", null)] // no departure: still a plan
    [InlineData("Kim Jong Un left Pyongyang on Tuesday to meet Vladimir Putin.", null)] // the meeting came later
    public void AVisitADepartureWasForBeganWithIt(string story, string? only) => Assert.Equal(OnlyOrNone(only), Events(story));

    [Theory]
    [InlineData("Choe Son Hui went to Moscow on Tuesday.", "2024-03-05 Visit ChoeSonHui @Moscow")]
    [InlineData("Kim Jong Un went to great lengths on Tuesday.", null)] // no place: no journey
    [InlineData("From Moscow, Choe Son Hui proceeded to Pyongyang on Tuesday.", "2024-03-05 Visit ChoeSonHui @Pyongyang")] // the Inquirer
    [InlineData("Choe Son Hui proceeded to sign the agreement on Tuesday.", null)]
    public void GoingToAPlaceIsAJourney(string story, string? only) => Assert.Equal(OnlyOrNone(only), Events(story));

    [Fact]
    public void TwoMeetingsJoinedByAndAreTwoEvents()
        => Assert.Equal(
            new[] { "2024-03-04 Meeting ChoeSonHui+SergeiLavrov @", "2024-03-05 Meeting KimJongUn+SergeiLavrov @" },
            Events("Sergei Lavrov met Choe Son Hui on Monday and met Kim Jong Un on Tuesday.").OrderBy(e => e, StringComparer.Ordinal));

    [Fact]
    public void AJoinedHappeningKeepsItsOwnDateAndThePlace()
        // The talks were on Tuesday (Monday is nearer to "talks" in the text), in Pyongyang.
        => Assert.Equal(
            new[] { "2024-03-04 Visit SergeiLavrov @Pyongyang", "2024-03-05 Talks KimJongUn+SergeiLavrov @Pyongyang" },
            Events("Sergei Lavrov arrived in Pyongyang on Monday and held talks with Kim Jong Un on Tuesday.").OrderBy(e => e, StringComparer.Ordinal));

    [Fact]
    public void ARelativeClauseWithItsOwnMeetingIsAnotherEvent()
        => Assert.Equal(
            new[] { "2023-07 Meeting KimJongUn+SergeiLavrov @", "2024-03-07 Meeting ChoeSonHui+SergeiLavrov @" },
            Events("Sergei Lavrov, who met Kim Jong Un in July 2023, met Choe Son Hui on Thursday.").OrderBy(e => e, StringComparer.Ordinal));

    [Theory]
    [InlineData("Xi Jinping met Sergei Lavrov on Monday. The two heads of state held talks on Tuesday.", "2024-03-05 Talks SergeiLavrov+XiJinping @")]
    [InlineData("Choe Son Hui met Sergei Lavrov on Monday. The two foreign ministers held talks on Tuesday.", "2024-03-05 Talks ChoeSonHui+SergeiLavrov @")]
    public void TheTwoHeadsOfStateOrMinistersAreThoseNamedBefore(string story, string talks)
        => Assert.Contains(talks, Events(story));

    [Theory]
    // Two leaders' talks where they met are a summit, as their meeting is; a call from somewhere is not.
    [InlineData("Vladimir Putin and Kim Jong Un held talks at the Vostochny Cosmodrome on Wednesday.", "2024-03-06 Summit KimJongUn+VladimirPutin @VostochnyCosmodrome")]
    [InlineData("Vladimir Putin had a telephone conversation with Xi Jinping in Moscow on Wednesday.", "2024-03-06 Talks VladimirPutin+XiJinping @Moscow")]
    [InlineData("Sergei Lavrov and Choe Son Hui held talks in Moscow on Wednesday.", "2024-03-06 Talks ChoeSonHui+SergeiLavrov @Moscow")] // no leaders
    public void LeadersTalksInPersonAreASummit(string story, string expected) => Assert.Equal(new[] { expected }, Events(story));

    [Theory]
    [InlineData("Vladimir Putin and Xi Jinping spoke by phone on Tuesday.")]
    [InlineData("Vladimir Putin held a phone call with Xi Jinping on Tuesday.")]
    public void APhoneCallIsTalks(string story) => Assert.Equal(new[] { "2024-03-05 Talks VladimirPutin+XiJinping @" }, Events(story));

    [Theory]
    [InlineData("Vladimir Putin and Xi Jinping discussed the war in Ukraine on Tuesday.")]
    [InlineData("On Tuesday, Vladimir Putin and Xi Jinping exchanged views on the war in Ukraine.")]
    [InlineData("Vladimir Putin spoke with Xi Jinping by phone on Tuesday.")]
    [InlineData("Vladimir Putin talked to Xi Jinping on Tuesday.")]
    [InlineData("Vladimir Putin and Xi Jinping conferred on Tuesday.")]
    [InlineData("Vladimir Putin and Xi Jinping held a video call on Tuesday.")]
    [InlineData("Vladimir Putin and Xi Jinping talked for two hours on Tuesday, Dmitry Peskov said.")]
    [InlineData("Vladimir Putin had a long conversation with Xi Jinping on Tuesday.")]
    [InlineData("Vladimir Putin and Xi Jinping had a conversation on Tuesday.")]
    [InlineData("Vladimir Putin held the first round of strategic dialogue with Xi Jinping on Tuesday.")] // the two ministries' named format
    [InlineData("Vladimir Putin and Xi Jinping spoke on Tuesday.")]
    [InlineData("Vladimir Putin and Xi Jinping talked on Tuesday about Ukraine, the Kremlin said.")]
    public void TwoPeopleTalkingIsTalks(string story) => Assert.Equal(new[] { "2024-03-05 Talks VladimirPutin+XiJinping @" }, Events(story));

    [Theory]
    [InlineData("Dmitry Peskov told Reuters by phone on Tuesday that the visit was useful.", "2024-03-05 Statement DmitryPeskov @")]
    [InlineData("Dmitry Peskov spoke to Reuters on Tuesday.", null)]
    [InlineData("Dmitry Peskov had a conversation with reporters on Tuesday.", null)]
    [InlineData("Russia and China discussed the war in Ukraine on Tuesday.", null)]
    public void TalkingNeedsTwoPeople(string story, string? only)
        // An interview, or countries "discussing": what was said, not talks.
        => Assert.Equal(OnlyOrNone(only), Events(story));

    [Theory]
    [InlineData("Choe Son Hui was in Moscow for a three-day visit that began on Monday.", new[] { "2024-03-04 Visit ChoeSonHui @Moscow" })]
    [InlineData("Choe Son Hui, in Moscow on an official visit, met Sergei Lavrov on Tuesday.",
        new[] { "2024-03-05 Meeting ChoeSonHui+SergeiLavrov @Moscow", "2024-03-05 Visit ChoeSonHui @Moscow" })]
    [InlineData("Choe Son Hui is in Moscow from Monday to Tuesday for an official visit.", new[] { "2024-03-04/2024-03-05 Visit ChoeSonHui @Moscow" })] // the stay's days between
    public void AStayNamedBeforeTheVisitIsItsPlace(string story, string[] expected)
        => Assert.Equal(expected, Events(story).OrderBy(e => e, StringComparer.Ordinal));

    [Theory]
    [InlineData("Sergei Lavrov is on a visit to Pyongyang, which began on Tuesday.", "2024-03-05 Visit SergeiLavrov @Pyongyang")]
    [InlineData("Sergei Lavrov is on a visit to Pyongyang that began on Tuesday.", "2024-03-05 Visit SergeiLavrov @Pyongyang")]
    [InlineData("Sergei Lavrov is on a visit to Pyongyang, which Kim Jong Un praised on Tuesday.", null)] // when it began is not said
    public void AClauseTellingWhenAVisitBeganDatesIt(string story, string? only)
        => Assert.Equal(OnlyOrNone(only), Events(story).Where(e => e.Contains("Visit", StringComparison.Ordinal)));

    [Fact]
    public void AClauseTellingWhenASummitTookPlaceDatesItHoweverLongItsPartiesNames()
        => Assert.Equal(
            new[] { "2024-03-06 Summit KimJongUn+VladimirPutin @" },
            Events("The summit between Vladimir Putin and Kim Jong Un, which took place on Wednesday, produced a defense pact."));

    [Theory]
    [InlineData("Kim Jong Un departed for Moscow on Tuesday.")]
    [InlineData("Kim Jong Un left for Moscow on Tuesday.")]
    [InlineData("Kim Jong Un headed to Moscow on Tuesday.")]
    [InlineData("Kim Jong Un crossed into Russia by train on Tuesday, bound for Moscow.")]
    [InlineData("Kim Jong Un flew on to Moscow on Tuesday.")]
    [InlineData("Kim Jong Un's plane touched down in Moscow shortly before 3 a.m. on Tuesday.")]
    [InlineData("Kim Jong Un's armoured train pulled into Moscow on Tuesday.")]
    public void SettingOffForAPlaceIsAJourney(string story)
        => Assert.Single(Events(story), e => e.StartsWith("2024-03-05 Visit KimJongUn @", StringComparison.Ordinal));

    [Theory]
    [InlineData("Kim Jong Un returned home from Russia on Tuesday.", "2024-03-05 Visit KimJongUn @Russia")]
    [InlineData("Choe Son Hui returned from Moscow on Tuesday, KCNA said.", "2024-03-05 Visit ChoeSonHui @Moscow")]
    [InlineData("Kim Jong Un returned to Pyongyang on Tuesday.", null)] // home, not a journey's destination
    public void ReturningFromAPlaceEndsAJourneyThere(string story, string? only)
        => Assert.Equal(OnlyOrNone(only), Events(story).Where(e => e.Contains("Visit", StringComparison.Ordinal)));

    [Theory]
    [InlineData("Vladimir Putin and Kim Jong Un shook hands on Tuesday.", "2024-03-05 Summit KimJongUn+VladimirPutin @")]
    [InlineData("Sergei Lavrov dined with Choe Son Hui on Tuesday.", "2024-03-05 Meeting ChoeSonHui+SergeiLavrov @")]
    [InlineData("The missile headed to the sea on Tuesday.", null)] // a journey told by a phrase needs a person
    public void HandshakesAndDinnersAreMeetings(string story, string? only)
        => Assert.Equal(OnlyOrNone(only), Events(story));

    [Theory]
    [InlineData("Kim Jong Un met a Russian delegation on Tuesday.", "2024-03-05 Meeting KimJongUn+Russia @")]
    [InlineData("Sergei Lavrov held talks with North Korean officials on Tuesday.", "2024-03-05 Talks NorthKorea+SergeiLavrov @")]
    [InlineData("Kim Jong Un met with senior American officials on Tuesday.", "2024-03-05 Meeting KimJongUn+UnitedStates @")] // "American" is the United States
    [InlineData("Kim Jong Un exchanged views with the visiting Chinese delegation on Tuesday.", "2024-03-05 Talks China+KimJongUn @")] // the visitors are the group
    [InlineData("Xi Jinping met a visiting U.S. congressional delegation in Beijing on Tuesday.", "2024-03-05 Meeting UnitedStates+XiJinping @Beijing")] // "U.S." is "American"
    [InlineData("Xi Jinping met visiting US lawmakers in Beijing on Tuesday.", "2024-03-05 Meeting UnitedStates+XiJinping @Beijing")]
    [InlineData("Kim Jong Un received a Russian military delegation led by Sergei Lavrov on Tuesday.", "2024-03-05 Meeting KimJongUn+SergeiLavrov @")]
    [InlineData("Kim Jong Un was greeted by Russian officials at the border on Tuesday.", "2024-03-05 Meeting KimJongUn+Russia @")] // a greeting of a group
    [InlineData("Kim Jong Un welcomed the Russian delegation on Tuesday.", "2024-03-05 Meeting KimJongUn+Russia @")]
    [InlineData("Ukrainian and Russian delegations met in Istanbul on Tuesday.", "2024-03-05 Meeting Russia+Ukraine @")] // two groups, no one named
    [InlineData("Russian and North Korean officials held talks on Tuesday.", "2024-03-05 Talks NorthKorea+Russia @")]
    public void ADelegationDescribedByNationalityIsItsCountry(string story, string only) => Assert.Equal(new[] { only }, Events(story));

    [Theory]
    [InlineData("Vladimir Putin welcomed the Chinese decision on Tuesday.")]
    [InlineData("Kim Jong Un was greeted by a crowd on Tuesday.")]
    [InlineData("Ukrainian and Russian forces clashed on Tuesday.")] // two groups, but no happening between them
    [InlineData("Kim Jong Un met with Russian business leaders on Tuesday.")] // a group, but no side of its state
    [InlineData("Sergei Lavrov held talks with South Korean opposition lawmakers on Tuesday.")]
    public void AGreetingOrMeetingOfNoPersonAndNoStatesGroupIsNoEvent(string story) => Assert.Empty(Events(story));

    [Theory]
    [InlineData("She met Kim Jong Un in 2019.")]
    [InlineData("She visited Pyongyang last year.")]
    [InlineData("She visited Pyongyang earlier in the week.")]
    public void APronounWithATimeOfItsOwnDoesNotGoOnAtTheTimeBefore(string second)
        // A year or a week is no date the corpus records; it is not Monday either.
        => Assert.Equal(new[] { "2024-03-04 Meeting ChoeSonHui+SergeiLavrov @" }, Events("Sergei Lavrov met Choe Son Hui on Monday. " + second));

    [Theory]
    [InlineData("Kim Jong Un and Sergei Lavrov toured an arms exhibition on Tuesday.", null)]
    [InlineData("Kim Jong Un toured the Vostochny Cosmodrome on Tuesday.", "2024-03-05 Visit KimJongUn @VostochnyCosmodrome")]
    public void ATourIsAJourneyOnlyToAPlaceNamed(string story, string? only)
        => Assert.Equal(OnlyOrNone(only), Events(story));

    [Theory]
    [InlineData("In a statement on Tuesday, Choe Son Hui said the drills were a provocation.")]
    [InlineData("Choe Son Hui on Tuesday slammed the drills as a provocation.")]
    [InlineData("Choe Son Hui dismissed the claims on Tuesday.")]
    [InlineData("\"It is a provocation,\" Choe Son Hui reiterated on Tuesday.")]
    public void WordsThatJudgeOrRepeatAreStatements(string story) => Assert.Equal(new[] { "2024-03-05 Statement ChoeSonHui @" }, Events(story));

    [Theory]
    [InlineData("Kim Jong Un hailed the visit on Tuesday as historic.", "2024-03-05 Statement KimJongUn @")] // no journey of Kim's
    [InlineData("Vladimir Putin praised the talks with Kim Jong Un on Tuesday.", "2024-03-05 Talks KimJongUn+VladimirPutin @")] // talks praised took place
    [InlineData("Sergei Lavrov said the talks with Choe Son Hui on Tuesday were useful.", "2024-03-05 Talks ChoeSonHui+SergeiLavrov @")]
    public void AVisitAVerbJudgesIsItsObject(string story, string only) => Assert.Equal(new[] { only }, Events(story));

    [Fact]
    public void ARelativeIntroducedWithATitleSpeaksForHerself()
        // "the sister of North Korean leader Kim Jong Un": she condemned them, and the catalog does not name her.
        => Assert.Empty(Events("The powerful sister of North Korean leader Kim Jong Un on Tuesday condemned the drills."));

    [Fact]
    public void AVisitorDescribedBeforeWhoIsTheVisitor()
        // KCNA's apposition between the name and ", who": Lavrov is the one on a visit, not his host.
        => Assert.Equal(
            new[] { "2024-03-05 Meeting KimJongUn+SergeiLavrov @", "2024-03-05 Visit SergeiLavrov @NorthKorea" },
            Events("Kim Jong Un received Sergei Lavrov, foreign minister of the Russian Federation, who is on a visit to North Korea, on Tuesday.")
                .OrderBy(e => e, StringComparer.Ordinal));

    [Theory]
    [InlineData("Kim Jong Un had a talk with Sergei Lavrov on Tuesday.", "2024-03-05 Talks KimJongUn+SergeiLavrov @")]
    [InlineData("Sergei Lavrov paid a courtesy call on Kim Jong Un on Tuesday.", "2024-03-05 Meeting KimJongUn+SergeiLavrov @")]
    [InlineData("Kim Jong Un gave a banquet in honor of Sergei Lavrov on Tuesday.", "2024-03-05 Meeting KimJongUn+SergeiLavrov @")]
    [InlineData("Kim Jong Un granted an audience to Sergei Lavrov on Tuesday.", "2024-03-05 Meeting KimJongUn+SergeiLavrov @")]
    [InlineData("Kim Jong Un huddled with Sergei Lavrov on Tuesday.", "2024-03-05 Meeting KimJongUn+SergeiLavrov @")]
    [InlineData("Sergei Lavrov made a stopover in Pyongyang on Tuesday.", "2024-03-05 Visit SergeiLavrov @Pyongyang")]
    public void StateMediasWordsForMeetings(string story, string only) => Assert.Equal(new[] { only }, Events(story));

    [Fact]
    public void SittingDownWithSomeoneIsAMeeting()
        => Assert.Equal(new[] { "2024-03-05 Meeting SergeiLavrov+XiJinping @Beijing" }, Events("Sergei Lavrov sat down with Xi Jinping in Beijing on Tuesday."));

    [Theory]
    [InlineData("Sergei Lavrov met Choe Son Hui on the sidelines of the ASEAN summit on Tuesday.")]
    [InlineData("Sergei Lavrov met Choe Son Hui on the margins of a regional summit on Tuesday.")]
    public void ASummitTwoMetOnTheSidelinesOfIsNotTheirs(string story)
        => Assert.Equal(new[] { "2024-03-05 Meeting ChoeSonHui+SergeiLavrov @" }, Events(story));

    // PTI: "held talks with his Chinese counterpart Wang Yi on the sidelines of the Shanghai Cooperation
    // Organisation (SCO) summit here": the acronym in brackets had hidden the sidelines (a summit of
    // the two ministers), and "here" after the summit is where they met.
    [Fact]
    public void TheSidelinesOfASummitWithItsAcronymInBrackets()
        => Assert.Equal(
            new[] { "2024-03-05 Talks ChoeSonHui+SergeiLavrov @Seoul" },
            Events("Sergei Lavrov on Tuesday held talks with Choe Son Hui on the sidelines of the Association of Southeast Asian Nations (ASEAN) summit here and discussed trade."));

    [Theory]
    [InlineData("Dmitry Peskov said Vladimir Putin met Xi Jinping on Tuesday.", "2024-03-05 Summit VladimirPutin+XiJinping @")]
    [InlineData("Dmitry Peskov said Vladimir Putin and Xi Jinping discussed Ukraine on Tuesday.", "2024-03-05 Talks VladimirPutin+XiJinping @")]
    public void WhoSaysTwoMetIsNotOfTheMeeting(string story, string only) => Assert.Equal(new[] { only }, Events(story));

    [Theory]
    [InlineData("Vladimir Putin will go on to Beijing on Monday, the Kremlin said.", null)] // Monday is the 11th, after the article
    [InlineData("Dmitry Peskov said on March 9 that the talks were useful.", "2024-03-09 Statement DmitryPeskov @")] // an article updated since its byline
    public void WhatWillHappenDoesNotDateTheWordThatSaysSo(string story, string? only)
        => Assert.Equal(OnlyOrNone(only), Events(story));

    [Fact]
    public void AQuoteEndingInACommaBeforeTheSourceLeavesTheReportsDayToTheReport()
        // "..., KCNA said Tuesday" is the day KCNA reported the talks, as it is without the quote.
        => Assert.Empty(Events("Kim Jong Un and Sergei Lavrov discussed \"matters of mutual concern,\" the Korean Central News Agency said on Tuesday."));

    [Theory]
    // The day of the report dates neither what it reports nor what its tail tells.
    [InlineData("Choe Son Hui has returned home after a trip to Russia, state media reported Tuesday, wrapping up a visit during which she met Vladimir Putin.", null)]
    [InlineData("Kim Jong Un met Vladimir Putin on Monday, KCNA said on Tuesday, calling the talks a success.", "2024-03-04 Summit KimJongUn+VladimirPutin @")]
    [InlineData("Kim Jong Un met Vladimir Putin on Monday, KCNA said on Tuesday, adding that the talks were a success.", "2024-03-04 Summit KimJongUn+VladimirPutin @")]
    public void AReportsDayBeforeATailDatesNothingOfTheTail(string story, string? only)
        => Assert.Equal(OnlyOrNone(only), Events(story));

    [Theory]
    [InlineData("Sergei Lavrov's visit follows a summit between Kim Jong Un and Vladimir Putin on Monday.", "2024-03-04 Summit KimJongUn+VladimirPutin @")]
    [InlineData("The visit by Sergei Lavrov comes after Kim Jong Un met Vladimir Putin on Monday.", "2024-03-04 Summit KimJongUn+VladimirPutin @")]
    [InlineData("Sergei Lavrov's trip came two days after Kim Jong Un held a summit with Vladimir Putin on Monday.", "2024-03-04 Summit KimJongUn+VladimirPutin @")]
    [InlineData("The talks between Sergei Lavrov and Choe Son Hui follow Kim Jong Un's visit to Moscow on Monday.", "2024-03-04 Visit KimJongUn @Moscow")]
    public void AHappeningPutAfterAnotherLendsItNeitherDateNorNames(string story, string only)
        // The visit (or talks) the sentence opens with has no date here, and is no part of the other.
        => Assert.Equal(new[] { only }, Events(story));

    [Fact]
    public void AHappeningPutADayAfterAnotherDatesIt()
        => Assert.Equal(
            new[] { "2024-03-05 Summit KimJongUn+VladimirPutin @", "2024-03-06 Visit SergeiLavrov @" },
            Events("Sergei Lavrov's visit on Wednesday came a day after Kim Jong Un met Vladimir Putin.").OrderBy(e => e, StringComparer.Ordinal));

    [Theory]
    [InlineData("Sergei Lavrov arrived in Pyongyang on Wednesday, following a summit between Kim Jong Un and Vladimir Putin on Monday.",
        new[] { "2024-03-04 Summit KimJongUn+VladimirPutin @", "2024-03-06 Visit SergeiLavrov @Pyongyang" })]
    [InlineData("Kim Jong Un met Vladimir Putin on Tuesday, ahead of talks between Sergei Lavrov and Choe Son Hui.",
        new[] { "2024-03-05 Summit KimJongUn+VladimirPutin @" })]
    // Xinhua: "Prior to the meeting, Chinese Premier Li Qiang held talks with Anwar on Tuesday": the
    // talks are the sentence's, the meeting before them another happening.
    [InlineData("Prior to the meeting, Sergei Lavrov held talks with Choe Son Hui on Tuesday.", new[] { "2024-03-05 Talks ChoeSonHui+SergeiLavrov @" })]
    [InlineData("Ahead of the meeting, Sergei Lavrov held talks with Choe Son Hui on Tuesday.", new[] { "2024-03-05 Talks ChoeSonHui+SergeiLavrov @" })]
    public void FollowingAndAheadOfOpenAnAside(string story, string[] expected)
        => Assert.Equal(expected, Events(story).OrderBy(e => e, StringComparer.Ordinal));

    [Theory]
    [InlineData("Sergei Lavrov met Choe Son Hui in Moscow on Tuesday, the first visit to Russia by a North Korean foreign minister in years.",
        new[] { "2024-03-05 Meeting ChoeSonHui+SergeiLavrov @Moscow" })] // who visited, the catalog cannot say; not Lavrov, the host
    [InlineData("Vladimir Putin hosted Kim Jong Un on Tuesday, the first visit to Russia by Kim Jong Un since 2019.",
        new[] { "2024-03-05 Summit KimJongUn+VladimirPutin @", "2024-03-05 Visit KimJongUn @Russia" })]
    [InlineData("Kim Jong Un arrived in Moscow on Tuesday, his first visit to Russia by train since 2019.",
        new[] { "2024-03-05 Visit KimJongUn @Moscow" })]
    public void AVisitBySomeoneIsTheirs(string story, string[] expected)
        => Assert.Equal(expected, Events(story).OrderBy(e => e, StringComparer.Ordinal));

    [Theory]
    [InlineData("A day after meeting Vladimir Putin, Kim Jong Un visited Moscow on Thursday.",
        new[] { "2024-03-06 Summit KimJongUn+VladimirPutin @", "2024-03-07 Visit KimJongUn @Moscow" })]
    [InlineData("After meeting Vladimir Putin on Wednesday, Kim Jong Un visited Moscow on Thursday.",
        new[] { "2024-03-06 Summit KimJongUn+VladimirPutin @", "2024-03-07 Visit KimJongUn @Moscow" })]
    [InlineData("Two days after Kim Jong Un met Vladimir Putin, Sergei Lavrov arrived in Pyongyang on Thursday.",
        new[] { "2024-03-05 Summit KimJongUn+VladimirPutin @", "2024-03-07 Visit SergeiLavrov @Pyongyang" })]
    [InlineData("Days after Kim Jong Un met Vladimir Putin, Sergei Lavrov arrived in Pyongyang on Thursday.",
        new[] { "2024-03-07 Visit SergeiLavrov @Pyongyang" })] // "days" gives no day
    [InlineData("Hours after arriving in Moscow on Tuesday, Choe Son Hui met Sergei Lavrov.",
        new[] { "2024-03-05 Meeting ChoeSonHui+SergeiLavrov @Moscow", "2024-03-05 Visit ChoeSonHui @Moscow" })]
    [InlineData("After talks with Vladimir Putin on Wednesday, Kim Jong Un said the relationship was strong.",
        new[] { "2024-03-06 Talks KimJongUn+VladimirPutin @" })]
    // The rest opens on two persons: the talks are theirs, and they signed where they talked.
    [InlineData("After their talks in Moscow on Tuesday, Sergei Lavrov and Choe Son Hui signed an agreement.",
        new[] { "2024-03-05 Talks ChoeSonHui+SergeiLavrov @Moscow", "2024-03-05 Treaty ChoeSonHui+SergeiLavrov @Moscow" })]
    [InlineData("Following talks in Pyongyang on Wednesday, Kim Jong Un and Vladimir Putin gave a joint news conference.",
        new[] { "2024-03-06 Summit KimJongUn+VladimirPutin @Pyongyang" })]
    public void ASentenceThatOpensOnAnotherHappeningTellsTwo(string story, string[] expected)
        => Assert.Equal(expected, Events(story).OrderBy(e => e, StringComparer.Ordinal));

    [Fact]
    public void AGerundAfterACommaTellsOfTheSubject()
        // Xi arrived on Tuesday, a day before the summit; not on Wednesday. The Russian capital is in Russia.
        => Assert.Equal(
            new[] { "2024-03-05 Visit XiJinping @Russia", "2024-03-06 Summit VladimirPutin+XiJinping @Moscow" },
            Events("Xi Jinping met Vladimir Putin in Moscow on Wednesday, a day after arriving in the Russian capital.").OrderBy(e => e, StringComparer.Ordinal));

    [Theory]
    [InlineData("On Monday, Sergei Lavrov is expected to meet Choe Son Hui.", new[] { "2024-03-11 Meeting ChoeSonHui+SergeiLavrov @" })]
    [InlineData("Next month, Vladimir Putin will visit Pyongyang.", new[] { "2024-04 Visit VladimirPutin @Pyongyang" })]
    [InlineData("Vladimir Putin said on Monday that he would visit Pyongyang.", new[] { "2024-03-04 Statement VladimirPutin @" })] // Monday dates the saying
    public void APlanTakesADateThatIsStillAheadBeforeItsVerb(string story, string[] expected)
        => Assert.Equal(expected, Events(story));

    [Theory]
    [InlineData("Choe Son Hui met Vladimir Putin on Monday and held talks with Sergei Lavrov.",
        new[] { "2024-03-04 Meeting ChoeSonHui+VladimirPutin @", "2024-03-04 Talks ChoeSonHui+SergeiLavrov @" })]
    [InlineData("Vladimir Putin hosted Kim Jong Un at the Kremlin on Monday and then met Choe Son Hui.",
        new[] { "2024-03-04 Meeting ChoeSonHui+VladimirPutin @Kremlin", "2024-03-04 Summit KimJongUn+VladimirPutin @Kremlin" })]
    [InlineData("Choe Son Hui met Sergei Lavrov in Moscow in February, when she also held talks with Vladimir Putin.",
        new[] { "2024-02 Meeting ChoeSonHui+SergeiLavrov @Moscow", "2024-02 Talks ChoeSonHui+VladimirPutin @Moscow" })]
    [InlineData("Choe Son Hui met Vladimir Putin on Monday and held talks with her counterpart Sergei Lavrov.",
        new[] { "2024-03-04 Meeting ChoeSonHui+VladimirPutin @", "2024-03-04 Talks ChoeSonHui+SergeiLavrov @" })]
    [InlineData("Kim Jong Un met Sergei Lavrov on Thursday and expressed satisfaction with the outcome of his summit with Vladimir Putin last month.",
        new[] { "2024-02 Summit KimJongUn+VladimirPutin @", "2024-03-07 Meeting KimJongUn+SergeiLavrov @" })]
    public void TwoMeetingsOfOneSubjectWithDifferentPeopleAreTwo(string story, string[] expected)
        // One meeting of three would say Lavrov met Putin.
        => Assert.Equal(expected, Events(story).OrderBy(e => e, StringComparer.Ordinal));

    [Theory]
    [InlineData("Kim Jong Un welcomed Sergei Lavrov on Monday and held talks with him and Choe Son Hui.", "2024-03-04 Meeting ChoeSonHui+KimJongUn+SergeiLavrov @")]
    [InlineData("Kim Jong Un met Sergei Lavrov and Choe Son Hui on Monday.", "2024-03-04 Meeting ChoeSonHui+KimJongUn+SergeiLavrov @")]
    [InlineData("Sergei Lavrov visited Pyongyang in February, when he met Kim Jong Un.", "2024-02 Meeting KimJongUn+SergeiLavrov @Pyongyang")]
    public void OneMeetingOfThreeOrAVisitsMeetingStaysOne(string story, string meeting)
        => Assert.Contains(meeting, Events(story));

    [Theory]
    [InlineData("Vladimir Putin hosted Kim Jong Un at the Kremlin on Monday. He then met Choe Son Hui, who arrived on Sunday.")]
    [InlineData("Vladimir Putin hosted Kim Jong Un at the Kremlin on Monday and then met Choe Son Hui, who arrived on Sunday.")]
    public void AContinuingClauseWhoseOnlyDateIsInItsRelativeClauseGoesOnOnTheDayBefore(string story)
    {
        var events = Events(story);
        Assert.Contains("2024-03-03 Visit ChoeSonHui @", events); // Sunday is the arrival's
        Assert.Contains(events, e => e.StartsWith("2024-03-04 Meeting ChoeSonHui+VladimirPutin @", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kim Jong Un arrived in Russia on Thursday, with a summit with Vladimir Putin expected as early as Saturday.", "2024-03-09 Summit KimJongUn+VladimirPutin @")]
    [InlineData("Talks between Sergei Lavrov and Choe Son Hui are scheduled for Saturday.", "2024-03-09 Talks ChoeSonHui+SergeiLavrov @")]
    [InlineData("Sergei Lavrov is due to visit Pyongyang on Saturday.", "2024-03-09 Visit SergeiLavrov @Pyongyang")]
    [InlineData("A meeting of Sergei Lavrov and Choe Son Hui, planned for Saturday, will open the visit.", "2024-03-09 Meeting ChoeSonHui+SergeiLavrov @")]
    public void AHappeningExpectedOrScheduledIsAPlanForTheDayAhead(string story, string plan)
        => Assert.Contains(plan, Events(story));

    [Theory]
    [InlineData("The meeting between Sergei Lavrov and Choe Son Hui, planned for Saturday, was cancelled.")]
    [InlineData("Vladimir Putin's visit to Pyongyang on Monday has been postponed.")]
    [InlineData("The talks on Monday between Sergei Lavrov and Choe Son Hui were called off.")]
    public void AHappeningCalledOffGivesNothing(string story)
        => Assert.Empty(Events(story));

    [Fact]
    public void TalksCalledOffDoNotCallOffAMeetingThatWasHeld()
        => Assert.Equal(new[] { "2024-03-04 Meeting ChoeSonHui+SergeiLavrov @" }, Events("Sergei Lavrov met Choe Son Hui on Monday after talks were cancelled."));

    [Theory]
    [InlineData("Vladimir Putin landed at Noi Bai International Airport in Hanoi on Thursday after a trip to North Korea.", "2024-03-07 Visit VladimirPutin @")]
    [InlineData("Kim Jong Un arrived in Khasan on Thursday after crossing from North Korea.", "2024-03-07 Visit KimJongUn @")]
    [InlineData("Kim Jong Un arrived in Vladivostok, Russia, on Thursday.", "2024-03-07 Visit KimJongUn @Russia")] // where the place is
    [InlineData("Kim Jong Un arrived in Vladivostok in Russia on Thursday.", "2024-03-07 Visit KimJongUn @Russia")]
    public void AJourneyToAPlaceTheCatalogLacksIsNotToAPlaceNamedLater(string story, string visit)
        => Assert.Equal(new[] { visit }, Events(story));

    [Theory]
    [InlineData("Vladimir Putin arrived in the Chinese capital on Thursday.", "2024-03-07 Visit VladimirPutin @China")]
    [InlineData("Sergei Lavrov flew to the North Korean capital on Thursday.", "2024-03-07 Visit SergeiLavrov @NorthKorea")]
    [InlineData("Kim Jong Un visited the Russian capital on Thursday.", "2024-03-07 Visit KimJongUn @Russia")]
    // The Tehran Times: a country named later, in another's words, is not where the capital is.
    [InlineData("Sergei Lavrov arrived in the North Korean capital on Thursday to discuss China's proposal.", "2024-03-07 Visit SergeiLavrov @NorthKorea")]
    [InlineData("Sergei Lavrov, who arrived in the Chinese capital on Thursday, praised Turkey's role.", "2024-03-07 Visit SergeiLavrov @China")]
    public void AJourneyToACountrysCapitalIsToTheCountry(string story, string visit)
        => Assert.Equal(new[] { visit }, Events(story));

    // The Guardian: "Tusk and Zelenskyy met in the Ukrainian capital on Monday": a meeting there is in the
    // country too, where nothing else names the place.
    [Theory]
    [InlineData("Sergei Lavrov and Choe Son Hui met in the Russian capital on Thursday.", "2024-03-07 Meeting ChoeSonHui+SergeiLavrov @Russia")]
    [InlineData("Sergei Lavrov held talks with Choe Son Hui in the North Korean capital on Thursday.", "2024-03-07 Talks ChoeSonHui+SergeiLavrov @NorthKorea")]
    [InlineData("Sergei Lavrov met Choe Son Hui in Pyongyang, the North Korean capital, on Thursday.", "2024-03-07 Meeting ChoeSonHui+SergeiLavrov @Pyongyang")]
    public void AMeetingInACountrysCapitalIsInTheCountry(string story, string meeting)
        => Assert.Equal(new[] { meeting }, Events(story));

    [Fact]
    public void AnAgreementDatedLaterDatesThePactTheSentenceBeforeTold()
        => Assert.Equal(
            new[] { "2024-03-06 Treaty KimJongUn+VladimirPutin @" },
            Events("Vladimir Putin signed a defense pact with Kim Jong Un during a trip to Pyongyang. The agreement, inked on Wednesday, commits each side to help the other."));

    [Theory]
    [InlineData("Sergei Lavrov arrived in Pyongyang on Thursday. Lavrov was greeted at the airport by Choe Son Hui, KCNA said.")]
    [InlineData("Sergei Lavrov arrived in Pyongyang on Thursday. Choe Son Hui welcomed Sergei Lavrov on the tarmac.")]
    [InlineData("Sergei Lavrov arrived in Pyongyang on Thursday. At the airport, Lavrov was greeted by Choe Son Hui.")]
    [InlineData("Sergei Lavrov arrived in Pyongyang on Thursday. Lavrov was greeted at Pyongyang's Sunan International Airport by Choe Son Hui.")] // the airport's name
    public void AWelcomeOnArrivalIsTheArrivalsDay(string story)
        => Assert.Contains("2024-03-07 Meeting ChoeSonHui+SergeiLavrov @Pyongyang", Events(story));

    [Fact]
    public void AWelcomeOfSomeoneElseOrNotOnArrivalHasNoDay()
        => Assert.Equal(
            new[] { "2024-03-07 Visit SergeiLavrov @Pyongyang" },
            Events("Sergei Lavrov arrived in Pyongyang on Thursday. Choe Son Hui greeted Kim Jong Un at the airport. Choe Son Hui welcomed Sergei Lavrov's remarks."));

    [Theory]
    [InlineData("Sergei Lavrov has met Choe Son Hui in Moscow, the ministry said. Lavrov handed Choe a letter during their meeting on Wednesday.")]
    // The day the source spoke is not the meeting's.
    [InlineData("Sergei Lavrov has met Choe Son Hui in Moscow, the ministry said on Friday. Lavrov handed Choe a letter during their meeting on Wednesday.")]
    public void ALeadThatGaveWayToALaterDayLeavesItsPlace(string story)
        => Assert.Equal(new[] { "2024-03-06 Meeting ChoeSonHui+SergeiLavrov @Moscow" }, Events(story));

    [Fact]
    public void ALeadWhoseOnlyDateIsItsSourcesIsNewsOfTheDay()
        => Assert.Equal(new[] { "2024-03-08 Meeting ChoeSonHui+SergeiLavrov @Moscow" }, Events("Sergei Lavrov has met Choe Son Hui in Moscow, the ministry said on Friday."));

    [Fact]
    public void WhatAVisitHeldHasNoDayButItsOwnWhenTwoAreJoined()
        // Kim and Choe were met on some day of the two: neither meeting takes the day the visit ended.
        => Assert.Equal(
            new[] { "2024-03-07 Visit SergeiLavrov @NorthKorea" },
            Events("Sergei Lavrov wrapped up a two-day visit to North Korea on Thursday, during which he met Kim Jong Un and held talks with Choe Son Hui."));

    [Theory]
    // A lapse of months gives the month; "months after" gives nothing.
    [InlineData("Sergei Lavrov arrived in Pyongyang on Wednesday, a month after Kim Jong Un met Vladimir Putin.",
        new[] { "2024-02 Summit KimJongUn+VladimirPutin @", "2024-03-06 Visit SergeiLavrov @Pyongyang" })]
    [InlineData("Sergei Lavrov arrived in Pyongyang on Wednesday, months after Kim Jong Un met Vladimir Putin.",
        new[] { "2024-03-06 Visit SergeiLavrov @Pyongyang" })]
    [InlineData("Two months after meeting Vladimir Putin on Jan. 10, Kim Jong Un received Sergei Lavrov.",
        new[] { "2024-01-10 Summit KimJongUn+VladimirPutin @", "2024-03 Meeting KimJongUn+SergeiLavrov @" })]
    public void ALapseOfMonthsGivesTheMonth(string story, string[] expected)
        => Assert.Equal(expected, Events(story).OrderBy(e => e, StringComparer.Ordinal));

    [Theory]
    // "his" or "her" in a sentence that names no one is the one the sentence before told of; "she"
    // opening a clause after a happening's noun too.
    [InlineData("Choe Son Hui met Vladimir Putin on Monday. Her visit to Moscow on Sunday was a success.",
        new[] { "2024-03-03 Visit ChoeSonHui @Moscow", "2024-03-04 Meeting ChoeSonHui+VladimirPutin @" })]
    [InlineData("Choe Son Hui left Pyongyang for Moscow on Friday. It is her second trip to Russia this year after she visited Moscow in January and met Vladimir Putin.",
        new[] { "2024-01 Meeting ChoeSonHui+VladimirPutin @Moscow", "2024-01 Visit ChoeSonHui @Moscow", "2024-03-08 Visit ChoeSonHui @Moscow" })]
    public void AnUnnamedHisOrHerIsTheSubjectBefore(string story, string[] expected)
        => Assert.Equal(expected, Events(story).OrderBy(e => e, StringComparer.Ordinal));

    [Theory]
    // Separate meetings are one with each, whoever is named first.
    [InlineData("Vladimir Putin met separately with Sergei Lavrov and Choe Son Hui on Monday.")]
    [InlineData("Vladimir Putin met Sergei Lavrov and Choe Son Hui separately on Monday.")]
    [InlineData("Sergei Lavrov and Choe Son Hui met Vladimir Putin separately on Monday.")]
    public void SeparateMeetingsAreOneWithEach(string story)
        => Assert.Equal(
            new[] { "2024-03-04 Meeting ChoeSonHui+VladimirPutin @", "2024-03-04 Meeting SergeiLavrov+VladimirPutin @" },
            Events(story).OrderBy(e => e, StringComparer.Ordinal));

    [Fact]
    public void WhatAVisitIncludedHasNoDayButItsOwn()
        // The summit was on some day of the six, not on the day Kim left.
        => Assert.Equal(
            new[] { "2024-03-03 Visit KimJongUn @Russia" },
            Events("Kim Jong Un left Russia on Sunday after a six-day visit that included a summit with Vladimir Putin."));

    [Theory]
    // Doing something with another person is meeting them, where the journey's word went.
    [InlineData("Kim Jong Un inspected a warship with Sergei Lavrov on Saturday.", new[] { "2024-03-02 Meeting KimJongUn+SergeiLavrov @" })]
    [InlineData("Kim Jong Un visited the Vostochny Cosmodrome with Vladimir Putin on Wednesday.",
        new[] { "2024-03-06 Summit KimJongUn+VladimirPutin @VostochnyCosmodrome", "2024-03-06 Visit KimJongUn @VostochnyCosmodrome" })]
    [InlineData("Kim Jong Un agreed with Vladimir Putin on Wednesday that ties should grow.", new string[0])] // agreeing may be done from afar
    public void DoingSomethingWithSomeoneIsMeetingThem(string story, string[] expected)
        => Assert.Equal(expected, Events(story).OrderBy(e => e, StringComparer.Ordinal));

    [Fact]
    public void WhatAVisitOfAMonthHeldIsOfThatMonth()
        // No day of the trip is known, but all it held was in September.
        => Assert.Equal(
            new[] { "2023-09 Summit KimJongUn+VladimirPutin @", "2023-09 Visit KimJongUn @Russia" },
            Events("Kim Jong Un traveled to Russia in September, during which he met Vladimir Putin.").OrderBy(e => e, StringComparer.Ordinal));

    [Fact]
    public void WhatAVisitHeldHasNoDayButItsOwn()
        // Kim was met on some day of the two, not on the day Lavrov left; the visit was where he left.
        => Assert.Equal(
            new[] { "2024-03-07 Visit SergeiLavrov @Pyongyang" },
            Events("Sergei Lavrov left Pyongyang on Thursday after a two-day visit during which he met Kim Jong Un."));

    [Theory]
    [InlineData("Sergei Lavrov and Choe Son Hui held talks on Monday, in which they discussed Vladimir Putin's planned visit.", "2024-03-04 Talks ChoeSonHui+SergeiLavrov @")]
    [InlineData("Sergei Lavrov met Choe Son Hui on Monday and discussed Vladimir Putin's visit.", "2024-03-04 Meeting ChoeSonHui+SergeiLavrov @")]
    public void AVisitTalkedAboutIsNeitherAVisitNorItsTravellersTalks(string story, string only)
        => Assert.Equal(new[] { only }, Events(story));

    [Theory]
    [InlineData("Recep Tayyip Erdogan and Vladimir Putin discussed Putin's planned visit to Turkey in August.", new[] { "2024-08 Visit VladimirPutin @Turkey" })]
    [InlineData("Recep Tayyip Erdogan and Vladimir Putin on Tuesday discussed Putin's planned visit to Turkey in August.", new[] { "2024-03-05 Talks RecepTayyipErdogan+VladimirPutin @", "2024-08 Visit VladimirPutin @Turkey" })]
    public void APlannedVisitTalkedAboutIsThePossessorsAndItsDateNotTheTalks(string story, string[] expected)
        // Not Erdoğan's journey, and August is not when they talked.
        => Assert.Equal(expected, Events(story).OrderBy(e => e, StringComparer.Ordinal));

    [Fact]
    public void ATravellerNamedByTheTripStillSignsDuringIt()
        => Assert.Contains(
            "2024-01 Treaty KimJongUn+VladimirPutin @Pyongyang",
            Events("Sergei Lavrov's visit followed Vladimir Putin's trip to Pyongyang in January, when he and Kim Jong Un signed a treaty."));

    [Fact]
    public void WhatIsExpectedOfTalksAJourneyWasForMakesNoPlanOfTheJourney()
        => Assert.Contains(
            "2024-03-06 Visit SergeiLavrov @Pyongyang",
            Events("Sergei Lavrov met Kim Jong Un in Pyongyang on Thursday, a day after arriving for talks expected to focus on cooperation."));

    [Fact]
    public void WhoIsToVisitAPlaceTakesNoPartInTheTalksAboutIt()
        => Assert.Equal(
            new[] { "2024-03-05 Talks ChoeSonHui+SergeiLavrov @Moscow" },
            Events("Choe Son Hui and Sergei Lavrov held talks in Moscow on Tuesday to discuss preparations for a visit to North Korea by Russian President Vladimir Putin."));

    [Fact]
    public void TheTalksOnADayDateTheLeadEvenWhenTheyCameAfterOthers()
        // Choe and Lavrov are named in what the talks came after, not as who talked.
        => Assert.Contains(
            "2024-03-05 Meeting ChoeSonHui+VladimirPutin @",
            Events("Vladimir Putin has met Choe Son Hui, the Kremlin said. The talks on Tuesday came after Choe Son Hui held two days of negotiations with Sergei Lavrov."));

    [Fact]
    public void AMeetingHeldIsNotWhereAJourneyStillToComeGoes()
        => Assert.Contains(
            "2024-02 Summit KimJongUn+VladimirPutin @",
            Events("Vladimir Putin accepted an invitation from Kim Jong Un to visit Pyongyang during their summit in February."));

    private static readonly CatalogSpec Officials = CorpusGen.Core.Catalog.CatalogParser.Parse("officials.json", """
        { "entities": [
          { "id": "VladimirPutin", "kind": "Person", "name": "Vladimir Putin", "role": "head of state" },
          { "id": "SergeiLavrov", "kind": "Person", "name": "Sergei Lavrov", "role": "foreign minister" },
          { "id": "ChoeSonHui", "kind": "Person", "name": "Choe Son Hui", "role": "Foreign Minister of North Korea" },
          { "id": "SergeiShoigu", "kind": "Person", "name": "Sergei Shoigu", "role": "defence minister" },
          { "id": "Kremlin", "kind": "Place", "name": "Kremlin" }
        ] }
        """);

    private static string[] OfficialsEvents(string story)
    {
        var article = ArticleExtractor.Extract("officials.txt", "Choe in Moscow\n\nMOSCOW, January 17, 2024 (Yonhap) -- " + story + "\n", Officials);
        return article.Events.Select(e => $"{e.Date} {e.Kind} {string.Join("+", e.ParticipantIds)} @{e.PlaceId}").OrderBy(e => e, StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public void TheCountriesTopDiplomatsAreTheTwoForeignMinistersTheArticleNames()
        // Lavrov is named only later; the Kremlin meeting came later on Tuesday, after the talks.
        => Assert.Equal(
            new[] { "2024-01-16 Meeting ChoeSonHui+VladimirPutin @Kremlin", "2024-01-16 Talks ChoeSonHui+SergeiLavrov @" },
            OfficialsEvents("Vladimir Putin has hosted Choe Son Hui at the Kremlin, following talks between the countries’ top diplomats earlier on Tuesday. "
                            + "Sergei Lavrov said the talks were useful."));

    [Fact]
    public void AnOfficeHeldByOneOrThreeNamesNoGroup()
        // Shoigu is the only defence minister: who the other one was, the text does not say.
        => Assert.Equal(
            new[] { "2024-01-16 Meeting ChoeSonHui+VladimirPutin @Kremlin" },
            OfficialsEvents("Vladimir Putin has hosted Choe Son Hui at the Kremlin, following talks between the two defence ministers earlier on Tuesday. "
                            + "Sergei Shoigu said the talks were useful."));

    [Theory]
    [InlineData("Kim Jong Un, who arrived by armored train on Tuesday, told Vladimir Putin that Pyongyang would always support Moscow.")]
    [InlineData("Kim Jong Un, who arrived on Tuesday, said that Seoul was to blame.")]
    public void WhatWasSaidNamesNoPlaceOfAJourneyToldBeforeIt(string story)
        => Assert.Contains("2024-03-05 Visit KimJongUn @", Events(story));

    [Theory]
    [InlineData("Vladimir Putin saw Xi Jinping off at the Kremlin after an informal dinner on Monday, the Kremlin said.", "2024-03-04 Summit VladimirPutin+XiJinping @Kremlin")] // Monday is the dinner's and the farewell's, no statement's
    [InlineData("Russia is ready to deepen ties with China, Vladimir Putin said on Tuesday.", "2024-03-05 Statement VladimirPutin @")]
    [InlineData("On Tuesday, Kim Jong Un inspected a new missile launcher, KCNA said.", null)] // the day of the inspection
    [InlineData("On Tuesday, Vladimir Putin said Russia is ready to deepen ties with China.", "2024-03-05 Statement VladimirPutin @")] // a fronted time
    public void TheDaysBeforeATrailingAttributionAreWhatWasSaid(string story, string? statement)
        => Assert.Equal(OnlyOrNone(statement), Events(story));

    [Theory]
    [InlineData("Kim Jong Un invited Vladimir Putin to visit North Korea at the end of a summit on Wednesday.", "2024-03-06 Summit KimJongUn+VladimirPutin @")] // Wednesday is the summit's
    [InlineData("Kim Jong Un invited Russian President Vladimir Putin to pay a state visit to Pyongyang on April 20, 2024.", "2024-04-20 Visit VladimirPutin @Pyongyang")]
    public void AnInvitedJourneyIsTheInvitedPersonsAndNotDatedByWhatFollowsIt(string story, string only)
        => Assert.Equal(new[] { only }, Events(story));

    [Theory]
    // A journey one is invited to lies ahead: a day gone by is the day of the inviting or accepting.
    [InlineData("Kim Jong Un invited Vladimir Putin to visit Pyongyang on Tuesday.", null)]
    [InlineData("Kim Jong Un accepted an invitation to visit Moscow on Tuesday.", null)]
    [InlineData("Kim Jong Un invited Vladimir Putin to visit Pyongyang next month.", "2024-04 Visit VladimirPutin @Pyongyang")]
    [InlineData("Vladimir Putin visited Pyongyang on Tuesday at the invitation of Kim Jong Un.", "2024-03-05 Visit VladimirPutin @Pyongyang")] // made, not asked for
    public void AnInvitedJourneyLiesAhead(string story, string? only)
        => Assert.Equal(OnlyOrNone(only), Events(story));

    // A day of the month alone: nearest the day just told, else the last one up to the publication.
    [Theory]
    [InlineData("Sergei Lavrov met Choe Son Hui on the 5th.", "2024-03-05 Meeting ChoeSonHui+SergeiLavrov @")]
    [InlineData("Xi Jinping arrived in Moscow on February 28. On the 1st he held talks with Vladimir Putin.", "2024-03-01 Talks VladimirPutin+XiJinping @")]
    public void ADayOfTheMonthAloneDatesItsEvent(string story, string expected)
        => Assert.Contains(expected, Events(story));

    // A happening the sentence's own comes before ("ahead of", "in the run-up to", "before next
    // week's") is someone else's unless it names its parties, and its day is not the story's.
    [Theory]
    [InlineData("Sergei Lavrov met Choe Son Hui in Moscow on Monday ahead of next week's summit in Pyongyang.", "2024-03-04 Meeting ChoeSonHui+SergeiLavrov @Moscow")]
    [InlineData("Sergei Lavrov held talks with Choe Son Hui in Moscow on Monday in the run-up to a summit of the two countries' leaders.", "2024-03-04 Talks ChoeSonHui+SergeiLavrov @Moscow")]
    [InlineData("Vladimir Putin and Xi Jinping spoke on Monday ahead of the summit.", null)]
    [InlineData("Vladimir Putin hosted Xi Jinping in Moscow on Monday before next week's summit. The two leaders were joined later by Sergei Lavrov for a dinner.", "2024-03-04 Summit VladimirPutin+XiJinping @Moscow")]
    public void AHappeningAheadOfTheStorysOwnIsNotItsParticipants(string story, string? only)
        => Assert.Equal(OnlyOrNone(only), Events(story));

    // Published Friday: the possessive day is the first such day from the day just told.
    [Theory]
    [InlineData("Kim Jong Un arrived in Pyongyang on Tuesday ahead of Wednesday's summit with Vladimir Putin.", "2024-03-06 Summit KimJongUn+VladimirPutin @Pyongyang")]
    [InlineData("Kim Jong Un arrived in Pyongyang on Thursday ahead of Saturday's summit with Vladimir Putin.", "2024-03-09 Summit KimJongUn+VladimirPutin @Pyongyang")]
    public void AHappeningAheadTakesTheDayInItsPhrase(string story, string summit)
        => Assert.Contains(summit, Events(story));

    [Fact]
    public void AHappeningAheadThatNamesItsPartiesIsKept()
        => Assert.Contains("2024-03-06 Talks ChoeSonHui+SergeiLavrov @Pyongyang", Events("Sergei Lavrov arrived in Pyongyang on Monday ahead of talks with Choe Son Hui on Wednesday."));

    [Fact]
    public void AJourneyInAPastClauseAfterAPlanIsThePastOne()
        => Assert.Contains("2024-03-04 Visit SergeiLavrov @Pyongyang", Events("Vladimir Putin will travel to Beijing, a week after Sergei Lavrov visited Pyongyang on Monday."));

    // Where and how it was said stands between the verb and "that" too: the talks are what was said
    // about, not a happening of the day it was said.
    [Theory]
    [InlineData("Sergei Lavrov told reporters in Moscow on Wednesday that talks with Choe Son Hui had been constructive.")]
    [InlineData("Sergei Lavrov said at a news conference on Wednesday that his talks with Choe Son Hui were useful.")]
    [InlineData("Sergei Lavrov said in an interview on Wednesday that the talks with Choe Son Hui were useful.")]
    public void TalksSpokenOfWhereItWasSaidAreNotThatDays(string story)
        => Assert.Equal(new[] { "2024-03-06 Statement SergeiLavrov @" }, Events(story));

    [Fact]
    public void WhomAnOutletQuotesAsSayingIsTheSpeaker()
        => Assert.Equal(new[] { "2024-03-05 Statement KimJongUn @" }, Events("KCNA quoted Kim Jong Un as saying on Tuesday that the alliance with Russia was invincible."));
    // "The talks came a day after ...": a happening's noun for subject and a verb that puts it after
    // another go on about the happening the sentence before dated, and the lapse counts from its day.
    [Theory]
    [InlineData("Sergei Lavrov met Kim Jong Un in Pyongyang on Thursday. The talks came a day after Lavrov held talks with Choe Son Hui.", "2024-03-06 Talks ChoeSonHui+SergeiLavrov @")]
    [InlineData("Sergei Lavrov met Kim Jong Un in Pyongyang on Thursday. Their meeting comes two days after Lavrov and Choe Son Hui held talks in Moscow.", "2024-03-05 Talks ChoeSonHui+SergeiLavrov @Moscow")]
    public void AHappeningTheSentenceBeforeDatedCountsTheLapseOfWhatItCameAfter(string story, string talks)
        => Assert.Equal(new[] { "2024-03-07 Meeting KimJongUn+SergeiLavrov @Pyongyang", talks }, Events(story).OrderBy(e => e.Contains("Meeting") ? 0 : 1).ToArray());

    // Without a lapse ("comes as", "follows talks") nothing gives the other happening a day.
    [Theory]
    [InlineData("Sergei Lavrov met Kim Jong Un in Pyongyang on Thursday. The meeting comes as Choe Son Hui prepares to visit Moscow.")]
    [InlineData("Sergei Lavrov met Kim Jong Un in Pyongyang on Thursday. The meeting follows talks between Lavrov and Choe Son Hui in Moscow.")]
    public void AHappeningsNounWithoutALapseGoesOnWithNothing(string story)
        => Assert.Equal(new[] { "2024-03-07 Meeting KimJongUn+SergeiLavrov @Pyongyang" }, Events(story));

    // ", where Putin and Kim held their summit in September 2023": a clause with a subject and a date
    // of its own is another happening, at the place before its comma; the rest has no date here.
    [Theory]
    [InlineData("Choe Son Hui had earlier visited the Vostochny Cosmodrome, where Vladimir Putin and Kim Jong Un held a summit on March 1.", new[] { "2024-03-01 Summit KimJongUn+VladimirPutin @VostochnyCosmodrome" })]
    [InlineData("Choe Son Hui arrived in Moscow on Tuesday, where Vladimir Putin and Kim Jong Un met in September 2023.", new[] { "2023-09 Summit KimJongUn+VladimirPutin @Moscow", "2024-03-05 Visit ChoeSonHui @Moscow" })]
    [InlineData("Vladimir Putin arrived in Pyongyang on Tuesday, where Kim Jong Un greeted him.", new[] { "2024-03-05 Summit KimJongUn+VladimirPutin @Pyongyang", "2024-03-05 Visit VladimirPutin @Pyongyang" })] // no date of its own: the same day, and "him" is Putin
    public void AWhereClauseWithItsOwnSubjectAndDateIsAnotherHappeningThere(string story, string[] expected)
        => Assert.Equal(expected, Events(story).OrderBy(e => e, StringComparer.Ordinal).ToArray());
    // "Choe's visit follows her November trip to Russia, when she met Putin": the trip, and the
    // meeting its clause tells, are those of whom the sentence opens on.
    [Fact]
    public void AHappeningAfterTheSubjectsOwnPossessiveIsTheSubjects()
        => Assert.Equal(new[] { "2023-11 Meeting ChoeSonHui+VladimirPutin @", "2023-11 Visit ChoeSonHui @Russia" },
            Events("Choe Son Hui's visit follows her November trip to Russia, when she met Vladimir Putin.").OrderBy(e => e, StringComparer.Ordinal).ToArray());
    // Days listed after the first with nothing but "and", "again" or "on" between are the same
    // happening again; a day with its own clause after it ("and on Feb. 17 he visited") is not.
    [Theory]
    [InlineData("Vladimir Putin met Kim Jong Un on Feb. 4 and again on Feb. 17.", new[] { "2024-02-04 Summit KimJongUn+VladimirPutin @", "2024-02-17 Summit KimJongUn+VladimirPutin @" })]
    [InlineData("Sergei Lavrov visited Pyongyang on Jan. 9, Feb. 4 and Feb. 17.", new[] { "2024-01-09 Visit SergeiLavrov @Pyongyang", "2024-02-04 Visit SergeiLavrov @Pyongyang", "2024-02-17 Visit SergeiLavrov @Pyongyang" })]
    [InlineData("Sergei Lavrov met Choe Son Hui in Pyongyang on Feb. 4 and on Feb. 17 he visited Moscow.", new[] { "2024-02-04 Meeting ChoeSonHui+SergeiLavrov @Pyongyang", "2024-02-17 Visit SergeiLavrov @Moscow" })]
    public void AHappeningOnEachDayListedIsOneEventADay(string story, string[] expected)
        => Assert.Equal(expected, Events(story).OrderBy(e => e, StringComparer.Ordinal).ToArray());
    // "visiting DPRK Foreign Minister Choe Son Hui": the country before the visitor's name is theirs.
    [Fact]
    public void AVisitorsCountryIsNoDestination()
        => Assert.Contains("2024-03-04 Visit ChoeSonHui @Moscow", Events("Vladimir Putin met with visiting DPRK Foreign Minister Choe Son Hui in Moscow on Monday."));
    // A chronology: a date that is a sentence of its own dates the sentence after it, as a fronted
    // date would; told in the present, "is received by" is a meeting of its own.
    [Theory]
    [InlineData("13 September 2023. Kim Jong Un and Vladimir Putin hold a summit at the Vostochny Cosmodrome.", new[] { "2023-09-13 Summit KimJongUn+VladimirPutin @VostochnyCosmodrome" })]
    [InlineData("18-19 October 2023. Sergei Lavrov visits Pyongyang, meets Choe Son Hui and is received by Kim Jong Un.",
                new[] { "2023-10-18/2023-10-19 Meeting ChoeSonHui+SergeiLavrov @Pyongyang", "2023-10-18/2023-10-19 Meeting KimJongUn+SergeiLavrov @", "2023-10-18/2023-10-19 Visit SergeiLavrov @Pyongyang" })]
    public void AChronologysDateHeadingDatesTheSentenceAfterIt(string story, string[] expected)
        => Assert.Equal(expected, Events(story).OrderBy(e => e, StringComparer.Ordinal).ToArray());

    [Fact]
    public void ADateHeadingDatesOnlyTheSentenceRightAfterIt()
        => Assert.Empty(Events("13 September 2023. The talks were long. Kim Jong Un and Vladimir Putin hold a summit at the Vostochny Cosmodrome."));

    // "On the first day of her visit" is a day only the visit's start would date: not the
    // publication's (a lead's), nor one "The following day" counts from.
    [Fact]
    public void TheFirstDayOfAVisitDatesNothing()
        => Assert.Empty(Events("Choe Son Hui has wrapped up a visit to Russia. On the first day of her visit, Choe held talks with Sergei Lavrov. The following day, she was received by Vladimir Putin at the Kremlin."));

    [Fact]
    public void TheFirstDayOfAVisitWithItsDateIsThatDay()
        => Assert.Equal(
            new[] { "2024-03-04 Talks ChoeSonHui+SergeiLavrov @", "2024-03-05 Meeting ChoeSonHui+VladimirPutin @" },
            Events("On the first day of her visit, on Monday, Choe Son Hui held talks with Sergei Lavrov. The following day, she was received by Vladimir Putin.")
                .Where(e => !e.Contains("Visit", StringComparison.Ordinal)).OrderBy(e => e, StringComparer.Ordinal));

    // "the same evening" is the day told last, a relative clause's too.
    [Fact]
    public void TheSameEveningIsTheDayToldLast()
        => Assert.Contains("2024-03-04 Summit KimJongUn+VladimirPutin @Moscow",
            Events("Kim Jong Un, who arrived in Moscow on Monday, was hosted by Vladimir Putin for a dinner the same evening."));

    // "It was Zelenskyy's first visit to Turkey since ...": the journey of the day the sentence before
    // told, whatever time its ordinal counts in.
    [Theory]
    [InlineData("Volodymyr Zelenskyy met Recep Tayyip Erdogan in Ankara on Thursday. It was Zelenskyy's first visit to Turkey since the invasion.", "2024-03-07 Visit VolodymyrZelenskyy @Turkey")]
    [InlineData("Choe Son Hui met Sergei Lavrov in Moscow on Monday. It is her second visit to Russia this year.", "2024-03-04 Visit ChoeSonHui @Russia")]
    [InlineData("Kim Jong Un met Vladimir Putin on Wednesday. This was Kim's first trip abroad since 2019.", null)] // no place: no journey
    // The Times of India: "This is the second visit of PM Modi to Russia in three months."
    [InlineData("Choe Son Hui met Sergei Lavrov in Moscow on Monday. This is the second visit of Foreign Minister Choe to Russia this year.", "2024-03-04 Visit ChoeSonHui @Russia")]
    [InlineData("Choe Son Hui met Sergei Lavrov in Moscow on Monday. It is the first trip by Choe Son Hui to Russia.", "2024-03-04 Visit ChoeSonHui @Russia")]
    [InlineData("Choe Son Hui met Sergei Lavrov in Moscow on Monday. It was the first visit of a foreign minister to Russia.", null)] // no one named
    [InlineData("Choe Son Hui held talks with Sergei Lavrov in Moscow on Monday. It is her second trip to Russia this year. She arrived in Moscow on Feb. 29.", "2024-02-29 Visit ChoeSonHui @Moscow")] // the journey a later sentence says began four days before
    public void ItWasSomeonesJourneyTellsTheJourneyOfTheDayBefore(string story, string? visit)
    {
        var visits = Events(story).Where(e => e.Contains(" Visit ")).ToArray();
        Assert.Equal(visit is null ? Array.Empty<string>() : new[] { visit }, visits);
    }

    [Fact]
    public void ItWasSomeonesJourneyAfterAnUndatedSentenceIsUndated()
        => Assert.Empty(Events("Ties are warming. Choe Son Hui met Sergei Lavrov in Moscow. It is her second visit to Russia this year."));

    // Two leaders riding, dining or embracing together met, as two inspecting something together did.
    [Theory]
    [InlineData("Vladimir Putin and Kim Jong Un rode in a limousine in Pyongyang on Wednesday.", "2024-03-06 Summit KimJongUn+VladimirPutin @Pyongyang")]
    [InlineData("Vladimir Putin and Kim Jong Un dined together on Wednesday.", "2024-03-06 Summit KimJongUn+VladimirPutin @")]
    [InlineData("Vladimir Putin and Kim Jong Un embraced at the airport on Wednesday.", "2024-03-06 Summit KimJongUn+VladimirPutin @")]
    public void TwoWhoDidSomethingTogetherMet(string story, string? only)
        => Assert.Equal(OnlyOrNone(only), Events(story));
    // ", their second after a 2019 meeting in Beijing": the apposition's place is the other meeting's.
    [Theory]
    [InlineData("Kim Jong Un and Vladimir Putin held a summit on Wednesday, their second after a 2019 meeting in Beijing.", "2024-03-06 Summit KimJongUn+VladimirPutin @")]
    [InlineData("Kim Jong Un and Vladimir Putin held a summit on Wednesday, their first since they met in Moscow in 2019.", "2024-03-06 Summit KimJongUn+VladimirPutin @")]
    [InlineData("Kim Jong Un toured a factory in Moscow on Friday, the second day of his visit to Russia.", "2024-03-08 Visit KimJongUn @Moscow")]
    public void AnOrdinalAppositionsPlaceIsTheOtherHappenings(string story, string only)
        => Assert.Equal(new[] { only }, Events(story));

    [Fact]
    public void AnOrdinalAppositionTellsTheOtherHappeningOfThePair()
        => Assert.Equal(
            new[] { "2019-04 Summit KimJongUn+VladimirPutin @Beijing", "2023-09-13 Summit KimJongUn+VladimirPutin @VostochnyCosmodrome" },
            Events("Kim Jong Un and Vladimir Putin met at the Vostochny Cosmodrome on September 13, 2023, their first meeting since April 2019, when the two held a summit in Beijing.")
                .OrderBy(e => e, StringComparer.Ordinal).ToArray());
    // "until Saturday" ends a stay, "since October 7" starts a count: neither dates the journey,
    // and the sentence with the stay's end goes on with the days the one before told.
    [Fact]
    public void AStaysEndAndACountsStartDateNoJourney()
    {
        Assert.Equal(new[] { "2024-03-06 Meeting KimJongUn+SergeiLavrov @Pyongyang", "2024-03-06 Visit SergeiLavrov @Pyongyang" },
            Events("Sergei Lavrov arrived in Pyongyang on Wednesday. He is in North Korea on a visit until Saturday. He met Kim Jong Un in the afternoon.").Distinct().OrderBy(e => e, StringComparer.Ordinal).ToArray());
        // A stay told in the present is the publication's day (AStayToldInThePresentIsThePublicationsDay), not Saturday's.
        Assert.Equal(new[] { "2024-03-08 Visit SergeiLavrov @NorthKorea" }, Events("Sergei Lavrov is in North Korea on a state visit until Saturday."));
        Assert.Equal(new[] { "2024-03-11 Visit SergeiLavrov @Ankara" }, Events("Sergei Lavrov, on his sixth trip to the region since October 7, is set to travel to Ankara on Monday."));
    }

    // The report's day closing the last clause is none of its happening's: the clause goes on with
    // the day before it, and nothing after the report is read as that day's.
    [Theory]
    [InlineData("Sergei Lavrov arrived in Pyongyang on Wednesday and met with Kim Jong Un, state media reported Thursday.", "2024-03-06 Meeting KimJongUn+SergeiLavrov @Pyongyang|2024-03-06 Visit SergeiLavrov @Pyongyang")]
    [InlineData("Sergei Lavrov arrived in Pyongyang on Wednesday and met with Kim Jong Un, state media reported Thursday, in a visit that comes weeks after the treaty entered into force.", "2024-03-06 Meeting KimJongUn+SergeiLavrov @Pyongyang|2024-03-06 Visit SergeiLavrov @Pyongyang")]
    [InlineData("Sergei Lavrov arrived in Pyongyang on Wednesday and met with Kim Jong Un on Thursday, state media reported.", "2024-03-06 Visit SergeiLavrov @Pyongyang|2024-03-07 Meeting KimJongUn+SergeiLavrov @Pyongyang")]
    public void TheReportsDayDatesNoClauseBeforeIt(string story, string expected)
        => Assert.Equal(expected, EventsInOrder(story));

    // The subject the sentence before placed somewhere, named again meeting someone there with no
    // time of its own: the same stay, on its day. Not elsewhere, nor in the past perfect.
    [Theory]
    [InlineData("Choe Son Hui arrived in Moscow on Wednesday. Choe met Sergei Lavrov at the foreign ministry in Moscow, the RIA news agency reported.", "2024-03-06 Meeting ChoeSonHui+SergeiLavrov @Moscow|2024-03-06 Visit ChoeSonHui @Moscow")]
    [InlineData("Choe Son Hui arrived in Moscow on Wednesday. Choe met Sergei Lavrov in Beijing.", "2024-03-06 Visit ChoeSonHui @Moscow")]
    [InlineData("Choe Son Hui arrived in Moscow on Wednesday. Choe had met Sergei Lavrov in Moscow.", "2024-03-06 Visit ChoeSonHui @Moscow")]
    public void TheSubjectNamedAgainMeetingWhereItWasGoesOn(string story, string expected)
        => Assert.Equal(expected, EventsInOrder(story));

    // A journey to a facility the catalog lacks, named after a place it knows, went to that place.
    [Fact]
    public void AFacilityNamedAfterAPlaceIsInThatPlace()
        => Assert.Equal(new[] { "2024-03-06 Visit KimJongUn @Pyongyang" }, Events("Kim Jong Un arrived at Pyongyang Sunan International Airport on Wednesday."));

    // "this morning", "this evening": the story's own day.
    [Fact]
    public void ThisMorningIsTheStorysDay()
        => Assert.Contains("2024-03-08 Meeting KimJongUn+SergeiLavrov @Pyongyang", Events("Sergei Lavrov paid a courtesy call on Kim Jong Un in Pyongyang this morning."));

    // ", his second visit in two weeks": the journey was to where the sentence's happening was.
    [Fact]
    public void AnAppositiveJourneyIsToWhereTheSentenceWas()
        => Assert.Contains("2024-03-05 Visit SergeiLavrov @Pyongyang", Events("Sergei Lavrov met Kim Jong Un in Pyongyang on Tuesday, his second visit in two weeks."));
    // The joint subject of a verb of speech spoke together; a comma before the last, or a verb
    // before the first, ends the subject.
    [Theory]
    [InlineData("China and South Korea expressed concern over the deal on Wednesday.", "2024-03-06 Statement China+SouthKorea @")]
    [InlineData("The United States, China and South Korea said on Wednesday that the deal was a threat.", "2024-03-06 Statement China+SouthKorea+UnitedStates @")]
    [InlineData("North Korean leader Kim Jong Un and Russian President Vladimir Putin said on Wednesday that ties were strong.", "2024-03-06 Statement KimJongUn+VladimirPutin @")]
    [InlineData("On Wednesday, Xi Jinping and Vladimir Putin jointly declared a partnership.", "2024-03-06 Statement VladimirPutin+XiJinping @")]
    [InlineData("The meeting between Kim Jong Un and Vladimir Putin was useful, Sergei Lavrov said on Wednesday.", "2024-03-06 Statement SergeiLavrov @")]
    [InlineData("Sergei Lavrov praised Choe Son Hui and Kim Jong Un on Wednesday.", "2024-03-06 Statement SergeiLavrov @")]
    [InlineData("Sergei Lavrov thanked Choe Son Hui and Kim Jong Un said on Wednesday that ties were strong.", "2024-03-06 Statement KimJongUn @")]
    public void AJointSubjectSpokeTogether(string story, string statement)
        => Assert.Equal(new[] { statement }, Events(story).Where(e => e.Contains(" Statement ", StringComparison.Ordinal)));
    // "after the parade": an occasion the sentence before told, named again by its noun, dates
    // what its parties did right after it; another occasion, or others, do not.
    [Theory]
    [InlineData("On Wednesday, Kim Jong Un stood alongside Vladimir Putin at the military parade. Kim Jong Un and Vladimir Putin held talks in Moscow after the parade.", "2024-03-06 Summit KimJongUn+VladimirPutin @Moscow")]
    [InlineData("Kim Jong Un arrived in Moscow on Wednesday for the celebrations. Kim Jong Un met Vladimir Putin following the celebrations.", "2024-03-06 Summit KimJongUn+VladimirPutin @Moscow")]
    [InlineData("On Wednesday, Kim Jong Un stood alongside Vladimir Putin at the military parade. Kim Jong Un and Vladimir Putin held talks in Moscow after the concert.", null)]
    [InlineData("On Wednesday, Kim Jong Un stood alongside Vladimir Putin at the military parade. Sergei Lavrov and Choe Son Hui held talks in Moscow after the parade.", null)]
    public void AfterTheOccasionBeforeIsItsDay(string story, string? meeting)
        => Assert.Equal(OnlyOrNone(meeting), Events(story).Where(e => !e.Contains(" Visit ", StringComparison.Ordinal)));
    // "met in Pyongyang in October 2023 and in Moscow in January": the same parties met twice, each
    // place with its own date; a second place without one is no second meeting.
    [Theory]
    [InlineData("Sergei Lavrov and Choe Son Hui had also met in Pyongyang in October 2023 and in Moscow in January.", "2023-10 Meeting ChoeSonHui+SergeiLavrov @Pyongyang|2024-01 Meeting ChoeSonHui+SergeiLavrov @Moscow")]
    [InlineData("Kim Jong Un and Vladimir Putin met in Pyongyang in April 2019 and at the Vostochny Cosmodrome in September 2023.", "2019-04 Summit KimJongUn+VladimirPutin @Pyongyang|2023-09 Summit KimJongUn+VladimirPutin @VostochnyCosmodrome")]
    [InlineData("Sergei Lavrov met Choe Son Hui in Pyongyang on Monday and in Moscow on Wednesday.", "2024-03-04 Meeting ChoeSonHui+SergeiLavrov @Pyongyang|2024-03-06 Meeting ChoeSonHui+SergeiLavrov @Moscow")]
    [InlineData("Sergei Lavrov met Choe Son Hui in Pyongyang on Monday and in Moscow.", "2024-03-04 Meeting ChoeSonHui+SergeiLavrov @Pyongyang")]
    [InlineData("Kim Jong Un and Vladimir Putin met in Vladivostok in April 2019 and at the Vostochny Cosmodrome in September 2023.", "2019-04 Summit KimJongUn+VladimirPutin @|2023-09 Summit KimJongUn+VladimirPutin @VostochnyCosmodrome")] // a first place the catalog lacks
    public void TwoPlacesEachWithItsDateAreTwoMeetings(string story, string meetings)
        => Assert.Equal(meetings.Split('|'), Events(story).OrderBy(e => e, StringComparer.Ordinal));
    // A farewell, like a welcome, is a meeting of the two; seeing off what is no person is none.
    [Theory]
    [InlineData("Kim Jong Un saw Vladimir Putin off at Pyongyang airport on Wednesday.", "2024-03-06 Summit KimJongUn+VladimirPutin @Pyongyang")]
    [InlineData("Vladimir Putin was seen off by Kim Jong Un in Pyongyang on Wednesday.", "2024-03-06 Summit KimJongUn+VladimirPutin @Pyongyang")]
    [InlineData("On Wednesday in Pyongyang, Kim Jong Un took Vladimir Putin to a concert before seeing him off at the airport.", "2024-03-06 Summit KimJongUn+VladimirPutin @Pyongyang")]
    [InlineData("Kim Jong Un bade farewell to Vladimir Putin on Wednesday.", "2024-03-06 Summit KimJongUn+VladimirPutin @")]
    [InlineData("Vladimir Putin wrapped up his talks in Pyongyang on Wednesday. Kim Jong Un saw him off at the airport.", "2024-03-06 Summit KimJongUn+VladimirPutin @Pyongyang")]
    [InlineData("Kim Jong Un saw off a challenge on Wednesday.", null)]
    public void AFarewellIsAMeeting(string story, string? meeting)
        => Assert.Equal(OnlyOrNone(meeting), Events(story).Where(e => !e.Contains(" Visit ", StringComparison.Ordinal)));
    // "The pair" after a sentence naming three is the two joined by "and" that opened it; a third
    // who opened nothing leaves "The pair" without anyone.
    [Theory]
    [InlineData("Kim Jong Un and Russian President Vladimir Putin held talks in Beijing after a parade alongside Xi Jinping. The pair met on Wednesday.", "2024-03-06 Summit KimJongUn+VladimirPutin @")]
    [InlineData("Kim Jong Un and Vladimir Putin watched a parade with Xi Jinping in Beijing on Tuesday. The pair met again on Wednesday.", "2024-03-06 Summit KimJongUn+VladimirPutin @")]
    [InlineData("After talks with Xi Jinping, Kim Jong Un praised Vladimir Putin in Beijing. The pair met on Wednesday.", null)]
    public void ThePairIsTheJointSubjectOfASentenceNamingMore(string story, string? meeting)
        => Assert.Equal(OnlyOrNone(meeting), Events(story).Where(e => e.StartsWith("2024-03-06", StringComparison.Ordinal)));

    // QNA: "received a phone call from" is a conversation from afar; a letter or a message met no one.
    [Theory]
    [InlineData("Kim Jong Un received a phone call from Vladimir Putin on Wednesday.", "2024-03-06 Talks KimJongUn+VladimirPutin @")]
    [InlineData("Kim Jong Un received a letter on Wednesday from Vladimir Putin.", null)]
    [InlineData("Kim Jong Un received a congratulatory message on Wednesday from Vladimir Putin.", null)]
    [InlineData("Kim Jong Un received Sergei Lavrov on Wednesday.", "2024-03-06 Meeting KimJongUn+SergeiLavrov @")]
    [InlineData("Kim Jong Un received a Russian delegation led by Sergei Lavrov on Wednesday.", "2024-03-06 Meeting KimJongUn+SergeiLavrov @")]
    public void WhatWasReceivedIsAVisitorOrAThingSent(string story, string? only)
        => Assert.Equal(OnlyOrNone(only), Events(story));

    // Anadolu: "met his counterpart in the capital Ankara"; "the situation in Gaza" was talked about.
    [Theory]
    [InlineData("Sergei Lavrov met Choe Son Hui in the capital Moscow on Monday.", "2024-03-04 Meeting ChoeSonHui+SergeiLavrov @Moscow")]
    [InlineData("Sergei Lavrov met Choe Son Hui in the Russian capital Moscow on Monday.", "2024-03-04 Meeting ChoeSonHui+SergeiLavrov @Moscow")]
    [InlineData("Sergei Lavrov met Choe Son Hui on Monday. The two ministers discussed the situation in Kyiv.", "2024-03-04 Meeting ChoeSonHui+SergeiLavrov @")]
    [InlineData("Sergei Lavrov met Choe Son Hui in Moscow on Monday to discuss developments in Kyiv.", "2024-03-04 Meeting ChoeSonHui+SergeiLavrov @Moscow")]
    public void APlaceIsWhereTheyMetNotWhatTheyDiscussed(string story, string meeting)
        => Assert.Equal(new[] { meeting }, Events(story).Distinct());

    // Jakarta Post: the meeting "earlier this month" is one before the story's day, not the one it reports.
    [Theory]
    [InlineData("Kim Jong Un hosted Vladimir Putin in Pyongyang on Friday. Kim and Putin last met in Moscow earlier this month.",
        "2024-03-01/2024-03-07 Summit KimJongUn+VladimirPutin @Moscow|2024-03-08 Summit KimJongUn+VladimirPutin @Pyongyang")]
    [InlineData("Kim Jong Un hosted Vladimir Putin on Friday. Kim and Putin last met earlier this month.",
        "2024-03-01/2024-03-07 Summit KimJongUn+VladimirPutin @|2024-03-08 Summit KimJongUn+VladimirPutin @")]
    [InlineData("Kim Jong Un met Vladimir Putin in Moscow on Tuesday. The two met earlier this month, Peskov said.",
        "2024-03-05 Summit KimJongUn+VladimirPutin @Moscow")] // a day before the story's is still that meeting
    public void EarlierThisMonthIsBeforeTheStorysDay(string story, string expected)
        => Assert.Equal(expected, EventsInOrder(story));

    // Premium Times: "received his Kenyan counterpart ... at the Presidential Villa, Abuja": the city
    // the named building stands in. Not a city that goes on to speak.
    [Theory]
    [InlineData("Kim Jong Un on Friday received Vladimir Putin at the Presidential Villa, Pyongyang.", "2024-03-08 Summit KimJongUn+VladimirPutin @Pyongyang")]
    [InlineData("Kim Jong Un received Vladimir Putin at the Kumsusan Palace, Pyongyang, on Friday.", "2024-03-08 Summit KimJongUn+VladimirPutin @Pyongyang")]
    [InlineData("Kim Jong Un met Vladimir Putin in the Kumsusan Palace, Pyongyang on Friday.", "2024-03-08 Summit KimJongUn+VladimirPutin @Pyongyang")]
    [InlineData("Kim Jong Un met Vladimir Putin on Friday at the G20 Summit, Moscow said.", "2024-03-08 Summit KimJongUn+VladimirPutin @")]
    [InlineData("Kim Jong Un met Vladimir Putin on Friday at the palace, Moscow.", "2024-03-08 Summit KimJongUn+VladimirPutin @")] // no building's name
    public void APlaceAfterANamedBuildingIsItsCity(string story, string expected)
        => Assert.Equal(expected, EventsInOrder(story));

    // Dawn: "will call on the crown prince on Friday" is a courtesy call, a meeting; a call received
    // on a day, or someone called on to act, is none.
    [Theory]
    [InlineData("Kim Jong Un will call on Vladimir Putin at the Kremlin on Friday.", "2024-03-08 Summit KimJongUn+VladimirPutin @Kremlin")]
    [InlineData("Kim Jong Un is scheduled to call on Vladimir Putin on Friday.", "2024-03-08 Summit KimJongUn+VladimirPutin @")]
    [InlineData("Kim Jong Un received a call on Friday from Vladimir Putin.", "")]
    [InlineData("Kim Jong Un will call on Vladimir Putin to end the war on Friday.", "")]
    public void ACourtesyCallIsAMeeting(string story, string expected)
        => Assert.Equal(expected, EventsInOrder(story));

    // PIB and ERR: "Jaishankar called on President Roopun on 10 March", "Billström also called on
    // Prime Minister Kaja Kallas": a courtesy call paid is a meeting; someone called on to act,
    // or a country or people called on, is a statement.
    [Theory]
    [InlineData("Sergei Lavrov called on Kim Jong Un on Wednesday.", "2024-03-06 Meeting KimJongUn+SergeiLavrov @")]
    [InlineData("On Wednesday, Sergei Lavrov called on the President of Russia, Vladimir Putin.", "2024-03-06 Meeting SergeiLavrov+VladimirPutin @")]
    [InlineData("Choe Son Hui called on her counterpart Sergei Lavrov in Moscow on Wednesday.", "2024-03-06 Meeting ChoeSonHui+SergeiLavrov @Moscow")]
    [InlineData("Sergei Lavrov called on Kim Jong Un on Wednesday to end the tests.", "2024-03-06 Statement SergeiLavrov @")]
    [InlineData("Sergei Lavrov called on Ukraine on Wednesday to negotiate.", "2024-03-06 Statement SergeiLavrov @")]
    [InlineData("Sergei Lavrov on Wednesday called on the people of Ukraine and Volodymyr Zelenskyy.", "2024-03-06 Statement SergeiLavrov @")]
    public void ACourtesyCallPaidIsAMeeting(string story, string expected)
        => Assert.Equal(expected, EventsInOrder(story));

    // NATO: "discussed preparations for the NATO Summit in Washington in July" tells talks about a
    // summit to come, not one the two held; its place and month are its own, a day the talks'.
    [Theory]
    [InlineData("Vladimir Putin and Kim Jong Un also discussed preparations for the summit in Beijing in July.", "")]
    [InlineData("Vladimir Putin and Kim Jong Un discussed preparations for the summit in Beijing on Wednesday.", "2024-03-06 Talks KimJongUn+VladimirPutin @")]
    [InlineData("Vladimir Putin and Kim Jong Un held a summit in Beijing on Wednesday.", "2024-03-06 Summit KimJongUn+VladimirPutin @Beijing")]
    public void ASummitPreparedForIsTheTalksTopic(string story, string expected)
        => Assert.Equal(expected, EventsInOrder(story));

    // Buenos Aires Times, Ahram, WAM, QNA: who else took part, told after the meeting in a sentence
    // of its own, takes part in it; no one is added to a journey, nor someone a relative clause names.
    [Theory]
    [InlineData("Vladimir Putin received Kim Jong Un on Wednesday. The meeting was attended by Sergei Lavrov and Choe Son Hui.",
        "2024-03-06 Summit ChoeSonHui+KimJongUn+SergeiLavrov+VladimirPutin @")]
    [InlineData("Vladimir Putin received Kim Jong Un on Wednesday. They discussed trade. The talks, which also included Sergei Lavrov, lasted two hours.",
        "2024-03-06 Summit KimJongUn+SergeiLavrov+VladimirPutin @")]
    [InlineData("Vladimir Putin received Kim Jong Un on Wednesday. Foreign Minister Sergei Lavrov also attended the meeting.",
        "2024-03-06 Summit KimJongUn+SergeiLavrov+VladimirPutin @")]
    [InlineData("Vladimir Putin received Kim Jong Un on Wednesday. The meeting was attended by Sergei Lavrov, who later met Choe Son Hui.",
        "2024-03-06 Summit KimJongUn+SergeiLavrov+VladimirPutin @")]
    [InlineData("Vladimir Putin visited Pyongyang on Wednesday. The meeting was attended by Sergei Lavrov.", "2024-03-06 Visit VladimirPutin @Pyongyang")]
    [InlineData("Vladimir Putin received Kim Jong Un on Wednesday. The meeting focused on trade, Sergei Lavrov said.", "2024-03-06 Summit KimJongUn+VladimirPutin @")]
    public void ThoseWhoAlsoAttendedTakePartInTheMeetingBefore(string story, string expected)
        => Assert.Equal(expected, EventsInOrder(story));

    // Ahram: "Foreign Minister Badr Abdelatty, who accompanied the president, also met with his Saudi
    // counterpart": one who came along goes on with the journey's day; the one accompanied takes no
    // part in what the companion did.
    [Theory]
    [InlineData("Vladimir Putin met Kim Jong Un in Pyongyang on Wednesday. Foreign Minister Sergei Lavrov, who accompanied the president, also met Choe Son Hui.",
        "2024-03-06 Meeting ChoeSonHui+SergeiLavrov @Pyongyang|2024-03-06 Summit KimJongUn+VladimirPutin @Pyongyang")]
    [InlineData("Vladimir Putin met Kim Jong Un in Pyongyang on Wednesday. Sergei Lavrov, who accompanied Putin, met Choe Son Hui on Wednesday.",
        "2024-03-06 Meeting ChoeSonHui+SergeiLavrov @|2024-03-06 Summit KimJongUn+VladimirPutin @Pyongyang")]
    [InlineData("Vladimir Putin met Kim Jong Un in Pyongyang on Wednesday. Foreign Minister Sergei Lavrov, who spoke to reporters, also met Choe Son Hui.",
        "2024-03-06 Summit KimJongUn+VladimirPutin @Pyongyang")] // no one he came with
    public void OneWhoCameAlongGoesOnWithTheJourney(string story, string expected)
        => Assert.Equal(expected, EventsInOrder(story));

    // Trend: "The meeting took place in Baku, where Tokayev arrived on Wednesday": where the meeting
    // told before was held, when it had no place; not a place of another day, nor over its own.
    [Theory]
    [InlineData("Vladimir Putin received Kim Jong Un on Wednesday. The meeting took place in Moscow, where Kim arrived on Tuesday.",
        "2024-03-05 Visit KimJongUn @Moscow|2024-03-06 Summit KimJongUn+VladimirPutin @Moscow")]
    [InlineData("Vladimir Putin received Kim Jong Un on Wednesday. They discussed trade. The talks were held in Moscow.", "2024-03-06 Summit KimJongUn+VladimirPutin @Moscow")]
    [InlineData("Vladimir Putin has received Kim Jong Un, the Kremlin said. The meeting took place in Moscow.", "2024-03-08 Summit KimJongUn+VladimirPutin @Moscow")]
    [InlineData("Vladimir Putin received Kim Jong Un in Beijing on Wednesday. The meeting took place in Moscow.", "2024-03-06 Summit KimJongUn+VladimirPutin @Beijing")]
    [InlineData("Vladimir Putin received Kim Jong Un on Wednesday. The meeting took place in Moscow on Tuesday.", "2024-03-06 Summit KimJongUn+VladimirPutin @")]
    [InlineData("Vladimir Putin visited Pyongyang on Wednesday. The meeting took place in Moscow.", "2024-03-06 Visit VladimirPutin @Pyongyang")]
    public void WhereTheMeetingTookPlaceIsItsPlace(string story, string expected)
        => Assert.Equal(expected, EventsInOrder(story));

    // Nation, Premium Times: "Ramaphosa arrived in the country on Wednesday", after talks at State
    // House, Nairobi, on Thursday: the journey is to where the traveller met someone in its first
    // days, when the story tells one such place.
    [Theory]
    [InlineData("Vladimir Putin and Kim Jong Un held talks in Pyongyang on Thursday. Putin arrived in the country on Wednesday.",
        "2024-03-06 Visit VladimirPutin @Pyongyang|2024-03-07 Summit KimJongUn+VladimirPutin @Pyongyang")]
    [InlineData("Vladimir Putin and Kim Jong Un held talks in Pyongyang on Thursday. Putin met Choe Son Hui in Seoul on Thursday. Putin arrived on Wednesday.",
        "2024-03-06 Visit VladimirPutin @|2024-03-07 Meeting ChoeSonHui+VladimirPutin @Seoul|2024-03-07 Summit KimJongUn+VladimirPutin @Pyongyang")] // two places
    [InlineData("Vladimir Putin and Kim Jong Un held talks in Pyongyang on Thursday. Putin arrived on March 1.",
        "2024-03-01 Visit VladimirPutin @|2024-03-07 Summit KimJongUn+VladimirPutin @Pyongyang")] // a week before
    public void AJourneyWithNoPlaceIsToWhereTheTravellerMet(string story, string expected)
        => Assert.Equal(expected, EventsInOrder(story));

    [Fact]
    public void TheSentenceNamingWhereTheMeetingTookPlaceIsASourceOfIt()
    {
        var article = ArticleExtractor.Extract("a.txt", " date 2024-03-08 Talks\nVladimir Putin received Kim Jong Un on Wednesday. The meeting took place in Moscow.\n", OutletArticles.Catalog);
        var meeting = Assert.Single(article.Events);
        Assert.Equal("Moscow", meeting.PlaceId);
        Assert.Equal(new[] { "Vladimir Putin received Kim Jong Un on Wednesday.", "The meeting took place in Moscow." }, meeting.Sources.Select(s => s.Text));
    }

    [Fact]
    public void TheSentenceNamingWhoAlsoAttendedIsASourceOfTheMeeting()
    {
        var article = ArticleExtractor.Extract("a.txt", " date 2024-03-08 Talks\nVladimir Putin received Kim Jong Un on Wednesday. The meeting was attended by Sergei Lavrov.\n", OutletArticles.Catalog);
        var meeting = Assert.Single(article.Events);
        Assert.Equal(new[] { "Vladimir Putin received Kim Jong Un on Wednesday.", "The meeting was attended by Sergei Lavrov." }, meeting.Sources.Select(s => s.Text));
        Assert.Equal("KimJongUn+VladimirPutin", string.Join("+", meeting.Sources[0].ParticipantIds));
    }

    // Daily Sun: "Zelensky last visited Türkiye on March 8, when the two leaders met in Istanbul", after a
    // sentence naming both: the pair met that day, though this sentence names one of them.
    [Theory]
    [InlineData("Kim Jong Un and Vladimir Putin spoke by phone on Wednesday. Kim Jong Un last visited Russia on March 1, when the two leaders met in Moscow.",
        "2024-03-01 Summit KimJongUn+VladimirPutin @Moscow|2024-03-01 Visit KimJongUn @Russia|2024-03-06 Talks KimJongUn+VladimirPutin @")]
    [InlineData("Kim Jong Un and Vladimir Putin spoke by phone on Wednesday. Kim Jong Un visited Russia on March 1, when the two leaders signed a treaty.",
        "2024-03-01 Visit KimJongUn @Russia|2024-03-06 Talks KimJongUn+VladimirPutin @")] // no meeting's word
    [InlineData("Kim Jong Un visited Russia on March 1, when the two leaders met in Moscow.",
        "2024-03-01 Visit KimJongUn @Russia")] // no pair named before
    public void WhenThePairNamedLastMetThatDay(string story, string expected)
        => Assert.Equal(expected, EventsInOrder(story));

    // TAP: "Saied received ... Italian Prime Minister Giorgia Meloni, on a working visit to Tunisia": a
    // journey told beside the one received or hosted is the guest's. After "met" it stays the subject's.
    [Theory]
    [InlineData("Kim Jong Un on Friday received Russian Foreign Minister Sergei Lavrov, on a working visit to North Korea.",
        "2024-03-08 Meeting KimJongUn+SergeiLavrov @|2024-03-08 Visit SergeiLavrov @NorthKorea")]
    [InlineData("Vladimir Putin hosted Recep Tayyip Erdogan on Thursday, on his first visit to Russia since 2020.",
        "2024-03-07 Summit RecepTayyipErdogan+VladimirPutin @|2024-03-07 Visit RecepTayyipErdogan @Russia")]
    [InlineData("Vladimir Putin on Thursday met Kim Jong Un, who is on a state visit to Russia.",
        "2024-03-07 Summit KimJongUn+VladimirPutin @|2024-03-07 Visit KimJongUn @Russia")]
    [InlineData("Vladimir Putin met Recep Tayyip Erdogan on Thursday, on his first visit to Turkey since 2020.",
        "2024-03-07 Summit RecepTayyipErdogan+VladimirPutin @|2024-03-07 Visit VladimirPutin @Turkey")]
    // EFE: the journey's phrase opens on more words, or on "during" without a comma.
    [InlineData("Vladimir Putin received Recep Tayyip Erdogan on Thursday in the Kremlin, on the last day of a three-day state visit to Russia.",
        "2024-03-07 Summit RecepTayyipErdogan+VladimirPutin @Kremlin|2024-03-07 Visit RecepTayyipErdogan @Russia")]
    [InlineData("Vladimir Putin received Recep Tayyip Erdogan on Thursday during a three-day state visit to Russia.",
        "2024-03-07 Summit RecepTayyipErdogan+VladimirPutin @|2024-03-07 Visit RecepTayyipErdogan @Russia")]
    [InlineData("Vladimir Putin met Recep Tayyip Erdogan on Thursday during a visit to Turkey.",
        "2024-03-07 Summit RecepTayyipErdogan+VladimirPutin @|2024-03-07 Visit VladimirPutin @Turkey")]
    public void AJourneyBesideTheOneReceivedIsTheGuests(string story, string expected)
        => Assert.Equal(expected, EventsInOrder(story));

    // WAM: "received President Abdel Fattah El-Sisi of Egypt, who is on a working visit to the
    // country": the one the who-clause is about is the person of the country before it. With a host
    // the catalog lacks, the journey is all the sentence gives.
    [Theory]
    [InlineData("Sheikh Hamdan bin Zayed today received Kim Jong Un of North Korea, who is on a working visit to Russia.", "2024-03-08 Visit KimJongUn @Russia")]
    [InlineData("Vladimir Putin today received Kim Jong Un of North Korea, who is on a working visit to Russia.", "2024-03-08 Summit KimJongUn+VladimirPutin @|2024-03-08 Visit KimJongUn @Russia")]
    public void TheOneOfACountryBeforeWhoIsOnAVisitIsTheTraveller(string story, string expected)
        => Assert.Equal(expected, EventsInOrder(story));

    // APP: one of the pair of a dated happening meeting the other in the next sentence, with no time of
    // its own, tells it again: its place and the who-clause's journey are that day's. Not "has met"
    // or "last met", which tell of other meetings.
    [Theory]
    [InlineData("Vladimir Putin and Recep Tayyip Erdogan on Thursday agreed to expand trade. Erdogan, who is on a two-day visit to Russia, held a meeting with Putin in Moscow.",
        "2024-03-07 Summit RecepTayyipErdogan+VladimirPutin @Moscow|2024-03-07 Visit RecepTayyipErdogan @Russia")]
    [InlineData("Vladimir Putin and Recep Tayyip Erdogan on Thursday agreed to expand trade. Erdogan met Putin in Moscow.",
        "2024-03-07 Summit RecepTayyipErdogan+VladimirPutin @Moscow")]
    [InlineData("Vladimir Putin and Recep Tayyip Erdogan on Thursday agreed to expand trade. Erdogan has met Putin in Moscow many times.",
        "2024-03-07 Summit RecepTayyipErdogan+VladimirPutin @")]
    [InlineData("Vladimir Putin and Recep Tayyip Erdogan on Thursday agreed to expand trade. Erdogan last met Putin in Moscow.",
        "2024-03-07 Summit RecepTayyipErdogan+VladimirPutin @")]
    public void ThePairMeetingAgainTellsTheHappeningBefore(string story, string expected)
        => Assert.Equal(expected, EventsInOrder(story));

    // The Korea Herald: "Cho also met with Chinese Premier Li Qiang on Tuesday. The two ministers last
    // held talks in Beijing in November 2021": one introduced as a country's premier is none of "the
    // two ministers", though the catalog gives him no role (Cho, the other, is a name it lacks).
    [Fact]
    public void OneIntroducedAsACountrysLeadIsNoneOfTheTwoMinisters()
        => Assert.DoesNotContain(
            Events("Foreign Minister Cho Tae-yul held talks with Sergei Lavrov in Moscow on Monday. Cho also met with Russian Premier Dmitry Peskov on Tuesday. The two ministers last held talks in Moscow in November 2021."),
            e => e.StartsWith("2021-11", StringComparison.Ordinal));

    // Nikkei: "agreed on Friday to start negotiations on a defense pact": a pact negotiated on is not
    // signed. A time after "on" is no topic ("held talks on Friday and signed a pact").
    [Theory]
    [InlineData("Vladimir Putin and Kim Jong Un agreed on Wednesday to start negotiations on a defense pact.", "")]
    [InlineData("Vladimir Putin and Kim Jong Un held talks on a defense pact on Wednesday.", "2024-03-06 Talks KimJongUn+VladimirPutin @")]
    [InlineData("Vladimir Putin and Kim Jong Un held talks on Wednesday and signed a defense pact.", "2024-03-06 Talks KimJongUn+VladimirPutin @|2024-03-06 Treaty KimJongUn+VladimirPutin @")]
    public void APactNegotiatedOnIsNotSigned(string story, string expected)
        => Assert.Equal(expected, EventsInOrder(story));

    // France 24: "will travel to Rio de Janeiro on Wednesday before holding talks with Lula in Brasilia
    // on Thursday": a gerund after "before" that tells a happening of its own, with a day of its own,
    // is a clause of its own; and a day ahead told after another day ahead (not put before it with
    // "after") is the first such day from that one, though the story is published on that weekday.
    [Theory]
    [InlineData("Vladimir Putin will travel to Pyongyang on Thursday before holding talks with Kim Jong Un in Moscow on Friday.",
        "2024-03-14 Visit VladimirPutin @Pyongyang|2024-03-15 Summit KimJongUn+VladimirPutin @Moscow")]
    [InlineData("Vladimir Putin traveled to Pyongyang on Monday before visiting Seoul on Tuesday.",
        "2024-03-04 Visit VladimirPutin @Pyongyang|2024-03-05 Visit VladimirPutin @Seoul")]
    [InlineData("Vladimir Putin will meet Kim Jong Un on Thursday and Recep Tayyip Erdogan on Friday.",
        "2024-03-14 Summit KimJongUn+VladimirPutin @|2024-03-15 Summit RecepTayyipErdogan+VladimirPutin @")]
    [InlineData("Vladimir Putin will meet Kim Jong Un on Monday after arriving in Pyongyang on Sunday.",
        "2024-03-10 Visit VladimirPutin @Pyongyang|2024-03-11 Summit KimJongUn+VladimirPutin @Pyongyang")]
    public void AHappeningAfterBeforeAndADayAheadOfAnother(string story, string expected)
        => Assert.Equal(expected, EventsInOrder(story));

    // Lusa: "Nyusi is on an official visit to Portugal until Saturday"; GNA: "President Ruto is in
    // Ghana for a three-day state visit": a person's journey told in the present goes on on the
    // publication's day, as does one in the aside of a lead told on that day ("X, who is on a visit to
    // Y, met Z"). Not what is no journey ("is on a mission").
    [Theory]
    [InlineData("Sergei Lavrov is on an official visit to North Korea.", "2024-03-08 Visit SergeiLavrov @NorthKorea")]
    [InlineData("Russian Foreign Minister Sergei Lavrov is currently on a three-day official visit to North Korea.", "2024-03-08 Visit SergeiLavrov @NorthKorea")]
    [InlineData("Sergei Lavrov is in Pyongyang for a two-day working visit.", "2024-03-08 Visit SergeiLavrov @Pyongyang")]
    [InlineData("Sergei Lavrov is paying a state visit to North Korea.", "2024-03-08 Visit SergeiLavrov @NorthKorea")]
    [InlineData("Sergei Lavrov is visiting Pyongyang.", "2024-03-08 Visit SergeiLavrov @Pyongyang")]
    [InlineData("Sergei Lavrov, who is on an official visit to North Korea, met Kim Jong Un.", "2024-03-08 Meeting KimJongUn+SergeiLavrov @|2024-03-08 Visit SergeiLavrov @NorthKorea")] // Interpressnews: the lead's aside
    [InlineData("Vladimir Putin met with Foreign Minister Choe Son Hui, who is in Russia on an official visit.", "2024-03-08 Meeting ChoeSonHui+VladimirPutin @|2024-03-08 Visit ChoeSonHui @Russia")] // a readout: no time at all
    [InlineData("Sergei Lavrov is on a mission to North Korea.", "")]
    [InlineData("Sergei Lavrov is in Pyongyang to sign the treaty.", "")]
    public void AStayToldInThePresentIsThePublicationsDay(string story, string expected)
        => Assert.Equal(expected, EventsInOrder(story));

    // Times of Israel: "Blinken had flown in from Cairo, where he met Egyptian President Abdel Fattah
    // el-Sisi on Thursday": a meeting told in a clause of where is in the place before the comma,
    // whatever preposition named it.
    [Theory]
    [InlineData("Sergei Lavrov had flown in from Moscow, where he met Vladimir Putin on Thursday.", "2024-03-07 Meeting SergeiLavrov+VladimirPutin @Moscow")]
    [InlineData("Vladimir Putin will travel to North Korea, where he is expected to meet Kim Jong Un on Monday.", "2024-03-11 Summit KimJongUn+VladimirPutin @NorthKorea|2024-03-11 Visit VladimirPutin @NorthKorea")]
    [InlineData("Sergei Lavrov arrived in Seoul from Moscow on Thursday and met Yoon Suk Yeol.", "2024-03-07 Meeting SergeiLavrov+YoonSukYeol @Seoul|2024-03-07 Visit SergeiLavrov @Seoul")]
    public void AMeetingInAClauseOfWhereIsInThePlaceBeforeIt(string story, string expected)
        => Assert.Equal(expected, EventsInOrder(story));

    // UN News: "Guterres met al-Sudani in Baghdad, where he arrived the day before": so is an arrival.
    [Theory]
    [InlineData("Sergei Lavrov met Kim Jong Un in Pyongyang on Thursday, where he arrived the day before.", "2024-03-06 Visit SergeiLavrov @Pyongyang|2024-03-07 Meeting KimJongUn+SergeiLavrov @Pyongyang")]
    [InlineData("Sergei Lavrov is in Pyongyang, where he arrived on Wednesday.", "2024-03-06 Visit SergeiLavrov @Pyongyang")]
    public void AnArrivalInAClauseOfWhereIsInThePlaceBeforeIt(string story, string expected)
        => Assert.Equal(expected, EventsInOrder(story));

    // AAP: "Albanese has hosted Luxon ... The prime ministers met at Admiralty House in Sydney on
    // Friday": "the prime ministers", "the presidents", "the (two) heads of state" go on about the
    // pair, as "the leaders" does. Prime ministers lead governments, unlike "the ministers". Not
    // "the presidents of Ukraine and Turkey", who are others.
    private static readonly CatalogSpec PrimeMinisters = CorpusGen.Core.Catalog.CatalogParser.Parse("pms.json", """
        { "entities": [
          { "id": "AnthonyAlbanese", "kind": "Person", "name": "Anthony Albanese", "role": "head of government" },
          { "id": "ChristopherLuxon", "kind": "Person", "name": "Christopher Luxon", "role": "head of government" },
          { "id": "Sydney", "kind": "Place", "name": "Sydney" }
        ] }
        """);

    [Fact]
    public void ThePrimeMinistersAreThePairNamedBefore()
    {
        var article = ArticleExtractor.Extract("aap.txt", "Leaders meet\n\nSYDNEY, March 8, 2024 (AAP) - Anthony Albanese has hosted Christopher Luxon. The prime ministers met at Admiralty House in Sydney on Friday.\n", PrimeMinisters);
        var summit = Assert.Single(article.Events);
        Assert.Equal("2024-03-08 Summit AnthonyAlbanese+ChristopherLuxon @Sydney", $"{summit.Date} {summit.Kind} {string.Join("+", summit.ParticipantIds)} @{summit.PlaceId}");
    }

    [Theory]
    [InlineData("Vladimir Putin hosted Recep Tayyip Erdogan on Thursday. The presidents met in Moscow.", "2024-03-07 Summit RecepTayyipErdogan+VladimirPutin @Moscow")]
    [InlineData("Vladimir Putin hosted Recep Tayyip Erdogan on Thursday. The two Heads of State met in Moscow.", "2024-03-07 Summit RecepTayyipErdogan+VladimirPutin @Moscow")]
    [InlineData("Vladimir Putin hosted Recep Tayyip Erdogan on Thursday. The presidents of the two countries met in Moscow.", "2024-03-07 Summit RecepTayyipErdogan+VladimirPutin @Moscow")]
    [InlineData("Vladimir Putin hosted Recep Tayyip Erdogan on Thursday. The presidents of Ukraine and China met in Moscow.", "2024-03-07 Summit RecepTayyipErdogan+VladimirPutin @")]
    public void ThePresidentsAreThePairNamedBefore(string story, string expected)
        => Assert.Equal(expected, EventsInOrder(story));
}

// A list item's marker ("•", "2.", "(2)") is no part of its sentence: "They" after it opens the
// sentence, and a number alone is no sentence that breaks the thread.
public class ListItemTests
{
    [Theory]
    [InlineData("•")]
    [InlineData("-")]
    [InlineData("*")]
    [InlineData("2.")]
    [InlineData("2)")]
    [InlineData("(2)")]
    public void AListItemsSentenceOpensAfterItsMarker(string marker)
    {
        var article = ArticleExtractor.Extract("list.txt", "Key takeaways\n\nSEOUL, March 8, 2024 (Yonhap) -- Vladimir Putin and Kim Jong Un met on Wednesday.\n"
            + marker + " They held talks at the Vostochny Cosmodrome.\n", OutletArticles.Catalog);
        var summit = Assert.Single(article.Events);
        Assert.Equal("2024-03-06 Summit KimJongUn+VladimirPutin @VostochnyCosmodrome", $"{summit.Date} {summit.Kind} {string.Join("+", summit.ParticipantIds)} @{summit.PlaceId}");
        Assert.Contains(summit.Sources, s => s.Text.StartsWith("They held talks", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2. They met.", new[] { "They met." })]
    [InlineData("• They met. 3. He left.", new[] { "They met.", "He left." })]
    [InlineData("2024. They met.", new[] { "2024.", "They met." })] // a year heads a chronology's entry
    [InlineData("-5 degrees. They met.", new[] { "-5 degrees.", "They met." })]
    [InlineData("(AP) They met.", new[] { "(AP) They met." })]
    public void OnlyAListMarkerIsLeftOut(string paragraph, string[] sentences)
        => Assert.Equal(sentences, SentenceSplitter.Split(paragraph, 0, paragraph.Length).Select(s => paragraph.Substring(s.Start, s.End - s.Start)));
}
