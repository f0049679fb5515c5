using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace CorpusGen.Core.Reading
{
    /// <summary>Month and weekday names in English, full and abbreviated.</summary>
    public static class CalendarWords
    {
        /// <summary>Regex alternation for month names (longest first), capitalized as written in text.</summary>
        public const string MonthPattern =
            "January|February|March|April|May|June|July|August|September|October|November|December|" +
            "Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec";

        /// <summary>Regex alternation for weekday names.</summary>
        public const string WeekdayPattern = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

        private static readonly Dictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
            ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
            ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11,
            ["december"] = 12, ["dec"] = 12,
        };

        private static readonly Dictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
        {
            ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
            ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
        };

        // Weekdays as stamps abbreviate them ("Wed, 06/05/2024"); apart from Weekdays, since "sat"
        // and "sun" are words too.
        private static readonly Dictionary<string, DayOfWeek> WeekdayAbbreviations = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
        {
            ["mon"] = DayOfWeek.Monday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday, ["wed"] = DayOfWeek.Wednesday,
            ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday, ["fri"] = DayOfWeek.Friday,
            ["sat"] = DayOfWeek.Saturday, ["sun"] = DayOfWeek.Sunday,
        };

        /// <summary>The month number of a month name or abbreviation, or 0.</summary>
        [MethodImpl(Jit.Optimized)]
        public static int MonthNumber(string name) => Months.TryGetValue(name.TrimEnd('.'), out var month) ? month : 0;

        /// <summary>The weekday named by <paramref name="name"/>.</summary>
        [MethodImpl(Jit.Optimized)]
        public static DayOfWeek? Weekday(string name) => Weekdays.TryGetValue(name, out var day) ? day : (DayOfWeek?)null;

        /// <summary>The weekday named in full or abbreviated ("Wed", "Thurs."), for stamps only.</summary>
        [MethodImpl(Jit.Optimized)]
        public static DayOfWeek? WeekdayInStamp(string name)
            => Weekday(name) ?? (WeekdayAbbreviations.TryGetValue(name.TrimEnd('.'), out var day) ? day : (DayOfWeek?)null);
    }
}
