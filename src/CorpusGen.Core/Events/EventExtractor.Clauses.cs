using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using CorpusGen.Core.Dates;
using CorpusGen.Core.Model;
using CorpusGen.Core.Text;
using System.Runtime.CompilerServices;

namespace CorpusGen.Core.Events
{
    /// <summary>
    /// The clauses, asides and openings of a sentence: which part of it tells which happening, and
    /// whom a pronoun, "the two leaders" or a relative clause continues.
    /// </summary>
    public sealed partial class EventExtractor
    {
        private static readonly Regex PronounOpening = new Regex(
            @"^[“""]?(?:(?<pronoun>[Hh]e|[Ss]he|[Tt]hey)|(?<group>[Tt]he (?:two )?(?:leaders|sides)|[Tt]he three (?:leaders|sides|countries|nations|ministers|foreign ministers|heads of state)|[Tt]he (?:foreign )?ministers|[Tt]he (?:pair|duo)|[Tt]he two(?= (?:met|held|also|then|last|have|had|will|are|were|signed|discussed|agreed|shook|spoke|talked|exchanged)\b)|[Tt]he two (?:heads of state|foreign ministers|top diplomats|ministers|presidents|men|women|diplomats|envoys|delegations|countries|nations)|[Bb]oth (?:leaders|sides|men|ministers|countries))(?!['’]))\b",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);

        // The words that join a clause after a comma ("..., and he traveled"); after a semicolon none
        // is needed. Without one a comma may open an aside or close a quote (", he said").
        private static readonly string[] ClauseJoiners = { "and", "but", "while", "then" };

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

        // "Zelenskyy, who had offered to meet Putin in person, met Erdoğan on Thursday", "Kim, who met
        // Putin in 2019, received Lavrov on Wednesday": a relative clause without a day of its own
        // that tells of another time, or of a happening with someone it names, is an aside with no
        // date. Its names take no part in the rest, and its trigger words are not the rest's (the
        // first word of each kind would stand for the sentence's).
        [MethodImpl(Jit.Optimized)]
        private void AddUndatedRelativeClauses((int Start, int End) sentence, TemporalMention[] dates, IReadOnlyList<MentionSpec> mentions)
        {
            for (var (comma, close) = NextWhoClause(sentence.Start, sentence.End); comma >= 0; (comma, close) = NextWhoClause(close, sentence.End))
            {
                if (AnyWithin(dates, comma, close)) continue;
                if (AnyWithin(_sentenceTimes, comma, close) || (FirstPersonWithin(mentions, comma, close) is not null && ReportsSomething((comma, close)))) _asides.Add((comma, close));
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
                    else if (sequenced && pronoun)
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
            if (!IsFrontedInitial(_text[sentence.Start])) return (-1, -1);
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

        // "after", "before", "ahead of", "on the heels of" at i; after a comma also "following".
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

        // Where the next clause joined by ", and he", ", but she", "; they" and the like opens (at its
        // pronoun) after from, or -1. A clause whose subject is named (", and Xi and Putin held
        // talks") opens one too, where both it and the clause before report something and the one
        // before has a date: a list of names (", and Peskov on Tuesday") reports nothing.
        [MethodImpl(Jit.Optimized)]
        private int NextClause(int from, int end, TemporalMention[] dates, IReadOnlyList<MentionSpec> mentions, out Opening opening)
        {
            opening = Opening.None;
            for (var i = from; i < end; i++)
            {
                var c = _text[i];
                // Both joins need " and " ('a' tested first: this runs at every blank).
                if (c == ' ' && i + 1 < end && _text[i + 1] == 'a'
                    && (JoinsAnotherDatedHappening(from, i, end, dates, mentions, out var verb) || JoinsAnotherMeeting(from, i, end, mentions, out verb)))
                {
                    opening = Opening.Joined;
                    return verb;
                }
                if (c != ',' && c != ';') continue;
                var word = SkipBlanks(i + 1, end);
                if (c == ',' && WhenItsSubjectMetSomeoneElse(from, i, word, end, mentions, out opening)) return SkipBlanks(word + 4, end);
                var joined = c == ';';
                var meanwhile = false;
                for (var joiners = 0; joiners < 2; joiners++) // "and then he" takes two
                {
                    var length = JoinerAt(word, end);
                    if (length == 0) break;
                    meanwhile |= IsWordAt(word, end, "while");
                    word = SkipBlanks(word + length, end);
                    joined = true;
                }
                if (!joined) continue;
                // ", and in January Choe went to Moscow": the subject comes after the clause's date,
                // which stays the clause's own.
                var subject = AfterOpeningDate(word, end, dates);
                if (IsWordAt(subject, end, "he") || IsWordAt(subject, end, "she")) opening = Opening.Singular;
                else if (OpensOnAPairAgain(subject, end)) opening = Opening.Plural;
                // ", while Putin arrived in North Korea": what someone else did meanwhile, with no day
                // of its own, is read with the rest of the sentence and its day (who took part is
                // settled there: MeanwhileClauseAfter); with a day of its own it is a clause of its own.
                else if ((meanwhile && !AnyWithin(dates, word, end)) || !OpensNamedClause(from, i, subject, end, dates, mentions)) continue;
                return word;
            }
            return -1;
        }

        // "they", "the two leaders": words that go on about a pair already named.
        [MethodImpl(Jit.Optimized)]
        private bool OpensOnAPairAgain(int subject, int end) => IsWordAt(subject, end, "they") || OpensOnTheTwo(subject, end);

        // The persons named before position, each once.
        [MethodImpl(Jit.Optimized)]
        private List<string> PersonsBefore(IReadOnlyList<MentionSpec> mentions, int position)
        {
            var persons = new List<string>(2);
            for (var m = 0; m < mentions.Count && mentions[m].Span.Start < position; m++)
            {
                if (Kind(mentions[m]) == EntityKind.Person && !persons.Contains(mentions[m].EntityId)) persons.Add(mentions[m].EntityId);
            }
            return persons;
        }

        // ", and the two leaders held an informal meeting": the pair a sentence opening so refers to.
        [MethodImpl(Jit.Optimized)]
        private bool OpensOnTheTwo(int subject, int end)
            => subject < end && (_text[subject] is 't' or 'b') && PronounOpening.Match(_text, subject, end - subject).Groups["group"].Success;

        // "Lavrov met Choe on Monday and met Kim on Tuesday", "arrived in Pyongyang on Monday and
        // held talks with Kim on Tuesday": " and " then a trigger (or "held" and one), where both
        // sides have a date of their own and the second names a person. The subject and the place
        // carry on (Opening.Joined).
        [MethodImpl(Jit.Optimized)]
        private bool JoinsAnotherDatedHappening(int from, int blank, int end, TemporalMention[] dates, IReadOnlyList<MentionSpec> mentions, out int verb)
        {
            verb = SkipBlanks(blank + 1, end);
            if (!IsWordAt(verb, end, "and")) return false;
            verb = SkipBlanks(verb + 3, end);
            // "and then travel to Vietnam on Wednesday": the adverb is no verb. "and was received by
            // Putin on Tuesday": a passive's auxiliary neither.
            var trigger = verb;
            var passive = PassiveWithAgentAt(verb, end);
            if (IsWordAt(trigger, end, "then")) trigger = SkipBlanks(trigger + 4, end);
            else if (passive >= 0) trigger = passive;
            var kind = TriggerWordAt(PastHeld(trigger, end), end);
            if (kind is null or EventKind.Statement) return false;
            if (trigger > verb && kind != EventKind.Visit && passive < 0) return false;
            if (Within(dates, from, blank).Length == 0 || Within(dates, trigger, end).Length == 0) return false;
            for (var m = 0; m < mentions.Count; m++)
            {
                // A person, or for a journey on ("and then travel to Vietnam") its place.
                if (mentions[m].Span.Start > trigger && (Kind(mentions[m]) == EntityKind.Person || (trigger > verb && Kind(mentions[m]) is EntityKind.Country or EntityKind.Place))) return true;
            }
            return false;
        }

        // "Choe met Putin on Monday and held talks with Lavrov": " and " then a meeting's or talks' word
        // (or "held" and one), where the clause before already tells a meeting with someone and the
        // one after names someone else. Two meetings of the same subject, not one of three; the date,
        // the subject and the place carry on (Opening.Joined). "met Kim and held talks with him" stays one.
        [MethodImpl(Jit.Optimized)]
        private bool JoinsAnotherMeeting(int from, int blank, int end, IReadOnlyList<MentionSpec> mentions, out int verb)
        {
            verb = SkipBlanks(blank + 1, end);
            if (!IsWordAt(verb, end, "and")) return false;
            // "a two-day visit during which he met Kim and held talks with Choe": both are what the
            // visit held, and take only a date of their own (RelativeClauseDates), not a clause's.
            if (FirstClauseOfWhatItHeld((from, blank)) >= 0) return false;
            // The clause opens after "and" ("and then met ...": at "then").
            var clause = SkipBlanks(verb + 3, end);
            verb = clause;
            foreach (var adverb in SequenceAdverbs)
            {
                if (IsWordAt(verb, end, adverb)) { verb = SkipBlanks(verb + adverb.Length, end); break; }
            }
            // "and was received by Putin at the Kremlin": a passive with its agent.
            if (PassiveWithAgentAt(verb, end) is var trigger and >= 0) verb = trigger;
            if (TriggerWordAt(PastHeld(verb, end), end) is not (EventKind.Meeting or EventKind.Talks or EventKind.Summit)) return false;
            verb = clause;
            return MeetsSomeoneElseAfter(from, blank, clause, end, mentions);
        }

        // "was received by", "were greeted by": where the participle after the auxiliary at i stands
        // when "by" follows it, or -1.
        [MethodImpl(Jit.Optimized)]
        private int PassiveWithAgentAt(int i, int end)
        {
            if (!IsWordAt(i, end, "was") && !IsWordAt(i, end, "were")) return -1;
            var participle = SkipBlanks(WordEnd(i, end), end);
            return IsWordAt(SkipBlanks(WordEnd(participle, end), end), end, "by") ? participle : -1;
        }

        // "Choe met Lavrov in January, when she also held talks with Putin": after a clause that tells
        // a meeting with someone, one opened by "when" and a pronoun that tells a meeting with someone
        // else is a meeting of its own (the date and the place carry on). Else the clause stays part
        // of the sentence: "visited Pyongyang in July, when he met Kim" met Kim in Pyongyang, and
        // ", when Putin attended the forum in Beijing" is where the meeting before it was.
        [MethodImpl(Jit.Optimized)]
        private bool WhenItsSubjectMetSomeoneElse(int from, int comma, int word, int end, IReadOnlyList<MentionSpec> mentions, out Opening opening)
        {
            opening = Opening.None;
            if (!IsWordAt(word, end, "when")) return false;
            var subject = SkipBlanks(word + 4, end);
            var pronoun = IsWordAt(subject, end, "he") || IsWordAt(subject, end, "she") ? Opening.Singular : IsWordAt(subject, end, "they") ? Opening.Plural : Opening.None;
            if (pronoun == Opening.None || !MeetsSomeoneElseAfter(from, comma, subject, end, mentions)) return false;
            opening = pronoun;
            return true;
        }

        // Whether the clause from start to end tells a meeting, talks or a summit with a person not
        // named between from and joint, where the part before already tells one with a person named
        // after its word.
        [MethodImpl(Jit.Optimized)]
        private bool MeetsSomeoneElseAfter(int from, int joint, int start, int end, IReadOnlyList<MentionSpec> mentions)
        {
            var meetingAfter = FirstMeetingWord((start, end));
            var meetingBefore = meetingAfter < 0 ? -1 : FirstMeetingWord((from, joint));
            if (meetingBefore < 0 || !PersonBetween(mentions, meetingBefore, joint)) return false;
            for (var m = 0; m < mentions.Count; m++)
            {
                var mention = mentions[m];
                if (mention.Span.Start <= meetingAfter || mention.Span.Start >= end || Kind(mention) != EntityKind.Person) continue;
                // "held talks with him and Choe": the one met before takes part again.
                if (MeetsAgain(meetingAfter, mention.Span.Start)) return false;
                var namedBefore = false;
                for (var n = 0; n < mentions.Count && !namedBefore; n++) namedBefore = mentions[n].Span.Start >= from && mentions[n].Span.Start < joint && mentions[n].EntityId == mention.EntityId;
                if (!namedBefore) return true;
            }
            return false;
        }

        // Whether "him", "them" or "her" as an object ("with her and Lavrov", not "her counterpart")
        // stands between start and end.
        [MethodImpl(Jit.Optimized)]
        private bool MeetsAgain(int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (i > 0 && char.IsLetter(_text[i - 1])) continue;
                if (IsWordAt(i, end, "him") || IsWordAt(i, end, "them")) return true;
                if (IsWordAt(i, end, "her") && IsWordAt(SkipBlanks(i + 3, end), end, "and")) return true;
            }
            return false;
        }

        // Where the first meeting's, talks' or summit's word of the clause stands, or -1: word by
        // word, as FindTriggersByWords reads, without a list.
        [MethodImpl(Jit.Optimized)]
        private int FirstMeetingWord((int Start, int End) clause)
        {
            for (var i = clause.Start; i < clause.End;)
            {
                if (!char.IsLetter(_text[i])) { i++; continue; }
                var wordEnd = i + 1;
                while (wordEnd < clause.End && char.IsLetter(_text[wordEnd])) wordEnd++;
                var k = TriggerAt(i, wordEnd, clause.End, out _);
                if (k >= 0 && TriggerKinds[k] is EventKind.Meeting or EventKind.Talks or EventKind.Summit && !InAside(i)) return i;
                i = wordEnd;
            }
            return -1;
        }

        [MethodImpl(Jit.Optimized)]
        private bool PersonBetween(IReadOnlyList<MentionSpec> mentions, int start, int end)
        {
            for (var m = 0; m < mentions.Count; m++)
            {
                if (mentions[m].Span.Start > start && mentions[m].Span.Start < end && Kind(mentions[m]) == EntityKind.Person) return true;
            }
            return false;
        }

        // Where the clause's subject stands after a date that opens it ("in January Choe", "on
        // Tuesday, he"), or word itself.
        [MethodImpl(Jit.Optimized)]
        private int AfterOpeningDate(int word, int end, TemporalMention[] dates)
        {
            var at = IsWordAt(word, end, "in") || IsWordAt(word, end, "on") ? SkipBlanks(word + 2, end) : word;
            foreach (var date in dates)
            {
                if (date.Start != at && date.Start != word) continue;
                var after = date.Start + date.Length;
                if (after < end && _text[after] == ',') after++;
                return SkipBlanks(after, end);
            }
            return word;
        }

        // The clause opens with a capital and names an actor: ", and Xi and Putin held talks" (Xi
        // need not be in the catalog), ", and Russian President Vladimir Putin hosted".
        [MethodImpl(Jit.Optimized)]
        private bool OpensNamedClause(int from, int joint, int word, int end, TemporalMention[] dates, IReadOnlyList<MentionSpec> mentions)
        {
            if (word >= end || !char.IsUpper(_text[word])) return false;
            var named = false;
            for (var m = 0; m < mentions.Count && !named; m++) named = mentions[m].Span.Start >= word && IsActor(Kind(mentions[m]));
            return named && Within(dates, from, joint).Length > 0 && ReportsSomething((from, joint)) && ReportsSomething((word, end));
        }

        [MethodImpl(Jit.Optimized)]
        private bool ReportsSomething((int Start, int End) clause)
        {
            foreach (var trigger in FindTriggers(clause))
            {
                if (trigger.Kind != EventKind.Statement) return true;
            }
            return false;
        }

        // The length of the joining word at i, followed by a blank, or 0.
        [MethodImpl(Jit.Optimized)]
        private int JoinerAt(int i, int end)
        {
            foreach (var joiner in ClauseJoiners)
            {
                if (IsWordAt(i, end, joiner) && SkipBlanks(i + joiner.Length, end) > i + joiner.Length) return joiner.Length;
            }
            return 0;
        }

        // Whether the sentence starts as PronounOpening needs ("He", "She" or "They", after an
        // opening quote; in lower case after a fronted adverbial): called for every sentence, where
        // a pattern call costs far more.
        [MethodImpl(Jit.Optimized)]
        private bool MayOpenWithPronoun((int Start, int End) sentence)
        {
            var i = sentence.Start;
            if (i < sentence.End && (_text[i] == '“' || _text[i] == '"')) i++;
            if (i >= sentence.End) return false;
            // The patterns' first letter in either case, the rest as written.
            var first = (char)(_text[i] & ~0x20);
            return (first == 'H' && PatternText.Matches(_text, i + 1, sentence.End, "e"))
                || (first == 'S' && PatternText.Matches(_text, i + 1, sentence.End, "he"))
                || (first == 'T' && (PatternText.Matches(_text, i + 1, sentence.End, "hey") || (PatternText.Matches(_text, i + 1, sentence.End, "he ") && StartsAnyOf(i + 4, sentence.End, GroupWordsAfterThe))))
                || (first == 'B' && PatternText.Matches(_text, i + 1, sentence.End, "oth "));
        }

        // The words after "The " that PronounOpening's groups open with.
        private static readonly string[] GroupWordsAfterThe = { "two ", "three ", "leaders", "sides", "ministers", "foreign ministers", "pair", "duo" };

        [MethodImpl(Jit.Optimized)]
        private bool StartsAnyOf(int i, int end, string[] literals)
        {
            foreach (var literal in literals)
            {
                if (PatternText.Matches(_text, i, end, literal)) return true;
            }
            return false;
        }

        // "Kim and Shoigu toured the exhibition on Wednesday. Kim also met with Shoigu and discussed
        // ...": a sentence without a date whose subject took part in the sentence before and goes on
        // with "also", "then" or "later" before a meeting's or visit's word tells of the same day.
        // So does "Putin arrived in Pyongyang early Wednesday. Kim Jong Un greeted him at the
        // airport": a new subject meeting "him" or "her", the one the sentence before was about.
        private static readonly string[] SequenceAdverbs = { "also", "then", "later", "subsequently" };

        [MethodImpl(Jit.Optimized)]
        private bool GoesOnNamed((int Start, int End) sentence, IReadOnlyList<MentionSpec> mentions)
        {
            var first = -1;
            for (var i = 0; i < mentions.Count && first < 0; i++)
            {
                if (Kind(mentions[i]) == EntityKind.Person) first = i;
            }
            if (first < 0) return false;
            if (WelcomesOnArrival(sentence, mentions)) return true;
            for (var c = sentence.Start; c < mentions[first].Span.Start; c++)
            {
                if (_text[c] is ',' or ';' or ':' or '“' or '"') return false; // the subject opens the sentence
            }
            // "Kim and Putin later held talks": every person of the subject took part before.
            var tookPart = TookPartBefore(mentions[first].EntityId);
            var last = first;
            while (last + 1 < mentions.Count && Kind(mentions[last + 1]) == EntityKind.Person && IsAndBetween(mentions[last], mentions[last + 1]))
            {
                tookPart &= TookPartBefore(mentions[++last].EntityId);
            }
            var word = SkipBlanks(mentions[last].Span.Start + mentions[last].Span.Length, sentence.End);
            if (IsAnyWordAt(word, sentence.End, SequenceAdverbs)) return tookPart && GoesOnWith(word, sentence.End);
            if (last != first || _previousSubject is null || mentions[first].EntityId == _previousSubject) return false;
            for (var i = last + 1; i < mentions.Count; i++)
            {
                if (Kind(mentions[i]) == EntityKind.Person) return false; // someone else is named: "him" may be another
            }
            word = PastHeld(word, sentence.End);
            if (TriggerWordAt(word, sentence.End) is not (EventKind.Meeting or EventKind.Summit or EventKind.Talks)) return false;
            var pronoun = SkipBlanks(WordEnd(word, sentence.End), sentence.End);
            if (IsWordAt(pronoun, sentence.End, "with")) pronoun = SkipBlanks(pronoun + 4, sentence.End);
            return IsAnyWordAt(pronoun, sentence.End, ObjectPronouns) && !(_text[pronoun + 1] == 'e' && OpensNounPhrase(pronoun + 3, sentence.End));
        }

        // "Lavrov arrived in Pyongyang on Wednesday. Lavrov was greeted at the airport by Choe": a
        // welcome on arrival, of the one the sentence before was about, is that arrival's day.
        private static readonly string[] ArrivalWords = { "airport", "tarmac", "arrival", "station" };

        [MethodImpl(Jit.Optimized)]
        private bool WelcomesOnArrival((int Start, int End) sentence, IReadOnlyList<MentionSpec> mentions)
        {
            if (_previousSubject is null) return false;
            var named = false;
            for (var m = 0; m < mentions.Count && !named; m++) named = mentions[m].EntityId == _previousSubject;
            if (!named) return false;
            var greeting = false;
            var arrival = false;
            for (var i = sentence.Start; i < sentence.End && !(greeting && arrival); i++)
            {
                if (!char.IsLetter(_text[i]) || (i > sentence.Start && char.IsLetter(_text[i - 1]))) continue;
                greeting = greeting || IsAnyWordAt(i, sentence.End, GreetingWords) || IsWordAt(i, sentence.End, "received");
                // "at Pyongyang's Sunan International Airport": in a name, with its capital.
                arrival = arrival || IsAnyWordAtAnyCase(i, sentence.End, ArrivalWords);
            }
            return greeting && arrival;
        }

        // "Lavrov met Kim on Thursday. Lavrov, who arrived on Wednesday, also held talks with Choe":
        // the only date is the relative clause's, and the main clause goes on with "also" from the
        // sentence before. Where that clause closes, or -1; the sentence before's dates are then
        // the main clause's.
        [MethodImpl(Jit.Optimized)]
        private int GoesOnAfterRelativeClause((int Start, int End) sentence, TemporalMention[] dates, IReadOnlyList<MentionSpec> mentions)
        {
            if (_previousDates.Length == 0 || mentions.Count == 0 || Kind(mentions[0]) != EntityKind.Person || !TookPartBefore(mentions[0].EntityId)) return -1;
            var comma = mentions[0].Span.Start + mentions[0].Span.Length;
            if (SkipBlanks(sentence.Start, sentence.End) != mentions[0].Span.Start || comma >= sentence.End || _text[comma] != ',') return -1;
            var who = SkipBlanks(comma + 1, sentence.End);
            if (!IsWordAt(who, sentence.End, "who")) return -1;
            var close = who;
            while (close < sentence.End && _text[close] != ',') close++;
            if (close == sentence.End || Outside(dates, comma, close).Length > 0) return -1;
            return GoesOnWith(SkipBlanks(close + 1, sentence.End), sentence.End) ? close : -1;
        }

        // "also met", "later held talks": a sequence adverb at word, then a meeting's or a visit's word.
        [MethodImpl(Jit.Optimized)]
        private bool GoesOnWith(int word, int end)
        {
            if (!IsAnyWordAt(word, end, SequenceAdverbs)) return false;
            var verb = PastHeld(SkipBlanks(WordEnd(word, end), end), end);
            return TriggerWordAt(verb, end) is EventKind.Meeting or EventKind.Summit or EventKind.Talks or EventKind.Visit;
        }

        // "held talks", "held a brief bilateral meeting": the trigger is the noun after the verb, past
        // an article and up to two words that describe it.
        [MethodImpl(Jit.Optimized)]
        private int PastHeld(int verb, int end)
        {
            if (!IsWordAt(verb, end, "held")) return verb;
            var noun = SkipBlanks(verb + 4, end);
            var first = noun;
            if (IsAnyWordAt(noun, end, HeldArticles)) noun = SkipBlanks(WordEnd(noun, end), end);
            for (var words = 0; words < 3 && noun < end && char.IsLower(_text[noun]); words++)
            {
                if (TriggerWordAt(noun, end) is not null) return noun;
                noun = SkipBlanks(WordEnd(noun, end), end);
            }
            return first;
        }

        private static readonly string[] HeldArticles = { "a", "an", "the", "their", "his", "her" };

        [MethodImpl(Jit.Optimized)]
        private bool TookPartBefore(string id) => id == _previousSubject || _previousGroup.Contains(id);

        [MethodImpl(Jit.Optimized)]
        private bool IsAndBetween(MentionSpec left, MentionSpec right)
        {
            var and = SkipBlanks(left.Span.Start + left.Span.Length, right.Span.Start);
            return IsWordAt(and, right.Span.Start, "and") && SkipBlanks(and + 3, right.Span.Start) == right.Span.Start;
        }

        // Words that open an adverbial put before a sentence's subject: "On Wednesday, he met Putin",
        // "Later, they held talks", "During the visit, she toured a factory".
        private static readonly string[] FrontedOpeners =
        {
            "On", "In", "At", "After", "During", "Following", "Before", "Upon", "Later", "Earlier", "Then", "Afterwards",
            "Meanwhile", "Subsequently", "Last", "This", "Shortly", "Hours", "Days",
        };

        // A switch, not string.IndexOf: the framework's vectorized search runs unoptimized in a fresh
        // compiler (docs/performance.md), and this is asked of every sentence.
        [MethodImpl(Jit.Inlined)]
        private static bool IsFrontedInitial(char c)
            => c is 'A' or 'B' or 'D' or 'E' or 'F' or 'H' or 'I' or 'J' or 'L' or 'M' or 'N' or 'O' or 'S' or 'T' or 'U' or 'W' or 'Y';

        // Where the subject stands after a fronted adverbial: one ending at a comma within eight words
        // that names no person ("On Wednesday, he met Putin"; not "After Putin arrived, he": he may be
        // Putin), or a date expression the subject follows at once ("Later on Wednesday the two
        // leaders held talks"). Else the sentence's start.
        [MethodImpl(Jit.Optimized)]
        private int AfterFrontedAdverbial((int Start, int End) sentence, TemporalMention[] dates, IReadOnlyList<MentionSpec> mentions)
        {
            var start = sentence.Start;
            // Every sentence is asked: most open with a name ("Kim", "Putin", "Russian"), whose first
            // letter opens no fronted opener, month or weekday.
            if (start >= sentence.End || !IsFrontedInitial(_text[start])) return start;
            var dateStart = IsWordAt(start, sentence.End, "Later") ? SkipBlanks(start + 5, sentence.End)
                : IsWordAt(start, sentence.End, "Earlier") ? SkipBlanks(start + 7, sentence.End)
                : start;
            // A date expression may or may not hold its preposition ("on Wednesday").
            var preposition = IsWordAt(dateStart, sentence.End, "on") || IsWordAt(dateStart, sentence.End, "On") ? SkipBlanks(dateStart + 2, sentence.End)
                : IsWordAt(dateStart, sentence.End, "in") || IsWordAt(dateStart, sentence.End, "In") ? SkipBlanks(dateStart + 2, sentence.End)
                : dateStart;
            foreach (var date in dates)
            {
                if ((date.Start != dateStart && date.Start != preposition) || date.Length == 0) continue;
                var after = SkipBlanks(date.Start + date.Length, sentence.End);
                return after < sentence.End && _text[after] == ',' ? SkipBlanks(after + 1, sentence.End) : after;
            }
            if (!IsAnyWordAt(start, sentence.End, FrontedOpeners)) return start;
            var words = 0;
            for (var i = start; i < sentence.End && words <= 8; i++)
            {
                var c = _text[i];
                if (c == ' ') words++;
                else if (c == ',')
                {
                    for (var m = 0; m < mentions.Count; m++)
                    {
                        if (mentions[m].Span.Start >= start && mentions[m].Span.Start < i && Kind(mentions[m]) == EntityKind.Person) return start;
                    }
                    return SkipBlanks(i + 1, sentence.End);
                }
                else if (c is ';' or ':' or '"' or '“' or '(') return start;
            }
            return start;
        }

        private static readonly string[] SpanVerbs = { "began", "begins", "started", "starts", "ended", "ends", "concluded", "opened", "lasted", "runs", "ran", "took" };

        // "Lavrov, who arrived in Pyongyang on Wednesday, held talks with Choe on Thursday": a date in
        // a relative clause (", who ...," ", which ...,") is that clause's, and one outside it the
        // rest of the sentence's, when each has its own.
        // The sentence's first relative clause (FirstRelativeClause) and "during which" (FirstClauseOfWhatItHeld)
        // are found once for all its triggers.
        [MethodImpl(Jit.Optimized)]
        private TemporalMention[] RelativeClauseDates(TemporalMention[] dates, int trigger, (int Start, int End) sentence, (int Comma, int Close) relative, int during, IReadOnlyList<MentionSpec> mentions)
        {
            if (dates.Length == 0) return dates;
            // "left Pyongyang on Friday after a two-day visit during which he met Kim": what a visit
            // held happened on some day of it, which only a date of its own tells; but a visit's month
            // ("his trip to Russia in September, during which he met Putin") is the month of all it held.
            if (during >= 0 && during < trigger)
            {
                var held = Within(dates, during, sentence.End);
                return held.Length > 0 ? held : WholeMonths(Within(dates, 0, during));
            }
            var (comma, close) = relative;
            if (comma < 0) return dates;
            // "on a visit to Pyongyang, which began on Tuesday": a clause that tells when the
            // happening just named began or ended dates that happening. Its parties' names do not
            // count in how near ("The summit between Vladimir Putin and Kim Jong Un, which took place").
            var word = SkipBlanks(comma + 1, sentence.End);
            if (trigger < comma && comma - trigger - NamesWithin(mentions, trigger, comma) <= 40
                && IsWordAt(word, sentence.End, "which") && IsAnyWordAt(SkipBlanks(word + 5, sentence.End), sentence.End, SpanVerbs)) return dates;
            var inside = trigger > comma && trigger < close;
            var own = inside ? Within(dates, comma, close) : Outside(dates, comma, close);
            // "Kim received Shoigu, who arrived on Tuesday, ...": Tuesday is the arrival's only.
            // "Choe, who arrived in Moscow last week, held talks on Friday": the week is the
            // arrival's, which has no day here.
            return own.Length > 0 || !inside ? own : AnyWithin(_sentenceTimes, comma, close) ? NoDates : dates;
        }

        // The dates of dates that are a whole month; allocates only when some are not.
        [MethodImpl(Jit.Optimized)]
        private static TemporalMention[] WholeMonths(TemporalMention[] dates)
        {
            var months = 0;
            foreach (var date in dates)
            {
                if (date.Value is { Precision: DatePrecision.Month }) months++;
            }
            if (months == dates.Length) return dates;
            if (months == 0) return NoDates;
            var kept = new TemporalMention[months];
            months = 0;
            foreach (var date in dates)
            {
                if (date.Value is { Precision: DatePrecision.Month }) kept[months++] = date;
            }
            return kept;
        }

        // How many characters the names of persons and countries take within [from, to).
        [MethodImpl(Jit.Optimized)]
        private int NamesWithin(IReadOnlyList<MentionSpec> mentions, int from, int to)
        {
            var length = 0;
            for (var m = 0; m < mentions.Count; m++)
            {
                if (mentions[m].Span.Start >= from && mentions[m].Span.Start < to && Kind(mentions[m]) is EntityKind.Person or EntityKind.Country) length += mentions[m].Span.Length;
            }
            return length;
        }

        private static readonly string[] HoldingVerbs = { "included", "includes", "featured", "features" };

        private static readonly string[] HoldingVerbStems = { " includ", " featur" };

        // Where the sentence first tells what a happening held: "during which", or "that included"
        // and the like ("left Russia on Sunday after a six-day visit that included a summit with
        // Putin"); or -1. Found with ordinal searches: asked of every dated sentence, and a scan
        // of its characters cost about 1% of the extraction.
        [MethodImpl(Jit.Optimized)]
        private int FirstClauseOfWhatItHeld((int Start, int End) sentence)
        {
            var first = -1;
            var length = sentence.End - sentence.Start;
            for (var during = _text.IndexOf("during", sentence.Start, length, StringComparison.Ordinal); during >= 0 && first < 0;
                 during = during + 1 < sentence.End ? _text.IndexOf("during", during + 1, sentence.End - during - 1, StringComparison.Ordinal) : -1)
            {
                if ((during == sentence.Start || !char.IsLetter(_text[during - 1])) && IsWordAt(during, sentence.End, "during")
                    && IsWordAt(SkipBlanks(during + 6, sentence.End), sentence.End, "which")) first = during;
            }
            foreach (var stem in HoldingVerbStems)
            {
                for (var at = _text.IndexOf(stem, sentence.Start, length, StringComparison.Ordinal); at >= 0 && (first < 0 || at < first);
                     at = at + 1 < sentence.End ? _text.IndexOf(stem, at + 1, sentence.End - at - 1, StringComparison.Ordinal) : -1)
                {
                    var opener = PreviousWordStart(sentence.Start, at + 1);
                    if (opener >= 0 && (IsWordAt(opener, at, "that") || IsWordAt(opener, at, "which")) && IsAnyWordAt(at + 1, sentence.End, HoldingVerbs))
                    {
                        first = opener;
                        break;
                    }
                }
            }
            return first;
        }

        // The first relative clause of the sentence, from its comma to the next comma or the end
        // (", who arrived on Sunday"), or (-1, -1).
        [MethodImpl(Jit.Optimized)]
        private (int Comma, int Close) FirstRelativeClause((int Start, int End) sentence)
        {
            for (var i = sentence.Start; i < sentence.End; i++)
            {
                if (_text[i] != ',') continue;
                var word = SkipBlanks(i + 1, sentence.End);
                if (!IsWordAt(word, sentence.End, "who") && !IsWordAt(word, sentence.End, "which")) continue;
                var close = word;
                while (close < sentence.End && _text[close] != ',') close++;
                return (i, close);
            }
            return (-1, -1);
        }

        // "He then met Choe, who arrived on Sunday": a clause that goes on from the one before and
        // has dates only in its relative clause goes on on the day before; Sunday is the arrival's.
        [MethodImpl(Jit.Optimized)]
        private TemporalMention[] WithContinuedDates(TemporalMention[] own, (int Start, int End) clause)
        {
            if (own.Length == 0 || _previousDates.Length == 0) return own;
            var (comma, close) = FirstRelativeClause(clause);
            if (comma < 0 || Outside(own, comma, close).Length > 0) return own;
            var dates = new TemporalMention[own.Length + _previousDates.Length];
            own.CopyTo(dates, 0);
            for (var d = 0; d < _previousDates.Length; d++) dates[own.Length + d] = new TemporalMention(clause.Start, 0, _previousDates[d].Value);
            return dates;
        }

        // Whether every date in own is the day the clause or sentence before was dated by.
        [MethodImpl(Jit.Optimized)]
        private bool OnlyTheDayBefore(TemporalMention[] own)
        {
            if (own.Length == 0) return false;
            foreach (var date in own)
            {
                var same = false;
                foreach (var before in _previousDates) same |= before.Value is { Precision: DatePrecision.Day } day && date.Value == day;
                if (!same) return false;
            }
            return true;
        }

        // Where ", as he", ", while she" or ", when they" resumes the main clause after reported
        // content starting at from, or end.
        [MethodImpl(Jit.Optimized)]
        private int MainClauseResumes(int from, int end)
        {
            for (var i = from; i < end; i++)
            {
                if (_text[i] != ',') continue;
                var word = SkipBlanks(i + 1, end);
                var conjunction = IsWordAt(word, end, "as") ? 2 : IsWordAt(word, end, "while") ? 5 : IsWordAt(word, end, "when") ? 4 : 0;
                if (conjunction == 0) continue;
                var subject = SkipBlanks(word + conjunction, end);
                if (IsSubjectPronounAt(subject, end)) return i;
            }
            return end;
        }

        // The persons a sentence names, when at least two; else its other actors, when at least two.
        // Every dated sentence asks: the persons are at hand, and the actors are listed only when
        // the mentions could hold two.
        [MethodImpl(Jit.Optimized)]
        private List<string> Group(IReadOnlyList<MentionSpec> mentions, List<string> persons)
        {
            if (persons.Count >= 2) return persons;
            var others = 0;
            for (var i = 0; i < mentions.Count; i++)
            {
                if (IsActor(Kind(mentions[i])) && Kind(mentions[i]) != EntityKind.Person) others++;
            }
            if (persons.Count + others < 2) return NoGroup;
            var actors = Distinct(mentions, m => IsActor(Kind(m)));
            return actors.Count >= 2 ? actors : NoGroup;
        }

        // Keeps the two persons a sentence names as the last pair, or drops the pair when the
        // sentence names anyone else. Allocates only for a new pair.
        [MethodImpl(Jit.Optimized)]
        private void NotePair(IReadOnlyList<MentionSpec> mentions)
        {
            string? first = null, second = null;
            var more = false;
            for (var i = 0; i < mentions.Count; i++) // not foreach: a list's enumerator would be boxed
            {
                if (Kind(mentions[i]) != EntityKind.Person) continue;
                var id = mentions[i].EntityId;
                if (first is null || first == id) first = id;
                else if (second is null || second == id) second = id;
                else more = true;
            }
            if (second is not null && !more)
            {
                if (_lastPair is null || !_lastPair.Contains(first!) || !_lastPair.Contains(second)) _lastPair = new List<string> { first!, second };
            }
            else if (first is not null && _lastPair is not null && (more || !_lastPair.Contains(first) || (second is not null && !_lastPair.Contains(second)))) _lastPair = null;
        }

        // "the two ministers", "the foreign ministers": a group of ministers, whom no leader of a country is.
        [MethodImpl(Jit.Optimized)]
        private bool NamesMinisters(Group described) => _text.IndexOf("ministers", described.Index, described.Length, StringComparison.Ordinal) >= 0;

        // The two persons named last before position whom the catalog does not give a country's
        // lead, or null. Asked rarely: the article's mentions are walked back from the sentence.
        [MethodImpl(Jit.Optimized)]
        private List<string>? LastTwoNotLeaders(int position)
        {
            List<string>? two = null;
            for (var m = _articleMentions.Count - 1; m >= 0; m--)
            {
                var mention = _articleMentions[m];
                if (mention.Span.Start >= position || Kind(mention) != EntityKind.Person || _catalog[mention.EntityId].IsLeader) continue;
                if (two is not null && two.Contains(mention.EntityId)) continue;
                (two ??= new List<string>(2)).Add(mention.EntityId);
                if (two.Count == 2) return two;
            }
            return null;
        }

        // "The two leaders" are two persons, "Both sides" two actors of any kind: a group of another
        // size or kind is not the one the words describe.
        [MethodImpl(Jit.Optimized)]
        private bool Fits(Group described)
        {
            var noun = _text.Substring(described.Index, described.Length);
            // "The three leaders" after a trilateral summit; any other description is of two.
            if (_previousGroup.Count != (noun.IndexOf(" three ", StringComparison.Ordinal) >= 0 ? 3 : 2)) return false;
            if (NamesMinisters(described) && _previousGroup.Exists(id => _catalog[id].IsLeader)) return false;
            var persons = !(noun.EndsWith("sides", StringComparison.Ordinal) || noun.EndsWith("countries", StringComparison.Ordinal)
                || noun.EndsWith("nations", StringComparison.Ordinal) || noun.EndsWith("delegations", StringComparison.Ordinal));
            return !persons || _previousGroup.TrueForAll(id => _catalog[id].Kind == EntityKind.Person);
        }

        // "Choe and Lavrov met in October, when Lavrov made a trip to the North": where the last
        // ", when", ", where", ", who", ", after" or ", as" before position opens a clause with its
        // own subject, or 0.
        private static readonly string[] SubordinateOpeners = { "when", "where", "who", "after", "as", "while" };

        [MethodImpl(Jit.Optimized)]
        private int SubordinateClauseBefore(int sentenceStart, int position)
        {
            for (var i = position - 1; i > sentenceStart; i--)
            {
                if (_text[i] != ',') continue;
                var word = SkipBlanks(i + 1, position);
                if (!IsAnyWordAt(word, position, SubordinateOpeners)) continue;
                // "Putin, who met Kim on Wednesday, travelled to Hanoi": a relative clause closed by a
                // comma before position leaves the main clause to go on.
                if (IsWordAt(word, position, "who") && ContainsChar((word, position), ',', ',')) return 0;
                // ", as he met Kim during a visit": the pronoun is the subject, and Kim is not.
                while (word < position && char.IsLetter(_text[word])) word++;
                var subject = SkipBlanks(word, position);
                return IsSubjectPronounAt(subject, position) ? 0 : subject;
            }
            return 0;
        }

        // "Putin said Kim will visit Moscow": where the clause a verb of saying reports starts, when a
        // person's name opens it right after the verb (its subject is the traveller), or 0. Not
        // "said on Thursday that ..., as he met Kim", nor "told", whose object ("told Kim he will
        // visit") is the one spoken to. "The Kremlin confirmed the visit": what is confirmed or
        // denied is told, as what is said.
        private static readonly string[] SayingVerbs = { "said", "says", "announced", "stated", "confirmed", "denied" };

        // "told reporters on Wednesday Sergei Lavrov would arrive": "told" with its audience, and the
        // day it was said, before the reported clause.
        private static readonly string[] Audiences = { "reporters", "journalists", "the media", "the press" };
        private static readonly string[] WhenSaid = { "on", "today", "yesterday", "that" };

        [MethodImpl(Jit.Optimized)]
        private int ReportedClauseBefore(IReadOnlyList<MentionSpec> mentions, int sentenceStart, int position)
        {
            for (var i = position - 1; i > sentenceStart; i--)
            {
                if (char.IsLetter(_text[i - 1])) continue;
                var told = IsWordAt(i, position, "told") && IsAnyWordAt(SkipBlanks(i + 4, position), position, Audiences);
                if (!told && !IsAnyWordAt(i, position, SayingVerbs)) continue;
                var verbEnd = i;
                while (verbEnd < position && char.IsLetter(_text[verbEnd])) verbEnd++;
                if (told)
                {
                    verbEnd = SkipBlanks(verbEnd, position);
                    foreach (var audience in Audiences)
                    {
                        if (IsWordAt(verbEnd, position, audience)) { verbEnd += audience.Length; break; }
                    }
                }
                var next = SkipBlanks(verbEnd, position);
                for (var words = 0; words < 3 && (IsAnyWordAtAnyCase(next, position, WhenSaid) || IsWeekdayAt(next, position)); words++) next = SkipBlanks(WordEnd(next, position), position);
                for (var m = 0; m < mentions.Count; m++)
                {
                    if (mentions[m].Span.Start == next && Kind(mentions[m]) == EntityKind.Person) return next;
                }
                return 0;
            }
            return 0;
        }

        // "Peskov said the visit was a success": a visit told by "the" and a noun after a verb of
        // saying is not the sayer's (as "Kim said his visit" is). Where that verb stands, or 0.
        [MethodImpl(Jit.Optimized)]
        private int SaidBeforeTheVisit(int sentenceStart, int trigger)
        {
            var article = PreviousWordStart(sentenceStart, trigger);
            if (article < 0 || !IsWordAt(article, trigger, "the")) return 0;
            for (var i = article - 1; i > sentenceStart; i--)
            {
                if (!char.IsLetter(_text[i - 1]) && IsAnyWordAt(i, article, SayingVerbs)) return i;
            }
            return 0;
        }

        // "Kim received Shoigu, who arrived on Tuesday": the person named right before ", who" when
        // the trigger is the relative clause's own verb; unknown when a name the catalog lacks stands there.
        [MethodImpl(Jit.Optimized)]
        private string? RelativeClauseSubject(IReadOnlyList<MentionSpec> mentions, int sentenceStart, int trigger, out bool unknown)
        {
            unknown = false;
            var comma = trigger - 1;
            while (comma > sentenceStart && _text[comma] != ',') comma--;
            if (comma <= sentenceStart) return null;
            var word = SkipBlanks(comma + 1, trigger);
            if (!IsWordAt(word, trigger, "who")) return null;
            if (PersonEndingAt(mentions, comma) is { } named) return named;
            // "Sergei Shoigu, defence minister of the Russian Federation, who is on a visit": an
            // apposition in lower case stands between the name and ", who".
            var opening = comma - 1;
            while (opening > sentenceStart && _text[opening] != ',') opening--;
            if (opening > sentenceStart && char.IsLower(_text[SkipBlanks(opening + 1, comma)])) return PersonEndingAt(mentions, opening);
            // "in honor of Russian Defense Minister Andrei Belousov, who was visiting Pyongyang": the
            // subject is a name the catalog lacks, not anyone named earlier in the sentence.
            foreach (var name in _unresolved)
            {
                if (name.Span.Start + name.Span.Length == comma) unknown = true;
            }
            return null;
        }

        // The person named right before position ("Shoigu" in "Shoigu, who"), or null.
        [MethodImpl(Jit.Optimized)]
        private string? PersonEndingAt(IReadOnlyList<MentionSpec> mentions, int position)
        {
            for (var m = 0; m < mentions.Count; m++)
            {
                if (mentions[m].Span.Start + mentions[m].Span.Length == position && Kind(mentions[m]) == EntityKind.Person) return mentions[m].EntityId;
            }
            return null;
        }
    }
}
