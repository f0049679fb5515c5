using System;
using System.Text.RegularExpressions;
using CorpusGen.Core.Model;
using CorpusGen.Core.Reading;
using CorpusGen.Core.Text;
using System.Runtime.CompilerServices;

namespace CorpusGen.Core.Dates
{
    /// <summary>What the file says about when it was published.</summary>
    /// <param name="Date">The publication date, when the file states a full one.</param>
    /// <param name="Dateline">The dateline's place ("SEOUL"), when the article opens with one.</param>
    /// <param name="PartialDate">A date without a year seen where a publication date belongs ("Oct 20").</param>
    /// <param name="Diagnostics">A malformed header, if any.</param>
    /// <param name="Credit">Where the dateline's agency credit stands ("AP" of "SEOUL (AP) —"), if it has one.</param>
    /// <param name="StoryStart">Where the story's first sentence starts after a dateline, or -1.</param>
    /// <param name="PlaceBeforeColon">
    /// Where capitalized words and a colon open the story ("Dubai: His Highness ..."), when no other
    /// dateline does: a dateline if the catalog knows the words as a place, else a label ("Opinion:").
    /// </param>
    public sealed record PublicationInfo(
        PublicationDate? Date, string? Dateline, string? PartialDate, EquatableArray<CorpusDiagnostic> Diagnostics, (int Start, int End)? Credit = null, int StoryStart = -1,
        (int Start, int End)? PlaceBeforeColon = null);

    /// <summary>
    /// The "dates" stage for the publication date. Order of trust: the <c>date YYYY-MM-DD</c> header,
    /// then a byline or timestamp line, then a wire dateline that states its year. Dates inside
    /// sentences, captions or URLs are never publication dates, and a year is never guessed.
    /// </summary>
    public static class PublicationDateReader
    {
        private const string Month = "(?<month>" + CalendarWords.MonthPattern + @")\.?";

        private static readonly string MonthAsWrittenOrInCapitals = "(?<month>" + CalendarWords.MonthPattern + "|" + CalendarWords.MonthPattern.ToUpperInvariant() + @")\.?";

        // Interpreted, not RegexOptions.Compiled: these run on a few short lines per article, where
        // the interpreter is as fast (warm runs unchanged), and compiling them cost each fresh
        // compiler process about 0.1 s before the first article (see TemporalExpressions).
        // Month names as written or in capitals ("13 SEP 2023"), not in any case: "may" and "march"
        // are ordinary words. Numbers: year first ("2023-10-19", "2023/10/19"),
        // day first with dots ("19.10.2023"), and with slashes or dashes only where the order cannot
        // be mistaken ("16/01/2024", "01/16/2024", "16-01-2024", not "03/04/2024"; see ToDate).
        // Korean sites write "2023.09.13" and "Sep.13,2023", CGTN "19-Jun-2024"; an ISO timestamp goes on with its time
        // ("2023-09-13T09:12:00"), and text copied from some sites glues the time to the year
        // ("September 13, 20233:40 AM").
        private static readonly Regex FullDate = new Regex(
            // Not inside a word or number, except a month name glued to the digits before it
            // (DW's "11/01/2024November 1, 2024").
            @"(?:(?<![\w/.])|(?<=\d)(?=[A-Za-z]))(?:" +
                MonthAsWrittenOrInCapitals + @"(?:\s+|(?<=\.))(?<day>\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(?<year>\d{4})" +
                @"|(?<day>\d{1,2})(?:st|nd|rd|th)?\s+" + MonthAsWrittenOrInCapitals + @",?\s+(?<year>\d{4})" +
                // CGTN's "19-Jun-2024".
                @"|(?<day>\d{1,2})-" + MonthAsWrittenOrInCapitals + @"-(?<year>\d{4})" +
                @"|(?<year>\d{4})-(?<monthNumber>\d{1,2})-(?<day>\d{1,2})" +
                @"|(?<year>\d{4})/(?<monthNumber>\d{1,2})/(?<day>\d{1,2})" +
                @"|(?<year>\d{4})\.(?<monthNumber>\d{1,2})\.(?<day>\d{1,2})" +
                @"|(?<day>\d{1,2})\.(?<monthNumber>\d{1,2})\.(?<year>\d{4})" +
                @"|(?<first>\d{1,2})/(?<second>\d{1,2})/(?<year>\d{4})" +
                @"|(?<first>\d{1,2})-(?<second>\d{1,2})-(?<year>\d{4})" +
                // Chinese and Japanese "2023年9月14日", Korean "2023년 9월 14일".
                @"|(?<year>\d{4})年(?<monthNumber>\d{1,2})月(?<day>\d{1,2})日" +
                @"|(?<year>\d{4})년\s*(?<monthNumber>\d{1,2})월\s*(?<day>\d{1,2})일" +
            // After the year: an ISO time, a time glued on (Reuters' "20236:03 AM"), a month name glued
            // on (DW's "09/13/2023September 13, 2023"), or no word character.
            @")(?:(?=T\d\d:)|(?<=\d{4})(?=\d{1,2}:\d\d)|(?<=\d{4})(?=(?:" + CalendarWords.MonthPattern + @")\s)|(?![\w/]|\.\d))",
            RegexOptions.CultureInvariant);

        private static readonly Regex BylineKeyword = new Regex(
            @"^(?:published|updated|last updated|posted|first published|date|created|modified)\b\s*(?:on|at)?\s*:?",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        // "09:12", "17:12:05", and "09.12" as British sites write it.
        private static readonly Regex TimeOfDay = new Regex(@"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|GMT|UTC|[A-Z]{2,4})?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        // "SEOUL, Oct 20 –", "PYONGYANG, Oct. 19, 2023 (Yonhap) --", "WASHINGTON (Reuters) -", "WASHINGTON/SEOUL, Sept 13 (Reuters) -",
        // "SEOUL, South Korea (AP) —", "Moscow (AFP) -", "VLADIVOSTOK, September 13. /TASS/.", "Seoul, South Korea CNN —",
        // "MOSCOW, January 16 - RIA Novosti.", "ASTANA. KAZINFORM –", "Riyadh, December 03, 2024, SPA --",
        // "ABU DHABI, 13th February, 2024 (WAM) --", "Rome, Feb 12 (EFE).-", "(ANSA) - ROME, OCT 10 -".
        // The place is in capitals, or capitalized words ("Moscow", "Pyongyang") when an agency
        // credit follows: a capitalized word and a dash, or a date, open many sentences.
        private static readonly Regex Dateline = new Regex(
            // ANSA's credit comes first: "(ANSA) - ROME, OCT 10 - Premier ...".
            @"^(?:\((?<agency>[A-Z][A-Za-z]{1,15})\)\s*[-–—]\s*)?" +
            // Letters with diacritics too: EFE's "Brasília, Mar 28 (EFE).-", "SÃO PAULO".
            @"(?:(?<place>\p{Lu}[\p{Lu}.'’/\- ]{1,40}?[\p{Lu}.])|(?<place>(?<mixed>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})))" +
            // ANI's "New Delhi [India], June 19 (ANI):": the country in brackets after the place.
            @"(?:\s+\[[A-Z][A-Za-z .]{1,30}\])?" +
            @"(?:,\s+\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+){0,2})*" +
            // The date after a comma, or a period ("PYONGYANG. Oct 19 (Interfax) -"); month first, or
            // day first as TASS writes it ("Moscow, 13 September 2023 /TASS/.").
            // WAM's "13th February, 2024" has an ordinal and a comma; ANSA writes the month in capitals;
            // ENA's "March 14/2024" joins the year with a slash.
            @"(?:[,.]\s+(?<date>" + MonthAsWrittenOrInCapitals + @"\s+(?<day>\d{1,2})(?:,\s*(?<year>\d{4})|/(?<year>\d{4}))?|(?<day>\d{1,2})(?:st|nd|rd|th)?\s+" + MonthAsWrittenOrInCapitals + @"(?:,?\s+(?<year>\d{4}))?))?" +
            // Kabar's "Bishkek, March 14 / Kabar /." spaces the slashes.
            @"(?:\.?\s*/\s?(?<agency>[A-Za-z][A-Za-z\- ]{0,20}?)\s?/\.?" +
            // RIA Novosti's "MOSCOW, January 16 - RIA Novosti. Russian ...": the credit after the dash.
            @"|\s+[-–—]\s+(?<agency>[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,2})\.(?=\s)" +
            // Kyodo's "HANOI, June 20 Kyodo - Russian ...": the credit between the day (or the year) and
            // the dash; AKP's "Phnom Penh, March 14, 2024 AKP -- Cambodian ..." with two hyphens.
            @"|(?<=\d)\s+(?<agency>[A-Z][A-Za-z]+)\s+(?:--|[-–—])(?=\s)" +
            // Kazinform's "ASTANA. KAZINFORM – President ...": a credit in capitals after a period.
            @"|\.\s+(?<agency>[A-Z][A-Z\-]{2,20})\s+(?:--|[-–—])(?=\s)" +
            // SPA's and IRNA's credit after a comma: "Riyadh, December 03, 2024, SPA --", "Moscow, IRNA -".
            @"|,\s+(?<agency>[A-Z][A-Z\-]{1,20})\s*(?:--|[-–—])(?=\s+\p{Lu})" +
            // AZERTAC's "Baku, November 12, AZERTAC", a paragraph of its own.
            @"|,\s+(?<agency>[A-Z][A-Z\-]{2,20})\s*$" +
            // Armenpress's "YEREVAN, NOVEMBER 27, ARMENPRESS. Prime Minister ...": a period after the credit.
            @"|,\s+(?<agency>[A-Z][A-Z\-]{2,20})\.(?=\s+\p{Lu})" +
            // Trend's "BAKU, Azerbaijan, March 14. President ...": a period right after the date.
            @"|(?<=\d)\.(?=\s+\p{Lu})" +
            // EFE's "Rome, Feb 12 (EFE).- Argentine ...": a period between the credit and the dash.
            @"|\s*(?:\((?<agency>[^)\n]{1,40})\)\.?)?\s*(?:--|[-–—:])" +
            // PTI's "Moscow, Jul 8 (PTI) Prime Minister ...": the credit alone ends it, or with a
            // period ("ULAANBAATAR, June 19 (MONTSAME). President ...").
            @"|\s*\((?<agency>[^)\n]{2,40})\)\.?(?=\s+\p{Lu}))",
            RegexOptions.CultureInvariant);

        // An agency credit, as a capitalized place needs one: "AFP", "Reuters", "KCNA", not "(centre)".
        private static readonly Regex AgencyCredit = new Regex(@"^[A-Z][A-Za-z.&' -]{0,30}$", RegexOptions.CultureInvariant);

        /// <summary>
        /// Whether a line is a byline or timestamp: short, carrying a full date, and either introduced
        /// by a byline word or made of little besides the date and time. Captions are not bylines.
        /// </summary>
        [MethodImpl(Jit.Optimized)]
        public static bool IsBylineLine(string line) => IsBylineLine(line, 0, line.Length);

        /// <summary>Whether the line in [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/> is a byline or timestamp.</summary>
        [MethodImpl(Jit.Optimized)]
        public static bool IsBylineLine(string text, int start, int end)
        {
            var length = end - start;
            if (length > 120 || text.IndexOf('©', start, length) >= 0 || !HasFourDigits(text, start, end)) return false;
            // Few lines hold a full date: only those are copied out for the checks that follow.
            return FullDate.Match(text, start, length).Success && IsDatedBylineLine(text.Substring(start, length));
        }

        // Every form of FullDate has a four-digit year: most lines have none, and skip the pattern.
        [MethodImpl(Jit.Optimized)]
        private static bool HasFourDigits(string text, int start, int end)
        {
            var run = 0;
            for (var i = start; i < end; i++)
            {
                run = char.IsDigit(text[i]) ? run + 1 : 0;
                if (run == 4) return true;
            }
            return false;
        }

        [MethodImpl(Jit.Optimized)]
        private static bool IsDatedBylineLine(string line)
        {
            var match = FullDate.Match(line);
            if (!match.Success) return false;
            if (BylineKeyword.IsMatch(line)) return true;
            // "17 Jan, 2024 00:31", "January 16, 2024 6:41 PM GMT+3 Updated 2 hours ago": a stamp, not a
            // sentence. A site's name may hold a period ("INQUIRER.net / 07:45 AM March 11, 2024").
            var rest = TimeOfDay.Replace(line.Remove(match.Index, match.Length), " ");
            if (Regex.Matches(rest, @"\p{L}{2,}").Count <= 6 && !HasSentencePeriod(rest)) return true;
            // "India News | Press Trust of India | Updated: August 01, 2024 10:19 pm IST": the part
            // between bars that holds the date is a byline on its own.
            var partStart = line.LastIndexOf('|', match.Index) + 1;
            var partEnd = line.IndexOf('|', match.Index);
            return (partStart > 0 || partEnd >= 0) && IsDatedBylineLine(line.Substring(partStart, (partEnd < 0 ? line.Length : partEnd) - partStart).Trim());
        }

        // A period that ends a word, not one inside a site's name ("Rappler.com").
        [MethodImpl(Jit.Optimized)]
        private static bool HasSentencePeriod(string text)
        {
            for (var i = text.IndexOf('.'); i >= 0; i = text.IndexOf('.', i + 1))
            {
                if (i + 1 == text.Length || !char.IsLetter(text[i + 1])) return true;
            }
            return false;
        }

        /// <summary>Reads the publication date of a laid-out article.</summary>
        [MethodImpl(Jit.Optimized)]
        public static PublicationInfo Read(PageLayout layout, LineMap lines)
        {
            var text = layout.Text;
            string? dateline = null, partial = null;
            (int Start, int End)? credit = null;
            var storyStart = -1;
            PublicationDate? date = null;
            var diagnostics = EquatableArray<CorpusDiagnostic>.Empty;

            if (layout.HeaderDate is { } header)
            {
                var parts = header.Value.Split('-');
                var year = DecimalDigits.Parse(parts[0]);
                var month = DecimalDigits.Parse(parts[1]);
                var day = DecimalDigits.Parse(parts[2]);
                var span = lines.Locate(header.Start, header.Length);
                if (CalendarDate.TryCreate(year, month, day) is { } valid)
                {
                    date = new PublicationDate(valid, DateSource.Header, span);
                }
                else
                {
                    var reason = month < 1 || month > 12 ? "there is no month " + month : $"month {month} of {year} has no day {day}";
                    diagnostics = new EquatableArray<CorpusDiagnostic>(new[] { CorpusDiagnostic.Create(CorpusDiagnosticRules.MalformedDateHeader.Id, span, header.Value, reason) });
                }
            }

            if (date is null)
            {
                foreach (var line in layout.MetadataLines)
                {
                    // The line's first date that can be read: DW writes "11/01/2024 November 1, 2024",
                    // where the numbers alone could be either day.
                    var dayFirst = DayFirstZone.Match(text, line.Start, line.End - line.Start).Success;
                    for (var match = FullDate.Match(text, line.Start, line.End - line.Start); match.Success && date is null; match = match.NextMatch())
                    {
                        if (ToDate(match, dayFirst, WeekdayBefore(text, line.Start, match.Index)) is { } byline) date = new PublicationDate(byline, DateSource.Byline, lines.Locate(match.Index, match.Length));
                    }
                    if (date is not null) break;
                }
            }

            var paragraphsSeen = 0;
            var afterLongParagraph = false;
            (int Start, int End)? placeBeforeColon = null;
            foreach (var block in layout.Blocks)
            {
                if (block.Kind != BlockKind.Paragraph) continue;
                var opening = System.Math.Min(120, block.End - block.Start);
                var match = MayOpenWithDateline(text, block.Start, opening) ? Dateline.Match(text.Substring(block.Start, opening)) : Match.Empty;
                // An all-caps place then a date, an agency or a long dash ("SEOUL --") is a dateline;
                // a capitalized place needs an agency credit.
                // A hyphen counts with a space on each side ("TOKYO - Japan's ..."), unlike "US-China".
                var dashed = match.Success && (match.Value.EndsWith("--", StringComparison.Ordinal) || match.Value.EndsWith("—", StringComparison.Ordinal) || match.Value.EndsWith("–", StringComparison.Ordinal)
                    || ((match.Value.EndsWith(" -", StringComparison.Ordinal) || EndsWithCommaCreditAndHyphen(match.Value)) && match.Length < opening && text[block.Start + match.Length] == ' '));
                var mixed = match.Groups["mixed"].Success;
                // "TOKYO: Japanese Prime Minister ..." (CNA), unlike a label such as "UPDATE:" or "WATCH:",
                // or the Taipei Times' standfirst "STRENGTHENING TIES: Lai Ching-te met ...", which ends
                // on no period.
                dashed |= match.Success && !mixed && match.Value.EndsWith(":", StringComparison.Ordinal) && match.Length < opening && text[block.Start + match.Length] == ' '
                          && !IsLabelWord(match.Groups["place"].Value.Trim()) && TextWords.EndsASentence(text, block.End);
                var credited = match.Success && match.Groups["agency"].Success && (!mixed || IsAgencyCredit(match.Groups["agency"].Value.Trim(), dashed));
                // CNN's "Seoul, South Korea CNN —": a credit in capitals, without brackets, right before the dash.
                var bareCredit = match.Success && mixed && dashed && !credited ? CapitalsBeforeTheDash(match.Value) : (Start: -1, End: -1);
                credited |= bareCredit.Start >= 0;
                // Under a long standfirst only a dateline that credits an agency or gives a date counts:
                // a story's second paragraph may open "NATO — the alliance ...".
                // "Dhaka, March 14, 2024 — Turkish President ...": a capitalized place, a date with its
                // year and a dash mark a dateline without a credit.
                var marked = match.Success && (credited || (!mixed && (match.Groups["date"].Success || (dashed && !afterLongParagraph)))
                                               || (mixed && dashed && match.Groups["year"].Success));
                if (!match.Success && paragraphsSeen == 0 && credit is null && OpeningCredit(text, block.Start, block.End) is { } opener)
                {
                    // KPL's "(KPL) Prime Minister ...": the agency's credit opens the story with no place.
                    credit = opener;
                    storyStart = SkipBlanks(text, opener.End + 1, block.End);
                }
                if (!match.Success && layout.LoneDateline is { } lone && lone.Start >= block.Start && lone.Start < block.End)
                {
                    // Anadolu's "ANKARA" on a line of its own between the byline and the story.
                    dateline = text.Substring(lone.Start, lone.End - lone.Start);
                    storyStart = SkipBlanks(text, lone.End, text.Length);
                }
                else if (marked && match.Groups["place"].Value.Trim().Length >= 3)
                {
                    dateline = match.Groups["place"].Value.Trim();
                    var agency = match.Groups["agency"];
                    if (agency.Success) credit = (block.Start + agency.Index, block.Start + agency.Index + agency.Length);
                    else if (bareCredit.Start >= 0) credit = (block.Start + bareCredit.Start, block.Start + bareCredit.End);
                    storyStart = SkipBlanks(text, block.Start + match.Length, block.End);
                    if (match.Groups["date"].Success)
                    {
                        if (match.Groups["year"].Success && date is null && ToDate(match) is { } stated)
                        {
                            date = new PublicationDate(stated, DateSource.Dateline, lines.Locate(block.Start + match.Groups["date"].Index, match.Groups["date"].Length));
                        }
                        else if (!match.Groups["year"].Success)
                        {
                            partial = match.Groups["date"].Value;
                        }
                    }
                }
                if (dateline is null && placeBeforeColon is null && PlaceBeforeColon(text, block.Start, block.End) is { } colonPlace
                    && !IsLabelWord(text.Substring(colonPlace.Start, colonPlace.End - colonPlace.Start))) placeBeforeColon = colonPlace;
                // Only the story's first paragraph opens with a dateline; a standfirst (a summary under
                // the headline, one sentence, France 24's of 215 characters) may come before it.
                if (dateline is not null || ++paragraphsSeen == 2) break;
                afterLongParagraph = block.End - block.Start >= 200;
            }

            return new PublicationInfo(date, dateline, date is null ? partial : null, diagnostics, credit, storyStart, dateline is null ? placeBeforeColon : null);
        }

        /// <summary>
        /// Whether the text at <paramref name="start"/> opens on a place in capitals and a colon or a
        /// dash ("RIYADH: Saudi Crown Prince ...", "SEOUL --"), a dateline that needs no credit.
        /// </summary>
        [MethodImpl(Jit.Optimized)]
        internal static bool OpensOnCapitalsDateline(string text, int start)
        {
            var length = System.Math.Min(120, text.Length - start);
            if (length <= 0 || !MayOpenWithDateline(text, start, length)) return false;
            var match = Dateline.Match(text.Substring(start, length));
            if (!match.Success || match.Groups["mixed"].Success || IsLabelWord(match.Groups["place"].Value.Trim())) return false;
            var last = match.Value[match.Value.Length - 1];
            return last is ':' or '-' or '–' or '—';
        }

        // Gulf News' "Dubai: His Highness ...", NDTV's "New Delhi: Prime Minister ...": one to three
        // capitalized words ("Abu Dhabi", "Sharm El-Sheikh") and a colon, then one blank and a
        // capital. Where the words stand, or null.
        [MethodImpl(Jit.Optimized)]
        private static (int Start, int End)? PlaceBeforeColon(string text, int start, int end)
        {
            var i = start;
            for (var words = 1; ; words++)
            {
                if (i >= end || !char.IsUpper(text[i])) return null;
                i++;
                while (i < end && char.IsLower(text[i])) i++;
                if (i < end && text[i] == ':') break;
                if (words == 3 || i >= end || text[i] is not (' ' or '-')) return null;
                i++;
            }
            return i + 2 < end && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) ? (start, i) : null;
        }

        // "AFP", "Reuters", "KCNA"; and dpa's "(dpa) -", a short credit in lower case before a dash.
        [MethodImpl(Jit.Optimized)]
        private static bool IsAgencyCredit(string agency, bool dashed)
        {
            if (AgencyCredit.IsMatch(agency)) return true;
            if (!dashed || agency.Length is < 2 or > 4) return false;
            foreach (var c in agency)
            {
                if (c is < 'a' or > 'z') return false;
            }
            return true;
        }

        /// <summary>
        /// Whether [<paramref name="start"/>, <paramref name="end"/>) is one to three words in capitals
        /// and nothing else, as a dateline standing on its own line ("ANKARA", "NEW DELHI"); not a label
        /// such as "ADVERTISEMENT" or "WATCH".
        /// </summary>
        [MethodImpl(Jit.Optimized)]
        internal static bool IsPlaceAlone(string text, int start, int end)
        {
            if (end - start is < 3 or > 30) return false;
            var words = 1;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (c == ' ' && i > start && text[i - 1] != ' ') words++;
                else if (c is not (>= 'A' and <= 'Z' or '-' or '.' or '\'' or '’')) return false;
            }
            return words <= 3 && char.IsUpper(text[end - 1]) && !IsLabelWord(text.Substring(start, end - start));
        }

        // Where a word of two to six capitals stands right before the dash that ends a dateline, or (-1, -1).
        [MethodImpl(Jit.Optimized)]
        private static (int Start, int End) CapitalsBeforeTheDash(string dateline)
        {
            var end = dateline.Length;
            while (end > 0 && dateline[end - 1] is '-' or '–' or '—') end--;
            while (end > 0 && dateline[end - 1] == ' ') end--;
            var start = end;
            while (start > 0 && dateline[start - 1] is >= 'A' and <= 'Z') start--;
            return end - start is >= 2 and <= 6 && start > 0 && dateline[start - 1] == ' ' ? (start, end) : (-1, -1);
        }

        // Capitalized words that open a paragraph with a colon, or stand alone on a line, and are no place.
        private static readonly string[] LabelWords =
        {
            "UPDATE", "UPDATED", "BREAKING", "WATCH", "EXCLUSIVE", "ANALYSIS", "OPINION", "CORRECTION", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE",
            "PHOTO", "PHOTOS", "VIDEO", "READ", "READ MORE", "LISTEN", "LIVE", "ALSO READ", "RELATED", "FILE", "SOURCE", "SOURCES", "Q", "A",
            "ADVERTISEMENT", "ADVERTISING", "SPONSORED", "SHARE", "MORE", "TAGS", "TOPICS", "TOP STORIES", "LATEST", "TRENDING", "MENU", "SUBSCRIBE",
            "SIGN IN", "LOG IN", "HOME", "NEWS", "WORLD", "POLITICS", "SPORTS", "BUSINESS", "COMMENTS", "SEARCH", "CLOSE", "END",
        };

        [MethodImpl(Jit.Optimized)]
        private static bool IsLabelWord(string place)
        {
            foreach (var word in LabelWords)
            {
                if (string.Equals(place, word, StringComparison.OrdinalIgnoreCase)) return true;
            }
            return false;
        }

        // Most paragraphs open with a capitalized word, which the pattern's capitalized place takes
        // before it fails at length; such a place needs an agency credit, in parentheses or slashes,
        // or in capitals before a long dash ("Seoul, South Korea CNN —"). Without one of those the
        // pattern runs only where the paragraph opens in capitals. A credit in capitals after a
        // comma ("Moscow, IRNA - ...") needs a spaced hyphen, or the paragraph to end after it.
        [MethodImpl(Jit.Optimized)]
        private static bool MayOpenWithDateline(string text, int start, int length)
        {
            if (length < 2 || !char.IsLower(text[start + 1]) || length <= ShortParagraph) return true;
            for (var i = start; i < start + length; i++)
            {
                if (text[i] is '(' or '/' or '—' or '–' || (text[i] == ',' && IsCommaCredit(text, i, start + length))
                    || (char.IsDigit(text[i]) && (IsCreditAfterTheDate(text, i + 1, start + length) || IsSpacedHyphenAt(text, i + 1, start + length)))) return true;
            }
            return false;
        }

        // ", IRNA - Iranian ...", ", SPA -- His ...": a comma, a word of capitals, a spaced hyphen or
        // two, and a capital opening the story ("Putin, NATO -- and the war" is no dateline). SANA
        // writes the hyphen against the credit: "Damascus, SANA- President ...".
        [MethodImpl(Jit.Optimized)]
        private static bool IsCommaCredit(string text, int comma, int end)
        {
            var i = comma + 1;
            if (i >= end || text[i] != ' ') return false;
            var word = ++i;
            while (i < end && text[i] is >= 'A' and <= 'Z') i++;
            if (i - word < 2 || i + 3 >= end) return false;
            if (text[i] == ' ') i++;
            if (text[i] != '-') return false;
            i++;
            if (text[i] == '-') i++;
            return i + 1 < end && text[i] == ' ' && char.IsUpper(text[i + 1]);
        }

        // The dateline as matched ends ", SANA-": a credit in capitals after a comma, the hyphen against it.
        [MethodImpl(Jit.Optimized)]
        private static bool EndsWithCommaCreditAndHyphen(string dateline)
        {
            var end = dateline.Length - 1;
            if (end < 0 || dateline[end] != '-') return false;
            var start = end;
            while (start > 0 && dateline[start - 1] is >= 'A' and <= 'Z') start--;
            return end - start >= 2 && start >= 2 && dateline[start - 1] == ' ' && dateline[start - 2] == ',';
        }

        // "(KPL) Prime Minister ...": two to ten capitals in parentheses opening the first paragraph,
        // then a capitalized word: an agency's credit without a place.
        [MethodImpl(Jit.Optimized)]
        private static (int Start, int End)? OpeningCredit(string text, int start, int end)
        {
            if (start >= end || text[start] != '(') return null;
            var i = start + 1;
            while (i < end && text[i] is >= 'A' and <= 'Z') i++;
            if (i - (start + 1) is < 2 or > 10 || i + 2 >= end || text[i] != ')' || text[i + 1] != ' ' || !char.IsUpper(text[i + 2])) return null;
            return (start + 1, i);
        }

        [MethodImpl(Jit.Optimized)]
        private static int SkipBlanks(string text, int i, int end)
        {
            while (i < end && char.IsWhiteSpace(text[i])) i++;
            return i;
        }

        // "2024 AKP -- Cambodian ...", "June 20 Kyodo - Russian ...": after the date's last digit, one
        // capitalized word and a spaced hyphen or two.
        [MethodImpl(Jit.Optimized)]
        private static bool IsCreditAfterTheDate(string text, int i, int end)
        {
            if (i + 1 >= end || text[i] != ' ' || !char.IsUpper(text[i + 1])) return false;
            i += 2;
            while (i < end && char.IsLetter(text[i])) i++;
            return i + 2 < end && text[i] == ' ' && text[i + 1] == '-' && text[i + 2] is ' ' or '-';
        }

        // " - " or " -- " at i: the dash after a dateline's date ("Washington, March 14, 2024 - The ...").
        [MethodImpl(Jit.Optimized)]
        private static bool IsSpacedHyphenAt(string text, int i, int end)
            => i + 2 < end && text[i] == ' ' && text[i + 1] == '-' && (text[i + 2] == ' ' || (text[i + 2] == '-' && i + 3 < end && text[i + 3] == ' '));

        // A paragraph this short may be a dateline on its own ("Baku, November 12, AZERTAC").
        private const int ShortParagraph = 60;

        // "Published on 04/09/2023 - 16:05 GMT+2" (Euronews), "Issued on: 13/09/2023 - 09:17 CEST": a
        // stamp that gives its time in a zone east of or at Greenwich comes from a site that writes
        // the day first; the United States, which writes the month first, is west of it.
        private static readonly Regex DayFirstZone = new Regex(
            @"\b(?:GMT|UTC)\s?\+\s?\d{1,2}\b|\b(?:CET|CEST|EET|EEST|MSK|BST|WET|WEST)\b", RegexOptions.CultureInvariant);

        // The weekday a stamp names right before its date ("Wed, 06/05/2024", "Wednesday 06/05/2024"), if any.
        [MethodImpl(Jit.Optimized)]
        private static DayOfWeek? WeekdayBefore(string text, int lineStart, int date)
        {
            var end = date;
            while (end > lineStart && text[end - 1] is ' ' or ',') end--;
            if (end > lineStart && text[end - 1] == '.') end--;
            var start = end;
            while (start > lineStart && char.IsLetter(text[start - 1])) start--;
            return end - start >= 3 ? CalendarWords.WeekdayInStamp(text.Substring(start, end - start)) : null;
        }

        [MethodImpl(Jit.Optimized)]
        private static CalendarDate? ToDate(Match match, bool dayFirst = false, DayOfWeek? weekday = null)
        {
            var year = DecimalDigits.Parse(match.Groups["year"].Value);
            if (match.Groups["first"].Success)
            {
                // Day first in most of the world, month first in the United States: only a number
                // above 12, two equal numbers, the stamp's time zone, or the weekday it names tell
                // which is which. A date is never guessed.
                var first = DecimalDigits.Parse(match.Groups["first"].Value);
                var second = DecimalDigits.Parse(match.Groups["second"].Value);
                if (first == second || first > 12 || (dayFirst && second <= 12)) return CalendarDate.TryCreate(year, second, first);
                if (second > 12) return CalendarDate.TryCreate(year, first, second);
                // "Wed, 06/05/2024": the weekday the stamp names holds for one reading only.
                if (weekday is { } named && CalendarDate.TryCreate(year, first, second) is { } monthFirst && CalendarDate.TryCreate(year, second, first) is { } dayFirstReading
                    && (monthFirst.DayOfWeek == named) != (dayFirstReading.DayOfWeek == named))
                {
                    return monthFirst.DayOfWeek == named ? monthFirst : dayFirstReading;
                }
                return null;
            }
            var month = match.Groups["monthNumber"].Success
                ? DecimalDigits.Parse(match.Groups["monthNumber"].Value)
                : CalendarWords.MonthNumber(match.Groups["month"].Value);
            var day = DecimalDigits.Parse(match.Groups["day"].Value);
            return CalendarDate.TryCreate(year, month, day);
        }
    }
}
