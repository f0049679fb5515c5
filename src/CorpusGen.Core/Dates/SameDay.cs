using System;

namespace CorpusGen.Core.Dates
{
    /// <summary>
    /// "that day", "later that evening", "earlier that morning", "the same evening", "hours later":
    /// the day the text spoke of last, named by a part of it or by hours from it. Written out as
    /// phrases, so that the scanner reads them as the alternative the date pattern gives them.
    /// </summary>
    internal static class SameDay
    {
        /// <summary>The words after "that" in a phrase.</summary>
        public static readonly string[] Parts = { "day", "morning", "afternoon", "evening", "night" };

        /// <summary>Phrases of hours from the day spoken of ("Hours earlier, Putin arrived in Pyongyang").</summary>
        /// <remarks>Before <see cref="Phrases"/>: static fields are set in the order they are written.</remarks>
        public static readonly string[] HoursPhrases = { "hours earlier", "hours later" };

        /// <summary>Every phrase, in lower case, the longer forms first (the scanner takes the first that fits).</summary>
        public static readonly string[] Phrases = Build();

        /// <summary>The same phrases as a pattern alternative (case-insensitive where used).</summary>
        public static readonly string Pattern = string.Join("|", Phrases);

        /// <summary>Whether <paramref name="phrase"/> (lower case) is one of <see cref="Phrases"/>.</summary>
        public static bool IsPhrase(string phrase) => Array.IndexOf(Phrases, phrase) >= 0;

        private static string[] Build()
        {
            // "the same day" is a phrase of its own (the day the text spoke of last, also for
            // "earlier in the day"); "the same evening" is one of these.
            var phrases = new string[Parts.Length * 4 - 1 + HoursPhrases.Length];
            for (var i = 0; i < Parts.Length; i++)
            {
                phrases[i * 2] = "earlier that " + Parts[i];
                phrases[i * 2 + 1] = "later that " + Parts[i];
                phrases[Parts.Length * 2 + i] = "that " + Parts[i];
            }
            for (var i = 1; i < Parts.Length; i++) phrases[Parts.Length * 3 + i - 1] = "the same " + Parts[i];
            HoursPhrases.CopyTo(phrases, Parts.Length * 4 - 1);
            return phrases;
        }
    }
}
