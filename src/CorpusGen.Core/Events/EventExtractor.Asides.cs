using System;
using System.Collections.Generic;
using CorpusGen.Core.Dates;
using CorpusGen.Core.Model;
using CorpusGen.Core.Text;
using System.Runtime.CompilerServices;

namespace CorpusGen.Core.Events
{
    /// <summary>
    /// The asides of a sentence: the other happenings it tells beside its own ("..., a day after
    /// meeting Putin", "A day after ..., Kim visited", "Lavrov, who met Kim in July, ...", "The
    /// meeting on Monday ..." after an undated sentence), read on their own, with how far apart in
    /// time they lie (Lapse).
    /// </summary>
    public sealed partial class EventExtractor
    {
        // What may stand between a comma and "after" or "before" when the words that follow tell of
        // another happening: ", days after", ", two weeks before", ", shortly after". A number word
        // gives its count; 0 marks a word that leaves the lapse vague ("hours", "shortly"); -1 one
        // that changes nothing ("just"), or a unit, which NextAside tells by its spelling.
        private static readonly Dictionary<string, int> LapseWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["a"] = 1, ["an"] = 1, ["one"] = 1, ["the"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
            ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["just"] = -1, ["only"] = -1, ["shortly"] = 0, ["soon"] = 0,
            ["not"] = 0, ["long"] = 0, ["few"] = 0, ["several"] = 0, ["some"] = 0, ["minutes"] = 0, ["hours"] = 0,
            ["day"] = -1, ["days"] = -1, ["week"] = -1, ["weeks"] = -1, ["month"] = -1, ["months"] = -1, ["year"] = 0, ["years"] = 0,
        };

        /// <summary>
        /// How far an aside's happening lies from the rest of its sentence: days ("a day after", "two
        /// weeks before"), or months ("a month after"), which give only the month. Negative when the
        /// aside came first.
        /// </summary>
        private readonly struct Lapse
        {
            public Lapse(int count, bool inMonths) => (Count, InMonths) = (count, inMonths);

            public int Count { get; }

            public bool InMonths { get; }

            /// <summary>This lapse counted back for "after" (the aside came first), forward for "before".</summary>
            public Lapse Toward(bool after) => new Lapse(after ? -Count : Count, InMonths);

            public Lapse Reversed => new Lapse(-Count, InMonths);

            /// <summary>The day, or the month, this lapse away from day; null past the calendar's ends (years 1 and 9999).</summary>
            public DateValue? From(CalendarDate day)
            {
                if (day.Year is <= 1 or >= 9999) return null;
                if (!InMonths) return DateValue.OfDay(day.AddDays(Count));
                var moved = day.ToDateTime().AddMonths(Count);
                return DateValue.OfMonth(moved.Year, moved.Month);
            }
        }

        // The nouns a sentence opens with when it goes on about the happening the sentence before
        // told, and which kinds of happening each may be (HappeningOf).
        private static readonly (string Noun, EventKind Kind)[] HappeningNouns =
        {
            ("meeting", EventKind.Meeting), ("talks", EventKind.Meeting), ("summit", EventKind.Meeting), ("negotiations", EventKind.Meeting),
            ("visit", EventKind.Visit), ("trip", EventKind.Visit),
            // "Putin signed a pact with Kim ... The agreement, inked Wednesday, ..."
            ("agreement", EventKind.Treaty), ("treaty", EventKind.Treaty), ("pact", EventKind.Treaty), ("deal", EventKind.Treaty), ("accord", EventKind.Treaty),
        };

        // Whether the word from start to end is one of HappeningNouns.
        [MethodImpl(Jit.Optimized)]
        private bool IsHappeningNoun(int start, int end)
        {
            foreach (var (noun, _) in HappeningNouns)
            {
                if (noun.Length == end - start && PatternText.MatchesIgnoringAsciiCase(_text, start, end, noun)) return true;
            }
            return false;
        }

        // The kind a happening's noun stands for: a meeting's noun for any meeting, talks or summit.
        private static EventKind HappeningOf(EventKind kind) => kind is EventKind.Summit or EventKind.Talks ? EventKind.Meeting : kind;

        // "The meeting on Monday ...", "The two leaders' talks on Friday ...", "Monday's visit ...":
        // a sentence that opens with a happening's noun and has a date goes on about the one the
        // undated sentence before told of, and where its noun is.
        [MethodImpl(Jit.Optimized)]
        private bool OpensOnHappening((int Start, int End) sentence, TemporalMention[] dates, out (int Start, int End) noun, out EventKind happening)
        {
            noun = default;
            happening = EventKind.Meeting;
            var word = sentence.Start;
            if (IsWordAt(word, sentence.End, "The")) word = SkipBlanks(word + 3, sentence.End);
            else if (dates[0].Start == sentence.Start && IsPossessiveAt(word + dates[0].Length))
            {
                word = SkipBlanks(word + dates[0].Length + 2, sentence.End);
            }
            else return false;
            for (var words = 0; words < 3 && word < sentence.End; words++)
            {
                var wordEnd = word;
                while (wordEnd < sentence.End && (char.IsLetterOrDigit(_text[wordEnd]) || _text[wordEnd] == '-')) wordEnd++;
                if (wordEnd == word) return false;
                foreach (var (candidate, kind) in HappeningNouns)
                {
                    if (wordEnd - word != candidate.Length || !IsWordAt(word, sentence.End, candidate)) continue;
                    noun = (word, wordEnd);
                    happening = kind;
                    return true;
                }
                while (wordEnd < sentence.End && (_text[wordEnd] == '\'' || _text[wordEnd] == '’')) wordEnd++; // "the leaders' talks"
                word = SkipBlanks(wordEnd, sentence.End);
            }
            return false;
        }

        // Whether the sentence opens on a happening's noun with a date (OpensOnHappening) and names
        // nobody who took part. Not when it names them itself ("The summit talks held on Wednesday
        // between Kim and Putin ..."): it is the report, and the sentence before only spoke of it
        // ("making much fuss about the DPRK-Russia summit"). Who told of it does not count ("The
        // meeting took place on Monday, Kremlin spokesman Dmitry Peskov told reporters"), nor who
        // took part in what it came after ("The talks on Tuesday came after Choe held two days of
        // negotiations with Lavrov").
        [MethodImpl(Jit.Optimized)]
        private bool RefersBack((int Start, int End) sentence, TemporalMention[] resolved, IReadOnlyList<MentionSpec> mentions, out (int Start, int End) noun, out EventKind happening)
        {
            if (!OpensOnHappening(sentence, resolved, out noun, out happening)) return false;
            var namesEnd = AttributionStart(sentence);
            for (var i = noun.End; i < namesEnd; i++)
            {
                if (_text[i] == ' ' && SequenceVerbAt(i + 1, namesEnd, out _, out _)) namesEnd = i;
            }
            return !NamesAPerson(mentions, namesEnd);
        }

        // The undated sentence read again with the date the sentence after it gives its happening:
        // only events of that kind, and the two sentences together are the evidence. The reading
        // state stays the one of the sentence being read.
        [MethodImpl(Jit.Optimized)]
        private List<EventSpec> ReadReferredBack((int Start, int End) undated, (int Start, int End) sentence, DateValue date, EventKind happening)
        {
            var (previousDates, previousSubject, previousPlace, previousGroup) = (_previousDates, _previousSubject, _previousPlace, _previousGroup);
            // The date stands where the undated sentence opens: its own attribution (", the Kremlin said")
            // keeps the dates before it, and this one is no date after it.
            var events = ReadDated(undated, (undated.Start, sentence.End), new[] { new TemporalMention(undated.Start, 0, date) }, Opening.None, _undatedMentions);
            (_previousDates, _previousSubject, _previousPlace, _previousGroup) = (previousDates, previousSubject, previousPlace, previousGroup);
            events.RemoveAll(e => HappeningOf(e.Kind) != happening);
            return events;
        }

        // An aside is read like a sentence of its own, but what comes after it continues what came
        // before it: the reading state is the one before the aside.
        [MethodImpl(Jit.Optimized)]
        private List<EventSpec> ReadAside((int Start, int End) aside, (int Start, int End) evidence, TemporalMention[] dates, List<MentionSpec> mentions, string? antecedent = null, List<string>? group = null)
        {
            var (previousDates, previousSubject, previousPlace, previousGroup) = (_previousDates, _previousSubject, _previousPlace, _previousGroup);
            // A relative clause's pronoun ("who") is its antecedent, as "he" is the subject before;
            // "the countries' top diplomats" are a group, as "they" are.
            if (antecedent is not null) _previousSubject = antecedent;
            if (group is not null) _previousGroup = group;
            var events = ReadDated(aside, evidence, dates, group is not null ? Opening.Plural : antecedent is null ? Opening.None : Opening.Singular, mentions);
            (_previousDates, _previousSubject, _previousPlace, _previousGroup) = (previousDates, previousSubject, previousPlace, previousGroup);
            return events;
        }

        // The next ", who met Kim in July," after from: a relative clause with a meeting's or visit's
        // word, a date and a person of its own, right after the person it tells of (antecedent); or
        // (-1, -1). One without a person of its own (", who arrived on Tuesday,") stays in the
        // sentence, where RelativeClauseDates gives it its date.
        [MethodImpl(Jit.Optimized)]
        private (int Start, int End) NextRelativeAside(int from, int end, TemporalMention[] dates, IReadOnlyList<MentionSpec> mentions, out string antecedent)
        {
            antecedent = "";
            for (var (comma, close) = NextWhoClause(from, end); comma >= 0; (comma, close) = NextWhoClause(close, end))
            {
                var before = PersonEndingAt(mentions, comma);
                if (before is null || FirstPersonWithin(mentions, comma, close) is null || !AnyWithin(dates, comma, close) || !ReportsSomething((comma, close))) continue;
                antecedent = before;
                return (comma, close);
            }
            return (-1, -1);
        }

        // The next ", where Putin and Kim held a summit in 2023" after from: a clause opening on a
        // person, naming another, with a date and a happening of its own, to the next comma or
        // semicolon; or (-1, -1). Where it happened is the place named right before the comma
        // (placeBefore). One without a date of its own (", where Kim greeted him") tells the same day.
        [MethodImpl(Jit.Optimized)]
        private (int Start, int End) NextWhereAside(int from, int end, TemporalMention[] dates, IReadOnlyList<MentionSpec> mentions, out string? placeBefore)
        {
            placeBefore = null;
            for (var comma = NextComma(from, end); comma >= 0; comma = NextComma(comma + 1, end))
            {
                var where = SkipBlanks(comma + 1, end);
                if (!IsWordAt(where, end, "where")) continue;
                var close = ClauseEnd(where, end);
                var subject = SkipBlanks(where + 5, close);
                var persons = 0;
                string? first = null;
                for (var m = 0; m < mentions.Count; m++)
                {
                    if (mentions[m].Span.Start < subject || mentions[m].Span.Start >= close || Kind(mentions[m]) != EntityKind.Person) continue;
                    if (first is null && mentions[m].Span.Start != subject) break; // "where he met Kim": the clause's subject is no one it names
                    if (mentions[m].EntityId != first) persons++;
                    first ??= mentions[m].EntityId;
                }
                if (persons < 2 || !AnyWithin(dates, where, close) || !ReportsSomething((where, close))) continue;
                placeBefore = PlaceBeforeComma(mentions, comma);
                return (comma, close);
            }
            return (-1, -1);
        }

        // The comma of ", where" that opens the clause the trigger stands in, or -1.
        [MethodImpl(Jit.Optimized)]
        private int WhereClauseBefore(int sentenceStart, int trigger)
        {
            var comma = trigger - 1;
            while (comma > sentenceStart && _text[comma] is not (',' or ';')) comma--;
            return comma > sentenceStart && _text[comma] == ',' && IsWordAt(SkipBlanks(comma + 1, trigger), trigger, "where") ? comma : -1;
        }

        // The place named last before the comma at position, with no other comma or semicolon between
        // ("arrived in Moscow on Tuesday, where"), or null.
        [MethodImpl(Jit.Optimized)]
        private string? PlaceBeforeComma(IReadOnlyList<MentionSpec> mentions, int position)
        {
            string? place = null;
            for (var m = 0; m < mentions.Count && mentions[m].Span.Start < position; m++)
            {
                if (Kind(mentions[m]) is EntityKind.Place or EntityKind.Country) place = mentions[m].EntityId;
                else continue;
                for (var c = mentions[m].Span.Start + mentions[m].Span.Length; c < position && place is not null; c++)
                {
                    if (_text[c] is ',' or ';') place = null;
                }
            }
            return place;
        }

        // "Zelenskyy, who had offered to meet Putin in person, met Erdoğan on Thursday", "Kim, who met
        // Putin in 2019, received Lavrov on Wednesday": a relative clause without a day of its own
        // that tells of another time, or of a happening with someone it names, is an aside with no
        // date. So is one that names whom the subject came with ("Wang Yi, who accompanied Xi, met
        // Lavrov"): the one accompanied need not have been at the meeting. Its names take no part in
        // the rest, and its trigger words are not the rest's (the first word of each kind would stand
        // for the sentence's).
        [MethodImpl(Jit.Optimized)]
        private void AddUndatedRelativeClauses((int Start, int End) sentence, TemporalMention[] dates, IReadOnlyList<MentionSpec> mentions)
        {
            for (var (comma, close) = NextWhoClause(sentence.Start, sentence.End); comma >= 0; (comma, close) = NextWhoClause(close, sentence.End))
            {
                if (AnyWithin(dates, comma, close)) continue;
                if (AnyWithin(_sentenceTimes, comma, close) || (FirstPersonWithin(mentions, comma, close) is not null && (ReportsSomething((comma, close)) || TellsOfCompany(comma, close)))) _asides.Add((comma, close));
            }
        }

        // "The Security Council met on Tuesday ..., with the United States accusing Russia and China
        // of shielding Pyongyang": an absolute clause, ", with" a name and a verb in -ing, tells who
        // did something else at the time; its names take no part in the happening. To the sentence's
        // end, or to the next comma or semicolon after its verb.
        [MethodImpl(Jit.Optimized)]
        private void AddAbsoluteClauses((int Start, int End) sentence, IReadOnlyList<MentionSpec> mentions)
        {
            // From each name back to ", with (the)": a sentence has few names and many characters.
            for (var m = 0; m < mentions.Count; m++)
            {
                var name = mentions[m].Span.Start;
                if (name - sentence.Start < 7 || !IsActor(Kind(mentions[m]))) continue;
                var with = PreviousWordStart(sentence.Start, name);
                if (with >= 0 && IsWordAt(with, name, "the")) with = PreviousWordStart(sentence.Start, with);
                if (with < 2 || !IsWordAt(with, name, "with") || _text[with - 1] != ' ' || _text[with - 2] != ',') continue;
                var verb = SkipBlanks(name + mentions[m].Span.Length, sentence.End);
                var verbEnd = WordEnd(verb, sentence.End);
                if (verbEnd - verb < 5 || !PatternText.Matches(_text, verbEnd - 3, verbEnd, "ing")) continue;
                var close = ClauseEnd(verbEnd, sentence.End);
                _asides.Add((with - 2, close));
                while (m + 1 < mentions.Count && mentions[m + 1].Span.Start < close) m++;
            }
        }

        private static readonly string[] AppositionDeterminers = { "their", "his", "her", "its", "the" };

        private static readonly string[] Ordinals = { "first", "second", "third", "fourth", "fifth", "sixth", "latest", "last" };

        private static readonly string[] OtherHappeningsWords = { "after", "since", "before" };

        // In the next apposition that counts the happening among others (", their second after a 2019
        // meeting in Vladivostok", ", their first meeting since April 2019, when the two held a summit
        // there", ", the first visit to Russia by Kim since 2019"), the words from "after", "since"
        // or "before" to the sentence's end or a semicolon; or (-1, -1). They tell of the others:
        // read on their own, their names, places and dates take no part in the rest. The words
        // before them still tell of the sentence's happening.
        [MethodImpl(Jit.Optimized)]
        private (int Start, int End) NextOrdinalApposition(int from, int end)
        {
            for (var comma = NextComma(from, end); comma >= 0; comma = NextComma(comma + 1, end))
            {
                var determiner = SkipBlanks(comma + 1, end);
                if (!IsAnyWordAt(determiner, end, AppositionDeterminers)) continue;
                var ordinal = SkipBlanks(WordEnd(determiner, end), end);
                if (!IsAnyWordAt(ordinal, end, Ordinals)) continue;
                var others = FirstWordBetween(ordinal, ClauseEnd(ordinal, end), OtherHappeningsWords);
                if (others < 0) continue;
                var close = others;
                while (close < end && _text[close] != ';') close++;
                return (others, close);
            }
            return (-1, -1);
        }

        private static readonly string[] TheirOrdinals = { "last", "previous", "first", "earlier", "latest", "most" };

        private static readonly string[] TheirPrepositions = { "since", "after", "before", "following" };

        // The next "their meeting", "their last summit", "their talks" after from with a date of its
        // own and no person named in it, after "since", "after", "before" or "following" or opening
        // the sentence, to the next comma (or the one after a place's region: "in Woodside,
        // California in November 2023") or the sentence's end; or (-1, -1). "their"
        // is the two persons the sentence names before it, or the pair named last when it names no
        // one before it. A date after "since" or "after" in it is another happening's ("their first
        // meeting since April 2019"), and one inside an aside already read is not its own.
        [MethodImpl(Jit.Optimized)]
        private (int Start, int End) NextTheirHappening(int sentenceStart, int from, int end, TemporalMention[] dates, IReadOnlyList<MentionSpec> mentions, out List<string>? pair)
        {
            pair = null;
            // An ordinal search for "heir" finds "their" and "Their" without a look at every character.
            for (var h = from + 1 < end ? _text.IndexOf("heir", from + 1, end - from - 1, StringComparison.Ordinal) : -1; h >= 0; h = h + 4 < end ? _text.IndexOf("heir", h + 4, end - h - 4, StringComparison.Ordinal) : -1)
            {
                var i = h - 1;
                if (_text[i] is not ('t' or 'T') || (i > 0 && char.IsLetter(_text[i - 1])) || !IsWordAtAnyCase(i, end, "their") || InAside(i)) continue;
                // Only what the rest comes after or before, or the sentence's subject: "at their summit
                // in November 2023" is where the rest happened, and the sentence's own reading has it.
                var preposition = PreviousWordStart(sentenceStart, i);
                if (!(i == sentenceStart || (preposition >= 0 && IsAnyWordAt(preposition, i, TheirPrepositions)))) continue;
                var noun = SkipBlanks(i + 5, end);
                if (IsAnyWordAt(noun, end, TheirOrdinals)) noun = SkipBlanks(WordEnd(noun, end), end);
                if (IsWordAt(noun, end, "recent")) noun = SkipBlanks(WordEnd(noun, end), end);
                var nounEnd = WordEnd(noun, end);
                if (nounEnd == noun || !IsHappeningNoun(noun, nounEnd) || TriggerWordAt(noun, end) is not (EventKind.Meeting or EventKind.Summit or EventKind.Talks)) continue;
                var close = ClauseEnd(nounEnd, end);
                if (!AnyWithin(dates, nounEnd, close) && close < end && _text[close] == ',' && SkipBlanks(close + 1, end) is var region && region < end && char.IsUpper(_text[region])) close = ClauseEnd(region, end);
                if (!AnyWithin(dates, nounEnd, close) || FirstWordBetween(nounEnd, close, OtherHappeningsWords) >= 0 || FirstPersonWithin(mentions, i - 1, close) is not null) continue;
                // "signed a joint statement after their talks in Pyongyang on Wednesday": with no date
                // of its own the rest happened that day too, and the sentence's own reading has both.
                if (i != sentenceStart && !IsWordAt(preposition, i, "since") && Outside(dates, i, close).Length == 0) continue;
                var before = PersonsBefore(mentions, i);
                // "Biden noted that the two leaders have made progress since their meeting": one of the
                // pair named last, and "their" is that pair.
                pair = before.Count == 2 ? before : before.Count == 0 || (before.Count == 1 && _lastPair is not null && _lastPair.Contains(before[0])) ? _lastPair : null;
                if (pair is null) continue;
                return (i, close);
            }
            return (-1, -1);
        }

        // The next ", when the two leaders met ..." (or "they", "the pair") after from, with no date or
        // person of its own, after a clause with a date that names one person of the pair named last
        // (or none): from its comma to the clause's end, or (-1, -1). The pair is that pair. With two
        // persons named before it the sentence's own reading has the meeting already.
        [MethodImpl(Jit.Optimized)]
        private (int Start, int End) NextWhenThePairMet(int sentenceStart, int from, int end, TemporalMention[] dates, IReadOnlyList<MentionSpec> mentions, out List<string>? pair)
        {
            pair = null;
            for (var comma = NextComma(from, end); comma >= 0; comma = NextComma(comma + 1, end))
            {
                var word = SkipBlanks(comma + 1, end);
                if (!IsWordAt(word, end, "when") || InAside(comma)) continue;
                var subject = SkipBlanks(word + 4, end);
                if (!OpensOnAPairAgain(subject, end)) continue;
                var close = ClauseEnd(subject, end);
                if (FirstMeetingWord((subject, close)) < 0 || AnyWithin(dates, comma, close) || !AnyWithin(dates, sentenceStart, comma) || FirstPersonWithin(mentions, comma, close) is not null) continue;
                var before = PersonsBefore(mentions, comma);
                if (before.Count >= 2 || _lastPair is null || (before.Count == 1 && !_lastPair.Contains(before[0]))) continue;
                pair = _lastPair;
                return (comma, close);
            }
            return (-1, -1);
        }

        // The next ", who ...," after from, from its comma to the comma that closes it; or (-1, -1),
        // also when it is not closed (the sentence's main verb may be inside).
        [MethodImpl(Jit.Optimized)]
        private (int Comma, int Close) NextWhoClause(int from, int end)
        {
            for (var i = from; i < end; i++)
            {
                if (_text[i] != ',' || !IsWordAt(SkipBlanks(i + 1, end), end, "who")) continue;
                var close = SkipBlanks(i + 1, end);
                while (close < end && _text[close] != ',') close++;
                return close < end ? (i, close) : (-1, -1);
            }
            return (-1, -1);
        }

        // Whether one of the time expressions stands within [from, to).
        [MethodImpl(Jit.Optimized)]
        private static bool AnyWithin(TemporalMention[] dates, int from, int to)
        {
            foreach (var date in dates)
            {
                if (date.Start >= from && date.Start < to) return true;
            }
            return false;
        }

        // The first person named within (from, to), or null.
        [MethodImpl(Jit.Optimized)]
        private string? FirstPersonWithin(IReadOnlyList<MentionSpec> mentions, int from, int to)
        {
            for (var m = 0; m < mentions.Count; m++)
            {
                if (mentions[m].Span.Start > from && mentions[m].Span.Start < to && Kind(mentions[m]) == EntityKind.Person) return mentions[m].EntityId;
            }
            return null;
        }

        // The next ", days after ...", ", a week before ...", ", following ..." (to the next comma)
        // that names an actor, after from; or (-1, -1). So is the rest of a sentence whose subject is a
        // happening and whose verb puts it after or before another: "Lavrov's visit follows a summit
        // between Kim and Putin in July", "Her comments came days after ... met": the other happening's
        // date and names are its own. The lapse is in days from the rest of the sentence to the aside
        // (-1 for "a day after"), when the words give it exactly.
        //
        // One without a name of its own whose first word is a meeting's or visit's gerund (", a day
        // after arriving in the Russian capital") tells of the sentence's first person (subject), or
        // of pronounReferent when the sentence's subject is "he" or "she".
        [MethodImpl(Jit.Optimized)]
        private (int Start, int End) NextAside(int from, int end, IReadOnlyList<MentionSpec> mentions, string? pronounReferent, out Lapse? lapse, out string? subject, out List<string>? group)
        {
            subject = null;
            group = null;
            for (var i = from; i < end; i++)
            {
                int word;
                var sequenced = false;
                bool? after = null;
                if (_text[i] == ',') word = SkipBlanks(i + 1, end);
                else if (i > from && _text[i - 1] == ' ' && SequenceVerbAt(i, end, out var verbEnd, out after) && HappeningNounBetween(from, i))
                {
                    word = SkipBlanks(verbEnd, end);
                    sequenced = true;
                }
                else if (i > from && _text[i - 1] == ' ' && NamedClauseAfterHappening(from, i, end, out verbEnd, out after))
                {
                    word = SkipBlanks(verbEnd, end);
                    sequenced = true;
                }
                else continue;
                Lapse? days = null;
                if (after is null)
                {
                    after = ReadLapse(ref word, end, comma: !sequenced, out days, out _);
                    if (after is null) continue;
                }
                var asideEnd = word;
                while (asideEnd < end && _text[asideEnd] != ';' && (sequenced || _text[asideEnd] != ',')) asideEnd++;
                // ", a day after the two leaders held an informal meeting at the Russian leader's
                // residence": the pair the sentence names, on a day the words set apart from its own.
                // Without one ("before the two held talks") it is the same happening (below).
                if (!sequenced && days is not null && OpensOnAPairAgain(SkipBlanks(word, asideEnd), asideEnd) && PersonsBefore(mentions, i) is { Count: 2 } pair && ReportsSomething((word, asideEnd)))
                {
                    group = pair;
                    lapse = days.Value.Toward(after.Value);
                    return (i, asideEnd);
                }
                // "..., before the two held talks": without a name of its own it goes on about the
                // same people, and stays part of the sentence. A country is a name of its own:
                // ", a day after South Korea and the United States began their exercises".
                for (var m = 0; m < mentions.Count; m++)
                {
                    var start = mentions[m].Span.Start;
                    if (start < word || start >= asideEnd || !IsActor(Kind(mentions[m]))) continue;
                    lapse = days?.Toward(after.Value);
                    // ", a day after a summit with Putin": whose summit is the sentence's first person's;
                    // so are ", a day after meeting Kim" and ", a day after he met Kim". "It is her
                    // second trip this year after she visited Moscow": with no one named before, "she"
                    // is the one the sentence before told of.
                    var pronoun = IsWordAt(word, asideEnd, "he") || IsWordAt(word, asideEnd, "she");
                    if (!sequenced && (OpensOnMeetingWith(word, asideEnd) || IsGerundTrigger(word, asideEnd) || pronoun))
                    {
                        subject = pronounReferent ?? FirstBefore(mentions, i, EntityKind.Person);
                    }
                    // "Choe's visit follows her November trip to Russia": the possessive is the subject's too.
                    else if (sequenced && (pronoun || IsWordAt(word, asideEnd, "his") || IsHerBeforeANoun(word, asideEnd)))
                    {
                        subject = FirstBefore(mentions, i, EntityKind.Person) ?? _previousSubject;
                    }
                    return (i, asideEnd);
                }
                // ", following talks between the countries' top diplomats": the two the catalog
                // gives that office, when the aside tells of a happening.
                if (!sequenced && RoleGroup(word, asideEnd) is { } holders && ReportsSomething((word, asideEnd)))
                {
                    group = holders;
                    lapse = days?.Toward(after.Value);
                    return (i, asideEnd);
                }
                if (!sequenced && IsGerundTrigger(word, asideEnd))
                {
                    subject = pronounReferent;
                    for (var m = 0; m < mentions.Count && subject is null; m++)
                    {
                        if (mentions[m].Span.Start < i && Kind(mentions[m]) == EntityKind.Person) subject = mentions[m].EntityId;
                    }
                    if (subject is not null)
                    {
                        lapse = days?.Toward(after.Value);
                        return (i, asideEnd);
                    }
                }
                i = asideEnd - 1;
            }
            lapse = null;
            return (-1, -1);
        }

        // "A day after meeting Putin, Kim visited ...", "Two days after Kim met Putin, Lavrov arrived
        // ...", "Hours after arriving in Moscow on Tuesday, Choe met Lavrov": a sentence that opens on
        // another happening, up to its first comma. Subject is who that happening's gerund or noun
        // ("meeting", "talks with") is about: the rest's subject, named or "he"/"she" (subjectIsPronoun);
        // null when the aside names its own before its trigger. A rest opening on two persons ("After
        // their talks on Tuesday, Xi and Putin signed ...") gives them as pair instead. (-1, -1) when
        // the sentence opens otherwise, or the rest's subject is another group, which the aside is not
        // read for.
        [MethodImpl(Jit.Optimized)]
        private (int Start, int End) FrontedAside((int Start, int End) sentence, IReadOnlyList<MentionSpec> mentions, out Lapse? lapse, out bool sameDay, out string? subject, out List<string>? pair, out bool subjectIsPronoun)
        {
            (lapse, sameDay, subject, pair, subjectIsPronoun) = (null, false, null, null, false);
            if (!IsFrontedInitial(_text[sentence.Start]) && !IsPriorTo(sentence.Start, sentence.End)) return (-1, -1);
            var word = sentence.Start;
            var after = ReadLapse(ref word, sentence.End, comma: true, out var days, out sameDay);
            if (after is null) return (-1, -1);
            var comma = word;
            while (comma < sentence.End && _text[comma] is not (',' or ';' or ':' or '“' or '"' or '(')) comma++;
            if (comma >= sentence.End || _text[comma] != ',') return (-1, -1);
            var trigger = -1;
            foreach (var found in FindTriggers((word, comma)))
            {
                if (found.Kind != EventKind.Statement) { trigger = found.Start; break; }
            }
            if (trigger < 0) return (-1, -1);
            var ownSubject = false;
            for (var m = 0; m < mentions.Count && !ownSubject; m++) ownSubject = mentions[m].Span.Start >= word && mentions[m].Span.Start < trigger && IsActor(Kind(mentions[m]));
            if (!ownSubject)
            {
                var rest = SkipBlanks(comma + 1, sentence.End);
                subjectIsPronoun = IsWordAt(rest, sentence.End, "he") || IsWordAt(rest, sentence.End, "she");
                for (var m = 0; m < mentions.Count && subject is null && !subjectIsPronoun; m++)
                {
                    if (mentions[m].Span.Start < rest) continue;
                    if (mentions[m].Span.Start > rest + 40 || Kind(mentions[m]) != EntityKind.Person) break;
                    subject = mentions[m].EntityId;
                    if (m + 1 < mentions.Count && Kind(mentions[m + 1]) == EntityKind.Person && mentions[m + 1].EntityId != subject
                        && IsWordAt(SkipBlanks(mentions[m].Span.Start + mentions[m].Span.Length, sentence.End), mentions[m + 1].Span.Start, "and"))
                    {
                        (pair, subject) = (new List<string> { subject, mentions[m + 1].EntityId }, null);
                        break;
                    }
                }
                if (subject is null && pair is null && !subjectIsPronoun) return (-1, -1);
            }
            lapse = days?.Toward(after.Value);
            return (sentence.Start, comma);
        }

        // The fronted aside of the sentence (FrontedAside), read, its events added to events; and what
        // it tells the rest: its dates when it has none of its own, whether the aside gave an event
        // (a statement in the rest is then part of it), and the city a same-day arrival went to or a
        // same-day meeting was held in ("Hours after arriving in Moscow, Choe met Lavrov": in Moscow).
        // "he" after the aside continues the sentence before, as a pronoun opening does.
        [MethodImpl(Jit.Optimized)]
        private (TemporalMention[]? RestDates, bool Told, string? Place) ReadFrontedAside(
            (int Start, int End) sentence, TemporalMention[] resolved, IReadOnlyList<MentionSpec> mentions, ref Opening opening, ref List<EventSpec>? events)
        {
            var fronted = FrontedAside(sentence, mentions, out var lapse, out var sameDay, out var subject, out var pair, out var pronounSubject);
            if (fronted.Start < 0) return (null, false, null);
            var own = Within(resolved, fronted.Start, fronted.End);
            var dates = own.Length > 0 ? own : FrontedAsideDates(resolved, fronted.End, lapse);
            if (pronounSubject)
            {
                subject = _previousSubject;
                if (opening == Opening.None) opening = Opening.Singular;
            }
            var told = false;
            string? place = null;
            if (dates.Length > 0)
            {
                events ??= new List<EventSpec>();
                var before = events.Count;
                events.AddRange(ReadAside(fronted, sentence, dates, Within(mentions, fronted.Start, fronted.End), subject, pair));
                told = events.Count > before;
                for (var e = before; e < events.Count && sameDay; e++)
                {
                    // "After their talks in Moscow, Xi and Putin signed ...": they signed in Moscow too.
                    if (events[e].Kind is EventKind.Visit or EventKind.Meeting or EventKind.Summit or EventKind.Talks
                        && events[e].PlaceId is { } visited && _catalog[visited].Kind == EntityKind.Place) place = visited;
                }
            }
            _asides.Add(fronted);
            var restDates = Within(resolved, fronted.End, sentence.End).Length == 0 ? AfterFrontedAside(own, fronted.End, lapse, sameDay) : null;
            return (restDates, told, place);
        }

        // A fronted aside's date from the first day the rest of the sentence states, when the lapse
        // gives it ("A day after meeting Putin, Kim visited a factory on Thursday": Wednesday).
        [MethodImpl(Jit.Optimized)]
        private static TemporalMention[] FrontedAsideDates(TemporalMention[] dates, int asideEnd, Lapse? lapse)
        {
            if (lapse is not { } moved) return NoDates;
            foreach (var date in dates)
            {
                if (date.Start < asideEnd || date.Value is not { Precision: DatePrecision.Day } value) continue;
                return moved.From(value.Start) is { } day ? new[] { new TemporalMention(0, 0, day) } : NoDates;
            }
            return NoDates;
        }

        // The dates of the rest of a sentence after a fronted aside when it has none of its own: the
        // aside's day moved by the lapse ("A day after ... on Tuesday, ..."), or the same dates when
        // both happened that day.
        [MethodImpl(Jit.Optimized)]
        private static TemporalMention[] AfterFrontedAside(TemporalMention[] asideDates, int restStart, Lapse? lapse, bool sameDay)
        {
            if (asideDates.Length == 0) return NoDates;
            if (lapse is { } between)
            {
                return asideDates[0].Value is { Precision: DatePrecision.Day } value && between.Reversed.From(value.Start) is { } day
                    ? new[] { new TemporalMention(restStart, 0, day) }
                    : NoDates;
            }
            if (!sameDay) return NoDates;
            var moved = new TemporalMention[asideDates.Length];
            for (var i = 0; i < moved.Length; i++) moved[i] = new TemporalMention(restStart, 0, asideDates[i].Value);
            return moved;
        }

        // "the two foreign ministers", "the countries' top diplomats", "both defense ministers": the
        // office, as catalog roles name it. Only when the article names two persons who hold it are
        // they the group; with one or three, who is meant is not known.
        private static readonly (string Phrase, string Role)[] OfficeGroups =
        {
            ("top diplomats", "foreign minister"), ("chief diplomats", "foreign minister"), ("foreign ministers", "foreign minister"),
            ("defense ministers", "defense minister"), ("defence ministers", "defense minister"),
        };

        private static readonly string[] GroupDeterminers = { "the", "both", "their", "two", "countries’", "countries'", "nations’", "nations'", "sides’", "sides'" };

        [MethodImpl(Jit.Optimized)]
        private List<string>? RoleGroup(int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (i > start && char.IsLetter(_text[i - 1])) continue;
                foreach (var (phrase, role) in OfficeGroups)
                {
                    if (!PatternText.MatchesIgnoringAsciiCase(_text, i, end, phrase) || (i + phrase.Length < end && char.IsLetter(_text[i + phrase.Length]))) continue;
                    // The word before, a possessive's apostrophe included ("countries’").
                    var before = i;
                    while (before > start && _text[before - 1] == ' ') before--;
                    if (before > start && (_text[before - 1] == '’' || _text[before - 1] == '\'')) before--;
                    while (before > start && char.IsLetter(_text[before - 1])) before--;
                    if (before == i || !IsAnyWordAtAnyCase(before, i, GroupDeterminers)) return null;
                    return Holders(role);
                }
            }
            return null;
        }

        [MethodImpl(Jit.Optimized)]
        private List<string>? Holders(string role)
        {
            var holders = new List<string>();
            for (var i = 0; i < _articleMentions.Count; i++)
            {
                var mention = _articleMentions[i];
                var entity = _catalog[mention.EntityId];
                if (entity.Kind != EntityKind.Person || entity.Role is not { } held || holders.Contains(entity.Id)) continue;
                if (held.Replace("defence", "defense").IndexOf(role, StringComparison.OrdinalIgnoreCase) >= 0) holders.Add(entity.Id);
            }
            return holders.Count == 2 ? holders : null;
        }

        // "earlier on Tuesday", "earlier that day": a day the rest of the sentence comes after, on
        // the same day.
        [MethodImpl(Jit.Optimized)]
        private DateValue? EarlierThatDay(TemporalMention[] dates)
        {
            foreach (var date in dates)
            {
                if (date.Value is not { Precision: DatePrecision.Day } value || date.Length == 0) continue;
                var word = PreviousWordStart(0, date.Start);
                if (word >= 0 && IsWordAt(word, date.Start, "on")) word = PreviousWordStart(0, word);
                if ((word >= 0 && IsWordAt(word, date.Start, "earlier")) || PatternText.Matches(_text, date.Start, date.Start + date.Length, "earlier")) return value;
            }
            return null;
        }

        // "a summit with", "talks with", "their meeting with" at i: a meeting's noun, and "with" the
        // other side; who met is not said.
        private static readonly string[] NounDeterminers = { "a", "an", "the", "his", "her", "their", "its" };

        [MethodImpl(Jit.Optimized)]
        private bool OpensOnMeetingWith(int i, int end)
        {
            if (IsAnyWordAt(i, end, NounDeterminers)) i = SkipBlanks(WordEnd(i, end), end);
            var nounEnd = WordEnd(i, end);
            return nounEnd > i && IsHappeningNoun(i, nounEnd) && TriggerWordAt(i, end) is EventKind.Meeting or EventKind.Summit or EventKind.Talks
                   && IsWordAt(SkipBlanks(nounEnd, end), end, "with");
        }

        // "after a summit", "before the talks", "following their meeting": the trigger at trigger is
        // the object of a preposition that orders it against the rest.
        private static readonly string[] OrderingPrepositions = { "after", "before", "following" };

        [MethodImpl(Jit.Optimized)]
        private bool FollowsSequencePreposition(int sentenceStart, int trigger)
        {
            var word = PreviousWordStart(sentenceStart, trigger);
            if (word >= 0 && IsAnyWordAt(word, trigger, NounDeterminers)) word = PreviousWordStart(sentenceStart, word);
            return word >= 0 && IsAnyWordAt(word, trigger, OrderingPrepositions);
        }

        private static readonly string[] HoldingGerunds = { "holding", "having" };

        // "meeting", "arriving", "visiting" at i: a happening's word ending in "-ing"; or "holding"
        // or "having" and a meeting's noun ("holding talks with", "having a meeting with").
        [MethodImpl(Jit.Optimized)]
        private bool IsGerundTrigger(int i, int end)
        {
            var wordEnd = i;
            while (wordEnd < end && char.IsLetter(_text[wordEnd])) wordEnd++;
            if (wordEnd - i <= 4 || _text[wordEnd - 1] != 'g' || _text[wordEnd - 2] != 'n' || _text[wordEnd - 3] != 'i') return false;
            if (IsAnyWordAt(i, end, HoldingGerunds))
            {
                var noun = SkipBlanks(wordEnd, end);
                if (IsAnyWordAt(noun, end, NounDeterminers)) noun = SkipBlanks(WordEnd(noun, end), end);
                return TriggerWordAt(noun, end) is EventKind.Meeting or EventKind.Talks or EventKind.Summit;
            }
            return TriggerWordAt(i, end) is EventKind.Meeting or EventKind.Talks or EventKind.Visit;
        }

        // The lapse words from word on ("a day", "two weeks", "hours", "shortly") and the connective
        // after them, which word is moved past: true for "after", false for "before", null for none.
        // Days is the lapse when the words give it exactly; sameDay says they put both happenings on
        // one day ("hours after", "shortly before", or a bare "after").
        [MethodImpl(Jit.Optimized)]
        private bool? ReadLapse(ref int word, int end, bool comma, out Lapse? lapse, out bool sameDay)
        {
            int count = 0, unit = 0;
            bool vague = false, longer = false, months = false;
            for (var words = 0; words < 3 && ConnectiveAt(word, end, comma, out _) is null; words++)
            {
                var wordEnd = word;
                while (wordEnd < end && char.IsLetterOrDigit(_text[wordEnd])) wordEnd++;
                var lapseWord = wordEnd > word ? _text.Substring(word, wordEnd - word) : "";
                if (lapseWord.Length is 1 or 2 && char.IsDigit(lapseWord[0]) && char.IsDigit(lapseWord[lapseWord.Length - 1])) count = DecimalDigits.Parse(lapseWord);
                else if (!LapseWords.TryGetValue(lapseWord, out var value)) break;
                else if (lapseWord.StartsWith("day", StringComparison.OrdinalIgnoreCase)) unit = 1;
                else if (lapseWord.StartsWith("week", StringComparison.OrdinalIgnoreCase)) unit = 7;
                else if (lapseWord.StartsWith("month", StringComparison.OrdinalIgnoreCase)) (unit, months) = (1, true);
                else if (value > 0) count = value;
                else if (value == 0)
                {
                    vague = true;
                    longer |= LongerLapses.Contains(lapseWord);
                }
                word = SkipBlanks(wordEnd, end);
            }
            lapse = vague || count == 0 || unit == 0 ? null : new Lapse(count * unit, months);
            sameDay = unit == 0 && !longer;
            var after = ConnectiveAt(word, end, comma, out var connectiveEnd);
            if (after is not null) word = connectiveEnd;
            return after;
        }

        // Vague lapse words that span more than a day: "years after", "not long after", "a few weeks".
        private static readonly HashSet<string> LongerLapses = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "year", "years", "long", "few", "several", "some" };

        // "after", "before", "ahead of", "prior to", "on the heels of" at i; after a comma also "following".
        // True for a connective that puts the aside's happening first, false for one that puts it
        // after, null for none; end is where the words after it start.
        [MethodImpl(Jit.Optimized)]
        private bool? ConnectiveAt(int i, int sentenceEnd, bool comma, out int end)
        {
            bool after;
            if (IsWordAtAnyCase(i, sentenceEnd, "after")) (end, after) = (i + 5, true);
            else if (IsWordAtAnyCase(i, sentenceEnd, "before")) (end, after) = (i + 6, false);
            else if (comma && IsWordAtAnyCase(i, sentenceEnd, "following")) (end, after) = (i + 9, true);
            else if (IsWordAtAnyCase(i, sentenceEnd, "ahead") && IsWordAt(SkipBlanks(i + 5, sentenceEnd), sentenceEnd, "of")) (end, after) = (SkipBlanks(i + 5, sentenceEnd) + 2, false);
            else if (IsWordAtAnyCase(i, sentenceEnd, "prior") && IsWordAt(SkipBlanks(i + 5, sentenceEnd), sentenceEnd, "to")) (end, after) = (SkipBlanks(i + 5, sentenceEnd) + 2, false);
            else if (PatternText.MatchesIgnoringAsciiCase(_text, i, sentenceEnd, "on the heels of ")) (end, after) = (i + 16, true);
            else
            {
                end = i;
                return null;
            }
            end = SkipBlanks(end, sentenceEnd);
            return after;
        }

        // The verbs that put a happening after or before another: "follows" (after, unless "followed
        // by"), "comes" and "came", whose "after" or "before" follows.
        private static readonly string[] FollowVerbs = { "follows", "followed", "follow" };

        private static readonly string[] ComeVerbs = { "comes", "came", "come" };

        [MethodImpl(Jit.Optimized)]
        private bool SequenceVerbAt(int i, int end, out int verbEnd, out bool? after)
        {
            verbEnd = i;
            after = null;
            if (_text[i] != 'f' && _text[i] != 'c') return false;
            while (verbEnd < end && char.IsLetter(_text[verbEnd])) verbEnd++;
            if (IsOneOf(i, verbEnd, ComeVerbs)) return true;
            if (!IsOneOf(i, verbEnd, FollowVerbs)) return false;
            var by = SkipBlanks(verbEnd, end);
            if (IsWordAt(by, end, "by")) (verbEnd, after) = (by + 2, false);
            else after = true;
            return true;
        }

        // "their third meeting this year after Putin visited Beijing in May", "her second trip to Russia
        // this year after she visited Moscow in January": "after" or "before" up to five words past a
        // happening's noun, opening a clause with a subject of its own (a capital, or "he", "she",
        // "they" right after it), puts another happening beside that one.
        private static readonly string[] SequencePrepositions = { "after", "before" };

        private static readonly string[] SubjectPronouns = { "he", "she", "they" };

        [MethodImpl(Jit.Optimized)]
        private bool NamedClauseAfterHappening(int from, int i, int end, out int wordEnd, out bool? after)
        {
            (wordEnd, after) = (i, null);
            if ((_text[i] != 'a' && _text[i] != 'b') || !IsAnyWordAt(i, end, SequencePrepositions)) return false;
            wordEnd = i + (_text[i] == 'a' ? 5 : 6);
            var next = SkipBlanks(wordEnd, end);
            if (next >= end || !(char.IsUpper(_text[next]) || IsAnyWordAt(next, end, SubjectPronouns))) return false;
            var word = PreviousWordStart(from, i);
            for (var words = 0; word >= 0 && words < 5; words++, word = PreviousWordStart(from, word))
            {
                if (IsAnyWordAt(word, i, SequencedNouns))
                {
                    after = _text[i] == 'a';
                    return true;
                }
            }
            return false;
        }

        // The nouns of happenings a sentence may put before or after another ("The visit follows ...",
        // "Her comments came days after ..."): the subject is one when one of them stands before the verb.
        private static readonly string[] SequencedNouns =
        {
            "visit", "visits", "trip", "tour", "meeting", "meetings", "talks", "summit", "negotiations", "call", "comments", "remarks",
            "statement", "warning", "announcement", "launch", "move", "exercises", "drills", "arrival", "ceremony",
        };

        [MethodImpl(Jit.Optimized)]
        private bool HappeningNounBetween(int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (_text[i] is ',' or ';') return false; // the subject stands right before its verb
                if ((i > start && char.IsLetter(_text[i - 1])) || !char.IsLetter(_text[i])) continue;
                if (IsAnyWordAt(i, end, SequencedNouns)) return true;
            }
            return false;
        }

        // The aside's own dates; without any, "a day after" counts from the day the rest of the
        // sentence states last before it ("Yoon warned on Wednesday, a day after Kim and Putin met": Tuesday).
        [MethodImpl(Jit.Optimized)]
        private static TemporalMention[] AsideDates(TemporalMention[] dates, (int Start, int End) aside, Lapse? lapse)
        {
            var own = Within(dates, aside.Start, aside.End);
            if (own.Length > 0 || lapse is not { } moved) return own;
            TemporalMention? from = null;
            foreach (var date in dates)
            {
                if (date.Start < aside.Start && date.Value is { Precision: DatePrecision.Day }) from = date;
            }
            // Years 1 and 9999 stay out: a day past either end is no date.
            return from is { Value: { } value } && moved.From(value.Start) is { } day ? new[] { new TemporalMention(aside.Start, 0, day) } : own;
        }
    }
}
