using System.Linq;
using CorpusGen.Core;
using CorpusGen.Core.Catalog;
using CorpusGen.Core.Model;
using Xunit;

namespace CorpusGen.Tests.Core;

public class MentionFinderTests
{
    private static readonly CatalogSpec Catalog = CatalogParser.Parse("c.json", """
        { "entities": [
          { "id": "KimJongUn", "kind": "Person", "name": "Kim Jong Un" },
          { "id": "KimJongIl", "kind": "Person", "name": "Kim Jong Il" },
          { "id": "SergeiLavrov", "kind": "Person", "name": "Sergei Lavrov" },
          { "id": "ChoeSonHui", "kind": "Person", "name": "Choe Son Hui" },
          { "id": "UnitedStates", "kind": "Country", "name": "United States", "aliases": ["US", "U.S."] },
          { "id": "NorthKorea", "kind": "Country", "name": "North Korea", "aliases": ["DPRK"] },
          { "id": "Russia", "kind": "Country", "name": "Russia" },
          { "id": "FumioKishida", "kind": "Person", "name": "Fumio Kishida" },
          { "id": "RecepTayyipErdogan", "kind": "Person", "name": "Recep Tayyip Erdoğan" }
        ] }
        """);

    private static ArticleSpec Extract(string text) => ArticleExtractor.Extract("/c/a.txt", text, Catalog);

    private static string[] Mentions(string text) => Extract(text).Mentions.Select(m => m.EntityId + ":" + m.Surface).ToArray();

    // The New York Times: "President Biden and Xi Jinping, China's leader, met on Wednesday", with
    // no full "Joe Biden" anywhere.
    [Theory]
    [InlineData("Aides said Prime Minister Kishida would travel on.", "FumioKishida:Kishida")]
    [InlineData("Aides said Mr. Lavrov would travel on.", "SergeiLavrov:Lavrov")]
    [InlineData("Aides said Minister Choe would travel on.", "ChoeSonHui:Choe")]
    [InlineData("Aides said Chairman Kim would travel on.", "")] // two Kims in the catalog: not guessed
    // Without a title too, when one catalog person has the name and the article names no one else by it.
    [InlineData("Aides said Lavrov would travel on.", "SergeiLavrov:Lavrov")]
    [InlineData("Andrei Lavrov spoke. Aides said Lavrov would travel on.", "")] // someone else of that name
    [InlineData("In Russia Lavrov said so.", "Russia:Russia|SergeiLavrov:Lavrov")] // a catalog name beside it is its own
    [InlineData("Lavrov said so. Aides said Lavrov would travel on.", "SergeiLavrov:Lavrov|SergeiLavrov:Lavrov")]
    [InlineData("Kishida prices rose. Aides said so.", "")] // a sentence's first word only when the article also names it inside a sentence
    [InlineData("Aides said Un would travel on.", "")] // short, and perhaps a syllable of an Asian name: only after a title
    public void ATitleBeforeALoneNameNamesTheOneCatalogPersonOfThatName(string text, string mention)
        => Assert.Equal(mention, string.Join("|", Mentions(text)));

    [Fact]
    public void LoneSurnameRefersBackToThePersonNamedInFull()
        => Assert.Equal(new[] { "SergeiLavrov:Sergey Lavrov", "SergeiLavrov:Lavrov" }, Mentions("Foreign Minister Sergey Lavrov spoke. Later, Lavrov left."));

    [Fact]
    public void AGivenNameOrSurnameThatOpensAnotherNameIsNotAShortForm()
    {
        var article = Extract("Sergei Lavrov met Kim Jong Un. Defense Minister Sergei Shoigu and Kim Yo Jong attended.");
        Assert.Equal(new[] { "SergeiLavrov:Sergei Lavrov", "KimJongUn:Kim Jong Un" }, article.Mentions.Select(m => m.EntityId + ":" + m.Surface));
        Assert.Equal(new[] { "Sergei Shoigu", "Kim Yo Jong" }, article.Unresolved.Select(u => u.Surface));
    }

    [Fact]
    public void AnAliasThatOpensAnotherNameIsNotAMention()
    {
        // The catalog gives Kim Jong Un the alias "Kim": "Kim Yo Jong" is still someone else, and a
        // lone "Kim" still him.
        var catalog = CatalogParser.Parse("k.json", """
            { "entities": [ { "id": "KimJongUn", "kind": "Person", "name": "Kim Jong Un", "aliases": ["Kim"] } ] }
            """);
        var article = ArticleExtractor.Extract("/c/k.txt", "Kim Jong Un spoke. His sister Kim Yo Jong said on Thursday that Kim would respond.", catalog);
        Assert.Equal(new[] { "KimJongUn:Kim Jong Un", "KimJongUn:Kim" }, article.Mentions.Select(m => m.EntityId + ":" + m.Surface));
        Assert.Equal(new[] { "Kim Yo Jong" }, article.Unresolved.Select(u => u.Surface));
    }

    [Fact]
    public void AnInitialismMatchesTheCatalogWithOrWithoutPeriods()
        => Assert.Equal(
            new[] { "UnitedStates:US", "UnitedStates:U.S.", "NorthKorea:D.P.R.K." },
            Mentions("The US and the U.S. envoy spoke of the D.P.R.K. on Monday."));

    [Fact]
    public void APatronymicInsideTheNameIsPassedOver()
        => Assert.Equal(
            new[] { "SergeiLavrov:Sergei Viktorovich Lavrov", "SergeiLavrov:Lavrov" },
            Mentions("Sergei Viktorovich Lavrov arrived. Lavrov spoke."));

    [Theory]
    [InlineData("Kim Jongun met Lavrov.", "KimJongUn:Kim Jongun")]
    [InlineData("Kim Jongil met Lavrov.", "KimJongIl:Kim Jongil")] // one letter from Kim Jong Un, and his own name
    [InlineData("Kim Jong-Un met Lavrov.", "KimJongUn:Kim Jong-Un")]
    [InlineData("Choe Sonhui met Lavrov.", "ChoeSonHui:Choe Sonhui")]
    [InlineData("Choe Son-hui met Lavrov.", "ChoeSonHui:Choe Son-hui")]
    [InlineData("Fumio Kishi Da met Lavrov.", "FumioKishida:Fumio Kishi Da")]
    public void APersonsSyllablesMayBeJoinedOrSplitOtherwise(string text, string mention)
        => Assert.Equal(mention, Mentions(text)[0]);

    [Theory]
    [InlineData("Kim Jong Unification Day passed.")] // the letters must end with a word
    [InlineData("Kimjong Un met Lavrov.")] // the first word is the catalog's
    public void ARespellingMustSpellTheWholeName(string text)
        => Assert.DoesNotContain("KimJongUn", string.Join(" ", Mentions(text)));

    [Fact]
    public void ShortFormSharedByTwoNamedPeopleIsNotGuessed()
        => Assert.Equal(new[] { "KimJongUn:Kim Jong-un", "KimJongIl:Kim Jong Il" }, Mentions("Kim Jong-un honoured his father Kim Jong Il. Kim said so."));

    [Theory]
    [InlineData("Kim Jong-un spoke in Kim Jong Il Square. Kim said so.", "Kim Jong Il Square")]
    [InlineData("Kim Jong-un visited the Kim Jong Il University. Kim said so.", "Kim Jong Il University")]
    public void APlaceNamedAfterAPersonIsNoMentionOfThem(string text, string place)
    {
        // Nor does it make "Kim" ambiguous: Kim Jong Il is not named.
        var article = Extract(text);
        Assert.Equal(new[] { "KimJongUn:Kim Jong-un", "KimJongUn:Kim" }, article.Mentions.Select(m => m.EntityId + ":" + m.Surface));
        Assert.Equal(new[] { place }, article.Unresolved.Select(u => u.Surface));
    }

    [Theory]
    [InlineData("Putin attended the Belt and Road Forum.", new[] { "Belt and Road Forum" })]
    [InlineData("Officials of the Trade and Development Bank met.", new[] { "Trade and Development Bank" })]
    [InlineData("Putin spoke to Zakharova and Shoigu.", new[] { "Zakharova", "Shoigu" })] // two names, not one
    [InlineData("Putin flew from Harbin and Vladivostok Forum organizers met him.", new[] { "Harbin", "Vladivostok Forum" })] // no "the"
    public void AndJoinsANameOnlyBeforeAnInstitutionsNoun(string text, string[] names)
        => Assert.Equal(names, Extract(text).Unresolved.Select(u => u.Surface));

    // Capitalized common words after "the" open the name of an institution or a place, which is
    // not cut to its noun; before a person's name they stay a title.
    [Theory]
    [InlineData("Kim Jong Un chairs the State Affairs Commission.", "State Affairs Commission")]
    [InlineData("The two held talks at the State Palace.", "State Palace")]
    [InlineData("North Korea fired a missile into the East Sea.", "East Sea")]
    [InlineData("Putin met Foreign Minister Wang Yi.", "Wang Yi")]
    public void CommonWordsAfterTheOpenAnInstitutionsName(string text, string name)
        => Assert.Equal(new[] { name }, Extract(text).Unresolved.Select(u => u.Surface));

    // After "of", capitalized common words and adjectives go on to the name word they qualify: the
    // organization is one unknown name, not "Association" and "Asian Nations".
    [Theory]
    [InlineData("Putin attended a meeting of the Association of Southeast Asian Nations on Tuesday.", "Association of Southeast Asian Nations")]
    [InlineData("The League of Arab States met on Tuesday.", "League of Arab States")]
    [InlineData("The Commonwealth of Independent States met on Tuesday.", "Commonwealth of Independent States")]
    public void AdjectivesAfterOfGoOnToTheNameTheyQualify(string text, string name)
        => Assert.Equal(new[] { name }, Extract(text).Unresolved.Select(u => u.Surface));

    // A newspaper named after a place is no mention of the place: the whole name is unresolved.
    [Theory]
    [InlineData("Kim Jong Un met Sergei Lavrov, the Russia Post reported.", "Russia Post")]
    [InlineData("A report in the Russia Times said Kim Jong Un met Sergei Lavrov.", "Russia Times")]
    [InlineData("Russia Daily said Kim Jong Un met Sergei Lavrov.", "Russia Daily")]
    public void ANewspaperNamedAfterAPlaceIsNoMentionOfIt(string text, string name)
    {
        var article = Extract(text);
        Assert.Equal(new[] { name }, article.Unresolved.Select(u => u.Surface));
        Assert.DoesNotContain(article.Mentions, m => m.EntityId == "Russia");
    }

    [Fact]
    public void APlaceBeforeAnyOtherWordIsStillNamed()
        => Assert.Contains(Extract("Kim Jong Un said Russia Railways officials met him.").Mentions, m => m.EntityId == "Russia");

    // A short headline in capitals tells names from words no better than a title-case one: its
    // verb is no unknown name. The names the catalog knows are still found in it.
    [Fact]
    public void AShortHeadlineInCapitalsNamesNoUnknownName()
    {
        var article = Extract("KIM JONG UN MEETS LAVROV\n\nKim Jong Un met Sergei Lavrov.");
        Assert.Empty(article.Unresolved);
        Assert.Contains(article.Mentions, m => m.Surface == "LAVROV");
    }

    // Nation, Premium Times: "at State House, Nairobi"; TASS: "the State Duma". "State" opens an
    // institution's name, where "House" alone had been reported; not "Secretary of State Marco Rubio".
    [Theory]
    [InlineData("Sergei Lavrov met Choe Son Hui at State House, Russia.", "State House")]
    [InlineData("State House said so. The State Duma and Russia's State Council approved it.", "State House|State Duma|State Council")]
    [InlineData("Secretary of State Marco Rubio met Sergei Lavrov. The State Department said so.", "Marco Rubio")]
    public void StateOpensAnInstitutionsName(string text, string unresolved)
        => Assert.Equal(unresolved, string.Join("|", Extract(text).Unresolved.Select(u => u.Surface)));

    [Theory]
    [InlineData("Macron met Ursula von der Leyen in Paris.", "Ursula von der Leyen", "Ursula")] // two connectors in a row
    [InlineData("Putin received Mohammed bin Salman in Moscow.", "Mohammed bin Salman", "Mohammed")]
    [InlineData("Putin received Crown Prince Mohammed bin Salman in Moscow.", "Mohammed bin Salman", "Crown")] // a title, no name
    public void ConnectorsJoinTheWordsOfOneName(string text, string name, string part)
    {
        var names = Extract(text).Unresolved.Select(u => u.Surface).ToArray();
        Assert.Contains(name, names);
        Assert.DoesNotContain(part, names);
    }

    [Fact]
    public void APersonBeforeAnOrdinaryCapitalIsStillNamed()
        // "Kim Jong Il Said" in a title-case headline, "Kim Jong Il. Square ..." across a sentence: only a place's noun joins the name.
        => Assert.Equal(new[] { "KimJongIl:Kim Jong Il", "KimJongIl:Kim Jong Il" }, Mentions("Kim Jong Il Wrote It\n\nKim Jong Il spoke, Square said."));

    [Fact]
    public void AHeadlinesInitialForACompassWordNamesThePlace()
        // Yonhap's and the Korea Herald's "N. Korea"; "N. Korean" is the adjective, as "North Korean" is.
        => Assert.Equal(new[] { "NorthKorea:N. Korea", "KimJongUn:Kim Jong Un" }, Mentions("Aides said N. Korea would send N. Korean leader Kim Jong Un."));

    // "Choe Sonhui", "Kim Jongun": some romanizations close a Korean given name's two syllables up.
    // With "Choe" and "Kim" aliases of their own, such a name was taken for someone else's.
    [Fact]
    public void AKoreanGivenNameWrittenAsOneWordIsStillTheName()
    {
        var catalog = CatalogParser.Parse("c.json", """
            { "entities": [
              { "id": "KimJongUn", "kind": "Person", "name": "Kim Jong Un", "aliases": ["Kim"] },
              { "id": "ChoeSonHui", "kind": "Person", "name": "Choe Son Hui", "aliases": ["Choe", "Choi Song Hui"] }
            ] }
            """);
        var article = ArticleExtractor.Extract("/c/a.txt", "Aides said Choe Sonhui met Kim Jongun. Choi Songhui spoke.", catalog);
        Assert.Equal(new[] { "ChoeSonHui:Choe Sonhui", "KimJongUn:Kim Jongun", "ChoeSonHui:Choi Songhui" }, article.Mentions.Select(m => m.EntityId + ":" + m.Surface));
        Assert.Empty(article.Unresolved);
    }

    // APP: "Prime Minister Muhammad Shehbaz Sharif", "Senator Mohammad Ishaq Dar": a given name
    // right before a person's full name is more of that name. After a title, "Muhammad" had been
    // read as Mohammed bin Salman, the one catalog person of that given name, who then took part
    // in Sharif's summit; "Mian Muhammad" was reported as an unknown name.
    [Fact]
    public void GivenNamesBeforeAFullNameAreThatPersons()
    {
        var catalog = CatalogParser.Parse("c.json", """
            { "entities": [
              { "id": "MohammedBinSalman", "kind": "Person", "name": "Mohammed bin Salman" },
              { "id": "ShehbazSharif", "kind": "Person", "name": "Shehbaz Sharif" },
              { "id": "IshaqDar", "kind": "Person", "name": "Ishaq Dar" }
            ] }
            """);
        var article = ArticleExtractor.Extract("/c/a.txt", "Prime Minister Muhammad Shehbaz Sharif met Senator Mohammad Ishaq Dar and Mian Muhammad Shehbaz Sharif. Crown Prince Mohammed spoke.", catalog);
        Assert.Equal(
            new[] { "ShehbazSharif:Shehbaz Sharif", "IshaqDar:Ishaq Dar", "ShehbazSharif:Shehbaz Sharif", "MohammedBinSalman:Mohammed" },
            article.Mentions.Select(m => m.EntityId + ":" + m.Surface));
        Assert.Empty(article.Unresolved);
    }

    // SPA: the lineage and family after a full name ("bin Abdulaziz Al Saud") go on with it; a one-word
    // alias does not take an unknown lineage ("Prince Mohammad bin Abdulrahman" is someone else).
    [Fact]
    public void ALineageAfterAFullNameIsThatPersons()
    {
        var catalog = CatalogParser.Parse("c.json", """
            { "entities": [
              { "id": "MohammedBinSalman", "kind": "Person", "name": "Mohammed bin Salman", "aliases": ["Prince Mohammed"] },
              { "id": "FaisalBinFarhan", "kind": "Person", "name": "Faisal bin Farhan" }
            ] }
            """);
        var article = ArticleExtractor.Extract("/c/a.txt", "Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud received Faisal bin Farhan bin Abdullah. Mohammed bin Salman Al Saud spoke, and Prince Mohammed bin Abdulrahman listened.", catalog);
        Assert.Equal(
            new[] { "MohammedBinSalman:Prince Mohammed bin Salman bin Abdulaziz Al Saud", "FaisalBinFarhan:Faisal bin Farhan bin Abdullah", "MohammedBinSalman:Mohammed bin Salman Al Saud" },
            article.Mentions.Select(m => m.EntityId + ":" + m.Surface));
        Assert.Equal(new[] { "Mohammed bin Abdulrahman" }, article.Unresolved.Select(u => u.Surface));
    }

    // The SCMP's "Asean", the Guardian's "Nato": British style writes an acronym of four letters or more
    // as a word. Shorter ones stay capitals only ("Us" is no US, "Eu" no EU).
    [Fact]
    public void AnAcronymOfFourLettersOrMoreMayBeWrittenAsAWord()
    {
        var catalog = CatalogParser.Parse("c.json", """
            { "entities": [
              { "id": "NATO", "kind": "Organization", "name": "North Atlantic Treaty Organization", "aliases": ["NATO"] },
              { "id": "ASEAN", "kind": "Organization", "name": "Association of Southeast Asian Nations", "aliases": ["ASEAN"] },
              { "id": "EuropeanUnion", "kind": "Organization", "name": "European Union", "aliases": ["EU"] },
              { "id": "UnitedStates", "kind": "Country", "name": "United States", "aliases": ["US"] }
            ] }
            """);
        var article = ArticleExtractor.Extract("/c/a.txt", "Nato and Asean envoys met on Monday. Us officials and the Eu Council said NATO would act.", catalog);
        Assert.Equal(new[] { "NATO:Nato", "ASEAN:Asean", "NATO:NATO" }, article.Mentions.Select(m => m.EntityId + ":" + m.Surface));
    }

    // CNA, the Straits Times: "Mr Wong" after "Prime Minister Lawrence Wong", with "Wong" an alias of
    // Penny Wong, whom the article never names in full, is the Wong it named. Named both, neither.
    [Theory]
    [InlineData("Prime Minister Lawrence Wong met Anwar. Mr Wong arrived on Monday.", "LawrenceWong:Lawrence Wong|LawrenceWong:Wong")]
    [InlineData("Lawrence Wong met Penny Wong. Mr Wong arrived on Monday.", "LawrenceWong:Lawrence Wong|PennyWong:Penny Wong")]
    [InlineData("Mr Wong arrived on Monday.", "PennyWong:Wong")]
    public void AnAliasTwoShareIsTheOneTheArticleNamed(string text, string mentions)
    {
        var catalog = CatalogParser.Parse("c.json", """
            { "entities": [
              { "id": "PennyWong", "kind": "Person", "name": "Penny Wong", "aliases": ["Wong"] },
              { "id": "LawrenceWong", "kind": "Person", "name": "Lawrence Wong" }
            ] }
            """);
        Assert.Equal(mentions, string.Join("|", ArticleExtractor.Extract("/c/a.txt", text, catalog).Mentions.Select(m => m.EntityId + ":" + m.Surface)));
    }

    // PTI: "External Affairs Minister S Jaishankar", the catalog's "S. Jaishankar" without its period.
    // The respelling check read the period's empty key past its end and the article failed (CG0008).
    [Fact]
    public void ACatalogNamesPeriodMayBeLeftOut()
    {
        var catalog = CatalogParser.Parse("c.json", """
            { "entities": [
              { "id": "SJaishankar", "kind": "Person", "name": "S. Jaishankar" },
              { "id": "FerdinandMarcosJr", "kind": "Person", "name": "Ferdinand Marcos Jr." }
            ] }
            """);
        var article = ArticleExtractor.Extract("/c/a.txt", "Minister S Jaishankar met Ferdinand Marcos Jr on Monday. S. Jaishankar spoke.", catalog);
        Assert.Equal(
            new[] { "SJaishankar:S Jaishankar", "FerdinandMarcosJr:Ferdinand Marcos Jr", "SJaishankar:S. Jaishankar" },
            article.Mentions.Select(m => m.EntityId + ":" + m.Surface));
        Assert.Empty(article.Unresolved);
    }

    // Fiji Times: "The NZ PM will leave for Tonga": capitals that are the initials of one country's or
    // organization's name stand for it. "SA" is South Africa's and Saudi Arabia's: neither.
    [Fact]
    public void InitialsOfOneEntitysNameAreThatEntity()
    {
        var catalog = CatalogParser.Parse("c.json", """
            { "entities": [
              { "id": "NewZealand", "kind": "Country", "name": "New Zealand" },
              { "id": "SouthAfrica", "kind": "Country", "name": "South Africa" },
              { "id": "SaudiArabia", "kind": "Country", "name": "Saudi Arabia" },
              { "id": "EuropeanUnion", "kind": "Organization", "name": "European Union" }
            ] }
            """);
        var article = ArticleExtractor.Extract("/c/a.txt", "Aides said the NZ PM and EU officials met the SA envoy.", catalog);
        Assert.Equal(new[] { "NewZealand:NZ", "EuropeanUnion:EU" }, article.Mentions.Select(m => m.EntityId + ":" + m.Surface));
        Assert.Equal(new[] { "SA" }, article.Unresolved.Select(u => u.Surface));
    }

    [Fact]
    public void PronounUsIsNotTheUnitedStates()
        => Assert.Equal(new[] { "UnitedStates:US", "UnitedStates:U.S." }, Mentions("The US warned us. The U.S.-led drills went on."));

    // TAP, Arab News, MAP: "President of the Republic", "arrived in the Kingdom", "the Presidency said":
    // a state's or an institution's common noun after "the", capitalized by house style, is no name;
    // a name it opens still is.
    [Theory]
    [InlineData("The President of the Republic received him at the Palace, the Presidency said.", "")]
    [InlineData("He arrived in the Kingdom on Saturday, the Government said.", "")]
    [InlineData("He met the Palace Guards at the Embassy of Sweden.", "Palace Guards|Embassy of Sweden")]
    [InlineData("He visited the Emirate of Ajman.", "Emirate of Ajman")]
    public void AStatesCommonNounAfterTheIsNoName(string text, string expected)
        => Assert.Equal(expected, string.Join("|", Extract(text).Unresolved.Select(u => u.Surface)));

    // Fiji Times: "at the Grand Pacific Hotel" was reported as "Grand" and "Pacific Hotel": a capitalized
    // adjective inside a name, or after another that opens it, belongs to it.
    [Theory]
    [InlineData("Aides met at the Grand Pacific Hotel.", "Grand Pacific Hotel")]
    [InlineData("Aides met at the Royal Pacific Hotel.", "Royal Pacific Hotel")]
    [InlineData("Aides met at the Pacific Hotel.", "Pacific Hotel")]
    public void AnAdjectiveInsideANameBelongsToIt(string text, string name)
        => Assert.Equal(new[] { name }, Extract(text).Unresolved.Select(u => u.Surface));

    [Fact]
    public void AdjectivesOfCatalogPlacesAreNotNamesAndNotWarnings()
    {
        var article = Extract("Russian-North Korean relations grew, a Russian diplomat said.");
        Assert.Empty(article.Mentions);
        Assert.Empty(article.Unresolved);
    }

    [Fact]
    public void PossessiveStillNamesTheEntity()
        => Assert.Equal(new[] { "SergeiLavrov:Sergei Lavrov", "SergeiLavrov:Lavrov" }, Mentions("Sergei Lavrov arrived. The DPRK called Lavrov’s visit important.").Where(m => m.StartsWith("Sergei")).ToArray());

    [Fact]
    public void UnknownNameIsReportedAtItsPositionWithTheClosestEntity()
    {
        var article = Extract("Talks went on.\nThe minister met Choi Song Hee and Kim Jong Eun in Pyongyang on Monday.");
        Assert.Equal(
            new[] { ("Choi Song Hee", 2, 18, "ChoeSonHui"), ("Pyongyang", 2, 52, (string?)null) },
            article.Unresolved.Select(u => (u.Surface, u.Span.Line, u.Span.Column, u.SuggestionId)));
        Assert.Contains(article.Mentions, m => m.EntityId == "KimJongUn" && m.Surface == "Kim Jong Eun");
        var warning = article.Diagnostics.First(d => d.Id == "CG0002");
        Assert.Equal("'Choi Song Hee' does not resolve to any catalog entity; did you mean 'Choe Son Hui' (ChoeSonHui)?", warning.FormatMessage());
    }

    [Theory]
    [InlineData("Aides to Sergey Lavrou spoke.", "SergeiLavrov")] // the whole name within its budget
    [InlineData("Aides to Alyaksandr Lukashenka spoke.", "AlexanderLukashenko")] // the Belarusian romanization, word by word
    [InlineData("Aides to Ivan Lukashenka spoke.", null)] // another given name
    public void APersonsNameSpeltAnotherWayWordByWordSuggestsThePerson(string text, string? suggestion)
    {
        var catalog = CatalogParser.Parse("c.json", """
            { "entities": [
              { "id": "SergeiLavrov", "kind": "Person", "name": "Sergei Lavrov" },
              { "id": "AlexanderLukashenko", "kind": "Person", "name": "Alexander Lukashenko" }
            ] }
            """);
        Assert.Equal(suggestion, Assert.Single(ArticleExtractor.Extract("/c/a.txt", text, catalog).Unresolved).SuggestionId);
    }

    // Nation (Kenya): "the SA leader" had suggested "S. Jaishankar" (one edit from his initial) and
    // would suggest "USA": two letters are no name to misspell. Nor is a two-letter name misspelt:
    // Yonhap's "Yoon" (romanized "yun") had suggested the United Nations for its "UN".
    [Theory]
    [InlineData("Aides to Yoon spoke.", "Yoon", null)]
    [InlineData("Aides to the SA leader spoke.", "SA", null)]
    [InlineData("Aides to the UA leader spoke.", "UA", null)]
    [InlineData("Aides to the UAS leader spoke.", "UAS", "UnitedStates")]
    [InlineData("Aides to Jaishankr spoke.", "Jaishankr", "SJaishankar")]
    public void TwoLettersAreNoNameToMisspell(string text, string surface, string? suggestion)
    {
        var catalog = CatalogParser.Parse("c.json", """
            { "entities": [
              { "id": "SJaishankar", "kind": "Person", "name": "S. Jaishankar" },
              { "id": "UnitedStates", "kind": "Country", "name": "United States", "aliases": [ "USA" ] },
              { "id": "UnitedNations", "kind": "Organization", "name": "United Nations", "aliases": [ "UN" ] } ] }
            """);
        Assert.Equal(suggestion, Assert.Single(ArticleExtractor.Extract("/c/a.txt", text, catalog).Unresolved, u => u.Surface == surface).SuggestionId);
    }

    [Theory]
    [InlineData("Putin met Kim at the Vostochny spaceport.", "Vostochny", "VostochnyCosmodrome")] // the first word of a place
    [InlineData("Putin and Kim held talks at the Kumsusan residence.", "Kumsusan", "KumsusanStateGuestHouse")]
    [InlineData("Putin met Kim at the Cosmodrome.", "Cosmodrome", null)] // its last word says too little
    [InlineData("Putin met Kim near Dartmouth.", "Dartmouth", null)] // the town, no Dartmouth College; VOA's "Shanghai" is no Shanghai Cooperation Organisation: an organization's first word is mostly a place's
    public void ALoneWordOfAPlacesNameSuggestsThePlace(string text, string surface, string? suggestion)
    {
        var article = ArticleExtractor.Extract("/c/a.txt", text, Infrastructure.SampleCorpus.Catalog);
        var name = Assert.Single(article.Unresolved, u => u.Surface == surface);
        Assert.Equal(suggestion, name.SuggestionId);
    }

    // Kazinform: "During the talks, the two Presidents discussed trade": offices in the plural.
    [Fact]
    public void OfficesInThePluralAreNotNames()
        => Assert.Empty(Extract("During the talks, the two Presidents discussed trade. They also met with Premiers and Chancellors.").Unresolved);

    [Fact]
    public void TitlesMonthsWeekdaysAndSentenceOpenersAreNotNames()
    {
        var article = Extract("On Thursday, President and Comrade Minister spoke. Regardless, Earlier talks in September went well. However it rained.");
        Assert.Empty(article.Unresolved);
    }

    [Theory]
    [InlineData("3:05 a.m. KST: Putin lands.")]
    [InlineData("The talks began at 10:00 GMT and ended at 14:00 MSK.")]
    [InlineData("Updated 9:31 p.m. ET")]
    public void TimeZonesAreNotNames(string text) => Assert.Empty(Extract(text).Unresolved);

    [Theory]
    [InlineData("Earlier, Sergei Lavrov announced an additional EUR 350 million package.")] // Ukrinform
    [InlineData("The fund holds USD 1.2 billion and GBP 40 million.")]
    public void CurrencyCodesAreNotNames(string text) => Assert.Empty(Extract(text).Unresolved);

    // Names joined by hyphens open the name after them, and stay mentions of their own.
    [Theory]
    [InlineData("Leaders met at the Russia-Africa Summit on Monday.", "Russia-Africa Summit", "Russia")]
    [InlineData("They praised the Russia-North Korea Friendship Treaty on Monday.", "Russia-North Korea Friendship Treaty", "NorthKorea")]
    [InlineData("Envoys gathered for the ASEAN-US Commemorative Summit on Monday.", "ASEAN-US Commemorative Summit", "UnitedStates")] // Khmer Times
    [InlineData("They signed the US-Russia Comprehensive Economic and Trade Agreement on Monday.", "US-Russia Comprehensive Economic and Trade Agreement", "Russia")] // CBC
    public void NamesJoinedByHyphensOpenTheNameAfterThem(string text, string name, string mention)
    {
        var article = Extract(text);
        Assert.Equal(name, Assert.Single(article.Unresolved).Surface);
        Assert.Contains(article.Mentions, m => m.EntityId == mention);
    }

    [Fact]
    public void HeadlineAbbreviationsOfOfficesAreTitles()
    {
        // "FM" and "PM" stand for offices in headlines, as "Foreign Minister" does in the text.
        var article = Extract("North Korean FM Choe Son Hui meets Japanese PM in Moscow.");
        Assert.DoesNotContain(article.Unresolved, u => u.Surface is "FM" or "PM");
        Assert.Contains(article.Mentions, m => m.EntityId == "ChoeSonHui" && m.Surface == "Choe Son Hui");
    }

    [Theory]
    [InlineData("Envoys of the Russian Federation arrived on Monday.", "Russian Federation")]
    [InlineData("The train reached the Russian Far East on Monday.", "Russian Far East")]
    [InlineData("Soldiers of the North Korean People's Army marched.", "North Korean People's Army")]
    public void AnUnknownNameKeepsTheAdjectiveThatOpensIt(string text, string name)
    {
        // The adjective of a catalog country is no unknown name alone; before one, the warning names
        // the whole phrase, which is what an alias or the ignore list needs.
        const string Countries = """[{ "id": "Russia", "kind": "Country", "name": "Russia" }, { "id": "NorthKorea", "kind": "Country", "name": "North Korea" }]""";
        var article = ArticleExtractor.Extract("/c/a.txt", text, CatalogParser.Parse("c.json", $$"""{ "entities": {{Countries}} }"""));
        Assert.Equal(name, Assert.Single(article.Unresolved).Surface);
        var ignored = CatalogParser.Parse("c.json", $$"""{ "entities": {{Countries}}, "ignore": ["{{name}}"] }""");
        Assert.Empty(ArticleExtractor.Extract("/c/a.txt", text, ignored).Unresolved);
    }

    [Fact]
    public void TwoSurnamesJoinedByAHyphenAreTwoMentions()
    {
        // Neither surname is an alias here: both refer back to the persons named in full.
        const string Persons = """[{ "id": "VladimirPutin", "kind": "Person", "name": "Vladimir Putin" }, { "id": "KimJongUn", "kind": "Person", "name": "Kim Jong Un" }]""";
        var article = ArticleExtractor.Extract("/c/a.txt", "Vladimir Putin and Kim Jong Un met. The Putin-Kim summit was long.", CatalogParser.Parse("c.json", $$"""{ "entities": {{Persons}} }"""));
        Assert.Empty(article.Unresolved);
        Assert.Equal(new[] { "Vladimir Putin", "Kim Jong Un", "Putin", "Kim" }, article.Mentions.Select(m => m.Surface));
    }

    [Fact]
    public void IgnoreListSilencesAName()
    {
        var catalog = CatalogParser.Parse("c.json", """{ "entities": [], "ignore": ["Kumsusan Palace"] }""");
        var article = ArticleExtractor.Extract("/c/a.txt", "They met at the Kumsusan Palace in the capital.", catalog);
        Assert.Empty(article.Unresolved);
    }

    [Theory]
    // A collective noun's possessive, a leading adjective, "State" and compass words belong to the name.
    [InlineData("Envoys of the Democratic People's Union of Korea arrived.", "Democratic People's Union of Korea")]
    [InlineData("He met them at the Kumsusan State Guest House yesterday.", "Kumsusan State Guest House")]
    [InlineData("The train reached the Far East on Monday.", "Far East")]
    [InlineData("Scholars of the Soviet Union met.", "Soviet Union")]
    [InlineData("He spoke at the United Nations in New York on Monday.", "United Nations|New York")]
    [InlineData("He announced New sanctions.", "")] // "New" before a common word
    [InlineData("They met at the Great Hall of the People on Monday.", "Great Hall of the People")]
    [InlineData("Aides to Joseph R. Biden spoke.", "Joseph R. Biden")] // one name across a middle initial
    [InlineData("They studied World War I. Shoigu spoke.", "World War")] // "I" is a numeral or a word, not an initial
    [InlineData("Aides to Dmitry Anatolyevich Medvedev spoke.", "Dmitry Anatolyevich Medvedev")] // one name across a patronymic
    [InlineData("Aides to Roman Abramovich, the owner, spoke.", "Roman Abramovich")] // a surname of that shape stays
    // A person's possessive, a title and an adjective before a title end or open no name.
    [InlineData("Aides spoke of Biden's White House in March.", "Biden|White House")]
    [InlineData("The talks in Busan Mayor Park Heong-joon hosted went well.", "Busan|Park Heong-joon")]
    [InlineData("The visit of Russian Defense Minister Shoigu went well.", "Shoigu")]
    [InlineData("The Interior Ministry said so.", "")]
    [InlineData("Russian Natural Resources Minister Alexander Kozlov saw him off.", "Alexander Kozlov")] // a portfolio before a minister's title
    [InlineData("Aides to Unification Minister Kim Yung-ho spoke.", "Kim Yung-ho")]
    // An office after a name word or before "of" and one is the office's name; a saint's title opens one.
    [InlineData("The Unification Ministry said so.", "Unification Ministry")]
    [InlineData("Modi will travel on, the Ministry of External Affairs said.", "Ministry of External Affairs")]
    [InlineData("The Ministry of Foreign Affairs said so.", "")]
    [InlineData("Putin conferred the Order of St Andrew on him.", "Order of St Andrew")]
    [InlineData("The train left for St Petersburg.", "St Petersburg")]
    [InlineData("They met at the Presidential Palace and the Supreme People's Assembly.", "Presidential Palace|Supreme People's Assembly")]
    [InlineData("They met at a session of the Supreme State Council of the so-called Union State on Friday.", "Supreme State Council|Union State")]
    [InlineData("Delegates attended Asean-related meetings and a Moscow-backed forum on Monday.", "Asean|Moscow")] // an adjective made with a hyphen ends with the name
    [InlineData("The talks with Shoigu of the Russian army went on.", "Shoigu")]
    // A state's formal name around a catalog name is that name ("President of the Republic of Belarus").
    [InlineData("They met envoys of the Republic of Russia and the Kingdom of the United States.", "")]
    [InlineData("They met envoys of the Islamic Republic of Iran.", "Islamic Republic of Iran")]
    [InlineData("They met envoys of the Republic in Russia.", "")] // "the Republic" alone: a state's common noun (AStatesCommonNounAfterTheIsNoName)
    public void NamesRunThroughTheCommonWordsThatBelongToThem(string text, string expected)
        => Assert.Equal(expected, string.Join("|", Extract(text).Unresolved.Select(u => u.Surface)));

    [Fact]
    public void SampleCorpusHasNoUnresolvedNames()
    {
        foreach (var path in Infrastructure.SampleCorpus.ArticlePaths)
        {
            var article = ArticleExtractor.Extract(path, System.IO.File.ReadAllText(path), Infrastructure.SampleCorpus.Catalog);
            Assert.True(article.Unresolved.Count == 0, article.Id + ": " + string.Join(", ", article.Unresolved.Select(u => u.Surface)));
        }
    }

    [Fact]
    public void ASentenceInCapitalsResolvesNamesAndReportsNoWords()
    {
        var article = Extract("Lavrov meets Choe\n\nSERGEI LAVROV MET CHOE SON HUI ON TUESDAY IN THE NORTH KOREAN CAPITAL.\n");
        Assert.Equal(new[] { "SergeiLavrov", "ChoeSonHui" }, article.Mentions.Select(m => m.EntityId).Distinct());
        Assert.Empty(article.Unresolved); // not "MET", "NORTH KOREAN CAPITAL"
    }

    [Fact]
    public void ACaptionsCreditNamesNoOneTheStoryTellsOf()
    {
        var article = Extract("Kim greets his guest\n\nKim Jong Un greets his guest at the airport in Pyongyang © Gavriil Grigorov, AFP\n\nKim Jong Un greeted Sergei Lavrov at the airport on Wednesday, state media said.\n");
        Assert.Equal(new[] { "Pyongyang" }, article.Unresolved.Select(u => u.Surface)); // not the photographer or the agency
        Assert.Empty(Extract("Kim greets his guest\n\nFILE - Kim Jong Un greets his guest at the airport.\n\nKim Jong Un greeted Sergei Lavrov at the airport on Wednesday, state media said.\n").Unresolved);
        Assert.Empty(Extract("Kim greets his guest\n\nKim Jong Un greets his guest at the airport, Oct. 19, 2023. (Xinhua/Yue Yuewei)\n\nKim Jong Un greeted Sergei Lavrov at the airport on Wednesday, state media said.\n").Unresolved);
    }

    [Fact]
    public void ASeaNamedAfterACountryIsNoMentionOfIt()
    {
        var catalog = CatalogParser.Parse("c.json", """{ "entities": [ { "id": "Japan", "kind": "Country", "name": "Japan" } ] }""");
        var article = ArticleExtractor.Extract("/c/a.txt", "Drills\n\nWarships sailed into the Sea of Japan on Thursday, and Japan protested.\n", catalog);
        Assert.Equal(new[] { "Japan" }, article.Mentions.Select(m => m.Surface)); // the protest's, not the sea's
        Assert.Equal(new[] { "Sea of Japan" }, article.Unresolved.Select(u => u.Surface));
    }

    [Fact]
    public void ANameSpeltOutFromAnAbbreviationInTheCatalogIsThatEntity()
    {
        // The catalog has "DPRK" for North Korea: the long form is North Korea spelt out.
        var article = Extract("Talks\n\nKim Jong Un, Chairman of the State Affairs of the Democratic People's Republic of Korea, spoke on Monday.\n");
        Assert.Empty(article.Unresolved);
        Assert.Equal(new[] { "KimJongUn:Kim Jong Un", "NorthKorea:Democratic People's Republic of Korea" }, article.Mentions.Select(m => m.EntityId + ":" + m.Surface));
    }

    [Theory]
    [InlineData("Kim Jong Un returned to North Korea. It was his first trip since the North's border reopened, and he met officials in the North on Monday.", "NorthKorea:North Korea|NorthKorea:North|NorthKorea:North")]
    [InlineData("Kim Jong Un spoke. Ships crossed the North Atlantic and the North of England on Monday.", "")] // no North Korea named; nor these
    [InlineData("Kim Jong Un returned to North Korea. Ships crossed the North Atlantic, the North Korean coast and the North-South line.", "NorthKorea:North Korea")]
    [InlineData("Kim Jong Un returned to North Korea. The North fired a missile on Monday.", "NorthKorea:North Korea|NorthKorea:North")] // "The" opening a sentence
    public void TheNorthIsTheCountryTheArticleNamesSo(string text, string expected)
        => Assert.Equal(expected, string.Join("|", Mentions(text).Where(m => m.StartsWith("NorthKorea", System.StringComparison.Ordinal))));

    [Fact]
    public void OfficesAreNoNames()
        => Assert.Empty(Extract("Talks\n\nThe Russian Presidential spokesman said the President's Office in Russia had not been told of the talks.\n").Unresolved);

    [Fact]
    public void ATwoWordNameWrittenFamilyNameFirstIsTheSamePerson()
    {
        var article = Extract("Prime Minister Kishida Fumio met Sergei Lavrov. Kishida said so.");
        Assert.Equal(new[] { "FumioKishida:Kishida Fumio", "SergeiLavrov:Sergei Lavrov", "FumioKishida:Kishida" }, article.Mentions.Select(m => m.EntityId + ":" + m.Surface));
        Assert.Empty(article.Unresolved);
    }

    [Fact]
    public void ANameOfThreeWordsMayBeWrittenWithoutItsFirst()
    {
        // Reuters writes "Tayyip Erdogan"; a Korean name without its family name is only its given name.
        var article = Extract("Turkish President Tayyip Erdogan met Sergei Lavrov. Erdogan said Kim Jong Il and Kim Jong Un had spoken.");
        Assert.Equal(
            new[] { "RecepTayyipErdogan:Tayyip Erdogan", "SergeiLavrov:Sergei Lavrov", "RecepTayyipErdogan:Erdogan", "KimJongIl:Kim Jong Il", "KimJongUn:Kim Jong Un" },
            article.Mentions.Select(m => m.EntityId + ":" + m.Surface));
        Assert.Empty(article.Unresolved);
    }

    [Theory]
    [InlineData("Warships sailed through the South China Sea on Thursday, and China protested.", "South China Sea", "China")]
    [InlineData("A ferry sank in Manila Bay on Thursday, officials in Manila said.", "Manila Bay", "Manila")]
    [InlineData("Destroyers crossed the Taiwan Strait on Thursday.", "Taiwan Strait", "")]
    public void WatersNamedAfterAPlaceAreNoMentionOfIt(string sentence, string waters, string mentioned)
    {
        var catalog = CatalogParser.Parse("c.json", """
            { "entities": [ { "id": "China", "kind": "Country", "name": "China" }, { "id": "Taiwan", "kind": "Place", "name": "Taiwan" },
                            { "id": "Manila", "kind": "Place", "name": "Manila" } ] }
            """);
        var article = ArticleExtractor.Extract("/c/a.txt", "Drills\n\n" + sentence + "\n", catalog);
        Assert.Equal(new[] { waters }, article.Unresolved.Select(u => u.Surface));
        // The place named on its own later in the sentence is mentioned; the waters are not.
        Assert.Equal(mentioned, string.Join("|", article.Mentions.Select(m => m.Surface)));
    }

    [Fact]
    public void StylesAndHonorificsBeforeANameAreNoNames()
    {
        var catalog = CatalogParser.Parse("c.json", """
            { "entities": [
              { "id": "MohamedBinZayed", "kind": "Person", "name": "Mohamed bin Zayed Al Nahyan", "aliases": [ "Sheikh Mohamed bin Zayed" ] },
              { "id": "TahnounBinZayed", "kind": "Person", "name": "Tahnoun bin Zayed Al Nahyan" },
              { "id": "AnwarIbrahim", "kind": "Person", "name": "Anwar Ibrahim" },
              { "id": "MuhyiddinYassin", "kind": "Person", "name": "Muhyiddin Yassin" },
              { "id": "MohammedBinSalman", "kind": "Person", "name": "Mohammed bin Salman" } ] }
            """);
        var article = ArticleExtractor.Extract("/c/a.txt", "Talks\n\n"
            + "President His Highness Sheikh Mohamed bin Zayed Al Nahyan received His Royal Highness Prince Mohammed bin Salman. "
            + "His Highness welcomed the guest. The meeting was attended by His Highness Sheikh Tahnoun bin Zayed Al Nahyan, Deputy Ruler of Abu Dhabi and National Security Adviser. "
            + "Prime Minister Datuk Seri Anwar Ibrahim and Tan Sri Muhyiddin Yassin also spoke, as did Tan Kin Lian, and the Royal Navy sailed from Bandar Seri Begawan.\n", catalog);
        Assert.Equal(
            new[] { "MohamedBinZayed:Sheikh Mohamed bin Zayed Al Nahyan", "MohammedBinSalman:Mohammed bin Salman", "TahnounBinZayed:Tahnoun bin Zayed Al Nahyan", "AnwarIbrahim:Anwar Ibrahim", "MuhyiddinYassin:Muhyiddin Yassin" },
            article.Mentions.Select(m => m.EntityId + ":" + m.Surface));
        // Names that only begin like a style stay names.
        Assert.Equal(new[] { "Abu Dhabi", "Tan Kin Lian", "Royal Navy", "Bandar Seri Begawan" }, article.Unresolved.Select(u => u.Surface));
    }

    // PIB, Vatican News, Press TV, QNA: India's "Shri" and "Smt.", the Church's "Cardinal" and
    // "Archbishop", Oman's "Sayyid", the Gulf's "HH" and "HRH" are styles, and "Smt." ends no sentence.
    [Fact]
    public void StylesOfIndiaOmanAndTheChurchAreNoNames()
    {
        var catalog = CatalogParser.Parse("c.json", """
            { "entities": [
              { "id": "NarendraModi", "kind": "Person", "name": "Narendra Modi" }, { "id": "DroupadiMurmu", "kind": "Person", "name": "Droupadi Murmu" },
              { "id": "PietroParolin", "kind": "Person", "name": "Pietro Parolin" }, { "id": "PaulGallagher", "kind": "Person", "name": "Paul Richard Gallagher" },
              { "id": "BadrAlbusaidi", "kind": "Person", "name": "Badr Albusaidi" } ] }
            """);
        var article = ArticleExtractor.Extract("/c/a.txt", " date 2024-03-11 Visit\n"
            + "Prime Minister Shri Narendra Modi was received by President Smt. Droupadi Murmu on Monday. "
            + "Cardinal Pietro Parolin and Archbishop Paul Richard Gallagher met Sayyid Badr Albusaidi. HH the Amir and HRH the Crown Prince greeted HE Badr Albusaidi.\n", catalog);
        Assert.Equal(new[] { "NarendraModi", "DroupadiMurmu", "PietroParolin", "PaulGallagher", "BadrAlbusaidi", "BadrAlbusaidi" }, article.Mentions.Select(m => m.EntityId));
        Assert.Empty(article.Unresolved);
        Assert.Equal("2024-03-11 Meeting DroupadiMurmu+NarendraModi", string.Join("|", article.Events.Select(e => $"{e.Date} {e.Kind} {string.Join("+", e.ParticipantIds)}")));
    }

    // Press TV: "Sayyid Badr bin Hamad Albusaidi" with "Badr Albusaidi" in the catalog; another given
    // name before the same surname names another person, unknown as a whole.
    [Theory]
    [InlineData("Amir-Abdollahian met Sayyid Badr bin Hamad Albusaidi in Tehran.", "", true)]
    [InlineData("Amir-Abdollahian met Khalid bin Hamad Albusaidi in Tehran.", "Khalid bin Hamad Albusaidi", false)]
    public void AGivenNameAndPatronymicBeforeAKnownSurnameAreThatPersons(string sentence, string unresolved, bool badr)
    {
        var catalog = CatalogParser.Parse("c.json", """
            { "entities": [
              { "id": "BadrAlbusaidi", "kind": "Person", "name": "Badr Albusaidi", "aliases": [ "Albusaidi" ] },
              { "id": "AmirAbdollahian", "kind": "Person", "name": "Hossein Amir-Abdollahian", "aliases": [ "Amir-Abdollahian" ] },
              { "id": "Tehran", "kind": "Place", "name": "Tehran" } ] }
            """);
        var article = ArticleExtractor.Extract("/c/a.txt", "Talks\n\n" + sentence + "\n", catalog);
        Assert.Equal(unresolved, string.Join("|", article.Unresolved.Select(u => u.Surface)));
        Assert.Equal(badr, article.Mentions.Any(m => m.EntityId == "BadrAlbusaidi"));
    }

    // A known surname after a given name the catalog does not know is another person's: a spouse, a
    // brother, a monarch who shares a Malay patronymic. A given name spelt another way, a title or a
    // catalog name before it leaves it the person's.
    [Theory]
    [InlineData("Joe Biden met Anwar. First lady Jill Biden met his wife.", "JoeBiden|AnwarIbrahim", "Jill Biden")]
    [InlineData("Shehbaz Sharif met Biden. His brother Nawaz Sharif did not attend.", "ShehbazSharif|JoeBiden", "Nawaz Sharif")]
    [InlineData("Anwar Ibrahim met Biden. The Yang di-Pertuan Agong Sultan Ibrahim received him.", "AnwarIbrahim|JoeBiden", "Yang|Pertuan Agong Sultan Ibrahim")]
    [InlineData("Shehbaz Sharif met Biden. Shahbaz Sharif then left.", "ShehbazSharif|JoeBiden|ShehbazSharif", "")]
    [InlineData("Shehbaz Sharif met Joseph Biden.", "ShehbazSharif|JoeBiden", "Joseph")]
    [InlineData("Anwar Ibrahim met Biden. In Islamabad Sharif said so.", "AnwarIbrahim|JoeBiden|Islamabad|ShehbazSharif", "")]
    [InlineData("Anwar Ibrahim met Biden. Lord Biden said so.", "AnwarIbrahim|JoeBiden|JoeBiden", "")]
    public void AKnownSurnameAfterAnotherGivenNameIsAnotherPersons(string text, string mentions, string unresolved)
    {
        var catalog = CatalogParser.Parse("c.json", """
            { "entities": [
              { "id": "JoeBiden", "kind": "Person", "name": "Joe Biden", "aliases": [ "Biden" ] },
              { "id": "AnwarIbrahim", "kind": "Person", "name": "Anwar Ibrahim", "aliases": [ "Anwar" ] },
              { "id": "ShehbazSharif", "kind": "Person", "name": "Shehbaz Sharif" },
              { "id": "Islamabad", "kind": "Place", "name": "Islamabad" } ] }
            """);
        var article = ArticleExtractor.Extract("/c/a.txt", "Talks\n\n" + text + "\n", catalog);
        Assert.Equal(mentions, string.Join("|", article.Mentions.Where(m => m.Span.Line > 1).Select(m => m.EntityId)));
        Assert.Equal(unresolved, string.Join("|", article.Unresolved.Select(u => u.Surface)));
    }

    // QNA, Anadolu, dpa, Prensa Latina: formal state names, a place's feature, happenings named
    // after a place, the UN's General Assembly, and the dateline's agency signing off.
    private static readonly CatalogSpec WireCatalog = CatalogParser.Parse("c.json", """
        { "entities": [
          { "id": "TamimBinHamad", "kind": "Person", "name": "Tamim bin Hamad Al Thani" },
          { "id": "Egypt", "kind": "Country", "name": "Egypt" }, { "id": "Vietnam", "kind": "Country", "name": "Vietnam", "aliases": [ "Viet Nam" ] },
          { "id": "Gaza", "kind": "Place", "name": "Gaza" }, { "id": "Warsaw", "kind": "Place", "name": "Warsaw" } ] }
        """);

    [Theory]
    [InlineData("His Highness the Amir Sheikh Tamim bin Hamad Al Thani spoke with the President of the Arab Republic of Egypt.", "TamimBinHamad|Egypt", "")]
    [InlineData("The Emir of Qatar praised the Socialist Republic of Viet Nam.", "Vietnam", "Qatar")]
    [InlineData("They discussed the latest developments in the Gaza Strip.", "Gaza", "")]
    [InlineData("He spoke at the United Nations General Assembly about the Warsaw Uprising.", "", "United Nations General Assembly|Warsaw Uprising")]
    [InlineData("The Minsk agreements and the Warsaw Declaration were signed.", "", "Minsk|Warsaw Declaration")]
    [InlineData("They met at the Warsaw Central Station.", "Warsaw", "Warsaw Central Station")] // a facility named after a place: the place is still where it is
    public void StylesFormalNamesAndNamesAfterAPlace(string sentence, string mentioned, string unresolved)
        => AssertWireNames(sentence, mentioned, unresolved);

    // SANA, Kabar, KPL, Hindustan Times: a surname joined to a title's word, a state's form
    // qualified by "People's", a minister's portfolio, a social-media handle.
    [Theory]
    [InlineData("Egypt received Iranian Foreign Minister Hossein Amir-Abdollahian on Monday.", "Egypt", "Hossein Amir-Abdollahian")]
    [InlineData("Amir-Abdollahian arrived in Gaza on Monday.", "Gaza", "Amir-Abdollahian")]
    [InlineData("Egypt met the Chairman of the People's Republic of Viet Nam on Monday.", "Egypt|Vietnam", "")]
    [InlineData("Egypt received Vietnamese Minister of Public Security Nguyen Lam on Monday.", "Egypt", "Nguyen Lam")]
    [InlineData("Egypt received the Minister of National Defense on Monday.", "Egypt", "")]
    [InlineData("Egypt received the Prime Minister of Qatar on Monday.", "Egypt", "Qatar")] // a country is no portfolio
    [InlineData("\"Good to meet @SecBlinken in Gaza today,\" he posted on X.", "Gaza", "")]
    [InlineData("Egypt met the Vice-President of Viet Nam on Monday.", "Egypt|Vietnam", "")] // a title joined to a title
    // Jakarta Post: a compass word opens a region's name, and "Presidential" goes on to the name after it.
    [InlineData("Egypt met Viet Nam at the Bogor Presidential Palace in West Java on Monday.", "Egypt|Vietnam", "Bogor Presidential Palace|West Java")]
    [InlineData("Egypt met Viet Nam in North Carolina on Monday.", "Egypt|Vietnam", "North Carolina")]
    [InlineData("Egypt met Viet Nam in the West on Monday.", "Egypt|Vietnam", "")] // no name after it
    [InlineData("Egypt met Viet Nam in Papua New Guinea on Monday.", "Egypt|Vietnam", "Papua New Guinea")] // The Hindu: "New" goes on to a name word
    // Dawn: "Prince Mohammad bin Abdulrahman" is not the catalog's Mohammed bin Salman by his given name.
    [InlineData("Egypt received Sheikh Tamim bin Khalifa on Monday.", "Egypt", "Tamim bin Khalifa")]
    [InlineData("Egypt received Sheikh Tamim on Monday.", "Egypt|TamimBinHamad", "")]
    // SAnews, Khmer Times: a second portfolio after "and"; the Irish Times: Ireland's and a house's titles.
    [InlineData("Egypt received the Minister of International Relations and Cooperation Naledi Pandor on Monday.", "Egypt", "Naledi Pandor")]
    [InlineData("The Ministry of Foreign Affairs and International Cooperation of Egypt said so on Monday.", "Egypt", "")]
    [InlineData("Egypt received Taoiseach Leo Varadkar and Speaker Mike Johnson on Monday.", "Egypt", "Leo Varadkar|Mike Johnson")]
    [InlineData("The two Heads of State met in Egypt on Monday.", "Egypt", "")]
    public void HyphenedSurnamesStateFormsPortfoliosAndHandles(string sentence, string mentioned, string unresolved)
        => AssertWireNames(sentence, mentioned, unresolved);

    // The catalog ids a sentence mentions and the unknown names it reports, each joined by "|".
    private static void AssertWireNames(string sentence, string mentioned, string unresolved)
    {
        var article = ArticleExtractor.Extract("/c/a.txt", "Talks\n\n" + sentence + "\n", WireCatalog);
        Assert.Equal(mentioned, string.Join("|", article.Mentions.Select(m => m.EntityId)));
        Assert.Equal(unresolved, string.Join("|", article.Unresolved.Select(u => u.Surface)));
    }

    [Theory]
    [InlineData("Hanoi (VNA) - Viet Nam and Egypt held talks on Monday.\n\nVNA\n", "")] // the agency signs off
    [InlineData("Hanoi (VNA) - Viet Nam and Egypt held talks on Monday.\n\nReporter: Andi Firdaus\nEditor: Rahmad Nasution\n", "")] // Antara's credits
    [InlineData("Viet Nam and Egypt held talks on Monday, VNA reported.\n", "VNA")] // no dateline credits it
    [InlineData("Hanoi (VNA) - Viet Nam and Egypt held talks on Monday, VNA reported.\n", "VNA")] // named in the story (OutletStyleTests)
    [InlineData("Viet Nam and Egypt held talks on Monday.\n\nTranslation: Fabrício Ferreira\nEdition: Maria Claudia\n", "")] // Agência Brasil's credits
    [InlineData("Viet Nam and Egypt held talks on Monday.\n\nPAP/jc\n", "")] // the agency before the editor's initials
    [InlineData("Viet Nam and Egypt held talks on Monday.\nThey discussed border stability, trade and the repatriation of workers. — MNA\n", "")] // the agency after a dash closing the story
    [InlineData("Viet Nam and Egypt held talks on Monday with the MNA.\n", "MNA")] // named in a sentence
    [InlineData("Viet Nam and Egypt held talks with Senior General Min Aung Hlaing on Monday.\n", "Min Aung Hlaing")] // a grade before a rank
    [InlineData("Viet Nam and Egypt held talks on Monday.\n\nBSS/AAS/RY/1730 hrs\n", "")] // BSS: the agency and its desk's initials
    [InlineData("Viet Nam and Egypt held talks on Monday.\n\nBSS/AAS/RY\n", "")]
    [InlineData("Viet Nam and Egypt held talks on Monday. AGERPRES (RO - author: Ana Popescu, editor: Mihai Ionescu, EN - editor: Maria Stan)\n", "")] // Agerpres's staff note
    [InlineData("Viet Nam and Egypt held talks on Monday (Ana Popescu reported) in Warsaw.\n", "Ana Popescu")] // brackets naming no role
    [InlineData("Viet Nam and Egypt held talks with Ana Popescu on Monday.\n\nBSS/AAS\n", "Ana Popescu|BSS|AAS")] // two groups are no desk code
    // PTI on THE WEEK: the desk's initials spaced, and the syndication note under them.
    [InlineData("Viet Nam and Egypt held talks on Monday.\n\nPTI ZH RHL\n\n(This story has not been edited by THE WEEK and is auto-generated from PTI)\n", "")]
    [InlineData("Viet Nam and Egypt held talks on Monday.\n\n(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)\n", "")]
    [InlineData("Viet Nam and Egypt held talks on Monday.\n\nPTI ZHONG RHL\n", "PTI ZHONG RHL")] // initials are two or three letters
    // The Washington Post, the AP: a dateline's abbreviated state; its unknown place is still reported.
    [InlineData("WOODSIDE, Calif. — Viet Nam and Egypt held talks on Monday.\n", "WOODSIDE")]
    [InlineData("Hanoi, D.C. (AP) — Viet Nam and Egypt held talks on Monday.\n", "")]
    [InlineData("WOODSIDE. Viet Nam and Egypt held talks on Monday.\n", "WOODSIDE")]
    public void TheDatelinesAgencyAndTheStaffCreditsAreNoUnknownNames(string story, string unresolved)
        => Assert.Equal(unresolved, string.Join("|", ArticleExtractor.Extract("/c/a.txt", "Talks\n\n" + story, WireCatalog).Unresolved.Select(u => u.Surface)));
}
