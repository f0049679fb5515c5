using CorpusGen.Core.Dates;
using CorpusGen.Core.Model;
using CorpusGen.Core.Reading;
using CorpusGen.Core.Text;
using Xunit;

namespace CorpusGen.Tests.Core;

public class PublicationDateReaderTests
{
    private static PublicationInfo Read(string text) => PublicationDateReader.Read(PageLayout.Analyze(text), new LineMap(text));

    private const string Body = "\n\nThe minister arrived in the capital for talks with his counterpart on a range of issues.";

    [Theory]
    [InlineData(" date 2023-10-19 Text of the article follows here with enough words to be prose.", "2023-10-19", DateSource.Header)]
    [InlineData("Headline of the story here\n17 Jan, 2024 00:31" + Body, "2024-01-17", DateSource.Byline)]
    [InlineData("Headline of the story here\nPublished : Oct. 18, 2023 - 19:45" + Body, "2023-10-18", DateSource.Byline)]
    [InlineData("Headline of the story here\nLast updated: January 16, 2024" + Body, "2024-01-16", DateSource.Byline)]
    [InlineData("PYONGYANG, Oct. 19, 2023 (Yonhap) -- North Korea's leader met the Russian minister on Thursday, state media said.", "2023-10-19", DateSource.Dateline)]
    [InlineData("Moscow, 16 January 2024 /TASS/. Russian Foreign Minister Sergei Lavrov met his North Korean counterpart on Tuesday.", "2024-01-16", DateSource.Dateline)] // day first
    // \d matches any decimal digit; int.Parse threw on these and took the extraction down.
    [InlineData(" date ٢٠٢٣-١٠-١٩ Text of the article follows here with enough words to be prose.", "2023-10-19", DateSource.Header)]
    [InlineData("Headline of the story here\nLast updated: January １６, ２０２４" + Body, "2024-01-16", DateSource.Byline)]
    [InlineData("Headline of the story here\n13 SEP 2023, 10:15" + Body, "2023-09-13", DateSource.Byline)]
    [InlineData("Headline of the story here\nPublished on 16/01/2024 - 14:05" + Body, "2024-01-16", DateSource.Byline)]
    [InlineData("Headline of the story here\nPublished on 04/09/2023 - 16:05 GMT+2" + Body, "2023-09-04", DateSource.Byline)] // Euronews: a zone east of Greenwich writes the day first
    [InlineData("Headline of the story here\nIssued on: 04/09/2023 - 09:17 CEST" + Body, "2023-09-04", DateSource.Byline)]
    [InlineData("Headline of the story here\nUpdated 01/16/2024 2:05 p.m." + Body, "2024-01-16", DateSource.Byline)]
    [InlineData("Headline of the story here\nPublished: 19.10.2023 08:12" + Body, "2023-10-19", DateSource.Byline)]
    [InlineData("Headline of the story here\nInput 2023/10/19 17:40" + Body, "2023-10-19", DateSource.Byline)]
    [InlineData("Headline of the story here\nWed 13 Sep 2023 09.12 BST" + Body, "2023-09-13", DateSource.Byline)]
    [InlineData("Headline of the story here\n2023.09.13 09:12" + Body, "2023-09-13", DateSource.Byline)]
    [InlineData("Headline of the story here\nPosted on : Sep.13,2023 17:12 KST" + Body, "2023-09-13", DateSource.Byline)]
    [InlineData("Headline of the story here\nUpdated 20:15, 13-Sep-2023" + Body, "2023-09-13", DateSource.Byline)] // CGTN
    [InlineData("Headline of the story here\nSeptember 13, 20233:40 AM GMT+9Updated 2 hours ago" + Body, "2023-09-13", DateSource.Byline)]
    [InlineData("Headline of the story here\n09/13/2023September 13, 2023" + Body, "2023-09-13", DateSource.Byline)] // DW: two stamps glued together
    [InlineData("Headline of the story here\n11/01/2024November 1, 2024" + Body, "2024-11-01", DateSource.Byline)] // the numbers alone could be either day
    [InlineData("Headline of the story here\n11/01/2024 November 1, 2024" + Body, "2024-11-01", DateSource.Byline)]
    [InlineData("Headline of the story here\n2023-09-13T09:12:00+09:00" + Body, "2023-09-13", DateSource.Byline)]
    [InlineData("Headline of the story here\n13-09-2023 09:12" + Body, "2023-09-13", DateSource.Byline)]
    [InlineData("Headline of the story here\n2023年9月13日 09:12" + Body, "2023-09-13", DateSource.Byline)]
    [InlineData("Headline of the story here\n입력 2023년 9월 13일 09:12" + Body, "2023-09-13", DateSource.Byline)]
    [InlineData("Headline of the story here" + Body + "\nkb/sms (Reuters, AFP, AP)\nDate 16.05.2024\nRelated topics", "2024-05-16", DateSource.Byline)] // DW: the stamp below the sign-off
    [InlineData("Headline of the story here" + Body + "\nSource: Xinhua\nEditor: Gu Xiaojing\n2024-04-09 18:35:22", "2024-04-09", DateSource.Byline)] // Xinhua: below its credits
    [InlineData("Headline of the story here" + Body + "\nPTI ZH RHL\n\n(This story has not been edited by THE WEEK and is auto-generated from PTI)\nPublished: 04 July 2024 12:30 IST", "2024-07-04", DateSource.Byline)] // THE WEEK: below PTI's desk and the syndication note
    [InlineData("Headline of the story here\nIndia News | Press Trust of India | Updated: August 01, 2024 10:19 pm IST" + Body, "2024-08-01", DateSource.Byline)] // NDTV: the stamp one of the line's parts
    [InlineData("Headline of the story here\nBy CAO DESHENG | chinadaily.com.cn | Updated: 2024-05-16 14:52" + Body, "2024-05-16", DateSource.Byline)]
    [InlineData("Headline of the story here\nINQUIRER.net / 07:45 AM March 11, 2024" + Body, "2024-03-11", DateSource.Byline)] // a site's name with a period
    [InlineData("Headline of the story here" + Body + "\n___\n\nAssociated Press writer Hyung-jin Kim in Seoul contributed to this report.\nPublished: October 13, 2023", "2023-10-13", DateSource.Byline)] // the AP: below its rule and contributors
    public void ReadsTheStatedDateAndWhereItCameFrom(string text, string expected, DateSource source)
    {
        var info = Read(text);
        Assert.Equal(expected, info.Date!.Date.ToString());
        Assert.Equal(source, info.Date.Source);
    }

    [Fact]
    public void ALinksDateBelowARelatedMarkerIsNotThePublicationDate()
    {
        var info = Read("Headline of the story here" + Body + "\nRelated stories\nPublished 01.05.2024\nXi and Putin to meet in May");
        Assert.Null(info.Date);
    }

    [Fact]
    public void YearlessDatelineIsNotADateButIsReported()
    {
        var info = Read("SEOUL, Oct 20 – North Korean leader Kim Jong Un reaffirmed his dedication to the agreements made.");
        Assert.Null(info.Date);
        Assert.Equal("SEOUL", info.Dateline);
        Assert.Equal("Oct 20", info.PartialDate);
    }

    [Theory]
    [InlineData("PYONGYANG, Oct. 19 (Yonhap) -- North Korea's leader met the visiting Russian minister, state media said.", "PYONGYANG", "Oct. 19")]
    [InlineData("HANOI, June 20 Kyodo - Russian President Vladimir Putin arrived in Vietnam early Thursday on a state visit.", "HANOI", "June 20")]
    public void WireDatelineWithoutYearIsPartial(string text, string place, string partial)
    {
        var info = Read(text);
        Assert.Null(info.Date);
        Assert.Equal((place, partial), (info.Dateline, info.PartialDate));
    }

    [Theory]
    [InlineData("Updated 9:31 p.m. ET")] // The New York Times: a time and no date
    [InlineData("Posted 2 hours ago")]
    public void ATimeStampUnderTheStandfirstIsNoParagraphBeforeTheDateline(string stamp)
    {
        var info = Read("Xi and Biden Meet in California\nThe two leaders agreed to resume military communications, in their first meeting in a year.\n"
            + "By David E. Sanger\nNov. 15, 2023\n" + stamp + "\nWOODSIDE, Calif. — President Biden and Xi Jinping met on Wednesday for four hours.\n");
        Assert.Equal("WOODSIDE", info.Dateline);
    }

    [Fact]
    public void ALongStandfirstMayComeBeforeACreditedDateline()
    {
        // France 24: a one-sentence summary of 215 characters, then the wire story's own dateline.
        const string Standfirst = "Russian President Vladimir Putin arrived in North Korea early on Wednesday for his first visit in 24 years, state media said, as the two countries seek to deepen military ties in defiance of Western sanctions.";
        Assert.Equal("Seoul", Read("Putin lands in Pyongyang\n" + Standfirst + "\n\nSeoul (AFP) – Russian President Vladimir Putin arrived in North Korea early Wednesday.\n").Dateline);
        // A story's second paragraph in capitals before a dash is no dateline after a long first one.
        Assert.Null(Read("Putin lands in Pyongyang\n" + Standfirst + "\n\nNATO — the alliance, which met on Wednesday, said it was watching the visit closely.\n").Dateline);
    }

    [Fact]
    public void AUnitedStatesZoneSaysNothingOfASlashedDatesOrder()
        => Assert.Null(Read("Headline of the story here\nUpdated 04/09/2023 4:05 PM EDT" + Body).Date);

    [Fact]
    public void SlashedDateWhoseOrderCannotBeToldIsNotGuessed()
    {
        // The 3rd of April or the 4th of March: nothing in the line says which.
        var info = Read("Headline of the story here\nPublished on 03/04/2024 - 14:05" + Body);
        Assert.Null(info.Date);
        Assert.Null(Read("Headline of the story here\nPublished on 03-04-2024 - 14:05" + Body).Date);
    }

    [Theory]
    // Drupal sites' "Wed, 06/05/2024 - 14:22": 5 June 2024 was a Wednesday, 6 May a Monday.
    [InlineData("Wed, 06/05/2024 - 14:22", "2024-06-05")]
    [InlineData("Mon, 06/05/2024 - 14:22", "2024-05-06")]
    [InlineData("Wednesday, 06/05/2024", "2024-06-05")]
    [InlineData("Thurs. 04/03/2024", null)] // 3 April 2024 was a Wednesday, 4 March a Monday: neither is read
    [InlineData("Sun 04/03/2024", null)]
    public void TheWeekdayAStampNamesTellsASlashedDatesOrder(string stamp, string? expected)
    {
        var date = Read("Headline of the story here\n" + stamp + Body).Date?.Date.ToString();
        Assert.Equal(expected, date);
    }

    [Theory]
    [InlineData("SEOUL, South Korea (AP) — North Korean leader Kim Jong Un supervised artillery drills, state media said.", "SEOUL", null)]
    [InlineData("Moscow (AFP) - Russian Foreign Minister Sergei Lavrov on Tuesday hosted his North Korean counterpart.", "Moscow", null)]
    [InlineData("VLADIVOSTOK, September 13. /TASS/. Russian President Vladimir Putin and Kim Jong Un held talks on Wednesday.", "VLADIVOSTOK", "September 13")]
    [InlineData("Pyongyang, November 29 (KCNA) -- Kim Jong Un received the delegation of the Russian Federation.", "Pyongyang", "November 29")]
    [InlineData("WASHINGTON, D.C. (Reuters) - The State Department said on Monday it was watching the talks closely.", "WASHINGTON", null)]
    [InlineData("TOKYO - Japanese Prime Minister Fumio Kishida and U.S. Secretary of State Antony Blinken agreed Wednesday to strengthen deterrence.", "TOKYO", null)]
    [InlineData("TOKYO: Japanese Prime Minister Fumio Kishida said on Monday that he wanted to hold a summit with Kim Jong Un.", "TOKYO", null)]
    [InlineData("MOSCOW, January 16 - RIA Novosti. Russian Foreign Minister Sergei Lavrov held talks with his North Korean counterpart.", "MOSCOW", "January 16")]
    [InlineData("Moscow, Jul 8 (PTI) Prime Minister Narendra Modi arrived here on Monday on a two-day visit.", "Moscow", "Jul 8")] // PTI: no dash after the credit
    [InlineData("PYONGYANG. Oct 19 (Interfax) - Russian Foreign Minister Sergei Lavrov and his North Korean counterpart held talks.", "PYONGYANG", "Oct 19")]
    [InlineData("WASHINGTON/SEOUL, Sept 13 (Reuters) - North Korean leader Kim Jong Un arrived in Russia on Tuesday.", "WASHINGTON/SEOUL", "Sept 13")]
    [InlineData("ASTANA. KAZINFORM – President Kassym-Jomart Tokayev held a telephone conversation with Vladimir Putin on Friday.", "ASTANA", null)] // credit in capitals after a period
    [InlineData("ULAANBAATAR, June 19 (MONTSAME). President Ukhnaa Khurelsukh received the Russian delegation.", "ULAANBAATAR", "June 19")] // a period after the credit
    [InlineData("New Delhi [India], June 19 (ANI): Prime Minister Narendra Modi spoke with Vladimir Putin on Wednesday.", "New Delhi", "June 19")] // ANI: the country in brackets
    [InlineData("Rome, Feb 12 (EFE).- Argentine President Javier Milei met on Monday with Italian Prime Minister Giorgia Meloni.", "Rome", "Feb 12")] // a period before the dash
    [InlineData("Brasília, Mar 28 (EFE).- Brazilian President Luiz Inácio Lula da Silva received Emmanuel Macron on Thursday.", "Brasília", "Mar 28")] // letters with diacritics
    [InlineData("SÃO PAULO, Mar 28 (Reuters) - Brazilian President Luiz Inácio Lula da Silva spoke on Thursday.", "SÃO PAULO", "Mar 28")]
    [InlineData("Bogotá, Colombia, Mar 28 (AP) — President Gustavo Petro spoke on Thursday.", "Bogotá", "Mar 28")]
    [InlineData("(ANSA) - ROME, OCT 10 - Premier Giorgia Meloni on Thursday met with Ukrainian President Volodymyr Zelensky.", "ROME", "OCT 10")] // the credit first
    [InlineData("Moscow, IRNA - Iranian Foreign Minister Abbas Araghchi met with his Russian counterpart Sergei Lavrov in Moscow on Friday.", "Moscow", null)]
    [InlineData("Aliyev meets Erdogan\n\nBaku, November 12, AZERTAC\n\nOn November 12, President Ilham Aliyev met with President Recep Tayyip Erdogan.", "Baku", "November 12")] // a paragraph of its own
    [InlineData("YEREVAN, NOVEMBER 27, ARMENPRESS. Prime Minister of Armenia Nikol Pashinyan met with President of Kyrgyzstan Sadyr Japarov.", "YEREVAN", "NOVEMBER 27")] // a period after the credit
    [InlineData("Berlin (dpa) - German Chancellor Olaf Scholz received Polish President Andrzej Duda on Thursday.", "Berlin", null)] // a credit in lower case
    // Anadolu: the place alone on its line, between the byline and the story.
    [InlineData("Turkish, Jordanian ministers discuss Gaza\n\nGokhan Ergocun  |06.01.2025 - Update : 06.01.2025\n\nANKARA\n\nTurkish Foreign Minister Hakan Fidan met his Jordanian counterpart Ayman Safadi on Monday.", "ANKARA", null)]
    // Arab News: the outlet's name alone on its line, above a story that opens on its own dateline.
    [InlineData("Saudi crown prince receives Pakistan PM\n\nUpdated 07 April 2024\n\nARAB NEWS\n\nRIYADH: Saudi Crown Prince Mohammed bin Salman received Shehbaz Sharif in Makkah on Sunday.", "RIYADH", null)]
    [InlineData("Saudi crown prince receives Pakistan PM\n\nUpdated 07 April 2024\n\nARAB NEWS\n\nRIYADH -- Saudi Crown Prince Mohammed bin Salman received Shehbaz Sharif in Makkah on Sunday.", "RIYADH", null)]
    [InlineData("BAKU, Azerbaijan, March 14. President of the Republic of Azerbaijan Ilham Aliyev has received Hakan Fidan, Trend reports.", "BAKU", "March 14")] // Trend: a period after the date
    // The Taipei Times: a standfirst in capitals before a colon, with no period at its end, opens no story.
    [InlineData("Taiwan, Guatemala sign agreements\n\nSTRENGTHENING TIES: Lai Ching-te met Guatemalan Foreign Minister Carlos Ramiro Martinez, who thanked Taiwan for its support\n\nBy Lin Chia-nan / Staff writer, with CNA\n\nVice President Lai Ching-te yesterday met the visiting minister.", null, null)]
    public void WireDatelinesOfOtherAgencies(string text, string? place, string? partial)
    {
        var info = Read(text);
        Assert.Equal((place, partial), (info.Dateline, info.PartialDate));
    }

    // Daily Sun: "Dhaka, March 14, 2024 — ...": a place, the full date and a dash, no agency.
    [Theory]
    [InlineData("Dhaka, March 14, 2024 — Turkish President Recep Tayyip Erdogan and Volodymyr Zelensky spoke by phone on Wednesday.", "Dhaka", "2024-03-14")]
    [InlineData("Washington, March 14, 2024 - The two ministers spoke by phone on Wednesday, officials said.", "Washington", "2024-03-14")]
    [InlineData("Dhaka, March 14 — Turkish President Recep Tayyip Erdogan and Volodymyr Zelensky spoke by phone on Wednesday.", null, null)] // no year, no credit: a capitalized word may open any paragraph
    public void ACapitalizedPlaceWithAFullDateAndADashIsADateline(string text, string? place, string? date)
    {
        var info = Read(text);
        Assert.Equal((place, date), (info.Dateline, info.Date?.Date.ToString()));
    }

    // Kabar spaces its slashes, SANA writes its hyphen against the credit, and KPL opens with its
    // credit and no place: each credit is the agency's, and the story starts after it.
    [Theory]
    [InlineData("Bishkek, March 14 / Kabar /. President Sadyr Japarov held talks with Xi Jinping in Beijing today.", "Bishkek", "March 14", "Kabar", "President")]
    [InlineData("Damascus, SANA- President Bashar al-Assad received on Thursday the Iranian Foreign Minister.", "Damascus", null, "SANA", "President")]
    [InlineData("(KPL) Prime Minister Sonexay Siphandone received a courtesy call from To Lam in Vientiane on March 13.", null, null, "KPL", "Prime")]
    public void SpacedSlashesAttachedHyphensAndLoneCredits(string text, string? place, string? partial, string credit, string storyOpens)
    {
        var info = Read(text);
        Assert.Equal((place, partial), (info.Dateline, info.PartialDate));
        Assert.Equal(credit, text.Substring(info.Credit!.Value.Start, info.Credit.Value.End - info.Credit.Value.Start));
        Assert.StartsWith(storyOpens, text.Substring(info.StoryStart), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ABU DHABI, 13th February, 2024 (WAM) -- President Sheikh Mohamed bin Zayed today received Narendra Modi.", "ABU DHABI", "2024-02-13", "WAM")]
    [InlineData("Riyadh, December 03, 2024, SPA -- Crown Prince Mohammed bin Salman received President Emmanuel Macron in Riyadh today.", "Riyadh", "2024-12-03", "SPA")]
    [InlineData("Addis Ababa, March 14/2024 (ENA) Prime Minister Abiy Ahmed held talks with Kenyan President William Ruto today.", "Addis Ababa", "2024-03-14", "ENA")] // the year after a slash
    [InlineData("Phnom Penh, March 14, 2024 AKP -- Cambodian Prime Minister Hun Manet paid a courtesy call on To Lam.", "Phnom Penh", "2024-03-14", "AKP")] // the credit unbracketed before two hyphens
    public void DatelinesThatStateTheYear(string text, string place, string date, string credit)
    {
        var info = Read(text);
        Assert.Equal((place, date, DateSource.Dateline), (info.Dateline, info.Date?.Date.ToString(), info.Date?.Source));
        Assert.Equal(credit, text.Substring(info.Credit!.Value.Start, info.Credit.Value.End - info.Credit.Value.Start));
    }

    [Theory]
    [InlineData("Kim arrives in Russia\n\nSeoul, South Korea CNN —\n\nNorth Korean leader Kim Jong Un has arrived in Russia, the Kremlin said Tuesday.", "Seoul")]
    // On its own line right under the byline's stamp, no blank between: still the story's dateline.
    [InlineData("Putin hosts Xi in Kazan\nUpdated 6:15 AM EDT, Wed October 23, 2024\nKazan, Russia CNN —\nRussian President Vladimir Putin welcomed Chinese leader Xi Jinping to Kazan on Tuesday.", "Kazan")]
    public void CnnsCreditInCapitalsWithoutBracketsMarksADateline(string text, string place)
    {
        var info = Read(text);
        Assert.Equal(place, info.Dateline);
        Assert.Equal("CNN", text.Substring(info.Credit!.Value.Start, info.Credit.Value.End - info.Credit.Value.Start));
    }

    [Fact]
    public void TheCreditAfterADashIsTheAgencys()
    {
        const string text = "MOSCOW, January 16 - RIA Novosti. Russian Foreign Minister Sergei Lavrov held talks with his North Korean counterpart.";
        var credit = Read(text).Credit!.Value;
        Assert.Equal("RIA Novosti", text.Substring(credit.Start, credit.End - credit.Start));
    }

    [Theory]
    [InlineData("Putin — who has ruled Russia for over two decades — met the visiting minister in the Kremlin on Tuesday.")]
    [InlineData("Kim (centre) - the leader of North Korea - inspected the launch site on Tuesday, state media said.")]
    [InlineData("Lavrov: the talks were useful, the minister told reporters after the meeting in Moscow on Tuesday.")]
    [InlineData("ROK-US talks on the nuclear threat ended on Tuesday without a statement, officials in Seoul said.")]
    [InlineData("UPDATE: Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Wednesday, state media said.")]
    [InlineData("WATCH: Kim Jong Un and Vladimir Putin shake hands at the Vostochny Cosmodrome on Wednesday.")]
    [InlineData("Kim - Putin. The two leaders met at the Vostochny Cosmodrome on Wednesday, state media said.")]
    [InlineData("Lavrov, Choe - the two ministers - met in Pyongyang on Wednesday, state media said.")]
    [InlineData("Moscow, Russia\n\nThe two ministers met in Pyongyang on Wednesday, state media said.")] // a short paragraph with no credit
    [InlineData("Putin, NATO -- and the war in Ukraine: what the two leaders discussed in Pyongyang on Wednesday.")]
    [InlineData("Kim (centre) - the leader of North Korea - inspected the launch site on Tuesday, state media said, as the KCNA showed him.")]
    [InlineData("Putin and Kim meet again\n\nADVERTISEMENT\n\nThe two leaders met at the Vostochny Cosmodrome on Wednesday, state media said.")] // a label alone on its line
    [InlineData("Putin and Kim meet again\n\nThe two leaders met at the Vostochny Cosmodrome on Wednesday.\n\nMOSCOW\n\nThe Kremlin said the talks went well.")] // not right above the story
    public void CapitalizedWordThenDashIsNotADateline(string text)
    {
        Assert.Null(Read(text).Dateline);
    }

    [Theory]
    [InlineData("The summit took place on September 13, 2023, at the Vostochny Cosmodrome in the Amur region of Russia.")]
    [InlineData("President Putin and the minister, January 16, 2024 © Photo: Agency photographer" + Body)]
    [InlineData("See https://example.com/2023-10-19/story for more on the meeting between the two ministers today.")]
    public void DatesInSentencesCaptionsAndUrlsAreNotPublicationDates(string text)
    {
        Assert.Null(Read(text).Date);
    }

    [Theory]
    [InlineData(" date 2023-02-30 Text.", "month 2 of 2023 has no day 30")]
    [InlineData(" date 2023-13-01 Text.", "there is no month 13")]
    public void ImpossibleHeaderDateIsAnError(string text, string reason)
    {
        var info = Read(text);
        Assert.Null(info.Date);
        var diagnostic = Assert.Single(info.Diagnostics);
        Assert.Equal("CG0003", diagnostic.Id);
        Assert.Equal((1, 7), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Contains(reason, diagnostic.FormatMessage());
    }
}
