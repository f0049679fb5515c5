using System;
using System.Collections.Generic;
using CorpusGen.Core.Collections;
using CorpusGen.Core.Dates;
using CorpusGen.Core.Model;
using CorpusGen.Core.Text;
using System.Runtime.CompilerServices;

namespace CorpusGen.Core.Events
{
    /// <summary>
    /// Words, ranges and dates of the text, read in place without copies.
    /// </summary>
    public sealed partial class EventExtractor
    {
        [MethodImpl(Jit.Optimized)]
        private int SkipBlanks(int i, int end)
        {
            while (i < end && (_text[i] == ' ' || _text[i] == '\u00A0' || _text[i] == '\n' || _text[i] == '\r')) i++;
            return i;
        }

        // Where the word of letters at i ends.
        [MethodImpl(Jit.Optimized)]
        private int WordEnd(int i, int end)
        {
            while (i < end && char.IsLetter(_text[i])) i++;
            return i;
        }

        // The lower-case word at i, whole: "he" but not "her" or "he-".
        [MethodImpl(Jit.Optimized)]
        private bool IsWordAt(int i, int end, string word)
            => PatternText.Matches(_text, i, end, word)
               && (i + word.Length == end || (!char.IsLetterOrDigit(_text[i + word.Length]) && _text[i + word.Length] != '-'));

        // Where the next comma in [from, end) stands, or -1.
        [MethodImpl(Jit.Optimized)]
        private int NextComma(int from, int end) => from < end ? _text.IndexOf(',', from, end - from) : -1;

        // Where the clause from i ends: at the next comma or semicolon, or end.
        [MethodImpl(Jit.Optimized)]
        private int ClauseEnd(int i, int end)
        {
            while (i < end && _text[i] is not (',' or ';')) i++;
            return i;
        }

        // The word at i in lower case or with a capital: "after" or "After".
        [MethodImpl(Jit.Optimized)]
        private bool IsWordAtAnyCase(int i, int end, string word)
            => PatternText.MatchesIgnoringAsciiCase(_text, i, end, word)
               && (i + word.Length == end || (!char.IsLetterOrDigit(_text[i + word.Length]) && _text[i + word.Length] != '-'));

        [MethodImpl(Jit.Optimized)]
        private static TemporalMention[] Within(TemporalMention[] dates, int start, int end)
        {
            var kept = new GrowableArray<TemporalMention>(dates.Length);
            foreach (var date in dates)
            {
                if (date.Start >= start && date.Start < end) kept.Add(date);
            }
            return kept.ToArray();
        }

        [MethodImpl(Jit.Optimized)]
        private static TemporalMention[] Outside(TemporalMention[] dates, int start, int end)
        {
            var kept = new GrowableArray<TemporalMention>(dates.Length);
            foreach (var date in dates)
            {
                if (date.Start < start || date.Start >= end) kept.Add(date);
            }
            return kept.ToArray();
        }

        [MethodImpl(Jit.Optimized)]
        private static List<MentionSpec> Outside(IReadOnlyList<MentionSpec> mentions, int start, int end)
        {
            var kept = new List<MentionSpec>();
            for (var i = 0; i < mentions.Count; i++)
            {
                if (mentions[i].Span.Start < start || mentions[i].Span.Start >= end) kept.Add(mentions[i]);
            }
            return kept;
        }

        [MethodImpl(Jit.Optimized)]
        private static List<MentionSpec> Within(IReadOnlyList<MentionSpec> mentions, int start, int end)
        {
            var kept = new List<MentionSpec>();
            for (var i = 0; i < mentions.Count; i++)
            {
                if (mentions[i].Span.Start >= start && mentions[i].Span.Start < end) kept.Add(mentions[i]);
            }
            return kept;
        }

        // Loops of our own (PatternText) rather than string.CompareOrdinal or IndexOf, whose
        // vectorized code is not precompiled and runs unoptimized in a fresh compiler.
        [MethodImpl(Jit.Optimized)]
        private bool ContainsChar((int Start, int End) sentence, char one, char other)
        {
            for (var i = sentence.Start; i < sentence.End; i++)
            {
                if (_text[i] == one || _text[i] == other) return true;
            }
            return false;
        }

        // Case-insensitive, as the patterns these guard: the letters of the words asked for have no
        // case equivalents outside ASCII (unlike 'i', 'k' and 's').
        [MethodImpl(Jit.Optimized)]
        private bool Contains((int Start, int End) sentence, string lower)
        {
            for (var i = sentence.Start; i + lower.Length <= sentence.End; i++)
            {
                if ((_text[i] | 0x20) == lower[0] && PatternText.MatchesIgnoringAsciiCase(_text, i, sentence.End, lower)) return true;
            }
            return false;
        }

        // Where the word before position starts, with only blanks between them; or -1.
        [MethodImpl(Jit.Optimized)]
        private int PreviousWordStart(int sentenceStart, int position)
        {
            var end = position;
            while (end > sentenceStart && _text[end - 1] == ' ') end--;
            if (end == position) return -1;
            var start = PreviousLetters(sentenceStart, end);
            return start < end ? start : -1;
        }

        // Where the text between spaces that ends right before position starts ("three-day", "(SCO)"),
        // or -1: at the sentence's start, or when a comma ends it (the walk stays in its clause).
        [MethodImpl(Jit.Optimized)]
        private int PreviousSpacedWordStart(int sentenceStart, int position)
        {
            var end = position;
            while (end > sentenceStart && _text[end - 1] == ' ') end--;
            if (end == position || end <= sentenceStart || _text[end - 1] == ',') return -1;
            var start = end;
            while (start > sentenceStart && _text[start - 1] is not (' ' or ',')) start--;
            return start;
        }

        // Where the letters ending right before end start (end itself when none do).
        [MethodImpl(Jit.Inlined)]
        private int PreviousLetters(int sentenceStart, int end)
        {
            var i = end;
            while (i > sentenceStart && char.IsLetter(_text[i - 1])) i--;
            return i;
        }

        [MethodImpl(Jit.Optimized)]
        private bool IsAnyWordAt(int i, int end, string[] words)
        {
            foreach (var word in words)
            {
                if (IsWordAt(i, end, word)) return true;
            }
            return false;
        }

        [MethodImpl(Jit.Optimized)]
        private bool IsAnyWordAtAnyCase(int i, int end, string[] words)
        {
            foreach (var word in words)
            {
                if (IsWordAtAnyCase(i, end, word)) return true;
            }
            return false;
        }

        // Whether the trigger word at [start, end) is one of words, in any case.
        [MethodImpl(Jit.Optimized)]
        private bool IsOneOf(int start, int end, string[] words) => TextWords.IsOneOf(_text, start, end, words);

        [MethodImpl(Jit.Optimized)]
        private bool BeforeACapital(int i)
        {
            var next = SkipBlanks(i, _text.Length);
            return next > i && next < _text.Length && char.IsUpper(_text[next]);
        }

        // "he", "she" or "they" at i: a clause's subject given by a pronoun.
        [MethodImpl(Jit.Optimized)]
        private bool IsSubjectPronounAt(int i, int end) => IsWordAt(i, end, "he") || IsWordAt(i, end, "she") || IsWordAt(i, end, "they");

        private static bool IsPronoun(string words) => words is "he" or "she" or "they" or "it" or "He" or "She" or "They" or "It";

        [MethodImpl(Jit.Inlined)]
        private EntityKind Kind(MentionSpec mention) => _catalog[mention.EntityId].Kind;

        [MethodImpl(Jit.Inlined)]
        private static bool IsActor(EntityKind kind) => kind == EntityKind.Person || kind == EntityKind.Country || kind == EntityKind.Organization;

        [MethodImpl(Jit.Optimized)]
        private static DateValue Nearest(TemporalMention[] dates, int triggerStart, int triggerEnd)
        {
            var best = dates[0];
            foreach (var date in dates)
            {
                if (Distance(date, triggerStart, triggerEnd) < Distance(best, triggerStart, triggerEnd)) best = date;
            }
            return best.Value!.Value;
        }

        // English puts the date of an action after its verb ("met with Putin on the 13th"); a date
        // before the verb more often belongs to an earlier clause, so it counts half again as far.
        [MethodImpl(Jit.Inlined)]
        private static double Distance(TemporalMention date, int triggerStart, int triggerEnd)
            => date.Start >= triggerEnd ? date.Start - triggerEnd : Math.Max(0, triggerStart - (date.Start + date.Length)) * 1.5;
    }
}
