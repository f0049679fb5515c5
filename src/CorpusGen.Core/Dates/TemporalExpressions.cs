using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CorpusGen.Core.Model;
using CorpusGen.Core.Reading;
using System.Runtime.CompilerServices;
using CorpusGen.Core.Collections;
using CorpusGen.Core.Text;

namespace CorpusGen.Core.Dates
{
    /// <summary>A date expression found in article text and, when it can be anchored, its value.</summary>
    public readonly record struct TemporalMention(int Start, int Length, DateValue? Value);

    /// <summary>
    /// The "dates" stage for dates inside the text: absolute dates, ranges, months, weekdays and
    /// relative phrases, normalized in reading order. Relative phrases ("the day before", "that day",
    /// "on the 13th") refer to the date the text mentioned last; weekdays and year-less dates refer to
    /// the publication date (a weekday is the last one, or the next one when the sentence speaks of
    /// the future). Without an anchor an expression stays unresolved: a year is never guessed.
    /// </summary>
    public sealed class TemporalExpressions
    {
        private const string Suffix = "(?:st|nd|rd|th)?";
        private const string Month = "(?<month>" + CalendarWords.MonthPattern + @")\.?";
        private const string FullMonth = "(?<month>January|February|March|April|May|June|July|August|September|October|November|December)";
        private const string Year = @"(?:,?\s+(?<year>\d{4}))?";

        // Anchored with \G: tried only where a word that can open a date expression starts. Two
        // patterns, not one alternation: at a digit only the digit-first forms can match, at a
        // letter only the others, so splitting them keeps every match the same.
        // Interpreted, not RegexOptions.Compiled: an anchored try costs the interpreter about what
        // it costs compiled code (10,000 articles warm: 1.13 s either way), while compiling the two
        // patterns cost every fresh compiler process 0.19 s of IL emission and JIT before the first
        // article. Patterns that scan whole lines unanchored (PageLayout, EventExtractor) stay
        // compiled: interpreted, they made the warm run 0.3-0.8 s slower.
        private static readonly Regex DigitFirst = Expression(
            @"(?<range>(?<day>\d{1,2})" + Suffix + @"\s*(?:-|–|—|to|and)\s*(?<day2>\d{1,2})" + Suffix + @"\s+" + Month + Year + ")" +
            @"|(?<iso>(?<year>\d{4})-(?<monthNumber>\d{2})-(?<day>\d{2}))" +
            @"|(?<dayOfMonth>(?<day>\d{1,2})" + Suffix + @"\s+(?:of\s+)?" + Month + Year + ")");

        private static readonly Regex WordFirst = Expression(
            @"(?<range>(?:from\s+)?" + Month + @"\s+(?<day>\d{1,2})" + Suffix + @"\s*(?:-|–|—|to|through|until|and)\s*(?<day2>\d{1,2})" + Suffix + Year + ")" +
            @"|(?<dayOfMonth>" + Month + @"\s+(?<day>\d{1,2})" + Suffix + Year + @")(?!\d|:\d)" +
            @"|(?<wholeMonth>(?:(?<part>(?i:early|mid|late))[- ])?(?:(?<relative>(?i:last|this|next))\s+)?" + FullMonth + @"(?:\s+(?<year>\d{4}))?)" +
            @"|(?<weekday>(?:(?<relative>(?i:last|this|next))\s+)?(?<weekdayName>" + CalendarWords.WeekdayPattern + "))" +
            @"|(?<dayOfMonth>(?i:the)\s+(?<day>\d{1,2})(?:st|nd|rd|th)\s+of\s+" + Month + Year + ")" +
            @"|(?<ordinal>(?i:the)\s+(?<day>\d{1,2})(?:st|nd|rd|th))" +
            @"|(?<phrase>(?i:the day before|the previous day|the day after|the next day|the following day|yesterday|today|tomorrow|tonight|" + SameDay.Pattern + "|the same day|(?:earlier|later) in the (?:day|week|year)|(?:earlier|later) this month|(?:last|this|next) (?:month|week|year|weekend)|this (?:morning|afternoon|evening)|the weekend|" + TemporalLapses.Pattern + "))");

        [MethodImpl(Jit.Optimized)]
        private static Regex Expression(string alternatives)
            => new Regex(@"\G(?<![\w-])(?:" + alternatives + @")(?![\w])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

        // Words an expression can start with (besides digits); trying the pattern only there keeps
        // this stage from testing a large alternation at every character of the text.
        private static readonly HashSet<string> OpeningWords = new HashSet<string>(new[]
        {
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "from", "early", "mid", "late", "last", "this", "next", "the", "yesterday", "today", "tomorrow", "tonight", "earlier", "later", "that",
            "hours",
        }.Concat(TemporalLapses.CountWords), StringComparer.OrdinalIgnoreCase);

        private readonly CalendarDate? _anchor;
        private DateValue? _focus;

        // The last span of a week at most the text told after the publication ("from Monday through
        // Wednesday"), whose days a weekday ahead names.
        private DateValue? _rangeAhead;

        // Whether the sentence being read told _focus (a report's own day: "said on Monday that"), and
        // where in it that date ends.
        private bool _focusInSentence;
        private int _focusEnd;

        // Whether the day spoken of last is one no date tells ("On the first day of her visit").
        private bool _focusUnknown;
        private int? _statedYear;
        private GrowableArray<DateExpression>? _expressions;
        private GrowableArray<TemporalMention>? _found;

        // The end of the sentence being read: a fronted weekday looks at what follows it.
        private int _sentenceEnd;

        // Tests compare the scanner with the patterns it stands for: this reading asks the patterns only.
        private bool _patternsOnly;

        /// <summary>A reading that matches with the patterns alone, never the scanner (tests).</summary>
        internal static TemporalExpressions UsingPatternsOnly(CalendarDate? publicationDate)
            => new TemporalExpressions(publicationDate) { _patternsOnly = true };

        /// <summary>Starts a reading of one article anchored on its publication date (if it has one).</summary>
        [MethodImpl(Jit.Optimized)]
        public TemporalExpressions(CalendarDate? publicationDate)
        {
            _anchor = publicationDate;
            _statedYear = publicationDate?.Year;
        }

        /// <summary>Finds and resolves the expressions of <paramref name="text"/> within [start, end), in order.</summary>
        [MethodImpl(Jit.Optimized)]
        public TemporalMention[] Read(string text, int start, int end)
        {
            // Most sentences hold no date: nothing is allocated for them. The lists are the article's,
            // made on its first dated sentence and reused by the next ones.
            var expressions = _expressions;
            expressions?.Clear();
            _sentenceEnd = end;
            _focusInSentence = false;
            for (var i = start; i < end;)
            {
                if (!char.IsLetterOrDigit(text[i]) || (i > start && (char.IsLetterOrDigit(text[i - 1]) || (text[i - 1] == '-' && !AfterAWeekday(expressions, i - 1)))))
                {
                    i++;
                    continue;
                }
                var wordEnd = i;
                while (wordEnd < end && char.IsLetter(text[wordEnd])) wordEnd++;
                var digitFirst = char.IsDigit(text[i]);
                if (digitFirst && YearAlone(text, i, end))
                {
                    // "in 2019", "since 2019": a time of its own, at a precision the corpus does not
                    // record. It dates nothing, but the sentence is not the one before's continuation.
                    (expressions ??= _expressions = new GrowableArray<DateExpression>(4)).Add(new DateExpression { Start = i, Length = 4, Form = ExpressionForm.Phrase, Phrase = YearPhrase, Relative = "" });
                    i += 4;
                    continue;
                }
                if (wordEnd - i == 3 && (text[i] | 0x20) == 't' && DayOfASpanLength(text, i, wordEnd, end) is var spanDay and > 0)
                {
                    // "On the first day of her visit": a day of its own that only the span's start
                    // would date; it dates nothing, and what counts from it ("The following day")
                    // neither.
                    (expressions ??= _expressions = new GrowableArray<DateExpression>(4)).Add(new DateExpression { Start = i, Length = spanDay, Form = ExpressionForm.Phrase, Phrase = SpanDayPhrase, Relative = "" });
                    i += spanDay;
                    continue;
                }
                // Openers have three to nine letters, but for the "a" of "a day later".
                if ((digitFirst ? MayOpenWithDigits(text, i, end) : (wordEnd - i >= 3 || (wordEnd - i == 1 && (text[i] | 0x20) == 'a')) && wordEnd - i <= 9 && MayOpen(text, i, wordEnd, end))
                    && TryMatch(text, i, end, digitFirst, out var expression))
                {
                    (expressions ??= _expressions = new GrowableArray<DateExpression>(4)).Add(expression);
                    i += Math.Max(1, expression.Length);
                    continue;
                }
                i = Math.Max(i + 1, wordEnd);
            }

            if (expressions is null || expressions.Count == 0) return Array.Empty<TemporalMention>();
            var found = _found ??= new GrowableArray<TemporalMention>(4);
            found.Clear();
            for (var i = 0; i < expressions.Count; i++)
            {
                var expression = expressions[i];
                // "in March last year" with no publication date: one date that cannot be told, not
                // the March of whatever year the text spoke of last.
                if (_anchor is null && i + 1 < expressions.Count && IsRelativePair(expression, expressions[i + 1], text))
                {
                    var pair = expressions[++i];
                    found.Add(new TemporalMention(expression.Start, pair.Start + pair.Length - expression.Start, null));
                    continue;
                }
                if (i + 1 < expressions.Count && Joined(expression, expressions[i + 1], text, start) is { } joined)
                {
                    var next = expressions[i + 1];
                    (_focus, _focusInSentence, _focusUnknown, _focusEnd) = (joined, true, false, next.Start + next.Length);
                    NoteRangeAhead(joined);
                    i++;
                    found.Add(new TemporalMention(expression.Start, next.Start + next.Length - expression.Start, joined));
                    continue;
                }
                // "Thursday, October 19": the weekday only repeats the date that follows it. Not a
                // weekday that ends its sentence ("on Tuesday. Earlier that day, ..."), nor one
                // before something that is no date of a calendar.
                if (expression.Form == ExpressionForm.Weekday && i + 1 < expressions.Count && RepeatsTheDateAfterIt(expression, expressions[i + 1], text))
                {
                    continue;
                }
                if (ReferenceEquals(expression.Phrase, SpanDayPhrase)) (_focus, _focusUnknown) = (null, true);
                var value = IsInASinceClause(text, start, expression.Start) || EndsAStay(text, start, expression.Start) ? null : Resolve(expression, text, start);
                NoteRangeAhead(value);
                if (value is { } resolved && !StartsTheSpanOfARelativeClause(text, start, expression.Start) && !DatesAHappeningAhead(text, start, expression.Start, expression.Length)) (_focus, _focusInSentence, _focusUnknown, _focusEnd) = (resolved, true, false, expression.Start + expression.Length);
                found.Add(new TemporalMention(expression.Start, expression.Length, value));
            }
            return found.ToArray();
        }

        // "on his sixth trip to the region since the war began in October": a date in a clause that
        // "since" opens is that clause's (the war's beginning), no day of the happening told; like a
        // year alone, it dates nothing. So does a date right after "since" that starts a count or a
        // stay ("his sixth trip to the region since October 7", "has been in Cairo since Tuesday"),
        // but not after "first" ("their first meeting since April 2019", "for the first time since
        // 2019"), where it is the last time the same happened; nor one of the pair's meeting "since"
        // names ("since their summit in Woodside in November 2023").
        [MethodImpl(Jit.Optimized)]
        private static bool IsInASinceClause(string text, int start, int date)
        {
            // The words before the date, nearest first.
            var words = 0;
            for (var word = WordBefore(text, start, date); word >= 0 && words < 12; word = WordBefore(text, start, word), words++)
            {
                if (StartsWithWord(text, word, date, "since")) return words == 0 ? !FirstBefore(text, start, word) : !NamesTheirMeeting(text, word + 6, date);
            }
            return false;
        }

        // Where the word before position starts, within its clause; -1 at the clause's punctuation or
        // the sentence's start.
        [MethodImpl(Jit.Optimized)]
        private static int WordBefore(string text, int start, int position)
        {
            for (var i = position - 2; i >= start; i--)
            {
                var c = text[i];
                if (c is ',' or ';' or ':' or '.' or '(' or '"' or '“' or '”') return -1;
                if (i > start && (c != ' ' || !char.IsLetter(text[i + 1]))) continue;
                return c == ' ' ? i + 1 : i;
            }
            return -1;
        }

        [MethodImpl(Jit.Optimized)]
        private void NoteRangeAhead(DateValue? value)
        {
            if (value is { Precision: DatePrecision.Range } range && _anchor is { } published
                && range.Start.CompareTo(published) > 0 && range.Start.AddDays(6).CompareTo(range.End) >= 0) _rangeAhead = range;
        }

        // "is in Brazil on a state visit until Saturday", "will stay till March 20": the day a stay
        // ends, no day of the happening told (a span's two ends, "from Monday until Wednesday", are
        // read as one range before this).
        [MethodImpl(Jit.Optimized)]
        internal static bool EndsAStay(string text, int start, int date)
            => date - 1 > start && text[date - 1] == ' ' && char.IsLetter(text[date - 2]) && WordBefore(text, start, date) is var word and >= 0
               && (StartsWithWord(text, word, date, "until") || StartsWithWord(text, word, date, "till"));

        // Whether "first" is one of the few words before "since" at <paramref name="since"/>, in its
        // clause: "their first meeting since", "the first visit to Russia by Kim since".
        [MethodImpl(Jit.Optimized)]
        private static bool FirstBefore(string text, int start, int since)
        {
            var words = 0;
            for (var word = WordBefore(text, start, since); word >= 0 && words < 6; word = WordBefore(text, start, word), words++)
            {
                if (StartsWithWord(text, word, since, "first")) return true;
            }
            return false;
        }

        // "their meeting", "their last summit", "their first meeting", "their most recent talks": the
        // ordinals the events stage's "their" happenings take (EventExtractor.TheirOrdinals).
        private static readonly string[] TheirOrdinals = { "last", "previous", "first", "earlier", "latest", "most recent" };

        private static readonly string[] TheirHappenings = { "meeting", "summit", "talks" };

        // Whether the words from i name the pair's own meeting ("their summit in ...").
        [MethodImpl(Jit.Optimized)]
        private static bool NamesTheirMeeting(string text, int i, int end)
        {
            if (!StartsWithWord(text, i, end, "their")) return false;
            i += "their ".Length;
            foreach (var ordinal in TheirOrdinals)
            {
                if (StartsWithWord(text, i, end, ordinal)) { i += ordinal.Length + 1; break; }
            }
            foreach (var noun in TheirHappenings)
            {
                if (StartsWithWord(text, i, end, noun)) return true;
            }
            return false;
        }

        // Whether word (any case), followed by a blank or a non-letter, starts at i before end.
        [MethodImpl(Jit.Optimized)]
        private static bool StartsWithWord(string text, int i, int end, string word)
            => i + word.Length < end && PatternText.MatchesIgnoringAsciiCase(text, i, i + word.Length, word) && !char.IsLetter(text[i + word.Length]);

        // "Yoon is on a six-day state visit that began Monday. Biden hosted a state dinner for Yoon
        // later in the day": the day a relative clause says a span began is background; the story's
        // day stays the one told before it.
        private static readonly string[] SpanOpeners = { "that began", "which began", "that started", "which started" };

        [MethodImpl(Jit.Optimized)]
        private static bool StartsTheSpanOfARelativeClause(string text, int start, int date)
        {
            var end = date;
            while (end > start && text[end - 1] == ' ') end--;
            if (end - 2 >= start && PatternText.Matches(text, end - 2, end, "on") && (end - 2 == start || text[end - 3] == ' ')) end -= 2;
            while (end > start && text[end - 1] == ' ') end--;
            foreach (var opener in SpanOpeners)
            {
                if (end - opener.Length >= start && PatternText.Matches(text, end - opener.Length, end, opener)) return true;
            }
            return false;
        }

        // "hosted Scholz on Friday before next week's EU summit. The two were joined later by Tusk":
        // the day of a happening the sentence's own comes before is background too; "later" is
        // Friday's.
        /// <summary>
        /// Phrases that put a happening after the one the sentence tells ("ahead of the summit", "in
        /// the run-up to talks"), a head and a preposition each; the events stage reads them too.
        /// </summary>
        internal static readonly string[] AheadPhrases = { "ahead of", "eve of", "run-up to", "lead-up to", "runup to", "preparation for" };

        private static readonly string[] AheadOpeners = AheadPhrases.Concat(new[] { "before" }).ToArray();

        /// <summary>Whether the date at [dateStart, dateStart + length) is a possessive after "ahead of", "before" and the like.</summary>
        [MethodImpl(Jit.Optimized)]
        internal static bool DatesAHappeningAhead(string text, int start, int dateStart, int length)
        {
            var after = dateStart + length;
            if (after + 1 >= text.Length || text[after] is not ('\'' or '’') || text[after + 1] != 's') return false;
            var end = dateStart;
            while (end > start && text[end - 1] == ' ') end--;
            foreach (var opener in AheadOpeners)
            {
                var from = end - opener.Length;
                if (from >= start && PatternText.MatchesIgnoringAsciiCase(text, from, end, opener) && (from == start || text[from - 1] == ' ')) return true;
            }
            return false;
        }

        [MethodImpl(Jit.Optimized)]
        private static bool RepeatsTheDateAfterIt(DateExpression weekday, DateExpression next, string text)
        {
            var gapStart = weekday.Start + weekday.Length;
            if (next.Start - gapStart > 2 || next.Form is not (ExpressionForm.DayOfMonth or ExpressionForm.Range or ExpressionForm.Iso)) return false;
            for (var i = gapStart; i < next.Start; i++)
            {
                if (text[i] is not (' ' or ',' or '(' or '\u00A0')) return false;
            }
            return true;
        }

        /// <summary>Whether any of <paramref name="dates"/> resolved to a date ("in 2019" and "last week" do not).</summary>
        [MethodImpl(Jit.Optimized)]
        public static bool AnyResolved(TemporalMention[] dates)
        {
            foreach (var date in dates)
            {
                if (date.Value is not null) return true;
            }
            return false;
        }

        private const string YearPhrase = "(a year)";
        private const string SpanDayPhrase = "(a day of a span)";

        private static readonly string[] SpanOrdinals = { "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "last", "final", "opening", "closing" };

        // "the first day of", "the final day of": the length of the phrase at i ("the"), or 0.
        [MethodImpl(Jit.Optimized)]
        private static int DayOfASpanLength(string text, int i, int wordEnd, int end)
        {
            if (string.Compare(text, i, "the", 0, 3, StringComparison.OrdinalIgnoreCase) != 0) return 0;
            var ordinal = wordEnd;
            while (ordinal < end && text[ordinal] == ' ') ordinal++;
            var ordinalEnd = ordinal;
            while (ordinalEnd < end && char.IsLetter(text[ordinalEnd])) ordinalEnd++;
            if (!TextWords.IsOneOf(text, ordinal, ordinalEnd, SpanOrdinals)) return 0;
            var day = ordinalEnd;
            while (day < end && text[day] == ' ') day++;
            if (day + 3 > end || string.CompareOrdinal(text, day, "day", 0, 3) != 0 || (day + 3 < end && char.IsLetter(text[day + 3]))) return 0;
            var of = day + 3;
            while (of < end && text[of] == ' ') of++;
            return of + 2 <= end && string.CompareOrdinal(text, of, "of", 0, 2) == 0 && (of + 2 == end || !char.IsLetter(text[of + 2])) ? of + 2 - i : 0;
        }

        private static readonly string[] YearPrepositions = { "in", "since", "early", "late", "until", "before", "after" };

        // A year between 1900 and 2099 on its own after a preposition ("in 2019", "since early 2019"),
        // not the start of a longer number.
        [MethodImpl(Jit.Optimized)]
        private static bool YearAlone(string text, int i, int end)
        {
            if (i + 4 > end || (i + 4 < end && (char.IsLetterOrDigit(text[i + 4]) || (text[i + 4] is ',' or '.' && i + 5 < end && char.IsDigit(text[i + 5])))))
            {
                return false;
            }
            if (!((text[i] == '1' && text[i + 1] == '9') || (text[i] == '2' && text[i + 1] == '0')) || !char.IsDigit(text[i + 2]) || !char.IsDigit(text[i + 3])) return false;
            if (i < 2 || text[i - 1] != ' ') return false;
            var wordEnd = i - 1;
            var wordStart = wordEnd;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
            foreach (var word in YearPrepositions)
            {
                if (wordEnd - wordStart == word.Length && PatternText.MatchesIgnoringAsciiCase(text, wordStart, wordEnd, word)) return true;
            }
            return false;
        }

        // "Monday-Tuesday": a hyphen opens no expression ("Kim-Putin", "mid-March" are read whole),
        // but one right after a weekday joins a second.
        [MethodImpl(Jit.Optimized)]
        private static bool AfterAWeekday(GrowableArray<DateExpression>? expressions, int hyphen)
            => expressions is { Count: > 0 } && expressions[expressions.Count - 1] is { Form: ExpressionForm.Weekday } last && last.Start + last.Length == hyphen;

        // "September last year", "Thursday next week": a month or a weekday, then the year or week
        // it falls in, counted from the publication.
        [MethodImpl(Jit.Optimized)]
        private static bool IsRelativePair(DateExpression first, DateExpression second, string text)
        {
            var gapStart = first.Start + first.Length;
            if (second.Form != ExpressionForm.Phrase || second.Start != gapStart + 1 || text[gapStart] != ' ' || first.Relative.Length != 0) return false;
            return (first.Form == ExpressionForm.WholeMonth && first.Year is null && second.Phrase!.EndsWith(" year", StringComparison.Ordinal))
                   || (first.Form == ExpressionForm.Weekday && second.Phrase!.EndsWith(" week", StringComparison.Ordinal));
        }

        // Two expressions that make one date: "September last year", "Thursday last week", "on
        // Wednesday and Thursday", "from Monday to Wednesday". Read apart, the first would take the
        // most recent month or weekday and the year or week would date nothing.
        [MethodImpl(Jit.Optimized)]
        private DateValue? Joined(DateExpression first, DateExpression second, string text, int sentenceStart)
        {
            if (_anchor is not { } anchor) return null;
            var gapStart = first.Start + first.Length;
            if (second.Form == ExpressionForm.Phrase && second.Start == gapStart + 1 && text[gapStart] == ' ' && first.Relative.Length == 0)
            {
                if (!IsRelativePair(first, second, text)) return null;
                var shift = second.Phrase!.StartsWith("last ", StringComparison.Ordinal) ? -1 : second.Phrase.StartsWith("next ", StringComparison.Ordinal) ? 1 : 0;
                if (first.Form == ExpressionForm.WholeMonth) return DateValue.OfMonth(anchor.Year + shift, first.Month);
                // Weeks start on Monday, as ISO 8601 and most of the world count them.
                var monday = anchor.AddDays(-(((int)anchor.DayOfWeek + 6) % 7));
                return DateValue.OfDay(monday.AddDays(7 * shift + ((int)first.Weekday + 6) % 7));
            }
            var and = IsGap(text, gapStart, second.Start, " and ");
            // "between Monday and Wednesday", "between March 4 and March 6": the "and" of a span.
            var between = and && PrecededBy(text, sentenceStart, first.Start, "between");
            var spans = between || IsSpanGap(text, gapStart, second.Start);
            // "from March 4 through March 6", "between Sept. 28 and Oct. 2": two days of the month that
            // a range of one month's days ("March 4-6") does not cover. After "from" or "between", or
            // with a dash; not a happening moved from one day to another ("postponed from March 4 to
            // March 11").
            if (first.Form == ExpressionForm.DayOfMonth && second.Form == ExpressionForm.DayOfMonth)
            {
                var opened = between || (spans && (PrecededBy(text, sentenceStart, first.Start, "from") || !IsGap(text, gapStart, second.Start, " to ")));
                if (!opened || IsRescheduling(text, sentenceStart, first.Start)
                    || Resolve(first, text, sentenceStart) is not { Precision: DatePrecision.Day } start
                    || Resolve(second, text, sentenceStart) is not { Precision: DatePrecision.Day } end) return null;
                var length = (end.Start.ToDateTime() - start.Start.ToDateTime()).Days;
                return length is > 0 and <= 31 ? new DateValue(start.Start, end.Start, DatePrecision.Range) : null;
            }
            if (first.Form != ExpressionForm.Weekday || second.Form != ExpressionForm.Weekday || second.Relative.Length != 0) return null;
            var days = ((int)second.Weekday - (int)first.Weekday + 7) % 7;
            // "Wednesday and Thursday" are two days of one happening only when they follow each other;
            // "Monday to Wednesday" and "Monday-Tuesday" span what lies between.
            if (!(and && !between ? days == 1 : days > 0 && spans)) return null;
            return Resolve(first, text, sentenceStart) is { Precision: DatePrecision.Day } from
                ? new DateValue(from.Start, from.Start.AddDays(days), DatePrecision.Range)
                : null;
        }

        [MethodImpl(Jit.Optimized)]
        private static bool IsGap(string text, int start, int end, string gap)
            => end - start == gap.Length && PatternText.Matches(text, start, end, gap);

        // " to ", " through ", " until ", or a dash with or without spaces between two dates.
        [MethodImpl(Jit.Optimized)]
        private static bool IsSpanGap(string text, int start, int end)
        {
            if (IsGap(text, start, end, " to ") || IsGap(text, start, end, " through ") || IsGap(text, start, end, " until ")) return true;
            while (start < end && text[start] == ' ') start++;
            while (end > start && text[end - 1] == ' ') end--;
            return end - start == 1 && text[start] is '-' or '–' or '—';
        }

        private static readonly string[] ReschedulingWords = { "postpone", "reschedule", "moved", "delayed", "pushed back", "brought forward", "shifted" };

        // Whether the sentence before position tells of a happening moved to another day.
        [MethodImpl(Jit.Optimized)]
        private static bool IsRescheduling(string text, int start, int position)
        {
            foreach (var word in ReschedulingWords)
            {
                if (text.IndexOf(word, start, position - start, StringComparison.OrdinalIgnoreCase) >= 0) return true;
            }
            return false;
        }

        // Whether the word right before position is word ("between March 4").
        [MethodImpl(Jit.Optimized)]
        private static bool PrecededBy(string text, int start, int position, string word)
        {
            var end = position;
            while (end > start && text[end - 1] == ' ') end--;
            var from = end - word.Length;
            return from >= start && PatternText.Matches(text, from, end, word) && (from == start || !char.IsLetter(text[from - 1]));
        }

        // The expression at i: the scanner's answer, or the pattern's where the scanner cannot be sure.
        [MethodImpl(Jit.Optimized)]
        private bool TryMatch(string text, int i, int end, bool digitFirst, out DateExpression expression)
        {
            expression = default;
            var scanned = _patternsOnly ? ScanResult.Unsure
                : digitFirst ? DateExpressionScanner.DigitFirst(text, i, end, out expression)
                : DateExpressionScanner.WordFirst(text, i, end, out expression);
            if (scanned != ScanResult.Unsure) return scanned == ScanResult.Match;

            var match = (digitFirst ? DigitFirst : WordFirst).Match(text, i, end - i);
            expression = match.Success && match.Index == i ? FromMatch(match) : default;
            return match.Success && match.Index == i;
        }

        // A pattern's match as the scanner would have given it.
        [MethodImpl(Jit.Optimized)]
        private static DateExpression FromMatch(Match m)
        {
            var form = m.Groups["range"].Success ? ExpressionForm.Range
                : m.Groups["iso"].Success ? ExpressionForm.Iso
                : m.Groups["dayOfMonth"].Success ? ExpressionForm.DayOfMonth
                : m.Groups["wholeMonth"].Success ? ExpressionForm.WholeMonth
                : m.Groups["weekday"].Success ? ExpressionForm.Weekday
                : m.Groups["ordinal"].Success ? ExpressionForm.Ordinal
                : ExpressionForm.Phrase;
            return new DateExpression
            {
                Start = m.Index,
                Length = m.Length,
                Form = form,
                Year = m.Groups["year"].Success ? DecimalDigits.Parse(m.Groups["year"].Value) : (int?)null,
                Month = m.Groups["monthNumber"].Success ? DecimalDigits.Parse(m.Groups["monthNumber"].Value)
                    : m.Groups["month"].Success ? CalendarWords.MonthNumber(m.Groups["month"].Value) : 0,
                Day = m.Groups["day"].Success ? DecimalDigits.Parse(m.Groups["day"].Value) : 0,
                Day2 = m.Groups["day2"].Success ? DecimalDigits.Parse(m.Groups["day2"].Value) : 0,
                Relative = m.Groups["relative"].Value.ToLowerInvariant(),
                Weekday = form == ExpressionForm.Weekday ? CalendarWords.Weekday(m.Groups["weekdayName"].Value)!.Value : default,
                Phrase = form == ExpressionForm.Phrase ? m.Value.ToLowerInvariant() : null,
            };
        }

        // Every digit-first form starts with one or two digits followed by a day suffix, a blank, a
        // dash, "to" or "and", or with four digits and a dash (ISO). Most numbers in news text (years
        // alone, "10,000", "1.5", times) are none of these, and are not worth a pattern attempt.
        [MethodImpl(Jit.Optimized)]
        private static bool MayOpenWithDigits(string text, int start, int end)
        {
            var digitsEnd = start;
            while (digitsEnd < end && char.IsDigit(text[digitsEnd])) digitsEnd++;
            if (digitsEnd == end) return false;
            var next = text[digitsEnd];
            switch (digitsEnd - start)
            {
                case 1:
                case 2:
                    return char.IsWhiteSpace(next) || next is 's' or 'n' or 'r' or 't' or 'a' or '-' or '–' or '—';
                case 4:
                    return next == '-';
                default:
                    return false;
            }
        }

        // The common words among the openers ("the", "that", "last", ...) only open an expression
        // before a few words; checking that first spares a pattern attempt at most of them.
        [MethodImpl(Jit.Optimized)]
        private static bool MayOpen(string text, int start, int wordEnd, int end)
        {
            var key = OpeningWord(text, start, wordEnd - start);
            if (key is null) return false;
            switch (key)
            {
                case "the": return NextWordIs(text, wordEnd, end, AfterThe) || NextIsDigit(text, wordEnd, end);
                case "that": return NextWordIs(text, wordEnd, end, AfterThat);
                case "earlier":
                case "later": return NextWordIs(text, wordEnd, end, AfterEarlierOrLater);
                case "hours": return NextWordIs(text, wordEnd, end, EarlierOrLater);
                default: return !TemporalLapses.IsCountWord(key) || NextWordIs(text, wordEnd, end, TemporalLapses.Units);
            }
        }

        // The opening word (lower case) that the word at [start, start + length) is, or null. Asked
        // of nearly every word of the text: ASCII words are compared in place with the openers of
        // their length. Other words take their name key, which also folds diacritics and look-alike
        // letters. For ASCII words the two agree: an ASCII word's key is its lower case unless it is
        // a romanization variant, and no opener is one or has one.
        [MethodImpl(Jit.Optimized)]
        private static string? OpeningWord(string text, int start, int length)
        {
            for (var i = start; i < start + length; i++)
            {
                if (text[i] >= 128)
                {
                    var key = Names.WordKeyCache.KeyOf(text, start, length);
                    return OpeningWords.Contains(key) ? key : null;
                }
            }
            // Letters only here (the caller's word is a run of letters), so | 0x20 lower-cases it.
            foreach (var word in OpeningWordsByLengthAndLetter[length * 26 + ((text[start] | 0x20) - 'a')])
            {
                if (PatternText.MatchesIgnoringAsciiCase(text, start, start + length, word)) return word;
            }
            return null;
        }

        // The openers by length and first letter: nearly every word of a text is asked, and most
        // have no opener of their length and letter to compare with.
        private static readonly string[][] OpeningWordsByLengthAndLetter = TextWords.ByLengthAndInitial(OpeningWords, word => (word.Length, word[0]), 16);

        // Arrays made once: "the" is the most common word of any text.
        private static readonly string[] AfterThe = { "day", "previous", "next", "following", "same", "weekend" };
        private static readonly string[] AfterThat = SameDay.Parts;
        private static readonly string[] AfterEarlierOrLater = { "that", "in", "this" };

        private static readonly string[] EarlierOrLater = { "earlier", "later" };

        [MethodImpl(Jit.Optimized)]
        private static bool NextWordIs(string text, int wordEnd, int end, string[] words)
        {
            var i = wordEnd;
            while (i < end && text[i] == ' ') i++;
            foreach (var word in words)
            {
                if (i + word.Length <= end && string.Compare(text, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && (i + word.Length == end || !char.IsLetter(text[i + word.Length])))
                {
                    return true;
                }
            }
            return false;
        }

        [MethodImpl(Jit.Optimized)]
        private static bool NextIsDigit(string text, int wordEnd, int end)
        {
            var i = wordEnd;
            while (i < end && text[i] == ' ') i++;
            return i < end && char.IsDigit(text[i]);
        }

        // A date the calendar cannot hold ("September 0000", the day before 0001-01-01 when a header
        // says so) resolves to nothing: DateTime throws past years 1 and 9999, and an exception here
        // would take the whole extraction down.
        [MethodImpl(Jit.Optimized)]
        private DateValue? Resolve(DateExpression e, string text, int sentenceStart)
        {
            try
            {
                return ResolveInCalendar(e, text, sentenceStart);
            }
            catch (ArgumentOutOfRangeException)
            {
                return null;
            }
        }

        [MethodImpl(Jit.Optimized)]
        private DateValue? ResolveInCalendar(DateExpression e, string text, int sentenceStart)
        {
            var explicitYear = e.Year;
            if (explicitYear is { } stated) _statedYear = stated;
            var month = e.Month;
            var day = e.Day;
            switch (e.Form)
            {
                case ExpressionForm.Range:
                {
                    var year = explicitYear ?? InferYear(month, day, e, text, sentenceStart);
                    if (year is null || e.Day2 <= day) return null;
                    return CalendarDate.TryCreate(year.Value, month, day) is { } first && CalendarDate.TryCreate(year.Value, month, e.Day2) is { } last
                        ? new DateValue(first, last, DatePrecision.Range)
                        : (DateValue?)null;
                }
                case ExpressionForm.Iso:
                case ExpressionForm.DayOfMonth:
                {
                    var year = explicitYear ?? InferYear(month, day, e, text, sentenceStart);
                    return year is { } y && CalendarDate.TryCreate(y, month, day) is { } date ? DateValue.OfDay(date) : (DateValue?)null;
                }
                case ExpressionForm.WholeMonth:
                {
                    var year = explicitYear ?? RelativeMonthYear(month, e.Relative, e.Relative.Length == 0 && _anchor is not null && SpeaksOfWhatIsToCome(e, text, sentenceStart));
                    return year is { } y ? DateValue.OfMonth(y, month) : (DateValue?)null;
                }
                case ExpressionForm.Weekday:
                    // "arrived on Tuesday ahead of Wednesday's summit": the first such day from the day
                    // just told (or the publication's), since the happening is ahead of it.
                    if (e.Relative.Length == 0 && DatesAHappeningAhead(text, sentenceStart, e.Start, e.Length)
                        && ((_focus is { Precision: DatePrecision.Day } told ? told.Start : _anchor) is { } from))
                    {
                        return DateValue.OfDay(from.AddDays(((int)e.Weekday - (int)from.DayOfWeek + 7) % 7));
                    }
                    // "The Kremlin announced on Monday that Putin would visit on Tuesday": a future seen
                    // from a report's day the sentence told before it is the first such day after that day.
                    if (e.Relative.Length == 0 && _focusInSentence && _focus is { Precision: DatePrecision.Day } reported && _anchor is { } today
                        && reported.Start.CompareTo(today) < 0 && FutureBefore(text, sentenceStart, e.Start, _sentenceEnd) == Future.ReportedWould)
                    {
                        return DateValue.OfDay(reported.Start.AddDays(((int)e.Weekday - (int)reported.Start.DayOfWeek + 6) % 7 + 1));
                    }
                    var ahead = e.Relative.Length == 0 && SpeaksOfWhatIsToCome(e, text, sentenceStart);
                    // "will visit Russia from Monday through Wednesday ... is expected to hold talks
                    // with Lavrov on Tuesday": the day of the week of days ahead the text told.
                    if (ahead && _rangeAhead is { } days)
                    {
                        for (var inSpan = days.Start; inSpan.CompareTo(days.End) <= 0; inSpan = inSpan.AddDays(1))
                        {
                            if (inSpan.DayOfWeek == e.Weekday) return DateValue.OfDay(inSpan);
                        }
                    }
                    // "will travel to Rio on Wednesday before holding talks with Lula on Thursday", said
                    // on a Thursday: a day ahead told after another day ahead in the sentence, and not
                    // put before it ("after arriving on Sunday"), is the first such day from that one.
                    if (ahead && _focusInSentence && _focus is { Precision: DatePrecision.Day } earlier && _anchor is { } published
                        && earlier.Start.CompareTo(published) > 0 && !OrderedBefore(text, _focusEnd, e.Start))
                    {
                        return DateValue.OfDay(earlier.Start.AddDays(((int)e.Weekday - (int)earlier.Start.DayOfWeek + 7) % 7));
                    }
                    return ResolveWeekday(e.Weekday, e.Relative, e.Relative.Length == 0
                        && (ahead || (IsDayAfterAnchor(e.Weekday) && LocalTimeAfter(text, e.Start + e.Length, _sentenceEnd))));
                case ExpressionForm.Ordinal:
                    // "on the 13th" names a day inside the month or range the text is talking about; with none,
                    // the nearest such day to the day just told or the publication (DayOfMonthNear).
                    if (_focus is { } focus && focus.Precision != DatePrecision.Day
                        && CalendarDate.TryCreate(focus.Start.Year, focus.Start.Month, day) is { } inFocus
                        && DateValue.OfDay(inFocus).IsWithin(focus))
                    {
                        return DateValue.OfDay(inFocus);
                    }
                    return IsOnADayAlone(e, text, sentenceStart) ? DayOfMonthNear(day, e, text, sentenceStart) : null;
                default:
                    return e.Phrase!.EndsWith("weekend", StringComparison.Ordinal)
                        ? ResolveWeekend(e.Phrase, SpeaksOfWhatIsToCome(e, text, sentenceStart))
                        : ResolvePhrase(e.Phrase);
            }
        }

        // "He arrived on June 18. On the 19th he met Kim", "met Wang Yi on the 19th": a day of the
        // month alone, after "on" and followed by no noun of its own ("on the 19th floor", "the 19th
        // century", "the 2nd round" are no dates).
        // Opening the sentence, it may be followed by the sentence's subject ("On the 19th he met",
        // "On the 19th Putin met"; so "On the 8th Party Congress" opening a sentence is misread).
        private static readonly string[] WordsAfterADayAlone =
        {
            "and", "at", "in", "when", "with", "during", "after", "before", "as", "while", "for", "to",
            "he", "she", "they", "we", "it", "the", "both",
        };

        [MethodImpl(Jit.Optimized)]
        private static bool IsOnADayAlone(DateExpression e, string text, int sentenceStart)
        {
            var on = e.Start - 3;
            if (on < sentenceStart || text[e.Start - 1] != ' ' || (text[on] | 0x20) != 'o' || text[on + 1] != 'n') return false;
            if (on > sentenceStart && char.IsLetterOrDigit(text[on - 1])) return false;
            var next = e.Start + e.Length;
            while (next < text.Length && text[next] == ' ') next++;
            if (next >= text.Length || !char.IsLetter(text[next])) return true;
            if (char.IsUpper(text[next])) return on == sentenceStart;
            foreach (var word in WordsAfterADayAlone)
            {
                if (PatternText.Matches(text, next, Math.Min(text.Length, next + word.Length), word)
                    && (next + word.Length == text.Length || !char.IsLetterOrDigit(text[next + word.Length])))
                {
                    return true;
                }
            }
            return false;
        }

        // The date with that day of the month nearest the day the text spoke of last, within half a
        // month; without one, the last such day up to the publication (the next one when the sentence
        // speaks of what is to come), as a bare weekday is read.
        [MethodImpl(Jit.Optimized)]
        private DateValue? DayOfMonthNear(int day, DateExpression e, string text, int sentenceStart)
        {
            var focusDay = _focus is { Precision: DatePrecision.Day } focus ? focus.Start : (CalendarDate?)null;
            if ((focusDay ?? _anchor) is not { } reference) return null;
            var direction = focusDay is not null ? 0 : SpeaksOfWhatIsToCome(e, text, sentenceStart) ? 1 : -1;
            CalendarDate? best = null;
            var bestDistance = int.MaxValue;
            for (var months = -1; months <= 1; months++)
            {
                var month = new DateTime(reference.Year, reference.Month, 1).AddMonths(months);
                if (CalendarDate.TryCreate(month.Year, month.Month, day) is not { } candidate) continue;
                var distance = (int)(candidate.ToDateTime() - reference.ToDateTime()).TotalDays;
                if (direction * distance < 0 || Math.Abs(distance) > 31) continue;
                if (Math.Abs(distance) < bestDistance) (best, bestDistance) = (candidate, Math.Abs(distance));
            }
            return best is { } found && (direction != 0 || bestDistance <= 15) ? DateValue.OfDay(found) : null;
        }

        // Whether a word between from and to puts what follows it before what came first ("on Monday
        // after arriving on Sunday", "following talks on Sunday", "since Sunday").
        private static readonly string[] EarlierOrdering = { "after", "following", "since", "from" };

        [MethodImpl(Jit.Optimized)]
        private static bool OrderedBefore(string text, int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                if (!char.IsLetter(text[i]) || (i > from && char.IsLetter(text[i - 1]))) continue;
                var wordEnd = i;
                while (wordEnd < to && char.IsLetter(text[wordEnd])) wordEnd++;
                if (TextWords.IsOneOf(text, i, wordEnd, EarlierOrdering)) return true;
                i = wordEnd;
            }
            return false;
        }

        // Whether the sentence puts a weekday or a weekend ahead: a future form before it, or one it is fronted before.
        [MethodImpl(Jit.Optimized)]
        private bool SpeaksOfWhatIsToCome(DateExpression e, string text, int sentenceStart)
            => SaysFuture(text, sentenceStart, e.Start, _sentenceEnd) || FrontedBeforeAFuture(text, sentenceStart, e, _sentenceEnd);

        // "over the weekend", "last weekend": the Saturday and Sunday a weekday's rule finds for
        // Saturday ("the weekend" and "this weekend" the last one, or the next one after a future
        // form), as a two-day range.
        [MethodImpl(Jit.Optimized)]
        private DateValue? ResolveWeekend(string phrase, bool future)
        {
            var relative = phrase.StartsWith("last", StringComparison.Ordinal) ? "last" : phrase.StartsWith("next", StringComparison.Ordinal) ? "next" : "";
            return ResolveWeekday(DayOfWeek.Saturday, relative, future) is { } saturday
                ? new DateValue(saturday.Start, saturday.Start.AddDays(1), DatePrecision.Range)
                : (DateValue?)null;
        }

        [MethodImpl(Jit.Optimized)]
        private DateValue? ResolvePhrase(string phrase)
        {
            var focusDay = _focus is { Precision: DatePrecision.Day } focus ? focus.Start : _focusUnknown ? null : _anchor;
            switch (phrase)
            {
                case "the day before":
                case "the previous day":
                    return focusDay is { } before ? DateValue.OfDay(before.AddDays(-1)) : (DateValue?)null;
                case "the day after":
                case "the next day":
                case "the following day":
                    return focusDay is { } after ? DateValue.OfDay(after.AddDays(1)) : (DateValue?)null;
                case "the same day":
                case "earlier in the day":
                case "later in the day":
                    return focusDay is { } same ? DateValue.OfDay(same) : (DateValue?)null;
                case "yesterday":
                    return _anchor is { } a1 ? DateValue.OfDay(a1.AddDays(-1)) : (DateValue?)null;
                case "today":
                case "tonight":
                // "paid a courtesy call on To Lam in Hanoi this morning": the story's own day.
                case "this morning":
                case "this afternoon":
                case "this evening":
                    return _anchor is { } a2 ? DateValue.OfDay(a2) : (DateValue?)null;
                case "tomorrow":
                    return _anchor is { } a8 ? DateValue.OfDay(a8.AddDays(1)) : (DateValue?)null;
                case "last month":
                    return _anchor is { } a3 ? MonthOf(a3.ToDateTime().AddMonths(-1)) : (DateValue?)null;
                case "this month":
                    return _anchor is { } a4 ? MonthOf(a4.ToDateTime()) : (DateValue?)null;
                // "expected to meet again later this month": the rest of the month, so that it is
                // never taken for a day of the month already told.
                case "later this month":
                    return _anchor is { } a6 ? RestOfMonth(a6) : (DateValue?)null;
                // "Jokowi and Albanese last met in Melbourne ... earlier this month", in a story of the
                // 14th about their meeting that day: the days of the month before it, so that the
                // earlier meeting is never taken for the story's own (a day before it, told
                // elsewhere, is still that happening).
                case "earlier this month":
                    return _anchor is { } a12 ? MonthBefore(a12) : (DateValue?)null;
                case "next month":
                    return _anchor is { } a5 ? MonthOf(a5.ToDateTime().AddMonths(1)) : (DateValue?)null;
                // "Lavrov will visit North Korea next week, the Kremlin said": an announcement's
                // days, Monday to Sunday (a day of it told elsewhere is the same happening). "Last
                // week" and "this week" stay undated: they tell of background the story dates
                // elsewhere, or of the days around the news ("is visiting Moscow this week").
                case "next week":
                    return _anchor is { } a11 ? WeekOf(a11.AddDays(7)) : (DateValue?)null;
                case var part when SameDay.IsPhrase(part):
                    return focusDay is { } sameDay ? DateValue.OfDay(sameDay) : (DateValue?)null;
                default:
                    // "two days later": from the day the text spoke of last, never from the publication;
                    // "two days ago" from the publication.
                    if (TemporalLapses.Days(phrase) is { } days)
                    {
                        if (TemporalLapses.CountsFromPublication(phrase)) return _anchor is { } today ? DateValue.OfDay(today.AddDays(days)) : (DateValue?)null;
                        return _focus is { Precision: DatePrecision.Day } day ? DateValue.OfDay(day.Start.AddDays(days)) : (DateValue?)null;
                    }
                    return null; // years and the weeks before are not a precision the corpus records
            }
        }

        [MethodImpl(Jit.Optimized)]
        private static DateValue MonthOf(DateTime value) => DateValue.OfMonth(value.Year, value.Month);

        // The days of the week that holds day, Monday to Sunday.
        [MethodImpl(Jit.Optimized)]
        private static DateValue WeekOf(CalendarDate day)
        {
            var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
            return new DateValue(monday, monday.AddDays(6), DatePrecision.Range);
        }

        // The days of the publication's month after it; the whole month when there are none.
        [MethodImpl(Jit.Optimized)]
        private static DateValue RestOfMonth(CalendarDate day)
        {
            var month = DateValue.OfMonth(day.Year, day.Month);
            return day.Day == month.End.Day ? month : new DateValue(day.AddDays(1), month.End, DatePrecision.Range);
        }

        // The days of the publication's month before it; the whole month when there are none.
        [MethodImpl(Jit.Optimized)]
        private static DateValue MonthBefore(CalendarDate day)
        {
            var month = DateValue.OfMonth(day.Year, day.Month);
            return day.Day == 1 ? month : new DateValue(month.Start, day.AddDays(-1), DatePrecision.Range);
        }

        // "Putin was welcomed by Kim early Wednesday local time" in a story bylined in New York on
        // Tuesday: the day after the publication's, in the place's own time zone, not last week's.
        // Only the next day: a zone is never a day further. Within three words after the weekday.
        [MethodImpl(Jit.Optimized)]
        private bool IsDayAfterAnchor(DayOfWeek weekday) => _anchor is { } anchor && ((int)weekday - (int)anchor.DayOfWeek + 7) % 7 == 1;

        [MethodImpl(Jit.Optimized)]
        private static bool LocalTimeAfter(string text, int i, int end)
        {
            for (var words = 0; words < 4 && i < end; words++)
            {
                while (i < end && (text[i] == ' ' || text[i] == '(')) i++;
                if (PatternText.MatchesIgnoringAsciiCase(text, i, end, "local time")) return true;
                while (i < end && char.IsLetter(text[i])) i++;
                if (i < end && text[i] != ' ' && text[i] != '(') return false;
            }
            return false;
        }

        [MethodImpl(Jit.Optimized)]
        private DateValue? ResolveWeekday(DayOfWeek weekday, string relative, bool future)
        {
            if (_anchor is not { } anchor) return null;
            var back = ((int)anchor.DayOfWeek - (int)weekday + 7) % 7;
            switch (relative)
            {
                case "last":
                    return DateValue.OfDay(anchor.AddDays(-(back == 0 ? 7 : back)));
                case "next":
                    var ahead = ((int)weekday - (int)anchor.DayOfWeek + 7) % 7;
                    return DateValue.OfDay(anchor.AddDays(ahead == 0 ? 7 : ahead));
                default:
                    // News reports the past: a bare weekday is the most recent one, today included,
                    // unless the sentence speaks of what is to come.
                    return future
                        ? DateValue.OfDay(anchor.AddDays(((int)weekday - (int)anchor.DayOfWeek + 7) % 7))
                        : DateValue.OfDay(anchor.AddDays(-back));
            }
        }

        // "He is expected to meet Putin on Wednesday", "Lavrov is expected in Pyongyang on Monday",
        // "Kim will travel to Moscow on Thursday", "a
        // summit expected as early as Wednesday", "talks scheduled for Friday", "He was to travel to
        // Israel on Friday" (a future seen from the story's day): a future form before a weekday
        // makes it the next one. ("due to" alone is left out: it also means "because of";
        // "is due to" is kept.) One
        // inside a quote that has closed before the weekday is the quote's own: "“We will win,” Kim
        // said on Tuesday" is last Tuesday.
        private static readonly string[] FutureForms =
        {
            "will", "expected to", "scheduled to", "set to", "plans to", "planning to", "slated to",
            "expected on", "expected as early as", "expected in", "scheduled for", "slated for", "planned for", "set for", "due on", "is due to", "are due to",
            "is due in", "are due in", "is to", "are to", "was to", "were to", "was due to", "were due to",
            "upcoming", "planned visit", "planned trip", "planned summit", "planned meeting", "planned talks",
        };

        // "On Thursday, Lavrov will meet Choe", "Friday, Putin is expected to ...": a weekday that opens
        // the sentence before a comma, and a future form within the next eight words, before any verb
        // in the past or of speech ("On Friday, Putin said he will ..." is last Friday).
        private static readonly string[] PastOrSpeech = { "said", "says", "told", "met", "held", "was", "were", "had", "has", "did" };

        [MethodImpl(Jit.Optimized)]
        private static bool FrontedBeforeAFuture(string text, int sentenceStart, DateExpression e, int end)
        {
            if (e.Start != sentenceStart && !(e.Start == sentenceStart + 3 && PatternText.MatchesIgnoringAsciiCase(text, sentenceStart, end, "on "))) return false;
            var i = e.Start + e.Length;
            if (i >= end || text[i] != ',') return false;
            for (var words = 0; words < 8; words++)
            {
                while (i < end && !char.IsLetter(text[i])) i++;
                if (i >= end) return false;
                if (IsFutureFormAt(text, i, end)) return true;
                var wordEnd = i;
                while (wordEnd < end && char.IsLetter(text[wordEnd])) wordEnd++;
                if (wordEnd - i > 3 && text[wordEnd - 1] == 'd' && text[wordEnd - 2] == 'e' && char.IsLower(text[i])) return false;
                foreach (var verb in PastOrSpeech)
                {
                    if (wordEnd - i == verb.Length && PatternText.Matches(text, i, wordEnd, verb)) return false;
                }
                i = wordEnd;
            }
            return false;
        }

        // The future forms by their first letter, in lower case: a word is compared only with the
        // forms it could begin ("is to" and "are to" start with letters that open many words).
        private static readonly string[][] FutureFormsByInitial = TextWords.ByInitial(FutureForms);

        // One of FutureForms at i, whole ("will", not "willpower").
        [MethodImpl(Jit.Optimized)]
        private static bool IsFutureFormAt(string text, int i, int end)
        {
            var initial = text[i] | 0x20;
            if (initial < 'a' || initial > 'z') return false;
            foreach (var form in FutureFormsByInitial[initial - 'a'])
            {
                if (PatternText.MatchesIgnoringAsciiCase(text, i, end, form) && (i + form.Length == end || !char.IsLetterOrDigit(text[i + form.Length]))) return true;
            }
            return false;
        }

        // "The Kremlin said Monday that Putin would visit North Korea on Tuesday", "Putin would visit
        // on Tuesday, the Kremlin said": "would" is the future of what was said only in reported
        // speech; in a story's own telling it is a past's future ("arrived Monday and would meet Kim
        // on Tuesday"), or no time at all.
        // "Netanyahu will send a delegation, a week after Blinken visited Israel on Friday": a clause
        // opened by "after", "since" or "when" whose verb is in the past tells of the past, whatever
        // came before it ("will meet Putin, after arriving on Tuesday" stays ahead).
        [MethodImpl(Jit.Optimized)]
        private static bool SaysFuture(string text, int start, int end, int sentenceEnd) => FutureBefore(text, start, end, sentenceEnd) != Future.None;

        /// <summary>How the words before a date speak of what is to come.</summary>
        private enum Future
        {
            None,

            /// <summary>A future form ("will", "is expected to"), seen from the story's day.</summary>
            Ahead,

            /// <summary>Only "would" in reported speech ("said that Lavrov would arrive"), seen from the report's day.</summary>
            ReportedWould,
        }

        [MethodImpl(Jit.Optimized)]
        private static Future FutureBefore(string text, int start, int end, int sentenceEnd)
        {
            bool outside = false, quoted = false, inQuote = false, would = false, pastClause = false;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (c == '“' || c == '”' || c == '"')
                {
                    // Curly quotes say which way they go; a straight one turns the state over.
                    var opens = c == '“' || (c == '"' && !inQuote);
                    if (!opens) quoted = false;
                    inQuote = opens;
                    continue;
                }
                if (i > start && char.IsLetterOrDigit(text[i - 1])) continue;
                if (!inQuote && IsReportingVerbAt(text, i, end))
                {
                    // "Kim will travel to Moscow next week, the Kremlin said on Tuesday": the verb
                    // nearest the weekday is the report's, in the past.
                    outside = quoted = would = false;
                    continue;
                }
                if (!inQuote && (text[i] | 0x20) == 'w' && PatternText.Matches(text, i, end, "would") && (i + 5 == end || text[i + 5] == ' '))
                {
                    would = true;
                    continue;
                }
                if (!inQuote && (outside || would) && IsWordOf(text, i, end, PastClauseOpeners))
                {
                    pastClause = true;
                    continue;
                }
                if (pastClause && IsPastTenseAt(text, i, end))
                {
                    outside = quoted = would = pastClause = false;
                    continue;
                }
                // "are expected to discuss the treaty signed by Putin and Kim in June": a participle
                // with its agent tells of the past (not "will be signed by").
                if (!inQuote && (outside || would) && IsPastParticipleWithAgentAt(text, start, i, end))
                {
                    outside = quoted = would = false;
                    continue;
                }
                if (!IsFutureFormAt(text, i, end)) continue;
                if (inQuote) quoted = true;
                else outside = true;
            }
            return outside || quoted ? Future.Ahead : would && ReportsSpeech(text, start, sentenceEnd) ? Future.ReportedWould : Future.None;
        }

        private static readonly string[] PastClauseOpeners = { "after", "since", "when" };

        // Past forms a clause of the past has for its verb, besides the regular ones in "-ed".
        private static readonly string[] IrregularPasts = { "met", "held", "went", "came", "flew", "left", "spoke", "saw", "took", "made", "gave", "began", "had", "was", "were" };

        // The lower-case word at i is one of words, whole.
        [MethodImpl(Jit.Optimized)]
        private static bool IsWordOf(string text, int i, int end, string[] words)
        {
            foreach (var word in words)
            {
                if (PatternText.Matches(text, i, end, word) && (i + word.Length == end || !char.IsLetterOrDigit(text[i + word.Length]))) return true;
            }
            return false;
        }

        // A verb in the past at i: "visited", "arrived", "met" (lower case; "expected" and
        // "scheduled" say what is to come, and are future forms).
        [MethodImpl(Jit.Optimized)]
        private static bool IsPastTenseAt(string text, int i, int end)
        {
            var wordEnd = i;
            while (wordEnd < end && text[wordEnd] >= 'a' && text[wordEnd] <= 'z') wordEnd++;
            if (wordEnd < end && char.IsLetterOrDigit(text[wordEnd])) return false;
            if (wordEnd - i >= 5 && text[wordEnd - 1] == 'd' && text[wordEnd - 2] == 'e' && !IsFutureFormAt(text, i, end)) return true;
            return IsWordOf(text, i, end, IrregularPasts);
        }

        private static readonly string[] PassiveAuxiliaries = { "be", "been", "being", "is", "are", "was", "were", "get", "got" };

        // "signed by", "reached by": a verb in the past at i, with "by" after it and no auxiliary
        // before it that would make it a passive of the future ("will be signed by").
        [MethodImpl(Jit.Optimized)]
        private static bool IsPastParticipleWithAgentAt(string text, int start, int i, int end)
        {
            // "by" after the word first: most words have none, and the tense test reads lists.
            var wordEnd = i;
            while (wordEnd < end && char.IsLetter(text[wordEnd])) wordEnd++;
            if (wordEnd + 4 > end || text[wordEnd] != ' ' || !PatternText.Matches(text, wordEnd + 1, end, "by ") || !IsPastTenseAt(text, i, end)) return false;
            var before = i - 1;
            while (before > start && text[before - 1] == ' ') before--;
            var previous = before;
            while (previous > start && char.IsLetter(text[previous - 1])) previous--;
            return previous == before || !IsWordOf(text, previous, before, PassiveAuxiliaries);
        }

        // Whether one of ReportingVerbs stands, as a word, between start and end.
        [MethodImpl(Jit.Optimized)]
        private static bool ReportsSpeech(string text, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if ((i == start || !char.IsLetterOrDigit(text[i - 1])) && IsReportingVerbAt(text, i, end)) return true;
            }
            return false;
        }

        // A verb of speech or a past form that a later weekday belongs to, rather than to a future
        // form before it.
        private static readonly string[] ReportingVerbs = { "said", "says", "told", "announced", "reported", "added", "noted", "stated", "confirmed" };

        [MethodImpl(Jit.Optimized)]
        private static bool IsReportingVerbAt(string text, int i, int end)
        {
            if (text[i] is not ('s' or 't' or 'a' or 'r' or 'n' or 'c')) return false;
            foreach (var verb in ReportingVerbs)
            {
                if (PatternText.Matches(text, i, end, verb) && (i + verb.Length == end || !char.IsLetterOrDigit(text[i + verb.Length]))) return true;
            }
            return false;
        }

        // A month and day without a year take the year that puts them nearest the publication date,
        // leaning to the past (news mostly reports what has happened): a day ahead counts ten times
        // its distance unless the sentence speaks of what is to come, and then half of it, leaning
        // ahead ("last met on Jan. 16", in a story of 28 November, is the January before; "will meet
        // on Jan. 16" the one after, and "will pay a state visit from May 7 to 10" in one of 5
        // November the May ahead; "will visit, a month after he met Putin on Oct. 3" the October before).
        // Without a publication date, only a year the text itself stated may be used.
        [MethodImpl(Jit.Optimized)]
        private int? InferYear(int month, int day, DateExpression e, string text, int sentenceStart)
        {
            if (_anchor is not { } anchor) return _statedYear;
            int? best = null;
            var bestScore = double.MaxValue;
            var ahead = 0.0;
            for (var year = anchor.Year - 1; year <= anchor.Year + 1; year++)
            {
                if (CalendarDate.TryCreate(year, month, Math.Max(1, day)) is not { } candidate) continue;
                var days = (candidate.ToDateTime() - anchor.ToDateTime()).TotalDays;
                // Asked only when a year ahead competes: most dates are of the weeks before.
                if (days > 0 && ahead == 0) ahead = SpeaksOfWhatIsToCome(e, text, sentenceStart) ? 0.5 : 10;
                var score = days > 0 ? days * ahead : -days;
                if (score < bestScore) { bestScore = score; best = year; }
            }
            return best;
        }

        [MethodImpl(Jit.Optimized)]
        private int? RelativeMonthYear(int month, string relative, bool ahead)
        {
            if (_anchor is not { } anchor) return relative.Length == 0 ? _statedYear : null;
            switch (relative)
            {
                case "last": return month < anchor.Month ? anchor.Year : anchor.Year - 1;
                case "next": return month > anchor.Month ? anchor.Year : anchor.Year + 1;
                case "this": return anchor.Year;
                // "will visit Turkey in August", said in March: the August to come.
                default: return ahead ? (month >= anchor.Month ? anchor.Year : anchor.Year + 1) : month <= anchor.Month + 1 ? anchor.Year : anchor.Year - 1;
            }
        }
    }
}
