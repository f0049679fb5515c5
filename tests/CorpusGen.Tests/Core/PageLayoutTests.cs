using System.Linq;
using CorpusGen.Core.Dates;
using CorpusGen.Core.Reading;
using CorpusGen.Core.Text;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.Core;

public class PageLayoutTests
{
    private static string BlockText(PageLayout layout, TextBlock block) => layout.Text.Substring(block.Start, block.End - block.Start);

    private static string[] Paragraphs(PageLayout layout) => layout.Blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => BlockText(layout, b)).ToArray();

    [Fact]
    public void HeaderOnTheFirstLineIsSeparatedFromTheText()
    {
        var layout = PageLayout.Analyze(" date 2023-10-19 Russian President Vladimir Putin is ready to fulfill all agreements reached at the summit.");
        Assert.Equal("2023-10-19", layout.HeaderDate!.Value.Value);
        Assert.StartsWith("Russian President", BlockText(layout, layout.Blocks[0]));
    }

    [Fact]
    public void SiteChromeAroundTheArticleIsRemovedAndTheRepeatedHeadlineIsTheTitle()
    {
        var layout = PageLayout.Analyze(SampleCorpus.ReadArticle("004_2af67d93a0b182bd.txt"));
        var title = layout.Blocks.Single(b => b.Kind == BlockKind.Title);
        Assert.Equal("Putin meets North Korean foreign minister", BlockText(layout, title));

        var kept = string.Join("\n", layout.Blocks.Select(b => BlockText(layout, b)));
        Assert.DoesNotContain("icon", kept);
        Assert.DoesNotContain("Ukrainian statehood", kept);
        Assert.DoesNotContain("Read more", kept);
        Assert.DoesNotContain("US policy on North Korea destabilizing region", kept);
        Assert.DoesNotContain("Houthis", kept);
        Assert.DoesNotContain("cookies", kept);
        Assert.Contains("Choe’s visit to Russia comes amid", kept);
        Assert.Contains(layout.Blocks, b => b.Kind == BlockKind.Caption && BlockText(layout, b).Contains("Artem Geodakyan"));
    }

    [Theory]
    [InlineData("Photo: Artem Geodakyan/TASS")]
    [InlineData("Photographs by Jane Doe for the agency")]
    [InlineData("Kim Jong Un and Vladimir Putin at the cosmodrome (Photo by KCNA via Reuters)")]
    [InlineData("Credit: Sputnik/Gavriil Grigorov/Kremlin via Reuters")]
    [InlineData("Vladimir Putin, left, and Kim Jong Un. Getty Images")]
    [InlineData("A file photo of the Vostochny Cosmodrome in the Amur region")]
    [InlineData("Vladimir Putin and Kim Jong Un © Sputnik")]
    [InlineData("Russian President Vladimir Putin, right, and North Korean leader Kim Jong Un shake hands on Sept. 13, 2023. (Vladimir Smirnov/Sputnik/Kremlin Pool Photo via AP)")]
    [InlineData("North Korean leader Kim Jong Un waves as he leaves Pyongyang for Russia on Sept. 10, 2023. (AP Photo/Lee Jin-man)")]
    [InlineData("1 of 6 North Korean leader Kim Jong Un and Russian President Vladimir Putin meet at the Vostochny Cosmodrome, September 13, 2023.")]
    [InlineData("Kim Jong Un and Vladimir Putin meet at the Vostochny Cosmodrome, September 13, 2023. Sputnik/Vladimir Smirnov/Kremlin via REUTERS")]
    [InlineData("FILE - North Korea's Foreign Minister Choe Son Hui attends a news conference in Pyongyang, Oct. 2024.")] // the AP's archive photo, its credit left off
    [InlineData("FILE: Kim Jong Un and Vladimir Putin meet at the Vostochny Cosmodrome.")]
    [InlineData("Chinese President Xi Jinping (R) shakes hands with Vladimir Putin in Moscow, March 20, 2023. (Xinhua/Yue Yuewei)")] // an agency and its photographer in brackets
    public void PhotoCaptionsAndCreditsAreCaptions(string caption)
    {
        var text = "Russian President Vladimir Putin met North Korean leader Kim Jong Un at the Vostochny Cosmodrome on Wednesday, the Kremlin said in a statement.\n\n"
            + caption + "\n\n"
            + "The two leaders discussed military cooperation and the situation in Ukraine, according to state media reports from both countries.";
        var layout = PageLayout.Analyze(text);
        Assert.Contains(layout.Blocks, b => b.Kind == BlockKind.Caption && BlockText(layout, b) == caption);
        Assert.Equal(2, layout.Blocks.Count(b => b.Kind == BlockKind.Paragraph));
    }

    [Theory]
    [InlineData("Kim Jong Un posted a photo via state media on Monday showing him at the launch site, the agency said (in a statement).")]
    [InlineData("The agency released the photo via its website on Tuesday, days after the Kremlin shared one of its own with reporters.")]
    public void AParagraphThatSpeaksOfAPhotoIsNoCaption(string paragraph)
    {
        var layout = PageLayout.Analyze("Putin and Kim meet\n\n" + paragraph + "\n");
        Assert.Contains(layout.Blocks, b => b.Kind == BlockKind.Paragraph && BlockText(layout, b) == paragraph);
    }

    [Theory]
    [InlineData("Getty Images")]
    [InlineData("AFP via Getty Images")]
    [InlineData("EPA-EFE/Shutterstock")]
    public void APhotosCreditOnALineOfItsOwnIsNeitherCaptionNorText(string credit)
    {
        var layout = PageLayout.Analyze("Putin visits Minsk\n\n" + credit + "\nAlexander Lukashenko welcomed Vladimir Putin at the Palace of Independence\n"
            + "Belarusian leader Alexander Lukashenko has welcomed Vladimir Putin to Minsk for two days of talks, days after joint drills.\n");
        Assert.DoesNotContain(layout.Blocks, b => BlockText(layout, b).Contains(credit, System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("© 2023 Reuters")]
    [InlineData("Copyright 2023 The Associated Press.")]
    [InlineData("(c) KCNA 2023")]
    [InlineData("All Rights Reserved by the publisher")]
    [InlineData("This website uses cookies to improve your experience.")]
    [InlineData("We value your privacy. Accept all cookies")]
    [InlineData("Read our Privacy Policy and terms of use")]
    [InlineData("We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.")]
    [InlineData("Manage cookie settings")]
    public void LegalNoticesAfterTheArticleAreNotText(string notice)
    {
        var text = "Russian President Vladimir Putin met North Korean leader Kim Jong Un at the Vostochny Cosmodrome on Wednesday, the Kremlin said in a statement.\n\n"
            + "The two leaders discussed military cooperation and the situation in Ukraine, according to state media reports from both countries.\n\n"
            + notice + "\n";
        var layout = PageLayout.Analyze(text);
        var kept = string.Join("\n", layout.Blocks.Select(b => BlockText(layout, b)));
        Assert.DoesNotContain(notice, kept);
        Assert.Equal(2, layout.Blocks.Count(b => b.Kind == BlockKind.Paragraph));
    }

    [Theory]
    [InlineData("ALSO READ | Kim Jong Un met Sergei Lavrov in Pyongyang on Tuesday")]
    [InlineData("Read more: Putin to visit Vietnam on Thursday after North Korea trip, Kremlin says")]
    [InlineData("Related: Kim Jong Un arrives in Russia aboard armored train")]
    [InlineData("Listen to this article 4 min")]
    public void ALinkRunIntoItsMarkerIsNotText(string link)
    {
        var layout = PageLayout.Analyze("Putin and Kim meet at a cosmodrome in the Far East" + Story + "\n" + link + Story);
        Assert.DoesNotContain(layout.Blocks, b => BlockText(layout, b).Contains(link));
    }

    [Theory]
    [InlineData("Related talks were held in Moscow on Tuesday, where the two sides agreed to meet again before the end of the year.")]
    [InlineData("Moreover, the two leaders agreed to meet again in Moscow before the end of the year, the Kremlin said in a statement.")]
    [InlineData("Dmitry Peskov spoke with Reuters.")] // a sentence, not an agencies' credit
    [InlineData("10 of the 12 soldiers were freed on Tuesday, the ministry said, in a swap that both sides had agreed to last week.")]
    [InlineData("More-detailed plans for the visit were discussed on Tuesday, the ministry said, without giving a date for the trip.")]
    [InlineData("Kim Jong Un's message to Vladimir Putin on his birthday was carried on Tuesday via KCNA.")]
    public void ParagraphsThatOpenLikeAMarkerOrACounterAreText(string paragraph)
    {
        var layout = PageLayout.Analyze("Putin and Kim meet at a cosmodrome in the Far East" + Story + "\n" + paragraph + "\n");
        Assert.Contains(layout.Blocks, b => b.Kind == BlockKind.Paragraph && BlockText(layout, b) == paragraph);
    }

    [Fact]
    public void ACookieNoticeAboveTheHeadlineIsNeitherHeadlineNorText()
    {
        var layout = PageLayout.Analyze(" date 2024-05-17 Advertisement We use cookies to improve your experience. By continuing to browse you agree to our use of cookies. Accept\n"
                                        + "Putin wraps up China visit with trip to Harbin" + Story);
        Assert.Equal("Putin wraps up China visit with trip to Harbin", BlockText(layout, layout.Title!.Value));
        Assert.DoesNotContain(layout.Blocks, b => BlockText(layout, b).Contains("cookies"));
    }

    // One line per first character the trailer pattern can start with (the layout tries it only
    // on lines that start with one of them), in either case.
    [Theory]
    [InlineData("TOP STORIES")]
    [InlineData("Most read")]
    [InlineData("Related coverage")]
    [InlineData("You may also like")]
    [InlineData("Podcasts")]
    [InlineData("FAQs:")]
    [InlineData("Comments")]
    [InlineData("SHARE THIS ARTICLE")]
    [InlineData("(END)")]
    [InlineData("--- END ---")]
    [InlineData("Writing by Jane Doe")]
    [InlineData("editing by John Roe")]
    [InlineData("Translated by Claire Shinn. Edited by Malcolm Foster.")]
    [InlineData("Our Standards: The Trust Principles.")]
    [InlineData("--With assistance from Sangmi Cha.")] // Bloomberg
    [InlineData("(With input from Xinhua)")] // CGTN
    [InlineData("___")] // AP, above its contributors
    [InlineData("==Kyodo")]
    [InlineData("To contact the reporter on this story:")]
    [InlineData("FRANCE 24 with AFP")] // a credit of the agencies the story draws on
    [InlineData("kb/sms (Reuters, AFP, AP)")] // DW: its editors' initials and the agencies
    [InlineData("dh/rt")]
    [InlineData("Related Article")] // JoongAng, one link below it
    [InlineData("KEYWORDS")] // The Japan Times, its tags below it
    [InlineData("Tags:")]
    [InlineData("Topics")]
    [InlineData("-- BERNAMA")] // an agency's sign-off
    [InlineData("--XINHUA")]
    [InlineData("/NF/")] // BTA: its editor's initials
    [InlineData("Enditem/ASG")] // Focus Taiwan
    [InlineData("SYL // ANP")] // Lusa's desk initials
    [InlineData("Lusa/End")]
    [InlineData("Join ST's WhatsApp Channel and get the latest news and must-reads.")] // The Straits Times
    [InlineData("Join ST's Telegram channel and get the latest breaking news delivered to you.")]
    [InlineData("Follow Punch on WhatsApp for the latest news.")] // a call to follow the outlet
    [InlineData("Follow The Hindu on Google News")]
    public void NothingAfterATrailerMarkerIsText(string marker)
    {
        var text = "Russian President Vladimir Putin met North Korean leader Kim Jong Un at the Vostochny Cosmodrome on Wednesday, the Kremlin said in a statement.\n\n"
            + marker + "\n\n"
            + "Another story entirely, about a football match that ended in a draw after extra time on a rainy evening in the capital city.\n";
        var layout = PageLayout.Analyze(text);
        var paragraph = Assert.Single(layout.Blocks, b => b.Kind == BlockKind.Paragraph);
        Assert.StartsWith("Russian President", BlockText(layout, paragraph));
    }

    // A row of share buttons flattened into text is no paragraph, nor does it end the story.
    [Theory]
    [InlineData("Facebook | VK | Telegram")] // BelTA
    [InlineData("Facebook Twitter WhatsApp Email")]
    [InlineData("Share on X · LinkedIn · Copy link")]
    public void AShareBarIsNoTextAndTheStoryGoesOn(string bar)
    {
        var text = "Russian President Vladimir Putin met North Korean leader Kim Jong Un at the Vostochny Cosmodrome on Wednesday, the Kremlin said in a statement.\n\n"
            + bar + "\n\n"
            + "The two leaders discussed military cooperation and the situation in Ukraine, according to state media reports from both countries.\n";
        var layout = PageLayout.Analyze(text);
        Assert.Equal(2, layout.Blocks.Count(b => b.Kind == BlockKind.Paragraph));
        Assert.DoesNotContain(layout.Blocks, b => BlockText(layout, b).Contains("Facebook") || BlockText(layout, b).Contains("LinkedIn"));
    }

    [Fact]
    public void ARelatedBoxInsideTheStoryIsSkippedAndTheStoryGoesOn()
    {
        // The Korea Times: linked headlines and their dates between two paragraphs of the story.
        var layout = PageLayout.Analyze("Choe meets Lavrov in Moscow\nPosted : 2024-11-02 09:12\n"
            + "North Korean Foreign Minister Choe Son-hui met Russian Foreign Minister Sergei Lavrov in Moscow on Friday, pledging support.\n"
            + "Related\nKim Jong-un inspects missile base, KCNA says\n2024-10-30 08:00\nPutin signs North Korea treaty into law\n2024-11-10 10:20\n"
            + "Lavrov said the two countries would deepen military cooperation in the coming months, the ministry said in a statement.\n"
            + "Most Read\nKim Jong-un oversees artillery drill\n");
        var paragraphs = Paragraphs(layout);
        Assert.Equal(2, paragraphs.Length);
        Assert.StartsWith("Lavrov said", paragraphs[1]);
        Assert.DoesNotContain(layout.Blocks, b => BlockText(layout, b).Contains("missile base", System.StringComparison.Ordinal));
    }

    [Fact]
    public void ACreditLineJoinedToTheNextLineIsStillATrailer()
    {
        // One paragraph per line, no blank lines: the long credit line reads as wrapped onto the
        // next, and the trailer's pattern must see past the line break it then holds.
        var layout = PageLayout.Analyze("Russian President Vladimir Putin and Chinese leader Xi Jinping held a video call on Friday, the Kremlin said.\n"
            + "Reporting by Guy Faulconbridge in Moscow and Laurie Chen in Beijing; Editing by Andrew Osborn\n"
            + "Our Standards: The Thomson Reuters Trust Principles.\n");
        var paragraph = Assert.Single(layout.Blocks, b => b.Kind == BlockKind.Paragraph);
        Assert.StartsWith("Russian President", BlockText(layout, paragraph));
    }

    [Fact]
    public void ANewsletterPromotionBetweenParagraphsIsDroppedAndTheStoryGoesOn()
    {
        var layout = PageLayout.Analyze("Kim arrives in Russia\n\n"
            + "Kim Jong-un has arrived in Russia for a rare summit with Vladimir Putin, the Kremlin has confirmed, amid warnings from Washington.\n\n"
            + "skip past newsletter promotion\nSign up to This is Europe\nFree weekly newsletter\n"
            + "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties. For more information see our Privacy Policy.\n"
            + "after newsletter promotion\n\n"
            + "Sergei Lavrov met Choe Son Hui in Moscow on Monday to prepare the summit, the Russian foreign ministry said in a statement.\n");
        var paragraphs = Paragraphs(layout);
        Assert.Equal(2, paragraphs.Length);
        Assert.StartsWith("Sergei Lavrov met", paragraphs[1]);
    }

    [Theory]
    [InlineData("By David E. Sanger and Jim Tankersley")] // The New York Times: a middle initial's period
    [InlineData("By Jane Doe and John Roe")]
    public void AnAuthorLineIsNoText(string byline)
    {
        var layout = PageLayout.Analyze("Xi and Biden Meet in California\nThe two leaders agreed to resume military communications, in their first meeting in a year.\n"
            + byline + "\nNov. 15, 2023\nUpdated 9:31 p.m. ET\n"
            + "President Biden and Xi Jinping, China's leader, met on Wednesday for four hours at an estate south of San Francisco.\n");
        Assert.DoesNotContain(layout.Blocks, b => BlockText(layout, b).Contains(byline, System.StringComparison.Ordinal));
    }

    [Fact]
    public void ABylineInLowerCaseUnderTheHeadlineIsNoWrappedLineOfIt()
    {
        // The Kyiv Independent: "by" in lower case, as a wrapped line's next word would be.
        var layout = PageLayout.Analyze("News Feed\nZelensky meets Erdogan in Ankara, discusses prisoner exchanges, Black Sea security\nby Kateryna Hodunova\nFebruary 18, 2025 4:12 PM\n\n"
            + "President Volodymyr Zelensky met Turkish President Recep Tayyip Erdogan in Ankara on Feb. 18 to discuss a possible peace process.\n");
        Assert.Equal("Zelensky meets Erdogan in Ankara, discusses prisoner exchanges, Black Sea security", BlockText(layout, layout.Title!.Value));
        Assert.DoesNotContain(layout.Blocks, b => BlockText(layout, b).Contains("Hodunova", System.StringComparison.Ordinal));
    }

    [Fact]
    public void ABylineWithItsDateUnderTheHeadlineIsNoWrappedLineOfIt()
    {
        // The Kyiv Independent again, the author, date and reading time on one line.
        const string Page = "Zelensky meets Latvian president in Kyiv\nby Martin Fornusek March 14, 2024 6:27 PM 2 min read\n\n"
            + "President Volodymyr Zelensky met with Latvian President Edgars Rinkevics in Kyiv on March 14.\n";
        var layout = PageLayout.Analyze(Page);
        Assert.Equal("Zelensky meets Latvian president in Kyiv", BlockText(layout, layout.Title!.Value));
        Assert.Equal("2024-03-14", PublicationDateReader.Read(layout, new LineMap(Page)).Date!.Date.ToString());
    }

    [Fact]
    public void TheLineBesideTheBylineIsTheAuthors()
    {
        var layout = PageLayout.Analyze("Kim Jong-un arrives in Russia for summit with Putin\n\nJustin McCurry in Tokyo and Pjotr Sauer\nTue 12 Sep 2023 08.34 BST\n\n"
            + "Kim Jong-un has arrived in Russia for a rare summit with Vladimir Putin, the Kremlin has confirmed, amid warnings from Washington.\n");
        Assert.DoesNotContain(layout.Blocks, b => BlockText(layout, b).Contains("McCurry", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Putin meets Kim at Russian spaceport | Reuters\n\nWorld\n\nPutin meets Kim at Russian spaceport\n\n")]
    [InlineData("Putin meets Kim at Russian spaceport - BBC News\n\nPutin meets Kim at Russian spaceport\n\n")]
    public void ThePagesTitleWithTheSitesNameGivesWayToTheHeadline(string top)
    {
        var layout = PageLayout.Analyze(top + "September 13, 2023\n\nRussian President Vladimir Putin met North Korean leader Kim Jong Un at the Vostochny Cosmodrome on Wednesday.\n");
        Assert.Equal("Putin meets Kim at Russian spaceport", BlockText(layout, layout.Title!.Value));
    }

    // A page title alone, without the headline repeated: the site's name after it is no part of it.
    [Theory]
    [InlineData("Putin meets Kim at Russian spaceport | Reuters", "Putin meets Kim at Russian spaceport")]
    [InlineData("Putin meets Kim at Russian spaceport | The Japan Times", "Putin meets Kim at Russian spaceport")]
    [InlineData("Putin meets Kim at Russian spaceport - BBC News", "Putin meets Kim at Russian spaceport")]
    [InlineData("Putin meets Kim at Russian spaceport – CNN", "Putin meets Kim at Russian spaceport")]
    // A headline may go on after a dash, or hold a bar of its own.
    [InlineData("Putin meets Kim - a new alliance", "Putin meets Kim - a new alliance")]
    [InlineData("Putin meets Kim at spaceport - Analysis", "Putin meets Kim at spaceport - Analysis")]
    [InlineData("North Korea | Putin visit", "North Korea | Putin visit")]
    [InlineData("Putin meets Kim | a summit of the isolated", "Putin meets Kim | a summit of the isolated")]
    public void ASiteNameAfterALonePageTitleIsNoPartOfTheTitle(string top, string title)
    {
        var layout = PageLayout.Analyze(top + "\nSeptember 13, 2023\n\nRussian President Vladimir Putin met North Korean leader Kim Jong Un at the Vostochny Cosmodrome on Wednesday.\n");
        Assert.Equal(title, BlockText(layout, layout.Title!.Value));
    }

    [Fact]
    public void AHeadlineEndingOnQuotedWordsIsAHeadline()
    {
        var layout = PageLayout.Analyze("Kishida says he wants to meet Kim Jong Un 'at an early date'\n\nKYODO\nMar 26, 2024\n\n"
            + "Prime Minister Fumio Kishida said Tuesday that he wants to hold a summit with North Korean leader Kim Jong Un.\n");
        Assert.Equal("Kishida says he wants to meet Kim Jong Un 'at an early date'", BlockText(layout, layout.Title!.Value));
    }

    [Fact]
    public void AQuestionIsAHeadline()
    {
        var layout = PageLayout.Analyze("Home > World > Asia\n\nWill Putin and Kim strike an arms deal?\n\nSeptember 13, 2023\n\n"
            + "Russian President Vladimir Putin met North Korean leader Kim Jong Un at the Vostochny Cosmodrome on Wednesday.\n");
        Assert.Equal("Will Putin and Kim strike an arms deal?", BlockText(layout, layout.Title!.Value));
    }

    [Theory]
    [InlineData("Skip to main content\nThe Korea Herald\nNational\nPolitics\nNorth Korea\n")]
    [InlineData("The Moscow Times\nNews\n")] // a name that short needs one label after it
    public void TheSitesNameAboveItsSectionMenuIsNotTheHeadline(string top)
    {
        var layout = PageLayout.Analyze(top + "Putin, Kim hold summit at Russian spaceport\n"
            + "Published : Sept. 13, 2023 - 18:32\nBy Kim Arin\nRussian President Vladimir Putin met North Korean leader Kim Jong Un at the Vostochny Cosmodrome on Wednesday.\n");
        Assert.Equal("Putin, Kim hold summit at Russian spaceport", BlockText(layout, layout.Title!.Value));
    }

    [Theory]
    [InlineData("ASIA PACIFIC / POLITICS & DIPLOMACY\n")]
    [InlineData("WORLD | ASIA\n")]
    [InlineData("News|Russia-Ukraine war\n")] // Al Jazeera: glued by the bar, in any case
    public void ASectionsPathIsNotTheHeadline(string top)
    {
        var layout = PageLayout.Analyze(top + "North Korea's Choe and Lavrov hold talks in Moscow\nBY KYODO\nJan 16, 2024\n"
            + "MOSCOW - North Korean Foreign Minister Choe Son Hui and her Russian counterpart held talks in Moscow on Tuesday.\n");
        Assert.Equal("North Korea's Choe and Lavrov hold talks in Moscow", BlockText(layout, layout.Title!.Value));
    }

    [Theory]
    [InlineData("NHK WORLD-JAPAN News\n")]
    [InlineData("The Straits Times\n\n")]
    [InlineData(" date 2023-08-19 Daily NK English\n")] // an edition after the name
    [InlineData("The Yomiuri Shimbun\n10:41 JST, March 14, 2024\n\n")] // Japanese for the newspaper, above its stamp
    [InlineData("UN News\nGlobal perspective Human stories\n\n")] // a motto under the site's name
    [InlineData("Prime Minister's Office\n")] // PIB: the office that issued the release
    public void TheSitesNameOnALineOfItsOwnIsNotTheHeadline(string top)
    {
        var layout = PageLayout.Analyze(top + "Kishida, Yoon agree to boost security cooperation\nAug. 19, 2023 05:12 JST\n\n"
            + "Japanese Prime Minister Kishida Fumio and South Korean President Yoon Suk Yeol have agreed to strengthen security cooperation.\n");
        Assert.Equal("Kishida, Yoon agree to boost security cooperation", BlockText(layout, layout.Title!.Value));
    }

    [Theory]
    [InlineData("Turkish, Jordanian ministers discuss Gaza\n\nANKARA\n")]
    [InlineData("Turkish, Jordanian ministers discuss Gaza\nANKARA")]
    public void APlaceAloneUnderTheHeadlineOfAPageWithNoStoryIsRead(string page)
    {
        // Found by the fuzz test: the dateline's check looked at the story's first line, past the end.
        var layout = PageLayout.Analyze(page);
        Assert.Equal("Turkish, Jordanian ministers discuss Gaza", BlockText(layout, layout.Title!.Value));
    }

    [Fact]
    public void AShortHeadlineUnderAMinistrysNameIsTheHeadline()
    {
        // PIB: no later line to take the short line under the office's name for its motto.
        var layout = PageLayout.Analyze("Prime Minister's Office\nPM meets President of Mauritius\nPosted On: 11 MAR 2024 7:41PM by PIB Delhi\n\n"
            + "Prime Minister Shri Narendra Modi met the President of Mauritius, Mr. Prithvirajsing Roopun, in New Delhi today.\n");
        Assert.Equal("PM meets President of Mauritius", BlockText(layout, layout.Title!.Value));
    }

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Story continues below advertisement")]
    [InlineData("Continue reading the main story")]
    public void AnAdvertisementBetweenParagraphsDoesNotEndTheStory(string marker)
    {
        // News pages put these between a story's paragraphs: the story goes on after them.
        var text = "Russian President Vladimir Putin met North Korean leader Kim Jong Un at the Vostochny Cosmodrome on Wednesday, the Kremlin said in a statement.\n\n"
            + marker + "\n\n"
            + "Kim Jong Un arrived in Russia on Tuesday aboard his armored train, and he is expected to stay for several days, state media said.\n";
        var layout = PageLayout.Analyze(text);
        var paragraphs = Paragraphs(layout);
        Assert.Equal(2, paragraphs.Length);
        Assert.DoesNotContain(paragraphs, p => p.Contains(marker, System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("By Jane Doe and John Roe")]
    [InlineData("BY REUTERS STAFF")]
    [InlineData("from Our Correspondent in Seoul")]
    [InlineData("BY LEE JAE-LIM [lee.jaelim@joongang.co.kr]")]
    [InlineData("By Jane Doe (jane.doe@example.com)")]
    [InlineData("JUN ENDO, Nikkei staff writer")]
    [InlineData("Jean Mackenzie, Seoul correspondent")]
    public void AuthorLinesAreNotText(string author)
    {
        var text = author + "\n\nRussian President Vladimir Putin met North Korean leader Kim Jong Un at the Vostochny Cosmodrome on Wednesday, the Kremlin said in a statement.\n";
        var layout = PageLayout.Analyze(text);
        Assert.DoesNotContain(layout.Blocks, b => BlockText(layout, b).Contains(author));
    }

    // Focus Taiwan signs its stories below them, the byline in brackets.
    [Fact]
    public void ABylineInBracketsUnderTheStoryIsNoText()
    {
        var layout = PageLayout.Analyze("Putin meets Kim" + Story + "\n(By Joseph Yeh)\n");
        Assert.DoesNotContain(layout.Blocks, b => BlockText(layout, b).Contains("Joseph Yeh", System.StringComparison.Ordinal));
    }

    private const string Story = "\n\nRussian President Vladimir Putin met North Korean leader Kim Jong Un at the Vostochny Cosmodrome on Wednesday, the Kremlin said in a statement.\n";

    [Theory]
    [InlineData("Skip to content")]
    [InlineData("Skip to main content")]
    [InlineData("Search the web")] // a search box's placeholder
    [InlineData("Home News Sport Business Innovation Culture Travel")]
    [InlineData("Home > World > Asia")]
    [InlineData("News | World | Politics | Business")]
    // Whole menus run into one line under a date header, as long as a paragraph's line.
    [InlineData("Skip links Skip to Content Live News Middle East Africa Asia US & Canada Europe")]
    [InlineData("Russian Politics & Diplomacy World Business Economy Military & Defense Science & Space Emergencies Society & Culture Press Review Sport")]
    [InlineData("The Korea Herald National Politics North Korea Social Affairs Foreign Affairs Defense")]
    [InlineData("NK News Subscribe Log in Search Menu Politics Military Economy Society")]
    [InlineData("Skip to main contentSkip to navigation")] // two links run together by the scrape
    [InlineData("Sign in | Subscribe")] // account buttons between bars
    [InlineData("Log in · Register · My account")]
    [InlineData("Europe US americas asia Australia Middle East africa inequality global development")] // a menu the page sets in lower case
    public void NavigationIsNeitherHeadlineNorText(string navigation)
    {
        var layout = PageLayout.Analyze(navigation + "\nPutin and Kim meet at a cosmodrome in the Far East" + Story);
        Assert.Equal("Putin and Kim meet at a cosmodrome in the Far East", BlockText(layout, layout.Title!.Value));
        Assert.DoesNotContain(layout.Blocks, b => BlockText(layout, b).Contains(navigation));
    }

    [Theory]
    [InlineData("Home Secretary Says Talks With Allies Went Well")] // a title-case headline that starts like a section bar
    [InlineData("World leaders gather for climate summit in Dubai")]
    [InlineData("Kim Jong Un Learns English")] // an edition's word alone does not make a site's name
    [InlineData("US Business Leaders Meet Foreign Affairs Officials In Beijing Amid Trade Row")] // title case, a few section words
    [InlineData("North Korea Military Parade Shows Off New Missiles As Kim Watches")]
    [InlineData("Middle East crisis live Israel strikes Gaza")] // a few lower-case words, one of them a section
    [InlineData("Global development goals slip as Asia and Africa fall behind")]
    public void HeadlinesMadeOfOrdinaryWordsAreNotNavigation(string headline)
    {
        var layout = PageLayout.Analyze(headline + Story);
        Assert.Equal(headline, BlockText(layout, layout.Title!.Value));
    }

    [Theory]
    [InlineData("(LEAD) Putin and Kim meet at a cosmodrome in the Far East")]
    [InlineData("(2nd LD) Putin and Kim meet at a cosmodrome in the Far East")]
    [InlineData("UPDATE 2-Putin and Kim meet at a cosmodrome in the Far East")]
    [InlineData("CORRECTED-UPDATE 1-Putin and Kim meet at a cosmodrome in the Far East")]
    [InlineData("EXCLUSIVE-Putin and Kim meet at a cosmodrome in the Far East")]
    [InlineData("BREAKING: Putin and Kim meet at a cosmodrome in the Far East")]
    public void ADesksTagIsNoPartOfTheHeadline(string headline)
    {
        var layout = PageLayout.Analyze(headline + Story);
        Assert.Equal("Putin and Kim meet at a cosmodrome in the Far East", BlockText(layout, layout.Title!.Value));
    }

    [Theory]
    [InlineData("NATO-Russia council meets in Brussels for the first time")]
    [InlineData("US-China talks resume in Geneva after a long pause")]
    [InlineData("UPDATED rules for travel to Pyongyang are announced")]
    public void AHeadlineThatOpensInCapitalsKeepsThem(string headline)
    {
        var layout = PageLayout.Analyze(headline + Story);
        Assert.Equal(headline, BlockText(layout, layout.Title!.Value));
    }

    [Theory]
    [InlineData("(ATTN: ADDS comments from Kremlin spokesman in paras 4-5)")]
    [InlineData("(Adds Kremlin comment in paragraph 5)")]
    [InlineData("[EDITORS: please note the embargo]")]
    public void AnEditorsNoteAboveTheStoryIsNotText(string note)
    {
        var layout = PageLayout.Analyze("Putin and Kim meet at a cosmodrome in the Far East\n" + note + Story);
        Assert.DoesNotContain(layout.Blocks, b => BlockText(layout, b).Contains(note, System.StringComparison.Ordinal));
        Assert.Single(layout.Blocks, b => b.Kind == BlockKind.Paragraph);
    }

    [Fact]
    public void ButtonsAndLabelsBetweenHeadlineAndStoryAreNotText()
    {
        var text = "Putin and Kim meet at a cosmodrome in the Far East\nShare\nSave\nJane Roe\nWorld News" + Story;
        var layout = PageLayout.Analyze(text);
        Assert.StartsWith("Russian President", BlockText(layout, Assert.Single(layout.Blocks, b => b.Kind == BlockKind.Paragraph)));
    }

    [Fact]
    public void AStandaloneDatelineUnderTheHeadlineStaysText()
    {
        var text = "Putin and Kim meet at a cosmodrome in the Far East\nMOSCOW --" + Story;
        var layout = PageLayout.Analyze(text);
        Assert.Contains(layout.Blocks, b => BlockText(layout, b) == "MOSCOW --");
    }

    [Fact]
    public void GeneratedFaqAfterTheArticleIsClutter()
    {
        var layout = PageLayout.Analyze(SampleCorpus.ReadArticle("001_b1e8c0a564446584.txt"));
        var kept = string.Join("\n", layout.Blocks.Select(b => BlockText(layout, b)));
        Assert.DoesNotContain("Frequently Asked Questions", kept);
        Assert.DoesNotContain("What agreements were made", kept);
        Assert.EndsWith("shape the geopolitical landscape in the coming years.", kept);
    }

    [Fact]
    public void HardWrappedLinesJoinIntoOneParagraphAndCrLfIsHandled()
    {
        var text = "PYONGYANG, Oct. 19, 2023 (Yonhap) -- North Korea's leader met the visiting Russian foreign\r\nminister in the capital on Thursday, state media said.\r\n\r\nThe two sides discussed cooperation in many fields and agreed to meet again next year.\r\n";
        var layout = PageLayout.Analyze(text);
        var paragraphs = layout.Blocks.Where(b => b.Kind == BlockKind.Paragraph).ToList();
        Assert.Equal(2, paragraphs.Count);
        Assert.EndsWith("state media said.", BlockText(layout, paragraphs[0]));
    }

    [Fact]
    public void AHeadlineRightAboveItsStandfirstIsNotAWrappedLine()
    {
        // The standfirst's first word would have fitted on the headline's line: no fixed width ended it.
        var text = "North Korean FM Choe Son Hui arrives in Moscow for talks with Lavrov\n"
            + "Trip comes as Pyongyang and Moscow deepen military ties, weeks after Putin's visit to North Korea\n\n"
            + "North Korean Foreign Minister Choe Son Hui has arrived in Moscow, Russian state media reported Friday.\n";
        var layout = PageLayout.Analyze(text);
        Assert.Equal("North Korean FM Choe Son Hui arrives in Moscow for talks with Lavrov", BlockText(layout, layout.Title!.Value));
        Assert.Contains(layout.Blocks, b => BlockText(layout, b).StartsWith("Trip comes as", System.StringComparison.Ordinal));
    }

    [Fact]
    public void AHeadlineOverAOneSentenceStandfirstOnAPageOfLongLinesIsNotAWrappedLine()
    {
        // The standfirst is short and ends a sentence, as a wrapped paragraph's last line would; but
        // the page's paragraphs stand whole on lines far longer than the headline's.
        var text = "Ukraine and Russia hold first direct talks in three years, but no ceasefire\n"
            + "The talks in Istanbul lasted less than two hours.\n"
            + "May 16, 2025 5:30 pm CET\n"
            + "KYIV — Ukrainian and Russian delegations met in Istanbul on Friday for their first direct peace talks since the spring of 2022, but the meeting ended without a ceasefire deal.\n";
        var layout = PageLayout.Analyze(text);
        Assert.Equal("Ukraine and Russia hold first direct talks in three years, but no ceasefire", BlockText(layout, layout.Title!.Value));
    }

    [Fact]
    public void ShortFileWithoutStructureStillHasItsText()
    {
        var layout = PageLayout.Analyze("Kim met Putin.");
        Assert.Equal("Kim met Putin.", BlockText(layout, Assert.Single(layout.Blocks)));
        Assert.Empty(PageLayout.Analyze("").Blocks);
    }
}
