using System;
using System.IO;
using System.Linq;
using CorpusGen.Core;
using CorpusGen.Core.Model;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.Core;

/// <summary>
/// Articles written in other outlets' styles (Articles/*.txt, with their own catalog): wire
/// datelines, hard-wrapped CRLF copy, bylines and "Last updated" stamps, agency footers, cookie
/// banners, title-case headlines, diacritics and look-alike letters, very short and very long
/// files. They keep the rules general: none of them is a sample file.
/// </summary>
public class OutletStyleTests
{
    private static readonly string Folder = OutletArticles.Folder;
    private static readonly CatalogSpec Catalog = OutletArticles.Catalog;

    private static ArticleSpec Extract(string file) => ArticleExtractor.Extract(Path.Combine(Folder, file), File.ReadAllText(Path.Combine(Folder, file)), Catalog);

    private static string[] Events(ArticleSpec article)
        => article.Events.Select(e => $"{e.Date} {e.Kind} {string.Join("+", e.ParticipantIds)} @{e.PlaceId}").ToArray();

    private static void AssertMentions(ArticleSpec article, params string[] expected)
    {
        var found = article.Mentions.Select(m => m.EntityId + ":" + m.Surface).ToHashSet();
        foreach (var mention in expected) Assert.True(found.Contains(mention), $"{article.Id}: missing {mention}; found {string.Join(", ", found)}");
    }

    [Fact]
    public void CatalogIsClean() => Assert.Empty(Catalog.Diagnostics);

    [Theory]
    [InlineData("ap-seoul.txt", "AP")] // "SEOUL, South Korea (AP) —"
    [InlineData("afp-moscow.txt", "AFP")] // "Moscow (AFP) -"
    public void DatelineCreditIsNoUnresolvedName(string file, string agency)
        => Assert.DoesNotContain(Extract(file).Unresolved, u => u.Surface == agency);

    [Fact]
    public void AgencyNamedInTheStoryIsStillReported()
    {
        // "VLADIVOSTOK, September 13. /TASS/. ... a TASS correspondent reported": the credit is not
        // reported, the agency the story names is.
        var tass = Extract("tass-vladivostok.txt").Unresolved.Where(u => u.Surface == "TASS").ToArray();
        Assert.Equal(201, Assert.Single(tass).Span.Column);
    }

    [Fact]
    public void ALongWireStoryKeepsEachHappeningsOwnDayPlaceAndParties()
    {
        // Reuters on Lavrov in Pyongyang: the arrival is Wednesday's (in Pyongyang, where he met Kim the
        // next day), the talks that go on with
        // "also" after it are Thursday's; Moscow is where Peskov spoke, not where anyone met; the
        // visit by Putin the ministers prepared has not happened, and Putin took no part in their talks.
        var events = Events(Extract("reuters-lavrov-pyongyang.txt"));
        Assert.Contains("2023-10-19 Meeting KimJongUn+SergeiLavrov @Pyongyang", events);
        Assert.Contains("2023-10-18 Visit SergeiLavrov @Pyongyang", events); // where he met Kim the day after
        Assert.Contains("2023-10-19 Talks ChoeSonHui+SergeiLavrov @", events);
        Assert.Contains("2023-09 Summit KimJongUn+VladimirPutin @VostochnyCosmodrome", events);
        Assert.Contains("2023-10-20 Visit SergeiLavrov @Beijing", events); // a plan, dated by its own Friday
        Assert.DoesNotContain(events, e => e.Contains("Visit VladimirPutin", StringComparison.Ordinal) || e.Contains("@Moscow", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Contains("Talks", StringComparison.Ordinal) && e.Contains("VladimirPutin", StringComparison.Ordinal));
    }

    [Fact]
    public void AWelcomeAtTheAirportIsTheArrivalsDay()
    {
        // UPI on Lavrov's arrival: greeted at the airport by Choe the day he arrived; the talks are
        // a plan for Thursday; last month's summit was at the cosmodrome, "where ... Kim toured a
        // rocket launch facility": his visit there.
        var events = Events(Extract("upi-seoul.txt"));
        Assert.Equal(
            new[]
            {
                "2023-09 Summit KimJongUn+VladimirPutin @VostochnyCosmodrome", "2023-09 Visit KimJongUn @VostochnyCosmodrome", "2023-10-18 Meeting ChoeSonHui+SergeiLavrov @Pyongyang",
                "2023-10-18 Visit SergeiLavrov @Pyongyang", "2023-10-19 Talks ChoeSonHui+SergeiLavrov @",
            },
            events.OrderBy(e => e, StringComparer.Ordinal));
    }

    [Fact]
    public void ALandingInACityTheCatalogLacksIsNoDayOfTheVisitBefore()
    {
        // VnExpress on Putin in Hanoi: Thursday's landing is not a second day in Pyongyang, where
        // he signed the treaty on Wednesday.
        Assert.Equal(
            new[] { "2024-06-19 Treaty KimJongUn+VladimirPutin @Pyongyang", "2024-06-19 Visit VladimirPutin @Pyongyang" },
            Events(Extract("vnexpress-hanoi.txt")).OrderBy(e => e, StringComparer.Ordinal));
    }

    [Fact]
    public void ASummitExpectedIsAPlanForTheDayAhead()
    {
        // The Washington Post, published Tuesday: the summit "expected as early as Wednesday" is the
        // next day's, not last Wednesday's.
        var events = Events(Extract("wapo-analysis.txt"));
        Assert.Contains("2023-09-13 Summit KimJongUn+VladimirPutin @", events);
        Assert.Contains("2023-09-12 Visit KimJongUn @Russia", events);
        Assert.DoesNotContain(events, e => e.StartsWith("2023-09-06", StringComparison.Ordinal));
    }

    [Fact]
    public void AgencyStampAboveTheStoryIsItsByline()
    {
        // "Source: Xinhua | 2023-10-18 14:22:05 | Editor: huaxia", which below a story would end it.
        var article = Extract("xinhua-beijing.txt");
        Assert.Equal(("2023-10-18", DateSource.Byline), (article.Date!.Date.ToString(), article.Date.Source));
        Assert.Equal("BEIJING", article.Dateline);
        Assert.Contains("2023-10-18 Summit VladimirPutin+XiJinping @Beijing", Events(article));
        Assert.Contains(article.Unresolved, u => u.Surface == "Great Hall of the People");
    }

    [Fact]
    public void MiddleInitialIsPartOfTheName()
    {
        // "President Vladimir V. Putin of Russia welcomed Kim Jong-un": one mention, no stray "Vladimir".
        var article = Extract("nyt-spaceport.txt");
        AssertMentions(article, "VladimirPutin:Vladimir V. Putin", "KimJongUn:Kim Jong-un");
        Assert.DoesNotContain(article.Unresolved, u => u.Surface.StartsWith("Vladimir", StringComparison.Ordinal));
    }

    [Fact]
    public void ContributorLineEndsTheStoryAndAPlannedMeetingIsDatedAhead()
    {
        // "CNN's Anna Chernova contributed reporting." is a credit, not a paragraph; published Monday
        // 11 September, "He is expected to meet Putin on Wednesday" is the 13th.
        var article = Extract("cnn-seoul.txt");
        Assert.Equal("Seoul", article.Dateline); // "Seoul, South Korea CNN —"
        Assert.DoesNotContain(article.Unresolved, u => u.Surface == "Anna Chernova");
        Assert.Equal(12, article.Paragraphs[^1].Span.Line); // "The last time the two leaders met ..."
        Assert.Contains("2023-09-13 Summit KimJongUn+VladimirPutin @VostochnyCosmodrome", Events(article));
    }

    [Fact]
    public void StateMediaNamesAreReportedWhole()
    {
        // "(KCNA) -- Respected Comrade Kim Jong Un, ... of the Democratic People's Republic of Korea,
        // ... at the Kumsusan State Guest House": the story's first word opens a sentence.
        var article = Extract("kcna-pyongyang.txt");
        var names = article.Unresolved.Select(u => u.Surface).ToArray();
        Assert.Contains("Kumsusan State Guest House", names);
        // Whole, and the catalog's "DPRK" spelt out: a mention of North Korea.
        Assert.Contains(article.Mentions, m => m.Surface == "Democratic People's Republic of Korea" && m.EntityId == "NorthKorea");
        Assert.DoesNotContain("Respected", names);
        Assert.DoesNotContain("People", names);
    }

    [Fact]
    public void WireCopyWithCrLfAndHardWrappedLines()
    {
        var article = Extract("yonhap-wire.txt");
        Assert.Equal(("2023-10-19", DateSource.Dateline), (article.Date!.Date.ToString(), article.Date.Source));
        Assert.Equal("PYONGYANG", article.Dateline);
        Assert.Null(article.Title);
        Assert.Equal(3, article.Paragraphs.Count); // "(END)" is not a paragraph
        AssertMentions(article, "KimJongUn:Kim Jong-un", "SergeiLavrov:Sergei Lavrov", "SergeiLavrov:Lavrov", "KimJongUn:Kim", "KCNA:Korean Central News Agency", "KCNA:KCNA", "VladimirPutin:Vladimir Putin", "Pyongyang:Pyongyang");
        Assert.Empty(article.Unresolved);
        Assert.Equal(new[] { "2023-10-18/2023-10-19 Visit SergeiLavrov @Pyongyang", "2023-10-19 Talks KimJongUn+SergeiLavrov @Pyongyang" }, Events(article));
    }

    [Fact]
    public void PositionsInCrLfFilesAreTheCompilers()
    {
        var text = File.ReadAllText(Path.Combine(Folder, "yonhap-wire.txt"));
        var lines = text.Split("\r\n");
        foreach (var mention in Extract("yonhap-wire.txt").Mentions.Where(m => !m.Surface.Contains('\n')))
        {
            Assert.Equal(mention.Surface, lines[mention.Span.Line - 1].Substring(mention.Span.Column - 1, mention.Span.Length));
        }
    }

    [Fact]
    public void AgencyStoryWithBylineStampAndFooter()
    {
        var article = Extract("reuters-moscow.txt");
        Assert.Equal(("2024-01-16", DateSource.Byline), (article.Date!.Date.ToString(), article.Date.Source));
        Assert.Equal("MOSCOW", article.Dateline);
        Assert.Equal("Putin hosts North Korean foreign minister as ties deepen", article.Title);
        AssertMentions(article, "VladimirPutin:Putin", "VladimirPutin:Vladimir Putin", "ChoeSonHui:Choe Son-hui", "ChoeSonHui:Choe", "DmitryPeskov:Dmitry Peskov", "SergeiLavrov:Sergei Lavrov", "Kremlin:Kremlin");
        Assert.Empty(article.Unresolved); // "By Reuters Staff", "Reporting by ...", "Our Standards" are furniture
        Assert.DoesNotContain(article.Paragraphs, p => File.ReadAllText(Path.Combine(Folder, "reuters-moscow.txt")).Substring(p.Span.Start, p.Span.Length).StartsWith("Reporting by", StringComparison.Ordinal));
        // The spokesman who reports the meeting is its source, not a participant.
        Assert.Equal(new[] { "2024-01-16 Meeting ChoeSonHui+VladimirPutin @Kremlin", "2024-01-16 Talks ChoeSonHui+SergeiLavrov @" }, Events(article));
    }

    [Fact]
    public void DiacriticsAliasesAndUnknownPlaces()
    {
        var article = Extract("aljazeera-turkey.txt");
        Assert.Equal(("2023-07-08", DateSource.Byline), (article.Date!.Date.ToString(), article.Date.Source));
        Assert.Equal("Erdoğan and Zelenskyy meet in Istanbul to discuss grain deal", article.Title);
        // The headline's surnames resolve to the people the text names in full later.
        AssertMentions(article, "RecepTayyipErdogan:Erdoğan", "RecepTayyipErdogan:Recep Tayyip Erdogan", "VolodymyrZelenskyy:Zelenskyy", "VolodymyrZelenskyy:Volodymyr Zelensky", "Turkey:Türkiye", "Ukraine:Ukraine");
        Assert.Equal(new[] { "Istanbul", "Istanbul", "NATO", "Lviv" }, article.Unresolved.Select(u => u.Surface));
        // "The two leaders last met in Lviv in August 2022": after a sentence that names one of them.
        Assert.Equal(new[] { "2022-08 Summit RecepTayyipErdogan+VolodymyrZelenskyy @", "2023-07-07 Summit RecepTayyipErdogan+VolodymyrZelenskyy @" }, Events(article));
    }

    [Fact]
    public void LastUpdatedStampDashDatelineLookAlikeLettersAndRelatedLinks()
    {
        var article = Extract("korea-herald.txt");
        Assert.Equal(("2023-09-14", DateSource.Byline), (article.Date!.Date.ToString(), article.Date.Source));
        Assert.Equal("SEOUL", article.Dateline);
        AssertMentions(article, "YoonSukYeol:Yoon Suk-yeol", "VostochnyCosmodrome:Vostochny Сosmodrome", "KimJongUn:Kim Jong Un", "VladimirPutin:Putin", "UnitedStates:United States");
        Assert.DoesNotContain(article.Mentions, m => m.Surface == "Russia" && m.Span.Line == 9); // the related headline under "Read more"
        Assert.Empty(article.Unresolved);
        Assert.Contains("2023-09-13 Summit KimJongUn+VladimirPutin @VostochnyCosmodrome", Events(article));
    }

    [Fact]
    public void CookieBannerTitleCaseHeadlineAndSurnameSuggestion()
    {
        var article = Extract("title-case.txt");
        Assert.Equal(("2023-03-21", DateSource.Byline), (article.Date!.Date.ToString(), article.Date.Source));
        Assert.Equal("Putin Hosts Chinese Leader Xi Jinping For Talks In Moscow", article.Title);
        // "Peskov", never named in full, is the one catalog person of that name.
        AssertMentions(article, "VladimirPutin:Putin", "XiJinping:Xi Jinping", "XiJinping:Xi", "Moscow:Moscow", "Kremlin:Kremlin", "DmitryPeskov:Peskov");
        Assert.Empty(article.Unresolved);
        Assert.Equal(new[] { "2023-03-20 Summit VladimirPutin+XiJinping @Kremlin", "2023-03-20 Visit XiJinping @Moscow" }, Events(article));
    }

    [Fact]
    public void AssociatedPressDatelineWithCountryAndLongDash()
    {
        var article = Extract("ap-seoul.txt");
        Assert.Equal(("2024-03-08", DateSource.Byline), (article.Date!.Date.ToString(), article.Date.Source));
        Assert.Equal("SEOUL", article.Dateline); // "SEOUL, South Korea (AP) —"
        Assert.Equal("North Korea's Kim oversees artillery drills as Seoul warns of provocations", article.Title);
        Assert.Equal(3, article.Paragraphs.Count); // the copyright line is not one
    }

    [Fact]
    public void TassStampInCapitalsAndSlashedAgencyDateline()
    {
        var article = Extract("tass-vladivostok.txt");
        Assert.Equal(("2023-09-13", DateSource.Byline), (article.Date!.Date.ToString(), article.Date.Source)); // "13 SEP 2023, 10:15"
        Assert.Equal("Putin, Kim Jong Un hold talks at Vostochny Cosmodrome", article.Title);
        Assert.Equal("VLADIVOSTOK", article.Dateline); // "VLADIVOSTOK, September 13. /TASS/.", under a standfirst
        Assert.Contains("2023-09-13 Summit KimJongUn+VladimirPutin @VostochnyCosmodrome", Events(article));
    }

    [Fact]
    public void StateMediaDatelineInCapitalizedWordsWithoutYear()
    {
        var article = Extract("kcna-pyongyang.txt");
        Assert.Equal(("Pyongyang", "November 29"), (article.Dateline, article.PartialDate)); // "Pyongyang, November 29 (KCNA) --"
        Assert.Null(article.Date);
        Assert.Contains(article.Diagnostics, d => d.Id == "CG0001" && d.FormatMessage().Contains("'November 29' but gives no year"));
    }

    [Fact]
    public void PageWithSkipLinkSectionBarAndShareButtons()
    {
        var article = Extract("bbc-page.txt");
        Assert.Equal(("2023-09-12", DateSource.Byline), (article.Date!.Date.ToString(), article.Date.Source));
        Assert.Equal("Kim Jong Un arrives in Russia for Putin summit", article.Title); // not "Skip to content" or the section bar
        var text = File.ReadAllText(Path.Combine(Folder, "bbc-page.txt"));
        var paragraphs = article.Paragraphs.Select(p => text.Substring(p.Span.Start, p.Span.Length)).ToArray();
        Assert.Equal(3, paragraphs.Length); // not "Share", "Save", the author, "Related topics" and what follows
        Assert.StartsWith("North Korean leader Kim Jong Un has arrived", paragraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain(article.Unresolved, u => u.Surface is "Frances Mao" or "BBC News"); // the author's name is a label, not a mention
    }

    [Fact]
    public void NumericDayFirstStampAndCapitalizedDateline()
    {
        var article = Extract("afp-moscow.txt");
        Assert.Equal(("2024-01-16", DateSource.Byline), (article.Date!.Date.ToString(), article.Date.Source)); // "Published on 16/01/2024 - 14:05"
        Assert.Equal("Moscow", article.Dateline); // "Moscow (AFP) -"
        Assert.Contains("2024-01-16 Meeting ChoeSonHui+SergeiLavrov @Moscow", Events(article));
    }

    [Fact]
    public void VeryShortArticle()
    {
        var article = Extract("very-short.txt");
        Assert.Null(article.Date);
        Assert.Contains(article.Diagnostics, d => d.Id == "CG0001");
        Assert.Equal(new[] { "VladimirPutin" }, article.Mentions.Select(m => m.EntityId)); // "Kim", short, needs a title or the full name
        Assert.Empty(article.Unresolved);
    }

    [Fact]
    public void VeryLongArticle()
    {
        const string paragraph = "Russian President Vladimir Putin and North Korean leader Kim Jong Un discussed cooperation in Moscow, and Lavrov briefed the Kremlin on the outcome of his visit to Pyongyang.";
        var text = " date 2023-10-20 " + string.Join("\n\n", Enumerable.Repeat(paragraph, 2000)) + "\n";
        var article = ArticleExtractor.Extract("/long.txt", text, Catalog);
        Assert.Equal(2000, article.Paragraphs.Count);
        Assert.Equal(2000 * 6, article.Mentions.Count); // Putin, Kim Jong Un, Moscow, Kremlin, Pyongyang, and Lavrov by his surname alone
        Assert.Empty(article.Unresolved);
    }
    // A web page's standfirst above its date line is no story yet, however long it is: the story's
    // first sentence after the date is its lead, and tells the news of the day it was published.
    [Fact]
    public void TheLeadAfterALongStandfirstAndTheDateLineTellsTheNewsOfTheDay()
    {
        const string page = "Lavrov arrives in North Korea\n\n"
            + "Russian Foreign Minister Sergey Lavrov is in North Korea for talks, weeks after the North's leader Kim Jong Un visited Russia.\n\n"
            + "Published On 18 Oct 2023\n\n"
            + "Russian Foreign Minister Sergey Lavrov has arrived in North Korea for a two-day visit, according to Russian state media.\n\n"
            + "The United States has accused North Korea of supplying arms to Russia for its war in Ukraine, an allegation both countries deny.\n";
        Assert.Equal(new[] { "2023-10-18 Visit SergeiLavrov @NorthKorea" }, Events(ArticleExtractor.Extract("aljazeera.txt", page, Catalog)));
    }

    // A date at the foot of the page leaves every paragraph above it the story: only its first
    // sentence is a lead.
    [Fact]
    public void ADateAtTheFootMakesNoLaterParagraphALead()
    {
        const string page = "Lavrov in North Korea\n\n"
            + "Russian Foreign Minister Sergey Lavrov met North Korean leader Kim Jong Un in Pyongyang on Thursday, state media reported.\n\n"
            + "Lavrov has visited North Korea for talks with Choe Son Hui, the foreign ministry in Moscow said in a statement.\n\n"
            + "Kim has received Lavrov at a guest house in Pyongyang, where the two discussed ties.\n\n"
            + "Published On 20 Oct 2023\n";
        Assert.Equal(new[] { "2023-10-19 Meeting KimJongUn+SergeiLavrov @Pyongyang" }, Events(ArticleExtractor.Extract("footer.txt", page, Catalog)));
    }

    // Gulf News' and NDTV's "Dubai: ..." and "New Delhi: ...": capitalized words and a colon are a
    // dateline when the catalog knows them as a place; "Opinion:" is a label, and a person's name
    // (a transcript's "Lavrov:") no place.
    [Theory]
    [InlineData("Seoul: President Yoon Suk Yeol on Thursday received a North Korean defector.", "Seoul")]
    [InlineData("Opinion: President Yoon Suk Yeol on Thursday received a North Korean defector.", null)]
    [InlineData("Lavrov: We discussed everything with our Korean friends on Thursday.", null)]
    [InlineData("Pyongyang Times: Kim Jong Un on Thursday received a Russian delegation.", null)] // more than the place
    public void CapitalizedWordsAndAColonAreADatelineWhenTheyNameAPlace(string story, string? dateline)
    {
        var article = ArticleExtractor.Extract("colon.txt", "Yoon meets defector\n\nPublished: October 19, 2023 10:12\n\n" + story + "\n", Catalog);
        Assert.Equal(dateline, article.Dateline);
    }
}
