using System;
using System.Linq;
using System.Runtime.CompilerServices;
using CorpusGen.Core.Text;

namespace CorpusGen.Core.Dates
{
    /// <summary>The forms of date expression, as the alternatives of <see cref="TemporalExpressions"/>' patterns.</summary>
    internal enum ExpressionForm : byte
    {
        Range,
        Iso,
        DayOfMonth,
        WholeMonth,
        Weekday,
        Ordinal,
        Phrase,
    }

    /// <summary>A date expression as matched: where it is, its form, and the parts that resolve it.</summary>
    internal struct DateExpression
    {
        public int Start;
        public int Length;
        public ExpressionForm Form;

        /// <summary>The year the text states, if it states one.</summary>
        public int? Year;

        /// <summary>1-12 for a month name; an ISO date's number as written (it may be out of range); 0 for none.</summary>
        public int Month;

        public int Day;
        public int Day2;

        /// <summary>"last", "this", "next" or "" (month and weekday forms).</summary>
        public string Relative;

        public DayOfWeek Weekday;

        /// <summary>The phrase in lower case (phrase form).</summary>
        public string? Phrase;
    }

    /// <summary>Whether a date expression starts at a position, or whether only the pattern can tell.</summary>
    internal enum ScanResult : byte
    {
        NoMatch,
        Match,
        Unsure,
    }

    /// <summary>
    /// The date patterns of <see cref="TemporalExpressions"/> written out as code. The patterns ran in
    /// the regex interpreter at every month, weekday and candidate number of every sentence, and a
    /// match then built a group object for each of the pattern's fifteen groups; in a fresh compiler
    /// this was the largest regex cost of the extraction (docs/performance.md).
    /// </summary>
    /// <remarks>
    /// Every alternative is tried in the pattern's order, and each optional part first with, then
    /// without it, as the regex engine backtracks; where the code relies on a part being
    /// deterministic, a comment says why. Whenever the answer would depend on a character whose
    /// meaning here is not plain (a non-ASCII character in a case-insensitive word, or one that may or
    /// may not be a word character), the scanner answers <see cref="ScanResult.Unsure"/> and the
    /// caller asks the pattern. A test checks scanner and patterns agree on thousands of generated
    /// sentences.
    /// </remarks>
    internal struct DateExpressionScanner
    {
        // CalendarWords.MonthPattern, in its order: full names first, then "Sept" before "Sep".
        private static readonly string[] MonthNames =
        {
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Sept", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        };

        private static readonly int[] MonthNumbers = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 9, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12 };

        private static readonly string[] WeekdayNames = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

        private static readonly DayOfWeek[] Weekdays =
        {
            DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday,
        };

        // The phrase alternative, expanded in the pattern's order (the lapses last, as in the pattern).
        private static readonly string[] Phrases = new[]
        {
            "the day before", "the previous day", "the day after", "the next day", "the following day", "yesterday", "today", "tomorrow", "tonight",
        }.Concat(SameDay.Phrases).Concat(new[]
        {
            "the same day",
            "earlier in the day", "earlier in the week", "earlier in the year", "later in the day", "later in the week", "later in the year",
            "earlier this month", "later this month",
            "last month", "last week", "last year", "last weekend", "this month", "this week", "this year", "this weekend",
            "this morning", "this afternoon", "this evening",
            "next month", "next week", "next year", "next weekend", "the weekend",
        }).Concat(TemporalLapses.Phrases).ToArray();

        private static readonly string[] Relatives = { "last", "this", "next" };
        private static readonly string[] Parts = { "early", "mid", "late" };

        private readonly string _text;
        private readonly int _end;
        private bool _unsure;

        private DateExpressionScanner(string text, int end)
        {
            _text = text;
            _end = end;
            _unsure = false;
        }

        /// <summary>The expression starting at <paramref name="start"/>, a digit, within [start, end).</summary>
        [MethodImpl(Jit.Optimized)]
        public static ScanResult DigitFirst(string text, int start, int end, out DateExpression expression)
        {
            var scanner = new DateExpressionScanner(text, end);
            var found = scanner.DigitRange(start, out expression) || scanner.Iso(start, out expression) || scanner.DigitDayOfMonth(start, out expression);
            return scanner._unsure ? ScanResult.Unsure : found ? ScanResult.Match : ScanResult.NoMatch;
        }

        /// <summary>The expression starting at <paramref name="start"/>, a letter, within [start, end).</summary>
        [MethodImpl(Jit.Optimized)]
        public static ScanResult WordFirst(string text, int start, int end, out DateExpression expression)
        {
            var scanner = new DateExpressionScanner(text, end);
            var found = scanner.WordRange(start, out expression)
                || scanner.WordDayOfMonth(start, out expression)
                || scanner.WholeMonth(start, out expression)
                || scanner.Weekday(start, out expression)
                || scanner.Ordinal(start, out expression)
                || scanner.Phrase(start, out expression);
            return scanner._unsure ? ScanResult.Unsure : found ? ScanResult.Match : ScanResult.NoMatch;
        }

        // day Suffix \s* (-|–|—|to|and) \s* day2 Suffix \s+ Month Year
        [MethodImpl(Jit.Optimized)]
        private bool DigitRange(int start, out DateExpression e)
        {
            e = default;
            if (!DayAt(start, out var day, out var p)) return false;
            p = SkipWhiteSpace(SkipSuffix(p));
            p = Separator(p, wordForms: false);
            if (p < 0) return false;
            if (!DayAt(SkipWhiteSpace(p), out var day2, out p)) return false;
            p = SkipSuffix(p);
            if (!IsWhiteSpace(p)) return false;
            var afterName = MonthAt(SkipWhiteSpace(p), fullNamesOnly: false, out var month);
            if (afterName < 0 || !MonthTail(afterName, noDigitOrTimeAfter: false, out var end, out var year)) return false;
            e = Expression(start, end, ExpressionForm.Range, year, month, day, day2);
            return true;
        }

        // year-mm-dd, digits exactly so many each.
        [MethodImpl(Jit.Optimized)]
        private bool Iso(int start, out DateExpression e)
        {
            e = default;
            if (!DigitsAt(start, 4) || !CharAt(start + 4, '-') || !DigitsAt(start + 5, 2) || !CharAt(start + 7, '-') || !DigitsAt(start + 8, 2)
                || IsWordAt(start + 10))
            {
                return false;
            }
            e = Expression(start, start + 10, ExpressionForm.Iso, DecimalDigits.Parse(_text, start, 4), DecimalDigits.Parse(_text, start + 5, 2), DecimalDigits.Parse(_text, start + 8, 2), 0);
            return true;
        }

        // day Suffix \s+ (of\s+)? Month Year
        [MethodImpl(Jit.Optimized)]
        private bool DigitDayOfMonth(int start, out DateExpression e)
        {
            e = default;
            if (!DayAt(start, out var day, out var p)) return false;
            p = SkipSuffix(p);
            if (!IsWhiteSpace(p)) return false;
            p = SkipWhiteSpace(p);
            int end;
            int? year;
            if (Literal(p, "of") && IsWhiteSpace(p + 2))
            {
                var afterOf = MonthAt(SkipWhiteSpace(p + 2), fullNamesOnly: false, out var monthAfterOf);
                if (afterOf >= 0 && MonthTail(afterOf, noDigitOrTimeAfter: false, out end, out year))
                {
                    e = Expression(start, end, ExpressionForm.DayOfMonth, year, monthAfterOf, day, 0);
                    return true;
                }
            }
            var afterName = MonthAt(p, fullNamesOnly: false, out var month);
            if (afterName < 0 || !MonthTail(afterName, noDigitOrTimeAfter: false, out end, out year)) return false;
            e = Expression(start, end, ExpressionForm.DayOfMonth, year, month, day, 0);
            return true;
        }

        // (from\s+)? Month \s+ day Suffix \s* (-|–|—|to|through|until|and) \s* day2 Suffix Year
        [MethodImpl(Jit.Optimized)]
        private bool WordRange(int start, out DateExpression e)
        {
            if (Literal(start, "from") && IsWhiteSpace(start + 4) && WordRangeAt(start, SkipWhiteSpace(start + 4), out e)) return true;
            return WordRangeAt(start, start, out e);
        }

        [MethodImpl(Jit.Optimized)]
        private bool WordRangeAt(int start, int p, out DateExpression e)
        {
            e = default;
            if (!MonthThenDay(p, out var month, out var day, out p)) return false;
            p = SkipWhiteSpace(SkipSuffix(p));
            p = Separator(p, wordForms: true);
            if (p < 0) return false;
            if (!DayAt(SkipWhiteSpace(p), out var day2, out p)) return false;
            if (!YearAndEnd(SkipSuffix(p), comma: true, noDigitOrTimeAfter: false, out var end, out var year)) return false;
            e = Expression(start, end, ExpressionForm.Range, year, month, day, day2);
            return true;
        }

        // Month \s+ day Suffix Year (?!\d|:\d): not a time ("May 5:30"), but a timeline's "Sept. 13, 2023: Kim meets ..."
        [MethodImpl(Jit.Optimized)]
        private bool WordDayOfMonth(int start, out DateExpression e)
        {
            e = default;
            if (!MonthThenDay(start, out var month, out var day, out var p)) return false;
            if (!YearAndEnd(SkipSuffix(p), comma: true, noDigitOrTimeAfter: true, out var end, out var year)) return false;
            e = Expression(start, end, ExpressionForm.DayOfMonth, year, month, day, 0);
            return true;
        }

        // Month \.? \s+ day. The dot is deterministic: without it, \s+ would have to match the dot.
        [MethodImpl(Jit.Optimized)]
        private bool MonthThenDay(int p, out int month, out int day, out int afterDay)
        {
            day = 0;
            afterDay = -1;
            var afterName = MonthAt(p, fullNamesOnly: false, out month);
            if (afterName < 0) return false;
            if (CharAt(afterName, '.')) afterName++;
            return IsWhiteSpace(afterName) && DayAt(SkipWhiteSpace(afterName), out day, out afterDay);
        }

        // ((early|mid|late)[- ])? ((last|this|next)\s+)? FullMonth (\s+ year)?
        [MethodImpl(Jit.Optimized)]
        private bool WholeMonth(int start, out DateExpression e)
        {
            var part = WordAt(start, Parts);
            if (part is not null && (CharAt(start + part.Length, '-') || CharAt(start + part.Length, ' '))
                && WholeMonthAfterPart(start, start + part.Length + 1, out e))
            {
                return true;
            }
            return WholeMonthAfterPart(start, start, out e);
        }

        [MethodImpl(Jit.Optimized)]
        private bool WholeMonthAfterPart(int start, int p, out DateExpression e)
        {
            var relative = WordAt(p, Relatives);
            if (relative is not null && IsWhiteSpace(p + relative.Length)
                && WholeMonthAt(start, SkipWhiteSpace(p + relative.Length), relative, out e))
            {
                return true;
            }
            return WholeMonthAt(start, p, "", out e);
        }

        [MethodImpl(Jit.Optimized)]
        private bool WholeMonthAt(int start, int p, string relative, out DateExpression e)
        {
            e = default;
            var afterName = MonthAt(p, fullNamesOnly: true, out var month);
            if (afterName < 0 || !YearAndEnd(afterName, comma: false, noDigitOrTimeAfter: false, out var end, out var year)) return false;
            e = Expression(start, end, ExpressionForm.WholeMonth, year, month, 0, 0);
            e.Relative = relative;
            return true;
        }

        // ((last|this|next)\s+)? WeekdayName
        [MethodImpl(Jit.Optimized)]
        private bool Weekday(int start, out DateExpression e)
        {
            var relative = WordAt(start, Relatives);
            if (relative is not null && IsWhiteSpace(start + relative.Length) && WeekdayAt(start, SkipWhiteSpace(start + relative.Length), relative, out e))
            {
                return true;
            }
            return WeekdayAt(start, start, "", out e);
        }

        [MethodImpl(Jit.Optimized)]
        private bool WeekdayAt(int start, int p, string relative, out DateExpression e)
        {
            e = default;
            for (var k = 0; k < WeekdayNames.Length; k++)
            {
                var name = WeekdayNames[k];
                if (!Literal(p, name) || IsWordAt(p + name.Length)) continue;
                e = Expression(start, p + name.Length, ExpressionForm.Weekday, null, 0, 0, 0);
                e.Relative = relative;
                e.Weekday = Weekdays[k];
                return true;
            }
            return false;
        }

        // (?i:the)\s+ day (st|nd|rd|th) \s+of\s+ Month Year ("the 13th of September"), else
        // (?i:the)\s+ day (st|nd|rd|th)
        [MethodImpl(Jit.Optimized)]
        private bool Ordinal(int start, out DateExpression e)
        {
            e = default;
            if (!LiteralIgnoringCase(start, "the") || !IsWhiteSpace(start + 3)) return false;
            if (!DayAt(SkipWhiteSpace(start + 3), out var day, out var p)) return false;
            var afterSuffix = SkipSuffix(p);
            if (afterSuffix == p) return false;
            if (IsWhiteSpace(afterSuffix))
            {
                var of = SkipWhiteSpace(afterSuffix);
                if (Literal(of, "of") && IsWhiteSpace(of + 2))
                {
                    var afterName = MonthAt(SkipWhiteSpace(of + 2), fullNamesOnly: false, out var month);
                    if (afterName >= 0 && MonthTail(afterName, noDigitOrTimeAfter: false, out var end, out var year))
                    {
                        e = Expression(start, end, ExpressionForm.DayOfMonth, year, month, day, 0);
                        return true;
                    }
                }
            }
            if (IsWordAt(afterSuffix)) return false;
            e = Expression(start, afterSuffix, ExpressionForm.Ordinal, null, 0, day, 0);
            return true;
        }

        [MethodImpl(Jit.Optimized)]
        private bool Phrase(int start, out DateExpression e)
        {
            e = default;
            foreach (var phrase in Phrases)
            {
                if (!LiteralIgnoringCase(start, phrase) || IsWordAt(start + phrase.Length)) continue;
                e = Expression(start, start + phrase.Length, ExpressionForm.Phrase, null, 0, 0, 0);
                e.Phrase = phrase;
                return true;
            }
            return false;
        }

        // Month \.? Year, then the end: the dot first, then without it; inside each, the year first.
        [MethodImpl(Jit.Optimized)]
        private bool MonthTail(int afterName, bool noDigitOrTimeAfter, out int end, out int? year)
        {
            if (CharAt(afterName, '.') && YearAndEnd(afterName + 1, comma: true, noDigitOrTimeAfter, out end, out year)) return true;
            return YearAndEnd(afterName, comma: true, noDigitOrTimeAfter, out end, out year);
        }

        // (,?\s+ year)? or (\s+ year)?, then (?!\d|:\d) when asked and (?![\w]). The comma is
        // deterministic: without it, \s+ would have to match the comma.
        [MethodImpl(Jit.Optimized)]
        private bool YearAndEnd(int p, bool comma, bool noDigitOrTimeAfter, out int end, out int? year)
        {
            var q = comma && CharAt(p, ',') ? p + 1 : p;
            if (IsWhiteSpace(q))
            {
                var digits = SkipWhiteSpace(q);
                if (DigitsAt(digits, 4) && IsEnd(digits + 4, noDigitOrTimeAfter))
                {
                    end = digits + 4;
                    year = DecimalDigits.Parse(_text, digits, 4);
                    return true;
                }
            }
            end = p;
            year = null;
            return IsEnd(p, noDigitOrTimeAfter);
        }

        [MethodImpl(Jit.Inlined)]
        private bool IsEnd(int p, bool noDigitOrTimeAfter)
            => !(noDigitOrTimeAfter && p < _end && (char.IsDigit(_text[p]) || (_text[p] == ':' && p + 1 < _end && char.IsDigit(_text[p + 1])))) && !IsWordAt(p);

        // The month name at p, case as written, that a non-word character follows (a dot included):
        // any other name leaves a word character where every continuation needs none. Returns the
        // position after the name, or -1.
        [MethodImpl(Jit.Optimized)]
        private int MonthAt(int p, bool fullNamesOnly, out int month)
        {
            var count = fullNamesOnly ? 12 : MonthNames.Length;
            for (var k = 0; k < count; k++)
            {
                var name = MonthNames[k];
                if (Literal(p, name) && !IsWordAt(p + name.Length))
                {
                    month = MonthNumbers[k];
                    return p + name.Length;
                }
            }
            month = 0;
            return -1;
        }

        // \d{1,2}: only a run of one or two digits can match, since nothing that may follow a day
        // matches a digit.
        [MethodImpl(Jit.Optimized)]
        private bool DayAt(int p, out int day, out int after)
        {
            var q = p;
            while (q < _end && char.IsDigit(_text[q])) q++;
            var count = q - p;
            after = q;
            day = count is 1 or 2 ? DecimalDigits.Parse(_text, p, count) : 0;
            return count is 1 or 2;
        }

        // (st|nd|rd|th)? is deterministic: none of what follows a day can start with the suffix's letters.
        [MethodImpl(Jit.Inlined)]
        private int SkipSuffix(int p)
            => Literal(p, "st") || Literal(p, "nd") || Literal(p, "rd") || Literal(p, "th") ? p + 2 : p;

        // The range separator at p, as the pattern lists it; the position after it, or -1.
        [MethodImpl(Jit.Optimized)]
        private int Separator(int p, bool wordForms)
        {
            if (CharAt(p, '-') || CharAt(p, '–') || CharAt(p, '—')) return p + 1;
            if (Literal(p, "to")) return p + 2;
            if (wordForms && Literal(p, "through")) return p + 7;
            if (wordForms && Literal(p, "until")) return p + 5;
            if (Literal(p, "and")) return p + 3;
            return -1;
        }

        // The first of the lower-case words at p, ignoring case (the pattern's (?i:...) groups).
        [MethodImpl(Jit.Optimized)]
        private string? WordAt(int p, string[] words)
        {
            foreach (var word in words)
            {
                if (LiteralIgnoringCase(p, word)) return word;
            }
            return null;
        }

        [MethodImpl(Jit.Inlined)]
        private bool Literal(int p, string literal) => PatternText.Matches(_text, p, _end, literal);

        // Case-insensitive as the regex engine is for ASCII letters; a character past ASCII could be a
        // case-insensitive match of one ('K' for 'k', 'ſ' for 's'), so the pattern decides.
        [MethodImpl(Jit.Optimized)]
        private bool LiteralIgnoringCase(int p, string lower)
        {
            if (_end - p < lower.Length) return false;
            for (var k = 0; k < lower.Length; k++)
            {
                var c = _text[p + k];
                if (c == lower[k]) continue;
                if (c >= 128)
                {
                    _unsure = true;
                    return false;
                }
                if (c < 'A' || c > 'Z' || (c | 0x20) != lower[k]) return false;
            }
            return true;
        }

        [MethodImpl(Jit.Inlined)]
        private bool CharAt(int p, char c) => p < _end && _text[p] == c;

        [MethodImpl(Jit.Optimized)]
        private bool DigitsAt(int p, int count)
        {
            if (_end - p < count) return false;
            for (var k = p; k < p + count; k++)
            {
                if (!char.IsDigit(_text[k])) return false;
            }
            return true;
        }

        // \s is exactly char.IsWhiteSpace.
        [MethodImpl(Jit.Inlined)]
        private bool IsWhiteSpace(int p) => p < _end && char.IsWhiteSpace(_text[p]);

        [MethodImpl(Jit.Optimized)]
        private int SkipWhiteSpace(int p)
        {
            while (IsWhiteSpace(p)) p++;
            return p;
        }

        // \w: letters, decimal digits and '_' for sure, blanks and common punctuation for sure not;
        // for other characters (marks, connectors, symbols) the pattern decides.
        [MethodImpl(Jit.Optimized)]
        private bool IsWordAt(int p)
        {
            if (p >= _end) return false;
            var c = _text[p];
            if (c < 128) return PatternText.IsAsciiWordChar(c);
            if (char.IsLetterOrDigit(c)) return true;
            if (PatternText.IsPlain(c)) return false;
            _unsure = true;
            return false;
        }

        private static DateExpression Expression(int start, int end, ExpressionForm form, int? year, int month, int day, int day2)
            => new DateExpression { Start = start, Length = end - start, Form = form, Year = year, Month = month, Day = day, Day2 = day2, Relative = "" };
    }
}
