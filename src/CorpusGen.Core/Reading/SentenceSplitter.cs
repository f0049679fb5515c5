using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using CorpusGen.Core.Collections;

namespace CorpusGen.Core.Reading
{
    /// <summary>Splits a paragraph into sentences, [Start, End) offsets in the file.</summary>
    public static class SentenceSplitter
    {
        private static readonly string[] Abbreviations =
        {
            "mr", "mrs", "ms", "dr", "prof", "st", "gen", "lt", "col", "sgt", "capt", "gov", "sen", "rep", "jr", "sr",
            "inc", "corp", "co", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "approx", "est", "dept", "univ",
            // India's styles before a name: "President Smt. Droupadi Murmu"
            "smt", "shri",
        };

        private static readonly string[][] AbbreviationsByLength = ByLength(Abbreviations);

        private static string[][] ByLength(string[] words)
        {
            var maxLength = 0;
            foreach (var word in words) maxLength = Math.Max(maxLength, word.Length);
            var byLength = new string[maxLength + 1][];
            for (var length = 0; length <= maxLength; length++) byLength[length] = Array.FindAll(words, word => word.Length == length);
            return byLength;
        }

        /// <summary>The sentences of <paramref name="text"/> within [start, end).</summary>
        public static List<(int Start, int End)> Split(string text, int start, int end)
        {
            var sentences = new GrowableArray<(int Start, int End)>(8);
            Split(text, start, end, sentences);
            return new List<(int Start, int End)>(sentences.ToArray());
        }

        /// <summary>Appends the sentences of <paramref name="text"/> within [start, end) to <paramref name="sentences"/>.</summary>
        [MethodImpl(Jit.Optimized)]
        internal static void Split(string text, int start, int end, GrowableArray<(int Start, int End)> sentences)
        {
            var sentenceStart = AfterListMarker(text, start, end);
            for (var i = sentenceStart; i < end; i++)
            {
                var c = text[i];
                if (c != '.' && c != '!' && c != '?') continue;
                var close = i + 1;
                while (close < end && ".!?\"”’')]".IndexOf(text[close]) >= 0) close++;
                if (close >= end) break;
                if (!char.IsWhiteSpace(text[close])) continue;
                var next = close;
                while (next < end && char.IsWhiteSpace(text[next])) next++;
                if (next >= end) break;
                var opener = text[next];
                if (!(char.IsUpper(opener) || char.IsDigit(opener) || opener == '"' || opener == '“' || opener == '‘')) continue;
                if (c == '.' && EndsWithAbbreviation(text, sentenceStart, i)) continue;
                sentences.Add((sentenceStart, close));
                sentenceStart = AfterListMarker(text, next, end);
                i = sentenceStart - 1;
            }
            if (sentenceStart < end) sentences.Add((sentenceStart, end));
        }

        // "• They held talks", "2. The two leaders met": a list item's marker is no part of its
        // sentence, which opens on the word after it (a pronoun or "The two leaders" refers back
        // only from a sentence's opening), and a number alone is no sentence that breaks the
        // thread of the one before. Numbers of one or two digits only: "2024." heads a year.
        [MethodImpl(Jit.Optimized)]
        private static int AfterListMarker(string text, int start, int end)
        {
            var i = start;
            if (i < end && text[i] == '(') i++;
            var digits = i;
            while (i < end && i - digits < 3 && text[i] >= '0' && text[i] <= '9') i++;
            var numbered = i > digits && i - digits <= 2 && i < end && (text[i] == '.' || text[i] == ')');
            if (numbered) i++;
            else if (i == start && i < end && "•·▪■●◦‣►▶-*–—".IndexOf(text[i]) >= 0) i++;
            else return start;
            if (i >= end || !char.IsWhiteSpace(text[i])) return start;
            while (i < end && char.IsWhiteSpace(text[i])) i++;
            return i < end ? i : start;
        }

        [MethodImpl(Jit.Optimized)]
        private static bool EndsWithAbbreviation(string text, int start, int period)
        {
            var wordStart = period;
            while (wordStart > start && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
            var length = period - wordStart;
            // Initials ("U.S.", "J.") rarely end a sentence in news text.
            if (text.IndexOf('.', wordStart, length) >= 0 || (length == 1 && char.IsUpper(text[wordStart]))) return true;
            // Compared in place, with the abbreviations of the word's length only: a substring and a
            // set lookup per sentence end were a tenth of the extraction's garbage.
            if (length >= AbbreviationsByLength.Length) return false;
            foreach (var abbreviation in AbbreviationsByLength[length])
            {
                if (string.Compare(text, wordStart, abbreviation, 0, length, StringComparison.OrdinalIgnoreCase) == 0) return true;
            }
            return false;
        }
    }
}
