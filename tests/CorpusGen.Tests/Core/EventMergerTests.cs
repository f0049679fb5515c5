using System.Linq;
using CorpusGen.Core.Events;
using CorpusGen.Core.Model;
using Xunit;

namespace CorpusGen.Tests.Core;

public class EventMergerTests
{
    private static EventSpec Event(EventKind kind, DateValue date, string article, string? place, params string[] participants)
        => new(
            "x", kind, date, participants.ToEquatableArray(), place,
            new EquatableArray<EventSourceSpec>(new[] { new EventSourceSpec(article, article + ".txt", new SourceSpan(0, 1, 1, 1), "s", kind, date, participants.ToEquatableArray()) }));

    private static readonly DateValue Sep13 = DateValue.OfDay(new CalendarDate(2023, 9, 13));
    private static readonly DateValue Sep = DateValue.OfMonth(2023, 9);

    [Fact]
    public void SameHappeningFromSeveralArticlesIsOneEventWithEverySource()
    {
        var merged = EventMerger.Merge(new[]
        {
            Event(EventKind.Summit, Sep13, "000", "Vostochny", "Kim", "Putin"),
            Event(EventKind.Meeting, Sep, "003", "Amur", "Kim", "Putin"),
            Event(EventKind.Summit, Sep13, "002", null, "Kim", "Putin"),
        });
        var summit = Assert.Single(merged);
        Assert.Equal(EventKind.Summit, summit.Kind);
        Assert.Equal("2023-09-13", summit.Date.ToString());
        Assert.Equal("Vostochny", summit.PlaceId);
        Assert.Equal(new[] { "000", "002", "003" }, summit.Sources.Select(s => s.ArticleId));
        Assert.Equal("2023-09-13-Summit-Kim-Putin", summit.Id);
    }

    [Fact]
    public void VisitsInTwoMonthsInARowStayTwo()
        // August 31 and September 1 touch, but a month is no day a visit could go on from.
        => Assert.Equal(2, EventMerger.Merge(new[]
        {
            Event(EventKind.Visit, DateValue.OfMonth(2023, 8), "001", "Moscow", "Choe"),
            Event(EventKind.Visit, Sep, "002", "Moscow", "Choe"),
        }).Count);

    [Fact]
    public void AnArrivalTheDayBeforeAVisitsDaysIsThatVisit()
        // Whichever report comes first: the arrival on the 12th goes on into the talks of the 13th-14th.
        => Assert.Single(EventMerger.Merge(new[]
        {
            Event(EventKind.Visit, DateValue.OfDay(new CalendarDate(2023, 9, 12)), "001", "Moscow", "Choe"),
            Event(EventKind.Visit, new DateValue(new CalendarDate(2023, 9, 13), new CalendarDate(2023, 9, 14), DatePrecision.Range), "002", "Moscow", "Choe"),
        }));

    private static readonly string[] Countries = { "NorthKorea", "Vietnam", "Russia" };

    private static DateValue Days(int month, int first, int last)
        => first == last ? DateValue.OfDay(new CalendarDate(2024, month, first)) : new DateValue(new CalendarDate(2024, month, first), new CalendarDate(2024, month, last), DatePrecision.Range);

    [Fact]
    public void AJourneyOnToAnotherCountryTheDayAfterIsAnotherVisit()
        // Putin in North Korea on the 18th-19th, then in Vietnam on the 20th.
        => Assert.Equal(2, EventMerger.Merge(new[]
        {
            Event(EventKind.Visit, Days(6, 18, 19), "001", "NorthKorea", "Putin"),
            Event(EventKind.Visit, Days(6, 20, 20), "002", "Vietnam", "Putin"),
        }, Countries).Count);

    [Fact]
    public void TwoCountriesOnOneDayAreTwoVisits()
        // "arrived in North Korea early Wednesday", "will travel on to Vietnam on Wednesday evening".
        => Assert.Equal(2, EventMerger.Merge(new[]
        {
            Event(EventKind.Visit, Days(6, 19, 19), "001", "NorthKorea", "Putin"),
            Event(EventKind.Visit, Days(6, 19, 19), "001", "Vietnam", "Putin"),
        }, Countries).Count);

    [Fact]
    public void ACountrysVisitBeginningOnACitysLastDayIsAJourneyOn()
        // Pyongyang on the 18th and 19th, "later that day, Putin left for Vietnam" on the 19th.
        => Assert.Equal(2, EventMerger.Merge(new[]
        {
            Event(EventKind.Visit, Days(6, 18, 19), "001", "Pyongyang", "Putin"),
            Event(EventKind.Visit, Days(6, 19, 19), "001", "Vietnam", "Putin"),
        }, Countries).Count);

    [Theory]
    [InlineData(20, 20, 20, 22)] // "arrived in Moscow on Monday for a three-day visit to Russia"
    [InlineData(21, 21, 20, 22)] // "held talks in Moscow on Tuesday" during the visit to Russia
    public void ACityWithinACountrysVisitIsThatVisit(int cityFirst, int cityLast, int countryFirst, int countryLast)
        => Assert.Single(EventMerger.Merge(new[]
        {
            Event(EventKind.Visit, Days(3, cityFirst, cityLast), "001", "Moscow", "Xi"),
            Event(EventKind.Visit, Days(3, countryFirst, countryLast), "002", "Russia", "Xi"),
        }, Countries));

    [Fact]
    public void ACityAndACountryADayApartMayBeOneVisit()
        // "arrived in Moscow on Monday", "the second day of his visit to Russia": one journey.
        => Assert.Single(EventMerger.Merge(new[]
        {
            Event(EventKind.Visit, Days(3, 20, 20), "001", "Moscow", "Xi"),
            Event(EventKind.Visit, Days(3, 21, 21), "001", "Russia", "Xi"),
        }, Countries));

    [Fact]
    public void ACountryEnteredTheDayAfterACityIsAJourneyOn()
        // "landed in Pyongyang on Wednesday", "is scheduled to travel to Vietnam on Thursday".
        => Assert.Equal(2, EventMerger.Merge(new[]
        {
            Event(EventKind.Visit, Days(6, 19, 19), "001", "Pyongyang", "Putin"),
            Event(EventKind.Visit, Days(6, 20, 20), "001", "Vietnam", "Putin") with { Entry = true },
        }, Countries).Count);

    [Fact]
    public void ACountryThenACityTheDayAfterIsAJourneyOn()
        // "wrapped up a visit to North Korea on Thursday", "left Pyongyang for Beijing on Friday".
        => Assert.Equal(2, EventMerger.Merge(new[]
        {
            Event(EventKind.Visit, Days(10, 19, 19), "001", "NorthKorea", "Lavrov"),
            Event(EventKind.Visit, Days(10, 20, 20), "001", "Beijing", "Lavrov"),
        }, Countries).Count);

    [Fact]
    public void TheFullerOfTwoAsPreciseReportsKeepsItsParticipants()
        // A trilateral summit and the bilateral meeting on its sidelines, the same day: one event,
        // with the summit's three (whichever report comes first, and whatever the kinds' names).
        => Assert.Equal(new[] { "Biden", "Kishida", "Yoon" }, Assert.Single(EventMerger.Merge(new[]
        {
            Event(EventKind.Meeting, Days(8, 18, 18), "001", null, "Kishida", "Yoon"),
            Event(EventKind.Summit, Days(8, 18, 18), "001", null, "Biden", "Kishida", "Yoon"),
        })).ParticipantIds);

    [Fact]
    public void AnArrivalGoesWithTheVisitItSharesADayWith()
    {
        // "arrived in Hanoi on Thursday": Thursday's visit to Vietnam, not the one to North Korea before it.
        var merged = EventMerger.Merge(new[]
        {
            Event(EventKind.Visit, Days(6, 18, 19), "001", "NorthKorea", "Putin"),
            Event(EventKind.Visit, Days(6, 20, 20), "002", "Vietnam", "Putin"),
            Event(EventKind.Visit, Days(6, 20, 20), "003", "Hanoi", "Putin"),
        }, Countries);
        Assert.Equal(new[] { "001", "002 003" }, merged.Select(e => string.Join(" ", e.Sources.Select(s => s.ArticleId))));
    }

    [Fact]
    public void PlacesOfOneDayAtDifferentGrainsAreOneVisit()
        => Assert.Single(EventMerger.Merge(new[]
        {
            Event(EventKind.Visit, Days(6, 18, 19), "001", "NorthKorea", "Putin"),
            Event(EventKind.Visit, Days(6, 19, 19), "002", "Pyongyang", "Putin"),
        }, Countries));

    [Fact]
    public void ASentenceReadAsTwoKindsIsOneSource()
    {
        // "Kim met Putin and held talks": a meeting and talks, one happening, one sentence.
        var merged = Assert.Single(EventMerger.Merge(new[]
        {
            Event(EventKind.Meeting, Sep13, "000", null, "Kim", "Putin"),
            Event(EventKind.Talks, Sep13, "000", null, "Kim", "Putin"),
        }));
        Assert.Single(merged.Sources);
    }

    [Fact]
    public void DifferentPeopleOrDaysStayApart()
    {
        var merged = EventMerger.Merge(new[]
        {
            Event(EventKind.Meeting, Sep13, "000", null, "Lavrov", "Kim"),
            Event(EventKind.Meeting, Sep13, "000", null, "Lavrov", "Choe"),
            Event(EventKind.Meeting, DateValue.OfDay(new CalendarDate(2023, 9, 20)), "000", null, "Lavrov", "Kim"),
            Event(EventKind.Visit, Sep13, "000", null, "Lavrov"),
        });
        Assert.Equal(4, merged.Count);
        Assert.Equal(merged.Count, merged.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void ResultDoesNotDependOnInputOrder()
    {
        var events = new[]
        {
            Event(EventKind.Summit, Sep13, "000", "V", "Kim", "Putin"),
            Event(EventKind.Summit, Sep, "003", null, "Kim", "Putin"),
            Event(EventKind.Visit, Sep, "004", "Russia", "Kim"),
        };
        Assert.Equal(EventMerger.Merge(events), EventMerger.Merge(events.Reverse()));
    }

    [Fact]
    public void ReportsStartingInDifferentMonthsOfOneVisitAreOneEvent()
    {
        // Merging runs per start month; a visit running into the next month must still meet the
        // report of one of its later days.
        var visit = new DateValue(new CalendarDate(2023, 9, 28), new CalendarDate(2023, 10, 2), DatePrecision.Range);
        var merged = EventMerger.Merge(new[]
        {
            Event(EventKind.Visit, visit, "000", "Russia", "Kim"),
            Event(EventKind.Visit, DateValue.OfDay(new CalendarDate(2023, 10, 1)), "001", null, "Kim"),
            Event(EventKind.Visit, DateValue.OfDay(new CalendarDate(2023, 10, 1)), "002", null, "Lavrov"),
        });
        Assert.Equal(2, merged.Count);
        var kim = Assert.Single(merged, e => e.ParticipantIds.Contains("Kim"));
        Assert.Equal(new[] { "000", "001" }, kim.Sources.Select(s => s.ArticleId));
        Assert.Equal("Russia", kim.PlaceId);
        Assert.Equal(merged.Count, merged.Select(e => e.Id).Distinct().Count());
    }
}
