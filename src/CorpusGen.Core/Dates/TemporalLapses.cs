using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace CorpusGen.Core.Dates
{
    /// <summary>
    /// "a day later", "two days earlier", "a week later": a lapse counted from the day the text
    /// spoke of last; "five days ago", "a week ago": one counted from the publication. Written out
    /// as phrases, so that the scanner reads them as it reads "the next day", and as the
    /// alternative the date pattern gives them.
    /// </summary>
    internal static class TemporalLapses
    {
        private static readonly (string Word, int Count)[] Counts =
        {
            ("a", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("ten", 10),
        };

        /// <summary>The words after a count that may make a lapse.</summary>
        public static readonly string[] Units = { "day", "days", "week", "weeks" };

        /// <summary>Every lapse phrase, in lower case.</summary>
        public static readonly string[] Phrases = Build();

        /// <summary>The same phrases as a pattern alternative (case-insensitive where used): literals, so the two cannot differ.</summary>
        public static readonly string Pattern = string.Join("|", Phrases);

        /// <summary>The words that open a lapse.</summary>
        public static readonly string[] CountWords = Array.ConvertAll(Counts, count => count.Word);

        /// <summary>Whether <paramref name="key"/> (lower case) opens a lapse: a loop, as on the text's every opening word.</summary>
        [MethodImpl(Jit.Optimized)]
        public static bool IsCountWord(string key)
        {
            foreach (var (word, _) in Counts)
            {
                if (word == key) return true;
            }
            return false;
        }

        /// <summary>Whether <paramref name="phrase"/> counts from the day the article was published ("a week ago"), not from the day the text spoke of last.</summary>
        public static bool CountsFromPublication(string phrase) => phrase.EndsWith(" ago", StringComparison.Ordinal);

        /// <summary>The signed number of days <paramref name="phrase"/> (lower case) stands for, or null.</summary>
        public static int? Days(string phrase)
        {
            var parts = phrase.Split(' ');
            if (parts.Length != 3) return null;
            var sign = parts[2] == "later" ? 1 : parts[2] is "earlier" or "ago" ? -1 : 0;
            var unit = parts[1].StartsWith("week", StringComparison.Ordinal) ? 7 : parts[1].StartsWith("day", StringComparison.Ordinal) ? 1 : 0;
            foreach (var (word, count) in Counts)
            {
                if (word == parts[0] && sign != 0 && unit != 0) return sign * count * unit;
            }
            return null;
        }

        private static string[] Build()
        {
            var phrases = new List<string>();
            foreach (var (word, count) in Counts)
            {
                foreach (var unit in count == 1 ? new[] { "day", "week" } : new[] { "days", "weeks" })
                {
                    phrases.Add(word + " " + unit + " later");
                    phrases.Add(word + " " + unit + " earlier");
                    phrases.Add(word + " " + unit + " ago");
                }
            }
            return phrases.ToArray();
        }
    }
}
