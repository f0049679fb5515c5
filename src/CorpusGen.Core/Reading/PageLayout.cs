using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using CorpusGen.Core.Collections;
using CorpusGen.Core.Dates;
using CorpusGen.Core.Model;
using CorpusGen.Core.Text;
using System.Runtime.CompilerServices;

namespace CorpusGen.Core.Reading
{
    /// <summary>
    /// The "clean" stage: separates the article from the web page around it. Scraped news files carry
    /// site furniture (icon fonts, navigation, related headlines, "Top stories", podcast lists, cookie
    /// and copyright notices, generated FAQ blocks) that must never become entities or events. The
    /// rules look at the shape of lines (length, punctuation, markers), not at any one site.
    /// </summary>
    public sealed class PageLayout
    {
        private static readonly Regex DateHeader = new Regex(@"^\s*date\s+(?<value>\d{4}-\d{1,2}-\d{1,2})(?=\s|$)[ \t]*", RegexOptions.CultureInvariant | RegexOptions.Compiled);

        // How a line that ends a sentence ends, and how a dateline standing on its own line ends.
        private const string SentenceEnds = ".!?\"”’'";
        private const string DatelineEnds = "-–—:";

        // A marker line after which the rest of the page is furniture.
        private static readonly Regex TrailerMarker = new Regex(
            @"^(?:top stories|most read|most popular|related(?: stor(?:y|ies)| articles?| news| coverage| topics?| content| links?)?|more (?:from|stories|news)\b.*|more on (?:this|the) (?:story|topic)|you (?:may|might) also like|recommended(?: for you)?|podcasts|frequently asked questions:?|faqs?:?|comments?|share this(?: article)?|follow us.*|follow [\w'’]+(?: [\w'’]+)? on (?:whatsapp|telegram|twitter|x|facebook|instagram|google news|linkedin|threads|youtube)\b.*|join\b.*\b(?:whatsapp|telegram|viber) channel\b.*|subscribe.*|sign up.*|\(end\)|-+ ?end ?-+|(?:additional )?(?:reporting|writing|editing|edited|translated|translation|produced|compiled) by\b.*|source:.*|our standards:.*|-*\s*with assistance from\b.*|\(?with (?:additional )?inputs? from\b.*|_{3,}|==.*|to contact the (?:reporters?|editors?) (?:on|responsible for) this story:?.*|(?:tags|topics):?)$",
            // Singleline: a credit line read as wrapped onto the next line holds that line break.
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.Singleline);

        // A legal notice: an opening mark, or one of a few phrases anywhere in the line. Two patterns,
        // not one alternation: on its own the phrase pattern is searched for as a set of literals,
        // while the combined one was tried at every 'a', 'c', 'p' and 't' of every line (10,000
        // articles: 90 ms against 20 ms). The opening is anchored, so the interpreter serves it.
        private static readonly Regex LegalOpening = new Regex(@"^(?:©|\(c\)\s|copyright\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        // The syndication notes of Indian sites under a story: "(This story has not been edited by THE
        // WEEK and is auto-generated from PTI)", "(Except for the headline, this story has not been
        // edited by NDTV staff and is published from a syndicated feed.)".
        private static readonly Regex SyndicationNote = new Regex(
            @"^\((?:except for the headline, )?this (?:story|article|report) has not been edited\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private static readonly Regex LegalPhrase = new Regex(
            @"all rights reserved|this (?:website|site) uses cookies|accept (?:all )?cookies|privacy policy|\buse (?:of )?cookies|\bcookie (?:policy|settings|preferences)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        private static readonly Regex RelatedLinkMarker = new Regex(@"^(?:read more|read also|see also|also read|related|more:)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        // Only tried on lines that contain one of its literals (see FindMarks).
        private static readonly Regex CaptionLine = new Regex(
            // "(AP Photo/Lee Jin-man)", "(Sputnik/Kremlin Pool Photo via AP)": a credit in brackets that ends the line.
            @"©|\bphoto(?:graph)?s?\s*(?::|by\b|(?:/|via\b)[^()]*\)\s*$)|\bcredit:|\(photo\b|\bgetty images\b|\bfile photo\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        // Accessibility links and menu buttons at the top of a page ("Skip to content", "Sign in",
        // "Subscribe"), alone, run together as a scrape joins them ("Skip to main contentSkip to
        // navigation") or between bars ("Sign in | Subscribe").
        private const string NavigationLink =
            @"(?:(?:skip|jump) to (?:the )?(?:main |primary )?(?:content|navigation|search)|(?:skip|toggle) navigation|(?:open |close |main )?menu|search(?: (?:the )?(?:web|site|news))?|sign in|log ?in"
            + @"|sign (?:up|out)|log ?out|subscribe(?: now)?|register|my account)";

        private static readonly Regex NavigationLine = new Regex(
            "^" + NavigationLink + @"(?:[\s|·•/]*" + NavigationLink + ")*$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        // How many words the run-together links above can make ("Skip to main contentSkip to navigation": six).
        private const int NavigationLineWords = 8;

        // The words of a site's section bar ("Home News Sport Business Innovation Culture Travel"):
        // a short line made only of these is navigation, never a headline.
        private static readonly HashSet<string> SectionWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "home", "news", "latest", "world", "politics", "business", "economy", "markets", "money", "opinion",
            "sport", "sports", "culture", "arts", "travel", "innovation", "tech", "technology", "science", "health",
            "entertainment", "lifestyle", "style", "food", "video", "videos", "audio", "live", "podcasts", "weather",
            "earth", "environment", "climate", "asia", "europe", "africa", "americas", "middle", "east", "us", "uk",
            "local", "national", "international", "more", "menu", "search", "features", "analysis", "investigations",
            "diplomacy", "military", "defense", "defence", "society", "social", "affairs", "foreign", "subscribe", "skip", "links",
            "photos", "multimedia", "columns", "columnists", "editorials", "newsletters", "regions", "pacific", "sci", "op", "ed",
            "global", "development", "inequality",
        };

        // "By Reuters Staff", "By Jane Doe and John Roe": who wrote it, not what happened.
        // "By Jane Doe", "BY LEE JAE-LIM [lee.jaelim@joongang.co.kr]": the author's address may follow;
        // a middle initial keeps its period ("By David E. Sanger and Jim Tankersley").
        private static readonly Regex AuthorLine = new Regex(@"^(?:by|from)\s+\p{Lu}(?:[^.!?\[(<]|(?<=(?:^|\s)\p{Lu})\.){0,60}(?:[\[(<]?[\w.+\-]+@[\w.\-]+[\])>]?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        [MethodImpl(Jit.Optimized)]
        private PageLayout(string text)
        {
            Text = text;
        }

        /// <summary>The whole file.</summary>
        public string Text { get; }

        /// <summary>The file's physical lines (the first starts after a date header).</summary>
        public IReadOnlyList<TextLine> Lines { get; private set; } = Array.Empty<TextLine>();

        /// <summary>The <c>date YYYY-MM-DD</c> header's value and span, if the file starts with one.</summary>
        public (string Value, int Start, int Length)? HeaderDate { get; private set; }

        /// <summary>The headline block, if the page has one.</summary>
        public TextBlock? Title { get; private set; }

        /// <summary>The article's text blocks in file order: headline, paragraphs and captions.</summary>
        public EquatableArray<TextBlock> Blocks { get; private set; } = EquatableArray<TextBlock>.Empty;

        /// <summary>A dateline alone on its line right above the story ("ANKARA"), kept as a paragraph of its own, if the page has one.</summary>
        public TextBlock? LoneDateline { get; private set; }

        /// <summary>Lines that are not article text but may carry the publication date (bylines, timestamps).</summary>
        public EquatableArray<TextLine> MetadataLines { get; private set; } = EquatableArray<TextLine>.Empty;

        // The rules read each line trimmed, as a range of the text: copying every line out as a
        // string was about 80 MB per 10,000 articles. Pattern matches on a range see only the range,
        // as on the copied string (and the characters around a trimmed line are blanks anyway).
        [MethodImpl(Jit.Optimized)]
        private (int Start, int End) Trimmed(TextLine line)
        {
            var start = TrimStart(line);
            return (start, Math.Max(start, TrimEnd(line)));
        }

        [MethodImpl(Jit.Optimized)]
        private bool IsMatch(Regex pattern, (int Start, int End) line) => pattern.Match(Text, line.Start, line.End - line.Start).Success;

        // No layout rule compares with more than 20 words ("20 words or more is prose"), so counting
        // stops at 21: most lines are paragraphs, and each was counted to its end several times.
        private const int WordsAnyRuleCompares = 21;

        [MethodImpl(Jit.Optimized)]
        private int Words(int start, int end) => TextWords.CountUpTo(Text, start, end, WordsAnyRuleCompares);

        [MethodImpl(Jit.Optimized)]
        private bool SameText((int Start, int End) a, (int Start, int End) b)
            => a.End - a.Start == b.End - b.Start && string.CompareOrdinal(Text, a.Start, Text, b.Start, a.End - a.Start) == 0;

        /// <summary>Lays out <paramref name="text"/>.</summary>
        [MethodImpl(Jit.Optimized)]
        public static PageLayout Analyze(string text) => Analyze(text, new LineMap(text));

        /// <summary>Lays out <paramref name="text"/>, whose lines <paramref name="lines"/> has already found.</summary>
        [MethodImpl(Jit.Optimized)]
        internal static PageLayout Analyze(string text, LineMap lines)
        {
            var layout = new PageLayout(text);
            layout.Build(lines);
            return layout;
        }

        [MethodImpl(Jit.Optimized)]
        private void Build(LineMap lineMap)
        {
            var physical = PhysicalLines(Text, lineMap);
            Lines = physical;
            if (physical.Length == 0) return;

            // The header shares its line with the text in scraped files: the text starts after it.
            var header = DateHeader.Match(Text, physical[0].Start, physical[0].End - physical[0].Start);
            if (header.Success)
            {
                HeaderDate = (header.Groups["value"].Value, header.Groups["value"].Index, header.Groups["value"].Length);
                physical[0] = new TextLine(0, header.Index + header.Length, physical[0].End);
            }

            var lines = JoinWrappedLines(physical);
            var kind = ClassifyLines(lines, out var firstProse);
            MarkSkippedPromotions(lines, kind);
            MarkPageEnd(lines, kind, firstProse);
            MarkRelatedLinks(lines, kind);
            var metadata = new GrowableArray<TextLine>(4);
            MarkTitle(lines, kind, firstProse, metadata);
            Blocks = GroupBlocks(lines, kind, metadata);
            MetadataLines = metadata.ToEquatableArray();
        }

        // Each line's kind, and where the first line of prose is (the number of lines without one).
        [MethodImpl(Jit.Optimized)]
        private LineKind[] ClassifyLines(TextLine[] lines, out int firstProse)
        {
            var kind = new LineKind[lines.Length];
            firstProse = -1;
            for (var i = 0; i < lines.Length; i++)
            {
                kind[i] = firstProse < 0 && IsEditorsNote(Trimmed(lines[i])) ? LineKind.Clutter : Classify(lines[i]);
                if (firstProse < 0 && kind[i] == LineKind.Prose) firstProse = i;
                // Above the story, "Source: Xinhua | 2023-10-18 14:22:05 | Editor: ..." is the page's
                // stamp; below it, a "Source:" line ends the story.
                if (firstProse < 0 && kind[i] == LineKind.Trailer && PublicationDateReader.IsBylineLine(Text, lines[i].Start, lines[i].End)) kind[i] = LineKind.Byline;
            }
            if (firstProse < 0) firstProse = lines.Length;
            return kind;
        }

        // Everything from the first trailer marker after the article has started is page furniture,
        // but for a box of related links set inside the story and a stamp after a sign-off.
        [MethodImpl(Jit.Optimized)]
        private void MarkPageEnd(TextLine[] lines, LineKind[] kind, int firstProse)
        {
            for (var i = firstProse + 1; i < lines.Length; i++)
            {
                if (kind[i] == LineKind.Trailer && RelatedBoxEnd(lines, kind, i) is var resumes and > 0)
                {
                    // A box of related links set inside the story: the story goes on after it.
                    for (var j = i; j < resumes; j++) kind[j] = LineKind.Clutter;
                    i = resumes - 1;
                    continue;
                }
                if (kind[i] == LineKind.Trailer)
                {
                    // A sign-off ("kb/sms (Reuters, AFP, AP)") or a source's and editor's credit
                    // ("Source: Xinhua", "Editor: Gu Xiaojing") may be followed by the page's stamp
                    // ("Date 16.05.2024", "2024-04-09 18:35:22"): it is still the article's date.
                    // So may the AP's "___" and its contributors ("... contributed to this report.").
                    var stamp = IsContributorLine(Trimmed(lines[i])) || IsCreditLabel(Trimmed(lines[i])) || IsRule(Trimmed(lines[i]));
                    kind[i] = LineKind.Clutter;
                    for (var j = i + 1; j < lines.Length; j++)
                    {
                        stamp &= kind[j] == LineKind.Byline || kind[j] == LineKind.Blank || IsCreditLabel(Trimmed(lines[j])) || IsContributorLine(Trimmed(lines[j])) || IsSyndicationNote(Trimmed(lines[j]));
                        if (!stamp || kind[j] != LineKind.Byline) kind[j] = LineKind.Clutter;
                    }
                    break;
                }
            }
        }

        // The headline (Title), with the site chrome above it cleared (its bylines kept in metadata)
        // and the template's repeats and labels between it and the story.
        [MethodImpl(Jit.Optimized)]
        private void MarkTitle(TextLine[] lines, LineKind[] kind, int firstProse, GrowableArray<TextLine> metadata)
        {
            var titleIndex = FindTitle(lines, kind, firstProse);
            if (titleIndex < 0) return;
            var titleStart = AfterDeskTag(TrimStart(lines[titleIndex]), TrimEnd(lines[titleIndex]));
            Title = new TextBlock(titleStart, WithoutSiteName(titleStart, TrimEnd(lines[titleIndex])), BlockKind.Title);
            var titleText = Trimmed(lines[titleIndex]);
            for (var i = 0; i < titleIndex; i++)
            {
                if (kind[i] == LineKind.Byline) metadata.Add(lines[i]);
                kind[i] = LineKind.Clutter; // site chrome above the headline
            }
            for (var i = titleIndex + 1; i < firstProse; i++)
            {
                if (kind[i] != LineKind.Blank && SameText(Trimmed(lines[i]), titleText)) kind[i] = LineKind.Clutter; // the headline repeated by the template
                else if (kind[i] == LineKind.Short && IsDatelineAlone(lines, kind, i, firstProse)) LoneDateline = new TextBlock(TrimStart(lines[i]), TrimEnd(lines[i]), BlockKind.Paragraph);
                else if (kind[i] == LineKind.Short && (IsLabel(Trimmed(lines[i])) || IsBesideByline(lines, kind, i))) kind[i] = LineKind.Clutter;
            }
            kind[titleIndex] = LineKind.Clutter;
        }

        // The title, then one block per paragraph or caption line; bylines go to metadata.
        [MethodImpl(Jit.Optimized)]
        private EquatableArray<TextBlock> GroupBlocks(TextLine[] lines, LineKind[] kind, GrowableArray<TextLine> metadata)
        {
            var blocks = new GrowableArray<TextBlock>(lines.Length / 2 + 1);
            if (Title is { } title) blocks.Add(title);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                switch (kind[i])
                {
                    case LineKind.Byline:
                        metadata.Add(line);
                        break;
                    case LineKind.Caption:
                        blocks.Add(new TextBlock(TrimStart(line), TrimEnd(line), BlockKind.Caption));
                        break;
                    case LineKind.Prose:
                    case LineKind.Short:
                        blocks.Add(new TextBlock(TrimStart(line), TrimEnd(line), BlockKind.Paragraph));
                        break;
                }
            }
            return blocks.ToEquatableArray();
        }

        // Wire copy and plain-text feeds wrap lines at a fixed width, mid-sentence. A wrapped line is
        // short enough to be a wrap, does not end a sentence, and the next line continues it (it
        // starts in lower case, or the line ended with a comma, or the line is long and the next
        // one is not a headline). Each logical line is then one unit for the rules below.
        // Most texts have no wrapped lines: their logical lines are the physical ones, and no second
        // array is made.
        [MethodImpl(Jit.Optimized)]
        private TextLine[] JoinWrappedLines(TextLine[] physical)
        {
            TextLine[]? logical = null;
            var count = 0;
            var longestProse = -1; // measured at the first line that could be a wrap: most texts have none
            for (var i = 0; i < physical.Length; i++)
            {
                var line = physical[i];
                if (i > 0 && ContinuesOnNextLine(physical, physical[i - 1], line, ref longestProse))
                {
                    if (logical is null)
                    {
                        logical = new TextLine[physical.Length - 1];
                        Array.Copy(physical, logical, count);
                    }
                    var previous = logical[count - 1];
                    logical[count - 1] = new TextLine(previous.Index, previous.Start, line.End);
                }
                else
                {
                    if (logical is not null) logical[count] = new TextLine(count, line.Start, line.End);
                    count++;
                }
            }
            if (logical is null) return physical;
            if (count < logical.Length) Array.Resize(ref logical, count);
            return logical;
        }

        [MethodImpl(Jit.Optimized)]
        private bool ContinuesOnNextLine(TextLine[] physical, TextLine line, TextLine next, ref int longestProse)
        {
            var text = Trimmed(line);
            var following = Trimmed(next);
            var length = text.End - text.Start;
            if (length == 0 || following.End == following.Start || length > 100) return false;
            var last = Text[text.End - 1];
            if (".!?:;\"”’')]".IndexOf(last) >= 0) return false;
            // "by Kateryna Hodunova" under the headline (the Kyiv Independent) is a byline, not a wrap,
            // and so is "by Martin Fornusek March 14, 2024 6:27 PM 2 min read", which has a date.
            if (last == ',' || (char.IsLower(Text[following.Start]) && !IsAuthorLine(following) && !PublicationDateReader.IsBylineLine(Text, following.Start, following.End))) return true;
            // A page whose paragraphs stand whole on lines far longer than this one was not wrapped at
            // this line's width: a headline over its standfirst ("The talks in Istanbul lasted less
            // than two hours."), not a wrap.
            if (length < 55) return false;
            if (longestProse < 0) longestProse = LongestProseLine(physical);
            if (longestProse > length + 20) return false;
            var followingEndsSentence = SentenceEnds.IndexOf(Text[following.End - 1]) >= 0;
            return (followingEndsSentence || Words(following.Start, following.End) > 12) && !NextWordWouldHaveFit(length, following);
        }

        // The length of the longest line of twenty words or more (a paragraph on one line), or 0.
        [MethodImpl(Jit.Optimized)]
        private int LongestProseLine(TextLine[] physical)
        {
            var longest = 0;
            foreach (var line in physical)
            {
                var length = line.End - line.Start;
                if (length > longest && length >= 100 && Words(line.Start, line.End) >= 20) longest = length;
            }
            return longest;
        }

        // A line wrapped at a fixed width ends where the next word did not fit. When the next line is
        // longer than this one and its first word, the width was not what ended this one: a headline
        // over its standfirst, not a wrap.
        [MethodImpl(Jit.Optimized)]
        private bool NextWordWouldHaveFit(int length, (int Start, int End) following)
        {
            var firstWord = 0;
            while (following.Start + firstWord < following.End && !char.IsWhiteSpace(Text[following.Start + firstWord])) firstWord++;
            return length + 1 + firstWord <= following.End - following.Start;
        }

        [MethodImpl(Jit.Optimized)]
        private int FindTitle(TextLine[] lines, LineKind[] kind, int firstProse)
        {
            var candidates = new List<int>();
            for (var i = 0; i < firstProse; i++)
            {
                if (kind[i] == LineKind.Short && IsHeadlineLike(Trimmed(lines[i]))) candidates.Add(i);
            }
            if (candidates.Count == 0) return -1;

            // Page templates print the story's own headline twice (page title and article header);
            // neighbouring stories' headlines appear once. A repeated headline is the strongest sign.
            foreach (var i in candidates)
            {
                var text = Trimmed(lines[i]);
                for (var j = i + 1; j < firstProse; j++)
                {
                    if (kind[j] != LineKind.Blank && SameText(Trimmed(lines[j]), text)) return i;
                }
            }
            // The page's title with the site's name after it ("Putin meets Kim | Reuters"), then the
            // article's own headline without it: the headline.
            foreach (var i in candidates)
            {
                var text = Trimmed(lines[i]);
                for (var j = i + 1; j < firstProse; j++)
                {
                    if (kind[j] == LineKind.Short && IsTitleWithSiteName(text, Trimmed(lines[j]))) return j;
                }
            }
            // A site's name heads its section menu: "The Korea Herald" right above "National",
            // "Politics", ... is no headline when a later line may be one.
            // So is a site's own name on a line of its own ("NHK WORLD-JAPAN News", "The Straits Times").
            // And a section's path in capitals ("ASIA PACIFIC / POLITICS & DIPLOMACY") is no headline.
            // And a site's motto right under its name ("UN News", then "Global perspective Human
            // stories") when a later line may be the headline; a short headline may stand under a
            // ministry's name too ("Prime Minister's Office", then "PM meets President of Mauritius").
            var underASiteName = -1;
            foreach (var i in candidates)
            {
                if (HeadsAMenu(lines, kind, i, firstProse) || IsSiteName(Trimmed(lines[i])) || IsSectionPath(Trimmed(lines[i]))) continue;
                if (!IsMottoUnderASiteName(lines, kind, i)) return i;
                if (underASiteName < 0) underASiteName = i;
            }
            return underASiteName >= 0 ? underASiteName : candidates[0];
        }

        [MethodImpl(Jit.Optimized)]
        private bool IsMottoUnderASiteName(TextLine[] lines, LineKind[] kind, int i)
        {
            var line = Trimmed(lines[i]);
            return i > 0 && kind[i - 1] == LineKind.Short && IsSiteName(Trimmed(lines[i - 1])) && Words(line.Start, line.End) <= 5;
        }

        // A line in capitals that joins sections with "/", "&" or "|"; or a short one that glues
        // two with a bar and no blanks ("News|Russia-Ukraine war"), as no headline is written.
        [MethodImpl(Jit.Optimized)]
        private bool IsSectionPath((int Start, int End) line)
        {
            bool joined = false, lower = false, glued = false;
            for (var i = line.Start; i < line.End; i++)
            {
                var c = Text[i];
                lower |= char.IsLower(c);
                joined |= c is '/' or '&' or '|';
                glued |= c == '|' && i > line.Start && i + 1 < line.End && char.IsLetter(Text[i - 1]) && char.IsLetter(Text[i + 1]);
            }
            return (joined && !lower) || (glued && Words(line.Start, line.End) <= 6);
        }

        // Where a headline ends before the site's name a page title adds to it: "Putin, Kim sign pact
        // | Reuters", "Putin and Kim sign pact - BBC News", "... – CNN". After a bar, any few
        // capitalized words; after a dash, only a masthead ("News", "Times") or an acronym, since a
        // headline may go on after a dash ("Kim Jong Un - a profile"). At least three words stay.
        [MethodImpl(Jit.Optimized)]
        private int WithoutSiteName(int start, int end)
        {
            for (var i = end - 3; i > start; i--)
            {
                if (!IsSiteNameSeparatorAt(i)) continue;
                var tail = i + 3;
                if (Words(tail, end) > 4 || Words(start, i) < 3 || !AllCapitalized(tail, end)) return end;
                var acronym = end - tail is >= 2 and <= 6 && AllUpper(tail, end);
                return Text[i + 1] == '|' || acronym || IsSiteName((tail, end)) ? i : end;
            }
            return end;
        }

        // Whether every word in [start, end) opens with a capital or a digit ("of" and "the" aside).
        [MethodImpl(Jit.Optimized)]
        private bool AllCapitalized(int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (!char.IsLetter(Text[i]) || (i > start && char.IsLetterOrDigit(Text[i - 1]))) continue;
                var wordEnd = i;
                while (wordEnd < end && char.IsLetter(Text[wordEnd])) wordEnd++;
                if (char.IsLower(Text[i]) && !IsOneOfWords(i, wordEnd, LowerWordsInSiteNames)) return false;
            }
            return true;
        }

        private static readonly string[] LowerWordsInSiteNames = { "of", "the", "and" };

        [MethodImpl(Jit.Optimized)]
        private bool AllUpper(int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (!char.IsUpper(Text[i])) return false;
            }
            return true;
        }

        // Whether pageTitle is headline, then " | ", " - ", " – " or " — " and a few words.
        [MethodImpl(Jit.Optimized)]
        private bool IsTitleWithSiteName((int Start, int End) pageTitle, (int Start, int End) headline)
        {
            var length = headline.End - headline.Start;
            var rest = pageTitle.Start + length;
            if (rest + 3 >= pageTitle.End || string.CompareOrdinal(Text, pageTitle.Start, Text, headline.Start, length) != 0) return false;
            return IsSiteNameSeparatorAt(rest) && Words(rest + 3, pageTitle.End) <= 4;
        }

        // " | ", " - ", " – " or " — " at i, as a page title puts before the site's name.
        [MethodImpl(Jit.Optimized)]
        private bool IsSiteNameSeparatorAt(int i) => Text[i] == ' ' && "|-–—".IndexOf(Text[i + 1]) >= 0 && Text[i + 2] == ' ';

        // Whether the two lines right after line i (no blank between) are labels of one to three
        // words; for a line as short as a site's name ("The Moscow Times", then "News"), one is enough.
        [MethodImpl(Jit.Optimized)]
        private bool HeadsAMenu(TextLine[] lines, LineKind[] kind, int i, int firstProse)
        {
            var line = Trimmed(lines[i]);
            var labels = Words(line.Start, line.End) <= 4 ? 1 : 2;
            for (var j = i + 1; j <= i + labels; j++)
            {
                if (j >= firstProse || kind[j] != LineKind.Short || !IsLabel(Trimmed(lines[j]))) return false;
            }
            return true;
        }

        // The last words of newspapers' and agencies' names; a headline of four words or fewer rarely
        // ends on one of them.
        private static readonly string[] MastheadWords =
        {
            "news", "times", "herald", "post", "daily", "journal", "tribune", "gazette", "online", "agency", "network", "wire",
            "telegraph", "guardian", "independent", "observer", "express", "today", "insider",
            // "The Yomiuri Shimbun"; a government's release under its office ("Prime Minister's Office", PIB)
            "shimbun", "office",
        };

        // An edition after the name: "Daily NK English", "Yonhap News Agency Global".
        private static readonly string[] EditionWords = { "english", "edition", "global", "international" };

        [MethodImpl(Jit.Optimized)]
        private bool IsSiteName((int Start, int End) line)
        {
            if (Words(line.Start, line.End) > 4) return false;
            var last = line.End;
            while (last > line.Start && char.IsLetter(Text[last - 1])) last--;
            if (IsOneOfWords(last, line.End, MastheadWords)) return true;
            if (!IsOneOfWords(last, line.End, EditionWords)) return false;
            for (var i = line.Start; i < last;)
            {
                var end = i;
                while (end < last && char.IsLetter(Text[end])) end++;
                if (end > i && IsOneOfWords(i, end, MastheadWords)) return true;
                i = end + 1;
            }
            return false;
        }

        // Whether [start, end) is one of words (or phrases), ignoring ASCII case.
        [MethodImpl(Jit.Optimized)]
        private bool IsOneOfWords(int start, int end, string[] words)
        {
            foreach (var word in words)
            {
                if (end - start == word.Length && PatternText.MatchesIgnoringAsciiCase(Text, start, end, word)) return true;
            }
            return false;
        }

        [MethodImpl(Jit.Optimized)]
        private bool IsHeadlineLike((int Start, int End) line)
        {
            var words = Words(line.Start, line.End);
            if (words < 3 || words > 20) return false;
            var last = Text[line.End - 1];
            return last != '.' && last != ',' && last != ':';
        }

        // "Related" inside a story (the Korea Times, Yonhap): a few linked headlines and their
        // dates, then the story's next paragraph. Where that paragraph stands, or -1 when the marker
        // is no such box (the page's furniture starts there). Interpreted, as the two patterns below:
        // they run on a few lines per article, and compiling them costs each fresh compiler.
        private static readonly Regex RelatedBoxMarker = new Regex(
            @"^related(?: stor(?:y|ies)| articles?| news| coverage| links?)?:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        [MethodImpl(Jit.Optimized)]
        private int RelatedBoxEnd(TextLine[] lines, LineKind[] kind, int marker)
        {
            var line = Trimmed(lines[marker]);
            if ((Text[line.Start] | 0x20) != 'r' || !IsMatch(RelatedBoxMarker, line)) return -1;
            var links = 0;
            for (var j = marker + 1; j < lines.Length; j++)
            {
                if (kind[j] == LineKind.Blank) continue;
                if (kind[j] == LineKind.Prose) return links > 0 ? j : -1;
                if (kind[j] is not (LineKind.Short or LineKind.Byline) || ++links > 8) return -1;
            }
            return -1;
        }

        [MethodImpl(Jit.Optimized)]
        private void MarkRelatedLinks(TextLine[] lines, LineKind[] kind)
        {
            for (var i = 0; i < lines.Length; i++)
            {
                if (kind[i] == LineKind.Clutter || !IsMatch(RelatedLinkMarker, Trimmed(lines[i]))) continue;
                kind[i] = LineKind.Clutter;
                // The linked headlines sit right next to the marker, before or after it.
                for (var step = -1; step <= 1; step += 2)
                {
                    for (int j = i + step, seen = 0; j >= 0 && j < lines.Length && seen < 2; j += step)
                    {
                        if (kind[j] == LineKind.Blank) { if (seen > 0) break; continue; }
                        if (kind[j] != LineKind.Short) break;
                        kind[j] = LineKind.Clutter;
                        seen++;
                    }
                }
            }
        }

        [MethodImpl(Jit.Optimized)]
        private LineKind Classify(TextLine physical)
        {
            var line = Trimmed(physical);
            if (line.End == line.Start) return LineKind.Blank;
            if (CountIconWords(line) >= 5) return LineKind.Clutter;
            var marks = FindMarks(Text, line.Start, line.End);
            if (IsLegalNotice(line, marks) && !IsCaption(Text.Substring(line.Start, line.End - line.Start).Replace("©", string.Empty))) return LineKind.Trailer;
            if (IsSyndicationNote(line)) return LineKind.Trailer;
            if (IsInlineClutter(line) || IsLinkRunIntoItsMarker(line)) return LineKind.Clutter;
            if ((MayStartTrailerMarker(Text[line.Start]) && IsMatch(TrailerMarker, line)) || IsKeywordsLabel(line) || IsContributorLine(line) || IsAgencySignOff(line)
                || IsCreditLabel(line)) return LineKind.Trailer;
            if (IsShareBar(line)) return LineKind.Clutter;
            if (PublicationDateReader.IsBylineLine(Text, line.Start, line.End) || IsAuthorLine(line) || IsAuthorWithRole(line))
            {
                return LineKind.Byline;
            }
            if (IsPhotoCredit(line)) return LineKind.Clutter;
            if (IsCaption(Text, line.Start, line.End, marks) || IsGalleryCaption(line) || EndsOnAgencyCredit(line) || OpensAsArchivePhoto(line)
                || BracketedCreditStart(Text, line.Start, line.End) >= 0) return LineKind.Caption;
            if (IsTimeCode(line) || IsTimeStamp(line)) return LineKind.Clutter;
            var words = Words(line.Start, line.End);
            var last = Text[line.End - 1];
            // A question or an exclamation alone on its line is as often a headline ("Will Putin and
            // Kim strike an arms deal?") as a paragraph: short, it is read as a headline may be.
            var endsSentence = SentenceEnds.IndexOf(last) >= 0 && last != '?' && last != '!' && !EndsOnQuotedWords(line);
            // A menu bar can be as long as a paragraph line, but has no punctuation to end one.
            if (!endsSentence && words >= 6 && IsMenuBar(line)) return LineKind.Clutter;
            if (words >= 20 || (words >= 8 && endsSentence)) return LineKind.Prose;
            if (words <= 12 && IsNavigation(line, words)) return LineKind.Clutter;
            return LineKind.Short;
        }

        // Lines a page puts between a story's paragraphs ("Advertisement", "Story continues below
        // advertisement"): dropped, the story goes on after them. (As a trailer, an advertisement
        // between two paragraphs had cut the story short.)
        private static readonly string[] InlineClutter =
        {
            "advertisement", "ad", "sponsored", "story continues below advertisement", "story continues below", "article continues below",
            "article continues after advertisement", "continue reading the main story", "continue reading below", "scroll to continue with content",
            "advertisement - scroll to continue", "advertisement · scroll to continue",
        };

        [MethodImpl(Jit.Optimized)]
        private bool IsInlineClutter((int Start, int End) line)
        {
            var end = line.End;
            while (end > line.Start && (Text[end - 1] == '.' || Text[end - 1] == ':')) end--;
            return end - line.Start <= 40 && IsOneOfWords(line.Start, end, InlineClutter);
        }

        // A related story's headline after its marker on the same line ("ALSO READ | Kim Jong Un met
        // Lavrov in Pyongyang on Tuesday", "Read more: Putin to visit Vietnam ...") tells of another
        // story, whatever its dates; and an audio player's label ("Listen to this article 4 min").
        private const string PlayerLabel = "listen to this article";

        private static readonly string[] LinkMarkers = { "read more", "read also", "also read", "see also", "related", "more" };

        // The first letters of the markers and the label, as bits: every line is asked.
        private static readonly int LinkOpeners = FirstLetterBits(LinkMarkers) | FirstLetterBits(new[] { PlayerLabel });

        private static int FirstLetterBits(string[] phrases)
        {
            var bits = 0;
            foreach (var phrase in phrases) bits |= 1 << (phrase[0] - 'a');
            return bits;
        }

        [MethodImpl(Jit.Optimized)]
        private bool IsLinkRunIntoItsMarker((int Start, int End) line)
        {
            // Every line comes here: only those that start as a marker or the player's label does go on.
            var first = Text[line.Start] | 0x20;
            if ((uint)(first - 'a') > 'z' - 'a' || (LinkOpeners >> (first - 'a') & 1) == 0) return false;
            if (PatternText.MatchesIgnoringAsciiCase(Text, line.Start, line.End, PlayerLabel)) return true;
            foreach (var marker in LinkMarkers)
            {
                if (!PatternText.MatchesIgnoringAsciiCase(Text, line.Start, line.End, marker)) continue;
                var next = line.Start + marker.Length;
                while (next < line.End && Text[next] == ' ') next++;
                return next + 2 < line.End && ":|»›–-".IndexOf(Text[next]) >= 0 && Text[next + 1] == ' ';
            }
            return false;
        }

        // A photo gallery's caption: "1 of 6 North Korean leader Kim Jong Un ...".
        [MethodImpl(Jit.Optimized)]
        private bool IsGalleryCaption((int Start, int End) line)
        {
            var digits = SkipDigits(line.Start, line.End);
            if (digits - line.Start is not (1 or 2) || !PatternText.Matches(Text, digits, line.End, " of ")) return false;
            var total = SkipDigits(digits + 4, line.End);
            return total - (digits + 4) is 1 or 2 && total < line.End && Text[total] == ' ';
        }

        /// <summary>
        /// Where a photo's credit in brackets, an agency and its photographer, opens at the end of the
        /// line in [<paramref name="start"/>, <paramref name="end"/>) ("... Dec. 12, 2023. (Xinhua/Yue
        /// Yuewei)", Xinhua's captions), or -1. After a sentence's end: no sentence closes on one.
        /// </summary>
        [MethodImpl(Jit.Optimized)]
        internal static int BracketedCreditStart(string text, int start, int end)
        {
            if (end - start < 8 || text[end - 1] != ')') return -1;
            var open = end - 2;
            var slash = -1;
            for (; open > start && end - open <= 60 && text[open] != '('; open--)
            {
                var c = text[open];
                if (c == '/') slash = open;
                else if (!char.IsLetter(c) && c is not (' ' or '-' or '.' or '\'' or '’')) return -1;
            }
            if (open <= start + 1 || text[open] != '(' || slash < 0 || !char.IsUpper(text[open + 1]) || !char.IsUpper(text[slash + 1])) return -1;
            var before = open - 1;
            while (before > start && text[before] == ' ') before--;
            return text[before] == '.' ? open : -1;
        }

        // "FILE - North Korea's Foreign Minister Choe Son Hui attends ...", "FILE: Kim ...": the AP's
        // caption of an archive photo, whose credit pages often leave off.
        [MethodImpl(Jit.Optimized)]
        private bool OpensAsArchivePhoto((int Start, int End) line)
            => PatternText.Matches(Text, line.Start, line.End, "FILE") && line.Start + 6 < line.End
               && (PatternText.Matches(Text, line.Start + 4, line.End, ": ") || (Text[line.Start + 4] == ' ' && "-–—".IndexOf(Text[line.Start + 5]) >= 0 && Text[line.Start + 6] == ' '));

        // A photographer's credit that ends a caption with an agency in capitals ("... Sputnik/Vladimir
        // Smirnov/Kremlin via REUTERS"): not a sentence that ends "... was carried via KCNA.".
        [MethodImpl(Jit.Optimized)]
        private bool EndsOnAgencyCredit((int Start, int End) line)
        {
            var agency = line.End;
            while (agency > line.Start && (char.IsUpper(Text[agency - 1]) || Text[agency - 1] == '-')) agency--;
            return line.End - agency >= 2 && char.IsUpper(Text[agency]) && agency - 4 > line.Start && PatternText.Matches(Text, agency - 5, line.End, " via ")
                   && Text.IndexOf('/', line.Start, agency - line.Start) >= 0;
        }

        // A picture's credit on a line of its own, above or below its caption ("Getty Images",
        // "AFP via Getty Images", "EPA-EFE/Shutterstock"): the agency is no name the story tells of.
        private static readonly string[] PhotoAgencies = { "getty images", "shutterstock", "epa-efe", "epa", "afp", "reuters", "ap", "alamy", "pa media", "sputnik", "anadolu" };

        [MethodImpl(Jit.Optimized)]
        private bool IsPhotoCredit((int Start, int End) line)
        {
            if (line.End - line.Start > 50 || Words(line.Start, line.End) > 5) return false;
            foreach (var agency in PhotoAgencies)
            {
                var start = line.End - agency.Length;
                if (start < line.Start || !PatternText.MatchesIgnoringAsciiCase(Text, start, line.End, agency)) continue;
                // Alone, or after another credit: "AFP via Getty Images", "EPA-EFE/Shutterstock".
                if (start == line.Start || Text[start - 1] == '/' || (start - 5 > line.Start && PatternText.Matches(Text, start - 5, start, " via "))) return true;
            }
            return false;
        }

        [MethodImpl(Jit.Inlined)]
        private int SkipDigits(int i, int end)
        {
            while (i < end && Text[i] >= '0' && Text[i] <= '9') i++;
            return i;
        }

        // "Kishida says he wants to meet Kim 'at an early date'": a closing quote right after a word
        // ends a headline's quoted words, not a sentence (which puts its period before or after it).
        [MethodImpl(Jit.Optimized)]
        private bool EndsOnQuotedWords((int Start, int End) line)
        {
            var last = Text[line.End - 1];
            return line.End - line.Start >= 2 && (last == '\'' || last == '’' || last == '"' || last == '”') && char.IsLetterOrDigit(Text[line.End - 2]);
        }

        // "CNN's Anna Chernova contributed reporting.", "Jane Doe contributed to this report.": the
        // credits under a story, which may open with any name (so no anchored pattern serves).
        private static readonly string[] ContributorEndings = { "contributed reporting", "contributed to this report", "contributed to this story", "contributed to this article" };

        // "FRANCE 24 with AFP", "Euronews with Reuters": a short credit of the agencies a story draws on.
        private static readonly string[] AgencyCredits = { " with afp", " with ap", " with reuters", " with agencies" };

        [MethodImpl(Jit.Optimized)]
        private bool IsContributorLine((int Start, int End) line)
        {
            if (IsEditorsInitials(line)) return true;
            // Without a period: "Peskov spoke with Reuters." is a sentence.
            var credit = line.End;
            if (credit - line.Start <= 40)
            {
                foreach (var ending in AgencyCredits)
                {
                    if (credit - line.Start > ending.Length && PatternText.MatchesIgnoringAsciiCase(Text, credit - ending.Length, credit, ending)) return true;
                }
            }
            var end = line.End;
            while (end > line.Start && (Text[end - 1] == '.' || Text[end - 1] == ')')) end--;
            if (end - line.Start > 200) return false;
            foreach (var ending in ContributorEndings)
            {
                // Within the line: a shorter line must not be matched with the text before it.
                if (end - ending.Length >= line.Start && PatternText.MatchesIgnoringAsciiCase(Text, end - ending.Length, end, ending)) return true;
            }
            return false;
        }

        // "___": the AP's rule between the story and its contributors.
        [MethodImpl(Jit.Optimized)]
        private bool IsRule((int Start, int End) line)
        {
            if (line.End - line.Start < 3) return false;
            for (var i = line.Start; i < line.End; i++)
            {
                if (Text[i] != '_') return false;
            }
            return true;
        }

        // "Source: Xinhua", "Editor: Gu Xiaojing", Antara's "Reporter: Andi Firdaus", Agência Brasil's
        // "Translation: ..." and "Edition: ...": a short credit under the story.
        private static readonly string[] CreditLabels =
        {
            "source:", "editor:", "editors:", "edited by:", "reporter:", "reporters:", "writer:", "correspondent:", "photographer:", "translator:",
            "translation:", "edition:",
        };

        [MethodImpl(Jit.Optimized)]
        private bool IsCreditLabel((int Start, int End) line)
        {
            if (line.End - line.Start > 60) return false;
            foreach (var label in CreditLabels)
            {
                if (PatternText.MatchesIgnoringAsciiCase(Text, line.Start, line.End, label)) return true;
            }
            return false;
        }

        // An agency's sign-off below its story: "-- BERNAMA", "--XINHUA". One or two hyphens and one
        // word in capitals, alone on the line. BTA's editor's initials between slashes ("/NF/"), Lusa's
        // desk initials ("SYL // ANP") and "Lusa/End", and CNA's "Enditem/ASG" sign off too.
        [MethodImpl(Jit.Optimized)]
        private bool IsAgencySignOff((int Start, int End) line)
        {
            var i = line.Start;
            if (IsEditorsMark(line) || IsDeskInitials(line) || (PatternText.MatchesIgnoringAsciiCase(Text, i, line.End, "enditem/") && line.End - i <= 16)) return true;
            if (line.End - i is > 4 and <= 16 && PatternText.MatchesIgnoringAsciiCase(Text, line.End - 4, line.End, "/end") && IsOneWord(i, line.End - 4)) return true;
            if (line.End - i > 24 || Text[i] != '-') return false;
            i++;
            if (i < line.End && Text[i] == '-') i++;
            while (i < line.End && Text[i] == ' ') i++;
            var word = i;
            while (i < line.End && Text[i] >= 'A' && Text[i] <= 'Z') i++;
            return i - word >= 3 && (i == line.End || (Text[i] == '.' && i + 1 == line.End));
        }

        // "SYL // ANP": groups of two to four capitals joined by two slashes, alone on the line. One
        // slash between two groups ("BSS/AAS") may be names.
        [MethodImpl(Jit.Optimized)]
        private bool IsDeskInitials((int Start, int End) line)
        {
            if (line.End - line.Start > 16) return false;
            var groups = 0;
            for (var i = line.Start; i < line.End;)
            {
                var group = i;
                while (i < line.End && Text[i] is >= 'A' and <= 'Z') i++;
                if (i - group is < 2 or > 4) return false;
                groups++;
                if (i == line.End) break;
                while (i < line.End && Text[i] == ' ') i++;
                var slashes = i;
                while (i < line.End && Text[i] == '/') i++;
                if (i - slashes != 2) return false;
                while (i < line.End && Text[i] == ' ') i++;
            }
            return groups >= 2;
        }

        // Whether [start, end) is one word of letters.
        [MethodImpl(Jit.Optimized)]
        private bool IsOneWord(int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (!char.IsLetter(Text[i])) return false;
            }
            return end > start;
        }

        // "/NF/", "/PT/": two to four capitals between slashes, alone on the line.
        [MethodImpl(Jit.Optimized)]
        private bool IsEditorsMark((int Start, int End) line)
        {
            if (line.End - line.Start is < 4 or > 6 || Text[line.Start] != '/' || Text[line.End - 1] != '/') return false;
            for (var i = line.Start + 1; i < line.End - 1; i++)
            {
                if (Text[i] is < 'A' or > 'Z') return false;
            }
            return true;
        }

        // The names of the networks a page's share buttons offer, and the words of their labels ("Share on X", "Copy link").
        private static readonly string[] ShareTargets =
        {
            "facebook", "twitter", "x", "vk", "vkontakte", "telegram", "whatsapp", "linkedin", "email", "e-mail", "mail", "reddit", "pinterest",
            "weibo", "wechat", "line", "viber", "odnoklassniki", "ok", "messenger", "threads", "bluesky", "print", "copy", "link", "share", "tumblr", "on",
        };

        // A row of share buttons flattened into text: "Facebook | VK | Telegram", "Facebook Twitter
        // WhatsApp Email". Two networks at least, and no other word.
        [MethodImpl(Jit.Optimized)]
        private bool IsShareBar((int Start, int End) line)
        {
            if (line.End - line.Start > 100 || !char.IsUpper(Text[line.Start])) return false;
            var targets = 0;
            for (var i = line.Start; i < line.End;)
            {
                if (!char.IsLetter(Text[i])) { i++; continue; }
                var end = i;
                while (end < line.End && (char.IsLetter(Text[end]) || Text[end] == '-')) end++;
                if (!TextWords.IsOneOf(Text, i, end, ShareTargets)) return false;
                targets++;
                i = end;
            }
            return targets >= 2;
        }

        // DW's sign-off: its editors' initials and the agencies it drew on ("kb/sms (Reuters, AFP,
        // AP)", "dh/rt"): lower-case groups of one to four letters joined by slashes, then at most the
        // agencies in brackets.
        [MethodImpl(Jit.Optimized)]
        private bool IsEditorsInitials((int Start, int End) line)
        {
            if (line.End - line.Start > 60) return false;
            if (IsDeskCode(line)) return true;
            var i = line.Start;
            var groups = 0;
            // PAP's "PAP/jc": the agency in capitals may lead the initials.
            while (i < line.End && i - line.Start < 6 && Text[i] >= 'A' && Text[i] <= 'Z') i++;
            if (i > line.Start)
            {
                if (i - line.Start < 2 || i >= line.End || Text[i] != '/') return false;
                i++;
                groups++;
            }
            while (true)
            {
                var letters = 0;
                while (i < line.End && Text[i] >= 'a' && Text[i] <= 'z') { i++; letters++; }
                if (letters == 0 || letters > 4) return false;
                groups++;
                if (i < line.End && Text[i] == '/') { i++; continue; }
                break;
            }
            if (groups < 2) return false;
            while (i < line.End && char.IsWhiteSpace(Text[i])) i++;
            return i == line.End || (Text[i] == '(' && Text[line.End - 1] == ')');
        }

        // BSS's "BSS/AAS/RY/1730 hrs": the agency and its desk's initials in capitals, three groups or
        // more joined by slashes, then perhaps the hour it was filed. PTI's "PTI ZH RHL" spaces them:
        // then every group after the first is initials of two or three letters. A line in capitals of
        // such words alone ("US TO ACT") would pass too; headlines that short are rare.
        [MethodImpl(Jit.Optimized)]
        private bool IsDeskCode((int Start, int End) line)
        {
            var i = line.Start;
            var groups = 0;
            var spaced = false;
            while (true)
            {
                var letters = 0;
                while (i < line.End && Text[i] >= 'A' && Text[i] <= 'Z') { i++; letters++; }
                if (letters == 0) break;
                if (letters > 8 || (spaced && letters is < 2 or > 3)) return false;
                groups++;
                if (i < line.End && Text[i] == '/' && !spaced) { i++; continue; }
                if (i + 1 < line.End && Text[i] == ' ' && (groups == 1 || spaced) && Text[i + 1] >= 'A' && Text[i + 1] <= 'Z') { spaced = true; i++; continue; }
                break;
            }
            if (groups < 3) return false;
            var digits = 0;
            while (i < line.End && char.IsDigit(Text[i])) { i++; digits++; }
            if (digits > 0 && PatternText.MatchesIgnoringAsciiCase(Text, i, line.End, " hrs")) i += 4;
            while (i < line.End && char.IsWhiteSpace(Text[i])) i++;
            return i == line.End;
        }

        // "JUN ENDO, Nikkei staff writer", "Jean Mackenzie, Seoul correspondent": a name, a comma and
        // the writer's role, with no "By" before it.
        private static readonly string[] AuthorRoles = { "writer", "reporter", "correspondent", "editor", "columnist", "contributor", "bureau chief" };

        [MethodImpl(Jit.Optimized)]
        private bool IsAuthorWithRole((int Start, int End) line)
        {
            // Every line is asked; a paragraph is far longer than eight words could be.
            if (line.End - line.Start > 120) return false;
            var comma = line.Start;
            while (comma < line.End && Text[comma] != ',') comma++;
            if (comma == line.End || comma == line.Start || !char.IsUpper(Text[line.Start]) || Words(line.Start, line.End) > 8) return false;
            for (var i = comma + 1; i < line.End; i++)
            {
                if (Text[i] is ',' or '.' or '!' or '?' or ';' or ':') return false;
            }
            foreach (var role in AuthorRoles)
            {
                var start = line.End - role.Length;
                if (start > comma && PatternText.MatchesIgnoringAsciiCase(Text, start, line.End, role) && Text[start - 1] == ' ') return true;
            }
            return false;
        }

        // "Justin McCurry in Tokyo" right above "Tue 12 Sep 2023 08.34 BST": a short line touching a
        // byline (no blank between) that is no sentence is the author's, not a paragraph.
        [MethodImpl(Jit.Optimized)]
        private bool IsBesideByline(TextLine[] lines, LineKind[] kind, int i)
        {
            var line = Trimmed(lines[i]);
            // Not a dateline standing on its own line ("Kazan, Russia CNN —"): it opens the story.
            if (Words(line.Start, line.End) > 8 || SentenceEnds.IndexOf(Text[line.End - 1]) >= 0 || DatelineEnds.IndexOf(Text[line.End - 1]) >= 0) return false;
            return (i > 0 && kind[i - 1] == LineKind.Byline) || (i + 1 < lines.Length && kind[i + 1] == LineKind.Byline);
        }

        // The Guardian's "skip past newsletter promotion" ... "after newsletter promotion": the lines
        // between (a sign-up box, a privacy notice) are the page's, and the story goes on after them.
        [MethodImpl(Jit.Optimized)]
        private void MarkSkippedPromotions(TextLine[] lines, LineKind[] kind)
        {
            for (var i = 0; i < lines.Length; i++)
            {
                var line = Trimmed(lines[i]);
                const string Skip = "skip past ";
                if (line.End - line.Start <= Skip.Length || !PatternText.MatchesIgnoringAsciiCase(Text, line.Start, line.End, Skip)) continue;
                var what = (Start: line.Start + Skip.Length, line.End);
                for (var j = i + 1; j < lines.Length && j <= i + 20; j++)
                {
                    var other = Trimmed(lines[j]);
                    if (other.End - other.Start != what.End - what.Start + 6 || !PatternText.MatchesIgnoringAsciiCase(Text, other.Start, other.End, "after ")
                        || string.Compare(Text, other.Start + 6, Text, what.Start, what.End - what.Start, StringComparison.OrdinalIgnoreCase) != 0)
                    {
                        continue;
                    }
                    for (var k = i; k <= j; k++) kind[k] = LineKind.Clutter;
                    i = j;
                    break;
                }
            }
        }

        // Between the headline and the story, a line of one to three words that is neither a
        // sentence nor a dateline ("Share", "Save", "Frances Mao", "BBC News", "Analysis") is the
        // page's buttons, author and section labels, not a paragraph.
        // Anadolu's "ANKARA" on a line of its own right above the story: its dateline, not a label.
        // Not above a story that opens on its own ("ARAB NEWS" above "RIYADH: Saudi Crown Prince"):
        // then it is the outlet's label.
        [MethodImpl(Jit.Optimized)]
        private bool IsDatelineAlone(TextLine[] lines, LineKind[] kind, int i, int firstProse)
        {
            var next = i + 1;
            while (next < firstProse && kind[next] == LineKind.Blank) next++;
            var line = Trimmed(lines[i]);
            // A page with no prose has no story below (firstProse is past its last line).
            return next == firstProse && firstProse < lines.Length && PublicationDateReader.IsPlaceAlone(Text, line.Start, line.End)
                   && !PublicationDateReader.OpensOnCapitalsDateline(Text, TrimStart(lines[firstProse]));
        }

        [MethodImpl(Jit.Optimized)]
        private bool IsLabel((int Start, int End) line)
        {
            var last = Text[line.End - 1];
            return Words(line.Start, line.End) <= 3 && SentenceEnds.IndexOf(last) < 0 && DatelineEnds.IndexOf(last) < 0;
        }

        [MethodImpl(Jit.Optimized)]
        private bool IsNavigation((int Start, int End) line, int words)
        {
            if (words <= NavigationLineWords && IsMatch(NavigationLine, line)) return true;
            if (words < 3 || !HasOnlyMenuPunctuation(line)) return false;
            var sections = CountSectionWords(line, out var seen);
            return sections == seen;
        }

        // Only letters, blanks and the separators of a breadcrumb trail ("Home > World > Asia") or a
        // menu's entries ("Science & Space").
        [MethodImpl(Jit.Optimized)]
        private bool HasOnlyMenuPunctuation((int Start, int End) line)
        {
            for (var i = line.Start; i < line.End; i++)
            {
                var c = Text[i];
                if (!char.IsLetter(c) && !char.IsWhiteSpace(c) && "|/>»›•·-–&".IndexOf(c) < 0) return false;
            }
            return true;
        }

        // How many of the line's words are a site's sections, of how many words in all.
        [MethodImpl(Jit.Optimized)]
        private int CountSectionWords((int Start, int End) line, out int words)
            => CountSectionWords(line, out words, out _, out _);

        // The same, and how many words are in lower case, and how many of those are sections.
        [MethodImpl(Jit.Optimized)]
        private int CountSectionWords((int Start, int End) line, out int words, out int lowerCase, out int lowerCaseSections)
        {
            words = lowerCase = lowerCaseSections = 0;
            var sections = 0;
            for (var i = line.Start; i < line.End;)
            {
                if (!char.IsLetter(Text[i])) { i++; continue; }
                var end = i;
                while (end < line.End && char.IsLetter(Text[end])) end++;
                words++;
                var lower = char.IsLower(Text[i]);
                if (lower) lowerCase++;
                if (SectionWords.Contains(Text.Substring(i, end - i)))
                {
                    sections++;
                    if (lower) lowerCaseSections++;
                }
                i = end;
            }
            return sections;
        }

        // A site's menu run into one line: capitalized entries with no punctuation between them, many
        // of them sections ("Skip links Skip to Content Live News Middle East Africa Asia US & Canada
        // Europe", "Russian Politics & Diplomacy World Business Economy ..."). A headline names its
        // subject and has few such words; a line of prose has lower-case words. A menu set in lower
        // case by the page's style ("Europe US americas asia Australia Middle East africa inequality
        // global development") has nothing but section words in lower case: a headline that writes
        // "asia" or "africa" so does not exist, and one in sentence case has other lower-case words.
        [MethodImpl(Jit.Optimized)]
        private bool IsMenuBar((int Start, int End) line)
        {
            if (!HasOnlyMenuPunctuation(line)) return false;
            var sections = CountSectionWords(line, out var words, out var lowerCase, out var lowerCaseSections);
            return words >= 6 && sections * 5 >= words * 2 && (lowerCase <= 2 || lowerCase == lowerCaseSections);
        }

        [MethodImpl(Jit.Optimized)]
        private bool IsSyndicationNote((int Start, int End) line) => line.End > line.Start && Text[line.Start] == '(' && IsMatch(SyndicationNote, line);

        [MethodImpl(Jit.Optimized)]
        private bool IsLegalNotice((int Start, int End) line, LineMarks marks)
            => (MayStartLegalOpening(Text[line.Start]) && IsMatch(LegalOpening, line))
               || ((marks & LineMarks.LegalPhrase) != 0 && IsMatch(LegalPhrase, line));

        // What the anchored line patterns can start with. Every line is classified, and a pattern
        // call costs far more than the pattern's first test; these exact checks of the first
        // character skip the calls that cannot match. Case-insensitive patterns accept either case
        // of an ASCII letter, and any character past ASCII is left to the pattern.
        [MethodImpl(Jit.Inlined)]
        private static bool MayStartLegalOpening(char first) => first == '©' || first == '(' || (first | 0x20) == 'c';

        // "KEYWORDS" (The Japan Times, its tags below it): tested apart from TrailerMarker, which every
        // line starting with a 'k' ("Kim", "Kremlin") would otherwise run.
        [MethodImpl(Jit.Optimized)]
        private bool IsKeywordsLabel((int Start, int End) line)
        {
            var end = line.End > line.Start && Text[line.End - 1] == ':' ? line.End - 1 : line.End;
            return end - line.Start == 8 && PatternText.MatchesIgnoringAsciiCase(Text, line.Start, end, "keywords");
        }

        [MethodImpl(Jit.Inlined)]
        private static bool MayStartTrailerMarker(char first)
            => first >= 128 || "tmrypfcsawoej(-_=".IndexOf(first < 'A' || first > 'Z' ? first : (char)(first | 0x20)) >= 0;

        // "By Gabriel Dominguez", "by Kateryna Hodunova", "From Moscow": a byline of a few words.
        [MethodImpl(Jit.Optimized)]
        private bool IsAuthorLine((int Start, int End) line)
        {
            // Focus Taiwan's "(By Joseph Yeh)" under its story: the byline in brackets.
            if (Text[line.Start] == '(' && Text[line.End - 1] == ')' && line.End - line.Start > 2) line = (line.Start + 1, line.End - 1);
            return MayStartAuthorLine(Text[line.Start]) && IsMatch(AuthorLine, line) && Words(line.Start, line.End) <= 8;
        }

        [MethodImpl(Jit.Inlined)]
        private static bool MayStartAuthorLine(char first) => first >= 128 || (first | 0x20) == 'b' || (first | 0x20) == 'f';

        [MethodImpl(Jit.Optimized)]
        private static bool IsCaption(string text) => IsCaption(text, 0, text.Length, FindMarks(text, 0, text.Length));

        [MethodImpl(Jit.Optimized)]
        private static bool IsCaption(string text, int start, int end, LineMarks marks)
            => (marks & LineMarks.Caption) != 0 && (IsPlainText(text, start, end) ? MatchesCaption(text, start, end) : CaptionLine.Match(text, start, end - start).Success);

        /// <summary>Whether a line is a caption read by the code and by the pattern, and whether the code applies (tests).</summary>
        internal static (bool ByCode, bool ByPattern, bool CodeApplies) CaptionBothWays(string line)
            => (MatchesCaption(line, 0, line.Length), CaptionLine.Match(line).Success, IsPlainText(line, 0, line.Length));

        // CaptionLine written out, for the plain text IsPlainText accepts: its search ran in the
        // framework's vectorized code, which a fresh compiler runs unoptimized. Any alternative
        // matching anywhere makes a caption, so the order of the alternatives does not matter.
        // "photo(graph)?s?" is deterministic: without "graph" or "s", what follows "photo" would
        // have to be blank, ':' or "by", and 'g' or 's' is none of them.
        [MethodImpl(Jit.Optimized)]
        private static bool MatchesCaption(string text, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (c == '©') return true;
                var atBoundary = i == start || !PatternText.IsAsciiWordChar(text[i - 1]);
                switch (c | 0x20)
                {
                    case 'p' when atBoundary && PatternText.MatchesIgnoringAsciiCase(text, i, end, "photo"):
                        var p = i + 5;
                        if (PatternText.MatchesIgnoringAsciiCase(text, p, end, "graph")) p += 5;
                        if (p < end && (text[p] == 's' || text[p] == 'S')) p++;
                        while (p < end && char.IsWhiteSpace(text[p])) p++;
                        if ((p < end && text[p] == ':') || (PatternText.MatchesIgnoringAsciiCase(text, p, end, "by") && (p + 2 == end || !PatternText.IsAsciiWordChar(text[p + 2])))) return true;
                        if ((p < end && text[p] == '/') || (PatternText.MatchesIgnoringAsciiCase(text, p, end, "via") && (p + 3 == end || !PatternText.IsAsciiWordChar(text[p + 3]))))
                        {
                            if (ClosesLine(text, p, end)) return true;
                        }
                        break;
                    case 'c' when atBoundary && PatternText.MatchesIgnoringAsciiCase(text, i, end, "credit:"):
                        return true;
                    case '(' when c == '(' && PatternText.MatchesIgnoringAsciiCase(text, i + 1, end, "photo") && (i + 6 == end || !PatternText.IsAsciiWordChar(text[i + 6])):
                        return true;
                    case 'g' when atBoundary && PatternText.MatchesIgnoringAsciiCase(text, i, end, "getty images") && (i + 12 == end || !PatternText.IsAsciiWordChar(text[i + 12])):
                    case 'f' when atBoundary && PatternText.MatchesIgnoringAsciiCase(text, i, end, "file photo") && (i + 10 == end || !PatternText.IsAsciiWordChar(text[i + 10])):
                        return true;
                }
            }
            return false;
        }

        // Whether a ')' ends the line after position, with no other bracket between and only blanks after it.
        [MethodImpl(Jit.Optimized)]
        private static bool ClosesLine(string text, int position, int end)
        {
            var last = end - 1;
            while (last > position && char.IsWhiteSpace(text[last])) last--;
            if (last <= position || text[last] != ')') return false;
            for (var i = position; i < last; i++)
            {
                if (text[i] == '(' || text[i] == ')') return false;
            }
            return true;
        }

        // ASCII, blanks and punctuation that is never part of a word (PatternText). Elsewhere a letter may match one
        // of the pattern's case-insensitively ('ſ' for 's', 'K' for 'k') and the pattern decides.
        [MethodImpl(Jit.Optimized)]
        private static bool IsPlainText(string text, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (!PatternText.IsPlain(text[i])) return false;
            }
            return true;
        }

        [Flags]
        private enum LineMarks
        {
            None = 0,
            LegalPhrase = 1,
            Caption = 2,
        }

        // Which of the unanchored line patterns may match, from one pass over the line: every
        // alternative of LegalPhrase contains "rved", "te u", "accept", "acy pol", "use cookies", "use of cookies" or "cookie ", and every one of
        // CaptionLine '©', "photo", "cred" or "getty". Most lines hold none and skip the pattern.
        // Written out because the framework's vectorized searches (the patterns' own, or
        // string.IndexOf ignoring case) are not precompiled, and a fresh compiler ran them
        // unoptimized: 7-9% of the extraction, against one pass in code optimized at once. None of
        // these letters has a case-insensitive match outside ASCII (as 'i', 'k' and 's' do), so a
        // line these miss cannot match either pattern.
        private static readonly string[] MarkLiterals = { "rved", "te u", "accept", "acy pol", "use cookies", "use of cookies", "cookie ", "photo", "cred", "getty" };

        // For each ASCII character, as bits, the letters that may follow it to open one of
        // MarkLiterals ('c': 'o' and 'r'); and each ASCII letter's own bit. Every character of every
        // line comes to FindMarks: two lookups and one test pass over a pair that opens no literal,
        // where a test per letter had mispredicted on every third one.
        private static readonly uint[] MarkSecondLetters = MarkPairTable(MarkLiterals);

        private static readonly uint[] AsciiLetterBits = LetterBitTable();

        private static uint[] MarkPairTable(string[] literals)
        {
            var table = new uint[128];
            foreach (var literal in literals)
            {
                var bit = 1u << (literal[1] - 'a');
                table[literal[0]] |= bit;
                table[char.ToUpperInvariant(literal[0])] |= bit;
            }
            return table;
        }

        private static uint[] LetterBitTable()
        {
            var table = new uint[128];
            for (var letter = 'a'; letter <= 'z'; letter++) table[letter] = table[char.ToUpperInvariant(letter)] = 1u << (letter - 'a');
            return table;
        }

        [MethodImpl(Jit.Optimized)]
        private static LineMarks FindMarks(string text, int start, int end)
        {
            var marks = LineMarks.None;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (c >= 128)
                {
                    if ((c | 0x20) == '©') marks |= LineMarks.Caption;
                    continue;
                }
                var next = i + 1 < end ? text[i + 1] : '\0';
                if ((MarkSecondLetters[c] & (next < 128 ? AsciiLetterBits[next] : 0)) == 0) continue;
                switch (c | 0x20)
                {
                    case 'r' when PatternText.MatchesIgnoringAsciiCase(text, i, end, "rved"):
                    case 't' when PatternText.MatchesIgnoringAsciiCase(text, i, end, "te u"):
                    case 'a' when PatternText.MatchesIgnoringAsciiCase(text, i, end, "accept") || PatternText.MatchesIgnoringAsciiCase(text, i, end, "acy pol"):
                    case 'u' when PatternText.MatchesIgnoringAsciiCase(text, i, end, "use cookies") || PatternText.MatchesIgnoringAsciiCase(text, i, end, "use of cookies"):
                    case 'c' when (next | 0x20) == 'o' && PatternText.MatchesIgnoringAsciiCase(text, i, end, "cookie "):
                        marks |= LineMarks.LegalPhrase;
                        break;
                    case 'p' when PatternText.MatchesIgnoringAsciiCase(text, i, end, "photo"):
                    case 'c' when (next | 0x20) == 'r' && PatternText.MatchesIgnoringAsciiCase(text, i, end, "cred"):
                    case 'g' when PatternText.MatchesIgnoringAsciiCase(text, i, end, "getty"):
                        marks |= LineMarks.Caption;
                        break;
                }
            }
            return marks;
        }

        // Icon-font names flattened into text ("bookmarkicon cameraicon checkicon ...").
        [MethodImpl(Jit.Optimized)]
        private int CountIconWords((int Start, int End) line)
        {
            var count = 0;
            for (var i = Text.IndexOf("icon", line.Start, line.End - line.Start, StringComparison.OrdinalIgnoreCase); i >= 0;
                 i = Text.IndexOf("icon", i + 4, line.End - (i + 4), StringComparison.OrdinalIgnoreCase))
            {
                if (i + 4 == line.End || !char.IsLetterOrDigit(Text[i + 4])) count++;
            }
            return count;
        }

        // "Updated 9:31 p.m. ET", "Posted 2 hours ago": a stamp with a time and no date, which tells
        // nothing of the story and is no paragraph of it.
        private static readonly Regex TimeStamp = new Regex(
            @"^(?:(?:last )?updated|published|posted)(?: on| at)?:?\s+(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?|\d{1,2} (?:minutes?|mins?|hours?|hrs?) ago)$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        [MethodImpl(Jit.Optimized)]
        private bool IsTimeStamp((int Start, int End) line)
            => line.End - line.Start <= 40 && (Text[line.Start] | 0x20) is 'u' or 'p' or 'l' && IsMatch(TimeStamp, line);

        [MethodImpl(Jit.Optimized)]
        private bool IsTimeCode((int Start, int End) line)
        {
            for (var i = line.Start; i < line.End; i++)
            {
                if (!(char.IsDigit(Text[i]) || Text[i] == ':')) return false;
            }
            return true;
        }

        // Above the story, a line wholly in parentheses or brackets is a note from the desk to
        // editors: Yonhap's "(ATTN: ADDS comments in paras 4-5)", Reuters' "(Adds Kremlin comment)".
        [MethodImpl(Jit.Optimized)]
        private bool IsEditorsNote((int Start, int End) line)
        {
            if (line.End - line.Start < 3) return false;
            var open = Text[line.Start];
            var close = open == '(' ? ')' : open == '[' ? ']' : '\0';
            if (close == '\0' || Text[line.End - 1] != close) return false;
            for (var i = line.Start + 1; i < line.End - 1; i++)
            {
                if (Text[i] == close) return false; // "(AP) Putin met Kim (file photo)": two notes and text between
            }
            return true;
        }

        // Words wire desks put before a headline to mark the version or the genre of a story:
        // Reuters' "UPDATE 2-", "EXCLUSIVE-", "FACTBOX-", a site's "BREAKING:", "ANALYSIS:".
        private static readonly HashSet<string> DeskTags = new HashSet<string>(StringComparer.Ordinal)
        {
            "UPDATE", "EXCLUSIVE", "FACTBOX", "ANALYSIS", "WRAPUP", "INSIGHT", "COLUMN", "REFILE", "CORRECTED", "CORRECTION",
            "EXPLAINER", "FOCUS", "TIMELINE", "BREAKINGVIEWS", "BREAKING", "INTERVIEW", "OPINION", "EDITORIAL", "LIVE",
            "WATCH", "VIDEO", "URGENT", "FLASH", "COMMENTARY", "FEATURE", "NEWSMAKER", "PROFILE", "SNAPSHOT",
        };

        // Where the headline itself starts after a desk's tag: a leading parenthesized or bracketed
        // note (Yonhap's "(LEAD)", "(2nd LD)", "(News Focus)"), or tag words from DeskTags with an
        // optional version number before a hyphen or a colon ("UPDATE 2-Putin meets ..."). The tag
        // is not the story's title and names nobody.
        [MethodImpl(Jit.Optimized)]
        private int AfterDeskTag(int start, int end)
        {
            var i = start;
            if (i < end && (Text[i] == '(' || Text[i] == '['))
            {
                var close = Text[i] == '(' ? ')' : ']';
                var limit = Math.Min(end, i + 60);
                while (i < limit && Text[i] != close) i++;
                if (i >= limit) return start;
                i++;
            }
            else
            {
                var tagged = false;
                while (i < end)
                {
                    var wordEnd = i;
                    while (wordEnd < end && Text[wordEnd] >= 'A' && Text[wordEnd] <= 'Z') wordEnd++;
                    if (wordEnd == i || !DeskTags.Contains(Text.Substring(i, wordEnd - i))) break;
                    tagged = true;
                    i = wordEnd;
                    while (i < end && (Text[i] == ' ' || char.IsDigit(Text[i]))) i++;
                    if (i < end && Text[i] == '-' && i + 1 < end && char.IsUpper(Text[i + 1])) i++; // "CORRECTED-UPDATE 1-"
                    else break;
                }
                if (!tagged || i >= end || (Text[i - 1] != '-' && Text[i] != ':')) return start;
                if (Text[i] == ':') i++;
            }
            while (i < end && char.IsWhiteSpace(Text[i])) i++;
            return end - i >= 10 ? i : start;
        }

        [MethodImpl(Jit.Optimized)]
        private int TrimStart(TextLine line)
        {
            var i = line.Start;
            while (i < line.End && char.IsWhiteSpace(Text[i])) i++;
            return i;
        }

        [MethodImpl(Jit.Optimized)]
        private int TrimEnd(TextLine line)
        {
            var i = line.End;
            while (i > line.Start && char.IsWhiteSpace(Text[i - 1])) i--;
            return i;
        }

        // The file's lines as the line map found them (the text is scanned for breaks once per
        // article), without their breaks. A final line break ends the last line: no empty line
        // follows it, unless the text is empty.
        [MethodImpl(Jit.Optimized)]
        private static TextLine[] PhysicalLines(string text, LineMap map)
        {
            var count = map.LineCount;
            if (count > 1 && map.LineStart(count - 1) == text.Length) count--;
            var lines = new TextLine[count];
            for (var i = 0; i < count; i++)
            {
                var end = i + 1 < map.LineCount ? LineMap.LineEndBefore(text, map.LineStart(i + 1)) : text.Length;
                lines[i] = new TextLine(i, map.LineStart(i), end);
            }
            return lines;
        }

        private enum LineKind
        {
            Blank,
            Prose,
            Short,
            Byline,
            Caption,
            Trailer,
            Clutter,
        }
    }
}
