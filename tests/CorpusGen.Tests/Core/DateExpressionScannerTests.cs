extern alias Generator;

using System;
using System.Linq;
using CorpusGen.Tests.Infrastructure;
using Xunit;
using CalendarDate = Generator::CorpusGen.Core.Model.CalendarDate;
using TemporalExpressions = Generator::CorpusGen.Core.Dates.TemporalExpressions;

namespace CorpusGen.Tests.Core;

/// <summary>
/// The dates stage matches date expressions with a scanner written out from its patterns, and asks
/// the patterns only where the scanner cannot be sure. Both readings must give the same mentions.
/// </summary>
public class DateExpressionScannerTests
{
    // Pieces of date expressions, near misses and what surrounds them, in assorted case.
    private static readonly string[] Tokens =
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Oct.", "Sept.", "Sep.", "Dec.",
        "october", "OCTOBER", "Mayor", "Marching", "Junes", "Octo",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "monday", "Sundays",
        "the", "The", "THE", "that", "That", "day", "Day", "days", "evening", "Night", "morning", "afternoon", "nights", "ago", "Ago", "before", "previous", "after", "next", "following", "same",
        "yesterday", "Today", "TODAY", "tomorrow", "Tonight", "earlier", "later", "last", "Last", "this", "This", "Next", "month", "week", "year", "years",
        "early", "mid", "late", "Mid", "EARLY", "mid-", "late-", "from", "From", "of", "in", "In", "to", "through", "until", "and", "And",
        "a", "A", "one", "two", "Two", "ten", "weeks", "Weeks", "weekend", "Weekend", "weekends",
        "-", "–", "—", ",", ".", ":", ";", "_", "x", "(", ")", "’", "“", "”",
        "1", "5", "05", "9", "12", "19", "31", "32", "123", "2023", "2024", "20234", "0000",
        "2023-10-19", "2023-1-5", "2023-13-40", "2023-10-19x", "1st", "2nd", "3rd", "4th", "13th", "21st", "22nd", "5to", "12-14", "12–14",
        "19:30", "10,000", "1.5", "5th7", "12and", "Sept.5", "Oct.19", "19October",
        "١٢", "２０２３", "é", "Café", "ſame", "K", "naïve", "\u0301",
    };

    private static readonly string[] Separators = { " ", " ", " ", " ", "  ", "\t", "\u00A0", ", ", "", "-", "\n", ". " };

    [Fact]
    public void ScannerAndPatternsAgree()
    {
        var random = new Random(20261123);
        var withDates = 0;
        for (var n = 0; n < 20000; n++)
        {
            var text = RandomDateText(random);
            CalendarDate? anchor = random.Next(3) == 0 ? null : new CalendarDate(2023, 10, 19);
            var scanned = new TemporalExpressions(anchor).Read(text, 0, text.Length);
            var patterns = TemporalExpressions.UsingPatternsOnly(anchor).Read(text, 0, text.Length);
            Assert.True(patterns.SequenceEqual(scanned), $"\"{text}\": patterns [{string.Join("; ", patterns)}], scanner [{string.Join("; ", scanned)}]");
            if (patterns.Length > 0) withDates++;
        }
        Assert.True(withDates > 8000, "too few texts with a date expression: " + withDates);
    }

    [Theory]
    [InlineData("from September 12 to 17, 2023 and on the 13th")]
    [InlineData("On Thursday, October 19, 2023, in mid-September and late last March")]
    [InlineData("12 and 14 of October 2023; Oct. 5; Sept.5; 2023-10-19")]
    [InlineData("the day before, the previous day, earlier that day, last week")]
    [InlineData("on October 12, two days later, A week earlier and ten days later")]
    [InlineData("on the 26th of July, The 1st of Sept. 2023, the 13th of the month and the 13th")]
    public void KnownTextsAgree(string text)
    {
        var anchor = new CalendarDate(2023, 10, 19);
        var scanned = new TemporalExpressions(anchor).Read(text, 0, text.Length);
        Assert.NotEmpty(scanned);
        Assert.Equal(TemporalExpressions.UsingPatternsOnly(anchor).Read(text, 0, text.Length), scanned);
    }

    private static string RandomDateText(Random random) => RandomText.Join(random, 10, Separators, r => RandomText.Pick(r, Tokens));
}
