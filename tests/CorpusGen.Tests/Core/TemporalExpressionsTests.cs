using System.Linq;
using CorpusGen.Core.Dates;
using CorpusGen.Core.Model;
using Xunit;

namespace CorpusGen.Tests.Core;

public class TemporalExpressionsTests
{
    private static string[] Resolve(string text, CalendarDate? anchor)
        => new TemporalExpressions(anchor).Read(text, 0, text.Length).Select(m => m.Value?.ToString() ?? "?").ToArray();

    private static readonly CalendarDate Oct19 = new(2023, 10, 19);

    [Theory]
    [InlineData("on Thursday, October 19", "2023-10-19")]
    [InlineData("on October 19", "2023-10-19")]
    [InlineData("on January 16, 2024", "2024-01-16")]
    [InlineData("on 17 Jan, 2024", "2024-01-17")]
    [InlineData("from September 12 to 17", "2023-09-12/2023-09-17")]
    [InlineData("January 15-17, 2024", "2024-01-15/2024-01-17")]
    [InlineData("in September", "2023-09")]
    [InlineData("in mid-September", "2023-09")]
    [InlineData("last month", "2023-09")]
    [InlineData("in September 2023", "2023-09")]
    [InlineData("on Tuesday", "2023-10-17")]
    [InlineData("yesterday", "2023-10-18")]
    [InlineData("tomorrow", "2023-10-20")]
    [InlineData("Kim will arrive tonight.", "2023-10-19")]
    [InlineData("Hun Manet paid a courtesy call on To Lam this morning.", "2023-10-19")] // the story's own day
    [InlineData("Kim will meet Putin this evening.", "2023-10-19")]
    // A weekend is its Saturday and Sunday: the last one (the 14th and 15th), or the next after a future form.
    [InlineData("Kim met Putin over the weekend.", "2023-10-14/2023-10-15")]
    [InlineData("Kim met Putin last weekend.", "2023-10-14/2023-10-15")]
    [InlineData("Kim will meet Putin this weekend.", "2023-10-21/2023-10-22")]
    [InlineData("Kim is expected to meet Putin at the weekend.", "2023-10-21/2023-10-22")]
    [InlineData("Kim will meet Putin next weekend.", "2023-10-21/2023-10-22")]
    // A weekday in local time may be the day after the publication's (bylined in New York, say).
    [InlineData("Kim arrived early Friday local time.", "2023-10-20")]
    [InlineData("Kim arrived on Friday morning (local time).", "2023-10-20")]
    [InlineData("Kim arrived early Friday.", "2023-10-13")] // without it, news reports the past
    [InlineData("Kim arrived on Tuesday local time.", "2023-10-17")] // a zone is never more than a day
    [InlineData("Kim met Putin two days ago.", "2023-10-17")] // counted from the publication
    [InlineData("Kim met Putin a week ago.", "2023-10-12")]
    [InlineData("The two are expected to meet again later this month.", "2023-10-20/2023-10-31")] // the rest of the month, not a day already told
    [InlineData("The two met earlier this month.", "2023-10-01/2023-10-18")] // the days before the story's, never its own day
    [InlineData("The Kremlin said that Kim would visit on Friday.", "2023-10-20")] // "would" of reported speech is its future
    [InlineData("Kim would visit Moscow on Friday, the Kremlin said.", "2023-10-20")]
    [InlineData("Kim arrived in Moscow and would meet Putin on Friday.", "2023-10-13")] // the story's own "would" is a past's future
    public void ResolvesAgainstThePublicationDate(string text, string expected)
        => Assert.Equal(new[] { expected }, Resolve(text, Oct19));

    [Theory]
    // Published 2023-11-28: a day and month without a year are the nearest, leaning to the past.
    [InlineData("The two last met on Jan. 16.", "2023-01-16")]
    [InlineData("The two will meet on Jan. 16.", "2024-01-16")] // said of what is to come
    [InlineData("The two met on Nov. 20.", "2023-11-20")]
    [InlineData("The two are to meet on Dec. 2.", "2023-12-02")] // a few days ahead is still the nearest
    [InlineData("Xi will pay a state visit from May 7 to 10.", "2024-05-07/2024-05-10")] // said of what is to come, ahead wins when nearer than twice the distance back
    [InlineData("Kim will visit Moscow, a month after he met Putin on Oct. 3.", "2023-10-03")] // but not a past day far nearer
    public void ADayWithoutAYearIsTheNearestLeaningToThePast(string text, string expected)
        => Assert.Equal(new[] { expected }, Resolve(text, new CalendarDate(2023, 11, 28)));

    [Theory]
    // Published Thursday 2023-10-19; its week runs from Monday the 16th.
    [InlineData("in September last year", "2022-09")]
    [InlineData("in March next year", "2024-03")]
    [InlineData("in December this year", "2023-12")]
    [InlineData("on Tuesday last week", "2023-10-10")]
    [InlineData("on Friday next week", "2023-10-27")]
    [InlineData("on Monday this week", "2023-10-16")]
    [InlineData("on Tuesday and Wednesday", "2023-10-17/2023-10-18")]
    [InlineData("from Monday to Wednesday", "2023-10-16/2023-10-18")]
    [InlineData("from Monday through Wednesday", "2023-10-16/2023-10-18")]
    [InlineData("on Monday-Tuesday", "2023-10-16/2023-10-17")]
    [InlineData("on Monday – Wednesday", "2023-10-16/2023-10-18")]
    [InlineData("between Monday and Wednesday", "2023-10-16/2023-10-18")]
    [InlineData("between October 2 and October 4", "2023-10-02/2023-10-04")]
    [InlineData("from October 2 through October 4", "2023-10-02/2023-10-04")]
    [InlineData("from Sept. 28 to Oct. 2", "2023-09-28/2023-10-02")]
    [InlineData("on 28 September – 2 October", "2023-09-28/2023-10-02")]
    public void TwoExpressionsThatMakeOneDateAreReadAsOne(string text, string expected)
        => Assert.Equal(new[] { expected }, Resolve(text, Oct19));

    [Theory]
    [InlineData("on Monday and Wednesday", "2023-10-16", "2023-10-18")] // two days, not the span between
    [InlineData("Putin on Monday and Kim on Tuesday", "2023-10-16", "2023-10-17")]
    [InlineData("The talks were postponed from October 2 to October 9", "2023-10-02", "2023-10-09")] // moved, no span
    [InlineData("Kim met Putin on October 2 and Lavrov on October 4", "2023-10-02", "2023-10-04")]
    public void DatesThatAreNotOneSpanStayApart(string text, string first, string second)
        => Assert.Equal(new[] { first, second }, Resolve(text, Oct19));

    [Theory]
    // Published Thursday 2023-10-19: a bare weekday is the last one, unless the sentence says it is to come.
    [InlineData("Kim met Putin on Tuesday.", "2023-10-17")]
    [InlineData("Kim will meet Putin on Tuesday.", "2023-10-24")]
    [InlineData("He is expected to meet Putin on Saturday.", "2023-10-21")]
    [InlineData("The talks are scheduled to open on Thursday.", "2023-10-19")]
    [InlineData("Talks were postponed due to rain on Tuesday.", "2023-10-17")] // "due to" is "because of"
    [InlineData("Kim showed his willpower on Tuesday.", "2023-10-17")] // "will" only as a word
    [InlineData("“We will win,” Kim said on Tuesday.", "2023-10-17")] // the quote's future, not the sentence's
    [InlineData("\"We will win,\" Kim said on Tuesday.", "2023-10-17")]
    [InlineData("Kim said: “I will see Putin on Tuesday.”", "2023-10-24")] // the weekday inside the quote
    [InlineData("Kim, “a friend,” will meet Putin on Tuesday.", "2023-10-24")]
    [InlineData("On Tuesday, Kim will meet Putin.", "2023-10-24")] // a weekday put first, the future after it
    [InlineData("Saturday, Russian Foreign Minister Sergei Lavrov is expected to arrive.", "2023-10-21")]
    [InlineData("On Tuesday, Kim said he will meet Putin.", "2023-10-17")] // what he said is to come, not when he said it
    [InlineData("On Tuesday, Kim met Putin and will return.", "2023-10-17")]
    [InlineData("Kim will travel to Moscow soon, the Kremlin said on Tuesday.", "2023-10-17")] // the report's day, after its verb
    [InlineData("Putin said Kim will visit Moscow on Tuesday.", "2023-10-24")] // the future after the verb of saying
    public void AWeekdayInTheFutureTenseIsTheNextOne(string text, string expected)
        => Assert.Equal(new[] { expected }, Resolve(text, Oct19));

    [Theory]
    // A timeline's entries: a colon after the date opens the entry; only a colon before digits makes a time.
    [InlineData("April 25, 2019: Kim meets Putin in Vladivostok.", "2019-04-25")]
    [InlineData("Sept. 13: Kim meets Putin.", "2023-09-13")]
    [InlineData("Kim met Putin on May 5:30 p.m.", "2023-05")]
    public void ADateBeforeAColonIsATimelinesEntryUnlessATimeFollows(string text, string expected)
        => Assert.Equal(new[] { expected }, Resolve(text, Oct19));

    [Theory]
    [InlineData("Kim arrived on Tuesday. Putin met him later in the day.")]
    [InlineData("Kim arrived on Tuesday. Earlier in the day, Putin had landed.")]
    [InlineData("Kim arrived on Tuesday. Earlier that day, Putin had landed.")] // the weekday ends its sentence: it repeats nothing
    [InlineData("Kim arrived on Tuesday, and the two leaders held an informal dinner that evening.")]
    [InlineData("Kim arrived on Tuesday. Later that night, Putin met him at the station.")]
    [InlineData("Kim arrived on Tuesday. Earlier that morning, Putin had landed.")]
    [InlineData("Kim arrived on Tuesday. Hours earlier, Putin had landed.")]
    [InlineData("Kim arrived on Tuesday. Two hours later, Putin met him at the station.")]
    [InlineData("Kim, who arrived on Tuesday, was hosted by Putin for a dinner the same evening.")]
    [InlineData("Kim arrived on Tuesday. Putin met him the same night.")]
    public void EarlierOrLaterInTheDayIsTheDayJustMentioned(string text)
        => Assert.Equal(new[] { "2023-10-17", "2023-10-17" }, Resolve(text, Oct19));

    [Theory]
    [InlineData("Biden met Yoon on Wednesday. Yoon is on a visit that began Monday. Biden hosted a dinner later in the day.", "2023-10-16")]
    [InlineData("Biden met Yoon on Wednesday. Yoon is on a visit which started on Monday. Biden hosted a dinner later in the day.", "2023-10-16")]
    public void TheDayARelativeClauseSaysASpanBeganIsNotTheStorysDay(string text, string began)
        => Assert.Equal(new[] { "2023-10-18", began, "2023-10-18" }, Resolve(text, Oct19)); // Korea Times

    [Fact]
    public void AgoCountsFromThePublicationNotFromTheDayJustMentioned()
        => Assert.Equal(new[] { "2023-10-16", "2023-10-12" }, Resolve("Kim arrived on Monday. He met Putin a week ago.", Oct19));

    [Fact]
    public void DayBeforeIsRelativeToTheDateJustMentioned()
        => Assert.Equal(new[] { "2023-10-19", "2023-10-18" }, Resolve("Prior to this, on October 19, they met. The day before, he arrived.", new CalendarDate(2023, 10, 28)));

    [Theory]
    [InlineData("Kim met Shoigu on the 26th of July.", "2023-07-26")]
    [InlineData("The talks ended on the 1st of September 2022.", "2022-09-01")]
    public void TheNthOfAMonthIsThatDay(string text, string expected)
        => Assert.Equal(new[] { expected }, Resolve(text, Oct19));

    [Fact]
    public void OrdinalDayFallsInsideTheStatedRange()
        => Assert.Equal(new[] { "2023-09-12/2023-09-17", "2023-09-13" }, Resolve("from September 12 to 17, Kim met Putin on the 13th", Oct19));

    [Theory]
    // Published Thursday 2023-10-19.
    [InlineData("He was to travel to Israel on Friday.", new[] { "2023-10-20" })] // a future seen from the story's day
    [InlineData("Choe will visit Russia from October 30 to November 1. She is expected to meet Lavrov on Tuesday.", new[] { "2023-10-30/2023-11-01", "2023-10-31" })] // a day of the span ahead
    [InlineData("Choe visited Russia from October 9 to 11. She will meet Lavrov on Tuesday.", new[] { "2023-10-09/2023-10-11", "2023-10-24" })] // not of one gone by
    [InlineData("Kim, on his sixth trip since the war began in September, arrived.", new[] { "?" })] // the war's start, no day of the trip
    [InlineData("It was their first meeting since April 2019.", new[] { "2019-04" })] // right after "since": the last time it happened
    [InlineData("It was the first time since April 2019 that the two met.", new[] { "2019-04" })]
    [InlineData("Blinken, on his sixth trip to the region since October 7, will travel to Cairo.", new[] { "?" })] // the count's start, no day of the trip
    [InlineData("Ruto has been in Addis Ababa since Tuesday.", new[] { "?" })] // the stay's start
    [InlineData("Ramaphosa is in Brazil on a state visit until Saturday.", new[] { "?" })] // the stay's end
    [InlineData("Ramaphosa will stay till October 21.", new[] { "?" })]
    [InlineData("The talks ran from Monday until Wednesday.", new[] { "2023-10-16/2023-10-18" })] // a span's two ends
    [InlineData("It was his first trip abroad since he replaced Sergei Shoigu as defense minister in May.", new[] { "?" })] // a long clause
    [InlineData("They will discuss the treaty signed by Putin and Kim in June.", new[] { "2023-06" })] // a participle with its agent: the past
    [InlineData("The treaty will be signed by Putin and Kim in June.", new[] { "2024-06" })]
    public void WasToAndSinceClauses(string text, string[] expected)
        => Assert.Equal(expected, Resolve(text, Oct19));

    [Theory]
    // Published Thursday 2023-10-19: a possessive day after "ahead of" is the first such day from the day just told.
    [InlineData("Kim arrived on Tuesday ahead of Wednesday's summit.", new[] { "2023-10-17", "2023-10-18" })]
    [InlineData("Kim arrived ahead of Saturday's summit.", new[] { "2023-10-21" })] // from the publication
    [InlineData("Kim met Putin on Saturday.", new[] { "2023-10-14" })] // without the phrase, news reports the past
    public void APossessiveDayAheadOfTheStoryIsTheNextOne(string text, string[] expected)
        => Assert.Equal(expected, Resolve(text, Oct19));

    [Theory]
    // Published Thursday 2023-10-19: a clause of the past after "after", "since" or "when" is not
    // the future told before it.
    [InlineData("Netanyahu will send a delegation, a week after Blinken visited Israel on Friday.", new[] { "2023-10-13" })]
    [InlineData("Netanyahu said he would send a delegation after Blinken met Kim on Tuesday.", new[] { "2023-10-17" })]
    [InlineData("Kim will meet Putin on Friday, after he arrived on Tuesday.", new[] { "2023-10-20", "2023-10-17" })]
    [InlineData("Kim will meet Putin, after arriving on Tuesday.", new[] { "2023-10-24" })]
    [InlineData("Kim will meet Putin after talks that are expected on Tuesday.", new[] { "2023-10-24" })]
    public void APastClauseAfterAFutureIsInThePast(string text, string[] expected)
        => Assert.Equal(expected, Resolve(text, Oct19));

    [Theory]
    // A day of the month alone, published 2023-10-19: the last such day, or the next one ahead.
    [InlineData("Kim met Putin on the 13th.", new[] { "2023-10-13" })]
    [InlineData("Kim met Putin on the 25th in Moscow.", new[] { "2023-09-25" })]
    [InlineData("Kim will meet Putin on the 25th.", new[] { "2023-10-25" })]
    [InlineData("On the 19th Putin met Kim.", new[] { "2023-10-19" })]
    // Next to a day just told: the nearest, in either direction, across a month's end.
    [InlineData("Kim arrived on September 29. On the 30th he met Putin.", new[] { "2023-09-29", "2023-09-30" })]
    [InlineData("Kim arrived on September 29. On the 1st, he met Putin.", new[] { "2023-09-29", "2023-10-01" })]
    [InlineData("Kim arrived on October 2. On the 30th he met Putin.", new[] { "2023-10-02", "2023-09-30" })]
    // Ordinals of something else are no dates.
    [InlineData("Kim met Putin on the 19th floor.", new[] { "?" })]
    [InlineData("Kim spoke of the 19th century.", new[] { "?" })]
    [InlineData("Kim met Putin in the 2nd round of talks.", new[] { "?" })]
    [InlineData("On the 2nd day of talks Kim spoke at length.", new[] { "?" })]
    public void OnADayOfTheMonthAloneIsTheNearestSuchDay(string text, string[] expected)
        => Assert.Equal(expected, Resolve(text, Oct19));

    [Theory]
    // Published 2023-10-19: a month without a year said of what is to come is the next one.
    [InlineData("Kim will visit Moscow in August.", "2024-08")]
    [InlineData("They discussed the upcoming summit in March.", "2024-03")]
    [InlineData("They discussed Putin's planned visit in August.", "2024-08")]
    [InlineData("Kim visited Moscow in August.", "2023-08")] // the past, as before
    public void AMonthSaidOfWhatIsToComeIsTheNextOne(string text, string expected)
        => Assert.Equal(new[] { expected }, Resolve(text, Oct19));

    [Fact]
    public void LastSeptemberFromJanuaryIsTheYearBefore()
        => Assert.Equal(new[] { "2023-09" }, Resolve("visited Russia last September", new CalendarDate(2024, 1, 17)));

    [Fact]
    public void DecemberMentionedInJanuaryIsTheYearBefore()
        => Assert.Equal(new[] { "2023-12-28" }, Resolve("on December 28", new CalendarDate(2024, 1, 17)));

    [Fact]
    public void WithoutAnAnchorNothingIsGuessed()
        => Assert.Equal(new[] { "?", "?", "?" }, Resolve("last month, on Tuesday, on October 20", null));

    [Fact]
    public void WithoutAnAnchorAYearTheTextStatesCarriesOver()
        => Assert.Equal(new[] { "2023-09", "2023-09" }, Resolve("in September 2023 ... In mid-September", null));

    // Hurriyet, no publication date: "in March last year" is counted from a year nobody told, not
    // the March of the year the text spoke of last.
    [Theory]
    [InlineData("on April 22, 2024 ... in March last year", "2024-04-22|?")]
    [InlineData("on April 22, 2024 ... on Thursday last week", "2024-04-22|?")]
    [InlineData("on April 22, 2024 ... in March", "2024-04-22|2024-03")] // a month alone still takes the year told
    public void WithoutAnAnchorAYearOrWeekCountedFromItIsNoDate(string text, string expected)
        => Assert.Equal(expected, string.Join("|", Resolve(text, null)));

    // Read tries the patterns only where a cheap test of the first word says one may match: every
    // character that test lets through after one or two digits, a dash after four, and openers in
    // any case, each with an expression that needs it.
    [Theory]
    [InlineData("on 5 October", "2023-10-05")]
    [InlineData("on 5th October", "2023-10-05")]
    [InlineData("on 1st October", "2023-10-01")]
    [InlineData("on 2nd October", "2023-10-02")]
    [InlineData("on 3rd October", "2023-10-03")]
    [InlineData("12-14 October", "2023-10-12/2023-10-14")]
    [InlineData("12–14 October", "2023-10-12/2023-10-14")]
    [InlineData("12—14 October", "2023-10-12/2023-10-14")]
    [InlineData("12to14 October", "2023-10-12/2023-10-14")]
    [InlineData("12and14 October", "2023-10-12/2023-10-14")]
    [InlineData("12\u00A0October", "2023-10-12")]
    [InlineData("on 2023-10-05", "2023-10-05")]
    [InlineData("LAST MONTH", "2023-09")]
    [InlineData("The Day Before", "2023-10-18")]
    [InlineData("EARLIER THAT DAY", "2023-10-19")]
    [InlineData("on ١٢ October", "2023-10-12")]
    [InlineData("on １２ October ２０２３", "2023-10-12")]
    public void FindsExpressionsWhateverTheirFirstCharacter(string text, string expected)
        => Assert.Equal(new[] { expected }, Resolve(System.Text.RegularExpressions.Regex.Unescape(text), Oct19));

    [Theory]
    [InlineData("2023 saw 10,000 people and 1.5 million more come at 10:30 to 123 places")]
    [InlineData("the 100th day")]
    [InlineData("the 2019 summit, in 20190 cases, in 2019.5 hours, in 1899")]
    public void NumbersThatOpenNoExpressionAreSkipped(string text)
        => Assert.Empty(Resolve(text, Oct19));

    [Theory]
    [InlineData("She met Putin in 2019.")]
    [InlineData("the first since early 2019")]
    [InlineData("She visited Vladivostok earlier in the week.")]
    [InlineData("He will return later in the year.")]
    public void AYearOrAWeekAloneIsATimeTheCorpusDoesNotRecord(string text)
        // Found, so that the sentence is not read as going on at the time of the one before.
        => Assert.Equal(new[] { "?" }, Resolve(text, Oct19));

    [Theory]
    [InlineData("in September 0000", 2023)]
    [InlineData("yesterday", 1)]
    [InlineData("last month", 1)]
    [InlineData("the next day", 9999)]
    public void DatesPastTheCalendarStayUnresolved(string text, int anchorYear)
    {
        var anchor = anchorYear == 9999 ? new CalendarDate(9999, 12, 31) : new CalendarDate(anchorYear, 1, 1);
        Assert.Equal(new[] { "?" }, Resolve(text, anchor));
    }

    [Theory]
    [InlineData("on October 12, and two days later", "2023-10-12|2023-10-14")]
    [InlineData("on October 12. A week earlier", "2023-10-12|2023-10-05")]
    [InlineData("Two days later", "?")] // counted from a day the text spoke of, never from the publication
    [InlineData("in October, and a day later", "2023-10|?")]
    public void ALapseCountsFromTheDayTheTextSpokeOfLast(string text, string expected)
        => Assert.Equal(expected.Split('|'), Resolve(text, Oct19));

    [Fact]
    public void ModalMayIsNotAMonth()
        => Assert.Empty(Resolve("they may meet again", Oct19));
    // A future seen from a report's day that the sentence states ("announced on Monday that ... would
    // visit on Tuesday") is the first such day after the report; with no day of the report, or with
    // "will", the first from the publication.
    [Theory]
    [InlineData("The Kremlin announced on Monday that Putin would visit North Korea on Tuesday and Wednesday.", new[] { "2023-10-16", "2023-10-17/2023-10-18" })]
    [InlineData("Peskov said on Tuesday that Lavrov would arrive on Wednesday.", new[] { "2023-10-17", "2023-10-18" })]
    [InlineData("Peskov said that Lavrov would arrive on Saturday.", new[] { "2023-10-21" })]
    [InlineData("Peskov said on Tuesday that Lavrov will arrive on Saturday.", new[] { "2023-10-17", "2023-10-21" })]
    public void AFutureToldOnAReportsDayCountsFromThatDay(string text, string[] expected)
        => Assert.Equal(expected, Resolve(text, Oct19));
}
