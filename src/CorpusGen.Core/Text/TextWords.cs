using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace CorpusGen.Core.Text
{
    /// <summary>Words of a range of text, counted in place: the page layout's line rules and the events' word windows.</summary>
    internal static class TextWords
    {
        /// <summary>
        /// The words in [<paramref name="start"/>, <paramref name="end"/>): runs of letters or digits,
        /// an apostrophe or hyphen inside one keeping it one word ("Russia's", "Choe Son-hui").
        /// </summary>
        [MethodImpl(Jit.Optimized)]
        public static int Count(string text, int start, int end) => CountUpTo(text, start, end, int.MaxValue);

        /// <summary>
        /// As <see cref="Count"/>, but stops at <paramref name="limit"/> words: a rule that only asks
        /// "more than eight?" need not walk the rest of a long paragraph.
        /// </summary>
        [MethodImpl(Jit.Optimized)]
        public static int CountUpTo(string text, int start, int end, int limit)
        {
            var count = 0;
            var inWord = false;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                var letter = char.IsLetterOrDigit(c);
                if (letter && !inWord && ++count == limit) return count;
                inWord = letter || (inWord && (c == '\'' || c == '’' || c == '-'));
            }
            return count;
        }

        /// <summary>Whether the text before <paramref name="end"/> closes a sentence, past closing quotes and brackets.</summary>
        [MethodImpl(Jit.Optimized)]
        public static bool EndsASentence(string text, int end)
        {
            while (end > 0 && text[end - 1] is '"' or '”' or '’' or '\'' or ')' or ' ') end--;
            return end > 0 && text[end - 1] is '.' or '!' or '?';
        }

        /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) is one of <paramref name="words"/> (lower case), in any ASCII case.</summary>
        [MethodImpl(Jit.Optimized)]
        public static bool IsOneOf(string text, int start, int end, string[] words)
        {
            foreach (var word in words)
            {
                if (end - start == word.Length && PatternText.MatchesIgnoringAsciiCase(text, start, end, word)) return true;
            }
            return false;
        }

        /// <summary>
        /// <paramref name="items"/> grouped by the length and the first letter (lower case a to z) of
        /// the word <paramref name="shape"/> gives each, shorter than <paramref name="maxLength"/>: a
        /// rule asked at every word compares it only with those of its shape. Index it with
        /// <see cref="ShapeSlot"/>.
        /// </summary>
        public static T[][] ByLengthAndInitial<T>(IEnumerable<T> items, Func<T, (int Length, char Initial)> shape, int maxLength)
        {
            var table = new List<T>[maxLength * 26];
            foreach (var item in items)
            {
                var (length, initial) = shape(item);
                (table[length * 26 + (initial - 'a')] ??= new List<T>()).Add(item);
            }
            return Array.ConvertAll(table, list => list?.ToArray() ?? Array.Empty<T>());
        }

        /// <summary>
        /// Where the word of <paramref name="length"/> characters at <paramref name="start"/> is in a
        /// table <see cref="ByLengthAndInitial"/> made, or -1 when nothing in it can match the word
        /// ignoring ASCII case: it is too long, or opens with no ASCII letter.
        /// </summary>
        [MethodImpl(Jit.Inlined)]
        public static int ShapeSlot(string text, int start, int length, int maxLength)
        {
            // | 0x20 lower-cases an ASCII letter and moves nothing else into a to z.
            var initial = (text[start] | 0x20) - 'a';
            return length < maxLength && (uint)initial < 26 ? length * 26 + initial : -1;
        }

        /// <summary>
        /// <paramref name="words"/> (lower case) grouped by their first letter, a to z: a rule asked at
        /// every word compares it only with the words it could be.
        /// </summary>
        public static string[][] ByInitial(IEnumerable<string> words)
        {
            var all = words.ToArray();
            return Enumerable.Range('a', 26).Select(initial => all.Where(word => word[0] == initial).ToArray()).ToArray();
        }
    }
}
