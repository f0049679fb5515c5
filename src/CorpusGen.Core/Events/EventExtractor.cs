using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CorpusGen.Core.Collections;
using CorpusGen.Core.Dates;
using CorpusGen.Core.Model;
using CorpusGen.Core.Text;
using System.Runtime.CompilerServices;

namespace CorpusGen.Core.Events
{
    /// <summary>
    /// The "events" stage, read sentence by sentence in article order. A sentence that states a date
    /// (or continues the previous one with "He", "She", "They") and names who did what becomes an
    /// event: trigger words choose the kind, the nearest date expression to the trigger gives the
    /// date, the named entities the participants. A sentence joining clauses with a pronoun for
    /// subject ("..., and he traveled to ...") is read clause by clause, each with its own date, the
    /// whole sentence kept as evidence. Attribution decides what a sentence is about: a
    /// quote attributed to someone, or "X said that ...", is X's statement, and what X reports is
    /// content, not a separate event. A happening whose date the text does not give is not recorded.
    /// </summary>
    public sealed class EventExtractor
    {
        // Trigger words by kind, in one pattern so a sentence is scanned once.
        private static readonly Regex Triggers = new Regex(
            @"\b(?:(?<Summit>summits?)" +
            @"|(?<Meeting>met|meet|meets|meetings?|hosted|hosts|received|receives|welcomed|welcomes|greeted|greets)" +
            @"|(?<Talks>talks|negotiations|negotiated|held discussions)" +
            @"|(?<Visit>visit|visited|visits|visiting|arrived|arrives|trip|travell?ed|toured)" +
            @"|(?<Treaty>signed|treaty|accord)" +
            @"|(?<MilitaryAction>launched|fired|airstrikes?|invaded|shelled|drills|exercises)" +
            @"|(?<Statement>said|says|announced|stated|called|emphasi[sz]ed|stressed|noted|told|declared|quoted|wrote|column|statement|informed"
            + @"|warned|urged|vowed|pledged|insisted|argued|claimed|accused|condemned|critici[sz]ed|denied|confirmed))\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture);

        private static readonly EventKind[] TriggerKinds =
        {
            EventKind.Summit, EventKind.Meeting, EventKind.Talks, EventKind.Visit, EventKind.Treaty, EventKind.MilitaryAction, EventKind.Statement,
        };

        // The group of each kind by number, looked up once instead of by name at every match.
        private static readonly int[] TriggerGroups = Array.ConvertAll(TriggerKinds, kind => Triggers.GroupNumberFromName(kind.ToString()));

        // Every word the trigger pattern matches, with its kind, by length: asking a match for its
        // groups builds a Group object for each of them, 110 MB for 10,000 articles. The groups stay
        // the answer for a word not listed here (a case-insensitive match of an unusual letter).
        private static readonly (string Word, EventKind Kind)[][] TriggerWordsByLength = WordsByLength(new[]
        {
            (EventKind.Summit, "summit summits"),
            (EventKind.Meeting, "met meet meets meeting meetings hosted hosts received receives welcomed welcomes greeted greets"),
            (EventKind.Talks, "talks negotiations negotiated"),
            (EventKind.Visit, "visit visited visits visiting arrived arrives trip traveled travelled toured"),
            (EventKind.Treaty, "signed treaty accord"),
            (EventKind.MilitaryAction, "launched fired airstrike airstrikes invaded shelled drills exercises"),
            (EventKind.Statement, "said says announced stated called emphasized emphasised stressed noted told declared quoted wrote column statement informed"
                + " warned urged vowed pledged insisted argued claimed accused condemned criticized criticised denied confirmed"),
        });

        private static (string Word, EventKind Kind)[][] WordsByLength((EventKind Kind, string Words)[] kinds)
        {
            var byLength = new List<(string, EventKind)>[32];
            foreach (var (kind, words) in kinds)
            {
                foreach (var word in words.Split(' ')) (byLength[word.Length] ??= new List<(string, EventKind)>()).Add((word, kind));
            }
            // The one phrase, which a split on spaces would cut.
            (byLength["held discussions".Length] ??= new List<(string, EventKind)>()).Add(("held discussions", EventKind.Talks));
            return Array.ConvertAll(byLength, list => list?.ToArray() ?? Array.Empty<(string, EventKind)>());
        }

        private const string SpeechVerbs = "said|says|told|informed|added|noted|stressed|emphasized|emphasised|announced|declared|wrote|stated|recalled|argued|warned"
            + "|insisted|claimed|confirmed|denied|vowed|pledged";

        // "..., ” Kremlin spokesman Dmitry Peskov informed the media": the quote is the speaker's.
        private static readonly Regex QuoteAttribution = new Regex(
            @"[”""]\s*,?\s+(?<who>(?:[\w’'.\-]+\s+){1,6}?)(?<verb>" + SpeechVerbs + @")\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

        // "X said that ..." and "According to X, ...": what follows is what X reports. Between the
        // verb and "that" may stand whom and when it was said ("told reporters on Tuesday that"),
        // but not a happening: "said after talks with Choe on Friday that" keeps its talks.
        private const string SaidToWhomOrWhen =
            @"reporters|journalists|the\s+(?:media|press)|in\s+a\s+statement|yesterday|today|earlier|later"
            + @"|(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week)"
            + @"|(?:on\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
            // "said after the talks on Monday that": the talks already told of, named by a determiner.
            + @"|(?:after|during|at)\s+(?:the|their)\s+(?:talks|meeting|summit|negotiations)";

        private static readonly Regex ReportedSpeech = new Regex(
            @"\b(?:(?:" + SpeechVerbs + @"|believes)(?:\s+(?:" + SaidToWhomOrWhen + @")){0,3}\s+(?<that>that)\b|according to\b)",
            RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.IgnoreCase);

        // "KCNA reported on Thursday that ...": what follows is the news, dated by its own words.
        private static readonly Regex ReportedNews = new Regex(
            @"\breported(?:\s+(?:" + SaidToWhomOrWhen + @")){0,3}\s+that\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        // "..., Kremlin spokesman Dmitry Peskov said." names the source of the report, not a participant;
        // so does "..., South Korea's military said, the first such launch this year."
        private static readonly Regex TrailingAttribution = new Regex(
            @",\s+(?<who>[^,]{1,80}?)\s+(?:said|says|told reporters|told the media|reported|added|announced)\b(?:[^,]*|,\s+(?:the|a|an|as|in|citing|adding|without)\b.*)$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

        private static readonly Regex PossessiveNoun = new Regex(@"(?:['’]s|\b(?:his|her|their|its))\s+$", RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.IgnoreCase);

        private static readonly Regex PronounOpening = new Regex(
            @"^[“""]?(?:(?<pronoun>[Hh]e|[Ss]he|[Tt]hey)|(?<group>[Tt]he (?:two )?(?:leaders|sides)|[Tt]he two (?:ministers|presidents|men|women|diplomats|delegations|countries|nations)|[Bb]oth (?:leaders|sides|men|ministers|countries))(?!['’]))\b",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);

        // A happening told in the present perfect, and words that make such a sentence tell of
        // experience rather than news ("has visited Russia twice"; not "since" or "in years", which
        // leads use for news: "his first trip abroad since 2019"). Tried on a story's first
        // sentences only when they have no date: interpreted.
        private static readonly Regex PresentPerfect = new Regex(
            @"\b(?:has|have)\s+(?:(?:also|now|just|reportedly|finally|officially)\s+)?(?<participle>met|hosted|held|arrived|visited|signed|received|welcomed|greeted|launched|fired|toured|travell?ed)\b",
            RegexOptions.CultureInvariant);

        private static readonly Regex Experience = new Regex(
            @"\b(?:never|ever|twice|times|already|previously|often|repeatedly|recently)\b",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>
        /// Whether a sentence or clause opens with a pronoun for its subject, and which; Named when a
        /// named subject goes on with the day before ("Kim also met ..."); Joined for a clause that
        /// goes on with the same subject and place ("... on Monday and met Kim on Tuesday").
        /// </summary>
        private enum Opening { None, Singular, Plural, Named, Joined }

        // The words that join a clause after a comma ("..., and he traveled"); after a semicolon none
        // is needed. Without one a comma may open an aside or close a quote (", he said").
        private static readonly string[] ClauseJoiners = { "and", "but", "while", "then" };

        // What may stand between a comma and "after" or "before" when the words that follow tell of
        // another happening: ", days after", ", two weeks before", ", shortly after". A number word
        // gives its count; 0 marks a word that leaves the lapse vague ("hours", "shortly"); -1 one
        // that changes nothing ("just"), or a unit, which NextAside tells by its spelling.
        private static readonly Dictionary<string, int> LapseWords = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["a"] = 1, ["an"] = 1, ["one"] = 1, ["the"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
            ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["just"] = -1, ["only"] = -1, ["shortly"] = 0, ["soon"] = 0,
            ["not"] = 0, ["long"] = 0, ["few"] = 0, ["several"] = 0, ["some"] = 0, ["minutes"] = 0, ["hours"] = 0,
            ["day"] = -1, ["days"] = -1, ["week"] = -1, ["weeks"] = -1, ["month"] = 0, ["months"] = 0, ["year"] = 0, ["years"] = 0,
        };

        // Shared and never mutated: readers only ever replace their date lists.
        private static readonly TemporalMention[] NoDates = Array.Empty<TemporalMention>();

        private readonly string _articleId;
        private readonly string _fileName;
        private readonly string _text;
        private readonly LineMap _lines;
        private readonly IReadOnlyDictionary<string, EntitySpec> _catalog;
        private readonly CalendarDate? _published;
        private TemporalMention[] _previousDates = NoDates;
        private string? _previousSubject;
        private string? _previousPlace;
        // Who "They" or "The two leaders" are: the persons (else the other actors) of the sentence
        // before, when it named at least two.
        private List<string> _previousGroup = NoGroup;
        private static readonly List<string> NoGroup = new List<string>();

        // The asides of the sentence being read, once they have been read: their trigger words are
        // not the sentence's.
        private readonly List<(int Start, int End)> _asides = new List<(int Start, int End)>();

        // The sentence just read when it had no date and continued none ("Choe has met Putin in
        // Moscow, state media report."), with its mentions, or (-1, -1). A next sentence that
        // opens on the same happening ("The meeting on Monday was not announced") gives it a date.
        private (int Start, int End) _undated = (-1, -1);
        private readonly List<MentionSpec> _undatedMentions = new List<MentionSpec>();

        // The story's opening sentence when it tells, undated, what has just happened (NewsOfTheDay).
        private (int Start, int End, int Perfect, EventKind Kind)? _lead;

        // The nouns a sentence opens with when it goes on about the happening the sentence before told.
        private static readonly (string Noun, bool Visit)[] HappeningNouns =
        {
            ("meeting", false), ("talks", false), ("summit", false), ("negotiations", false), ("visit", true), ("trip", true),
        };

        /// <summary>Starts reading the events of one article, published on <paramref name="published"/> when known.</summary>
        [MethodImpl(Jit.Optimized)]
        public EventExtractor(string articleId, string fileName, string text, LineMap lines, IReadOnlyDictionary<string, EntitySpec> catalog, CalendarDate? published = null)
        {
            _articleId = articleId;
            _fileName = fileName;
            _text = text;
            _lines = lines;
            _catalog = catalog;
            _published = published;
        }

        /// <summary>
        /// The events of the next sentence, given its date expressions and mentions in order.
        /// <paramref name="lead"/> marks a sentence that opens the story (or its standfirst).
        /// </summary>
        [MethodImpl(Jit.Optimized)]
        public IReadOnlyList<EventSpec> Read((int Start, int End) sentence, TemporalMention[] dates, IReadOnlyList<MentionSpec> mentions, bool lead = false)
        {
            List<EventSpec>? told = null;
            if (_lead is { } pending)
            {
                // "The meeting on Monday ..." dates the lead's happening itself (ReadSentence); any
                // other sentence leaves it the publication's day.
                _lead = null;
                var resolved = ResolvedOnly(dates);
                var referredBack = resolved.Length > 0 && OpensOnHappening(sentence, resolved, out _, out var visit) && visit == (pending.Kind == EventKind.Visit);
                if (!referredBack) told = ReadLead(pending);
            }
            // "Kim Jong-un has arrived in Russia for a summit with Putin": a story that opens on what
            // has just happened tells the news of its own day. Read as undated until the next
            // sentence has had its say.
            if (lead && _published is not null && !AnyResolved(dates) && NewsOfTheDay(sentence) is { } news) _lead = news;
            var events = ReadSentence(sentence, dates, mentions);
            if (told is null) return events;
            told.AddRange(events);
            return told;
        }

        /// <summary>The events still held back when the article ends: a lead told in the present perfect.</summary>
        [MethodImpl(Jit.Optimized)]
        public IReadOnlyList<EventSpec> Finish()
        {
            if (_lead is not { } pending) return Array.Empty<EventSpec>();
            _lead = null;
            return ReadLead(pending);
        }

        // The lead read again, dated by the publication, with only the happening its perfect tells (in
        // "has arrived in Russia for a summit", the summit is to come). Its mentions are still those
        // the undated reading kept.
        [MethodImpl(Jit.Optimized)]
        private List<EventSpec> ReadLead((int Start, int End, int Perfect, EventKind Kind) lead)
        {
            _undated = (-1, -1);
            var dated = new[] { new TemporalMention(lead.Perfect, 0, DateValue.OfDay(_published!.Value)) };
            var events = new List<EventSpec>(ReadSentence((lead.Start, lead.End), dated, _undatedMentions.ToList()));
            events.RemoveAll(e => e.Kind != lead.Kind && !(lead.Kind == EventKind.Meeting && e.Kind == EventKind.Summit));
            return events;
        }

        [MethodImpl(Jit.Optimized)]
        private static TemporalMention[] ResolvedOnly(TemporalMention[] dates)
        {
            var kept = new GrowableArray<TemporalMention>(dates.Length);
            foreach (var date in dates)
            {
                if (date.Value is not null) kept.Add(date);
            }
            return kept.ToArray();
        }

        [MethodImpl(Jit.Optimized)]
        private static bool AnyResolved(TemporalMention[] dates)
        {
            foreach (var date in dates)
            {
                if (date.Value is not null) return true;
            }
            return false;
        }

        // Where the sentence tells a happening in the present perfect, and its kind: the participle's
        // ("has arrived") or that of the trigger right after it ("have held talks"). Not when the
        // sentence tells of experience ("has visited Russia twice").
        [MethodImpl(Jit.Optimized)]
        private (int Start, int End, int Perfect, EventKind Kind)? NewsOfTheDay((int Start, int End) sentence)
        {
            var perfect = PresentPerfect.Match(_text, sentence.Start, sentence.End - sentence.Start);
            if (!perfect.Success || Experience.Match(_text, sentence.Start, sentence.End - sentence.Start).Success) return null;
            var participle = perfect.Groups["participle"].Index;
            for (int i = participle, words = 0; i < sentence.End && words < 4; words++)
            {
                var wordEnd = i;
                while (wordEnd < sentence.End && char.IsLetter(_text[wordEnd])) wordEnd++;
                if (wordEnd == i) break;
                var k = TriggerAt(i, wordEnd, sentence.End, out _);
                if (k >= 0) return (sentence.Start, sentence.End, perfect.Index, TriggerKinds[k]);
                i = SkipBlanks(wordEnd, sentence.End);
            }
            return null;
        }

        [MethodImpl(Jit.Optimized)]
        private IReadOnlyList<EventSpec> ReadSentence((int Start, int End) sentence, TemporalMention[] dates, IReadOnlyList<MentionSpec> mentions)
        {
            var resolvedCount = 0;
            foreach (var date in dates)
            {
                if (date.Value is not null) resolvedCount++;
            }
            var subject = AfterFrontedAdverbial(sentence, dates, mentions);
            var pronoun = MayOpenWithPronoun((subject, sentence.End)) ? PronounOpening.Match(_text, subject, sentence.End - subject) : Match.Empty;
            var named = resolvedCount == 0 && !pronoun.Success && _previousDates.Length > 0 && GoesOnNamed(sentence, mentions);
            if (resolvedCount == 0 && !pronoun.Success && !named)
            {
                // Nothing dated here and nothing continued: only the reading state moves on. This is
                // most sentences, so it allocates nothing.
                _previousDates = NoDates;
                _previousSubject = null;
                _previousPlace = null;
                _previousGroup = NoGroup;
                _undated = sentence;
                _undatedMentions.Clear();
                for (var i = 0; i < mentions.Count; i++) // not foreach: a list's enumerator would be boxed
                {
                    if (_previousSubject is null && Kind(mentions[i]) == EntityKind.Person) _previousSubject = mentions[i].EntityId;
                    _undatedMentions.Add(mentions[i]);
                }
                return Array.Empty<EventSpec>();
            }
            var resolved = new TemporalMention[resolvedCount];
            var next = 0;
            foreach (var date in dates)
            {
                if (date.Value is not null) resolved[next++] = date;
            }
            var opening = named ? Opening.Named
                : !pronoun.Success ? Opening.None
                : pronoun.Groups["pronoun"] is { Success: true, Value: not ("They" or "they") } ? Opening.Singular : Opening.Plural;
            // After an undated sentence its persons are the group a plural opening refers to.
            if (opening == Opening.Plural && _undated.Start >= 0) _previousGroup = Group(_undatedMentions, Distinct(_undatedMentions, m => Kind(m) == EntityKind.Person));
            if (pronoun.Groups["group"] is { Success: true } described && !Fits(described)) opening = Opening.None;

            // "Xi met Choe in Beijing on Friday, days after Lavrov held talks in Pyongyang": the talks
            // are another happening. Read on their own (they have no date here, so give nothing), and
            // their names, dates and words are no part of the rest of the sentence.
            List<EventSpec>? events = null;
            _asides.Clear();
            if (_undated.Start >= 0 && resolved.Length > 0 && OpensOnHappening(sentence, resolved, out var noun, out var visit))
            {
                events = ReadReferredBack(_undated, sentence, Nearest(resolved, noun.Start, noun.End), visit);
            }
            _undated = (-1, -1);
            for (var aside = NextAside(sentence.Start, sentence.End, mentions, out var lapse); aside.Start >= 0; aside = NextAside(aside.End, sentence.End, mentions, out lapse))
            {
                events ??= new List<EventSpec>();
                events.AddRange(ReadAside(aside, sentence, AsideDates(resolved, aside, lapse), Within(mentions, aside.Start, aside.End)));
                _asides.Add(aside);
            }
            // "Lavrov, who met Kim in July, met Choe on Thursday": the relative clause is another
            // happening, its subject the one named before ", who".
            for (var aside = NextRelativeAside(sentence.Start, sentence.End, resolved, mentions, out var antecedent); aside.Start >= 0;
                 aside = NextRelativeAside(aside.End, sentence.End, resolved, mentions, out antecedent))
            {
                events ??= new List<EventSpec>();
                events.AddRange(ReadRelativeAside(aside, sentence, Within(resolved, aside.Start, aside.End), Within(mentions, aside.Start, aside.End), antecedent));
                _asides.Add(aside);
            }
            foreach (var (start, end) in _asides)
            {
                resolved = Outside(resolved, start, end);
                mentions = Outside(mentions, start, end);
            }

            var clause = NextClause(sentence.Start, sentence.End, resolved, mentions, out var clauseOpening);
            if (clause < 0 && events is null) return ReadDated(sentence, sentence, resolved, opening, mentions);

            // "Kim met Shoigu in Pyongyang last July, and he traveled to Vostochny in September for a
            // summit with Putin": read whole, both dates would get every participant. Each clause is
            // read as a sentence of its own, and the pronoun continues the clause before it.
            events ??= new List<EventSpec>();
            for (var start = sentence.Start; ;)
            {
                var end = clause < 0 ? sentence.End : clause;
                events.AddRange(ReadDated((start, end), sentence, Within(resolved, start, end), opening, Within(mentions, start, end)));
                if (clause < 0) break;
                (start, opening) = (clause, clauseOpening);
                clause = NextClause(clause, sentence.End, resolved, mentions, out clauseOpening);
            }
            _asides.Clear();
            return events;
        }

        // "The meeting on Monday ...", "The two leaders' talks on Friday ...", "Monday's visit ...":
        // a sentence that opens with a happening's noun and has a date goes on about the one the
        // undated sentence before told of, and where its noun is.
        [MethodImpl(Jit.Optimized)]
        private bool OpensOnHappening((int Start, int End) sentence, TemporalMention[] dates, out (int Start, int End) noun, out bool visit)
        {
            noun = default;
            visit = false;
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
                foreach (var (candidate, isVisit) in HappeningNouns)
                {
                    if (wordEnd - word != candidate.Length || !IsWordAt(word, sentence.End, candidate)) continue;
                    noun = (word, wordEnd);
                    visit = isVisit;
                    return true;
                }
                while (wordEnd < sentence.End && (_text[wordEnd] == '\'' || _text[wordEnd] == '’')) wordEnd++; // "the leaders' talks"
                word = SkipBlanks(wordEnd, sentence.End);
            }
            return false;
        }

        // The undated sentence read again with the date the sentence after it gives its happening:
        // only events of that kind, and the two sentences together are the evidence. The reading
        // state stays the one of the sentence being read.
        [MethodImpl(Jit.Optimized)]
        private List<EventSpec> ReadReferredBack((int Start, int End) undated, (int Start, int End) sentence, DateValue date, bool visit)
        {
            var (previousDates, previousSubject, previousPlace, previousGroup) = (_previousDates, _previousSubject, _previousPlace, _previousGroup);
            var events = ReadDated(undated, (undated.Start, sentence.End), new[] { new TemporalMention(sentence.Start, 0, date) }, Opening.None, _undatedMentions);
            (_previousDates, _previousSubject, _previousPlace, _previousGroup) = (previousDates, previousSubject, previousPlace, previousGroup);
            events.RemoveAll(e => visit ? e.Kind != EventKind.Visit : e.Kind is not (EventKind.Meeting or EventKind.Summit or EventKind.Talks));
            return events;
        }

        // An aside is read like a sentence of its own, but what comes after it continues what came
        // before it: the reading state is the one before the aside.
        [MethodImpl(Jit.Optimized)]
        private List<EventSpec> ReadAside((int Start, int End) aside, (int Start, int End) evidence, TemporalMention[] dates, List<MentionSpec> mentions)
        {
            var (previousDates, previousSubject, previousPlace, previousGroup) = (_previousDates, _previousSubject, _previousPlace, _previousGroup);
            var events = ReadDated(aside, evidence, dates, Opening.None, mentions);
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
            for (var i = from; i < end; i++)
            {
                if (_text[i] != ',' || !IsWordAt(SkipBlanks(i + 1, end), end, "who")) continue;
                var close = SkipBlanks(i + 1, end);
                while (close < end && _text[close] != ',') close++;
                if (close >= end) return (-1, -1); // not closed: the sentence's main verb may be inside
                string? before = null, within = null;
                for (var m = 0; m < mentions.Count; m++)
                {
                    var mention = mentions[m];
                    if (Kind(mention) != EntityKind.Person) continue;
                    if (mention.Span.Start + mention.Span.Length == i) before = mention.EntityId;
                    else if (mention.Span.Start > i && mention.Span.Start < close) within ??= mention.EntityId;
                }
                if (before is null || within is null || Within(dates, i, close).Length == 0 || !ReportsSomething((i, close)))
                {
                    i = close - 1;
                    continue;
                }
                antecedent = before;
                return (i, close);
            }
            return (-1, -1);
        }

        // A relative clause read as a sentence of its own whose pronoun is the antecedent; the
        // reading state is the one before it.
        [MethodImpl(Jit.Optimized)]
        private List<EventSpec> ReadRelativeAside((int Start, int End) aside, (int Start, int End) evidence, TemporalMention[] dates, List<MentionSpec> mentions, string antecedent)
        {
            var (previousDates, previousSubject, previousPlace, previousGroup) = (_previousDates, _previousSubject, _previousPlace, _previousGroup);
            _previousSubject = antecedent;
            var events = ReadDated(aside, evidence, dates, Opening.Singular, mentions);
            (_previousDates, _previousSubject, _previousPlace, _previousGroup) = (previousDates, previousSubject, previousPlace, previousGroup);
            return events;
        }

        // The next ", days after ...", ", a week before ..." (to the next comma) that names a person,
        // after from; or (-1, -1). The lapse is in days from the rest of the sentence to the aside
        // (-1 for "a day after"), when the words give it exactly.
        [MethodImpl(Jit.Optimized)]
        private (int Start, int End) NextAside(int from, int end, IReadOnlyList<MentionSpec> mentions, out int? lapse)
        {
            for (var i = from; i < end; i++)
            {
                if (_text[i] != ',') continue;
                var word = SkipBlanks(i + 1, end);
                int count = 0, unit = 0;
                var vague = false;
                for (var words = 0; words < 3 && !IsWordAt(word, end, "after") && !IsWordAt(word, end, "before"); words++)
                {
                    var wordEnd = word;
                    while (wordEnd < end && char.IsLetterOrDigit(_text[wordEnd])) wordEnd++;
                    var lapseWord = wordEnd > word ? _text.Substring(word, wordEnd - word) : "";
                    if (lapseWord.Length is 1 or 2 && char.IsDigit(lapseWord[0]) && char.IsDigit(lapseWord[lapseWord.Length - 1])) count = DecimalDigits.Parse(lapseWord);
                    else if (!LapseWords.TryGetValue(lapseWord, out var value)) break;
                    else if (lapseWord.StartsWith("day", StringComparison.Ordinal)) unit = 1;
                    else if (lapseWord.StartsWith("week", StringComparison.Ordinal)) unit = 7;
                    else if (value > 0) count = value;
                    else if (value == 0) vague = true;
                    word = SkipBlanks(wordEnd, end);
                }
                var after = IsWordAt(word, end, "after");
                if (!after && !IsWordAt(word, end, "before")) continue;
                var asideEnd = word;
                while (asideEnd < end && _text[asideEnd] != ',' && _text[asideEnd] != ';') asideEnd++;
                // "..., before the two held talks": without a name of its own it goes on about the
                // same people, and stays part of the sentence. A country is a name of its own:
                // ", a day after South Korea and the United States began their exercises".
                for (var m = 0; m < mentions.Count; m++)
                {
                    var start = mentions[m].Span.Start;
                    if (start <= word || start >= asideEnd || !IsActor(Kind(mentions[m]))) continue;
                    lapse = vague || count == 0 || unit == 0 ? null : (after ? -count : count) * unit;
                    return (i, asideEnd);
                }
                i = asideEnd - 1;
            }
            lapse = null;
            return (-1, -1);
        }

        // The aside's own dates; without any, "a day after" counts from the day the rest of the
        // sentence states last before it ("Yoon warned on Wednesday, a day after Kim and Putin met": Tuesday).
        [MethodImpl(Jit.Optimized)]
        private static TemporalMention[] AsideDates(TemporalMention[] dates, (int Start, int End) aside, int? lapse)
        {
            var own = Within(dates, aside.Start, aside.End);
            if (own.Length > 0 || lapse is not { } days) return own;
            TemporalMention? from = null;
            foreach (var date in dates)
            {
                if (date.Start < aside.Start && date.Value is { Precision: DatePrecision.Day }) from = date;
            }
            // Years 1 and 9999 stay out: a day past either end is no date.
            return from is { Value: { } value } && value.Start.Year is > 1 and < 9999 ? new[] { new TemporalMention(aside.Start, 0, DateValue.OfDay(value.Start.AddDays(days))) } : own;
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
                if (c == ' ' && JoinsAnotherDatedHappening(from, i, end, dates, mentions, out var verb))
                {
                    opening = Opening.Joined;
                    return verb;
                }
                if (c != ',' && c != ';') continue;
                var word = SkipBlanks(i + 1, end);
                var joined = c == ';';
                for (var joiners = 0; joiners < 2; joiners++) // "and then he" takes two
                {
                    var length = JoinerAt(word, end);
                    if (length == 0) break;
                    word = SkipBlanks(word + length, end);
                    joined = true;
                }
                if (!joined) continue;
                if (IsWordAt(word, end, "he") || IsWordAt(word, end, "she")) opening = Opening.Singular;
                else if (IsWordAt(word, end, "they")) opening = Opening.Plural;
                else if (!OpensNamedClause(from, i, word, end, dates, mentions)) continue;
                return word;
            }
            return -1;
        }

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
            var word = IsWordAt(verb, end, "held") ? SkipBlanks(verb + 4, end) : verb;
            var wordEnd = word;
            while (wordEnd < end && char.IsLetter(_text[wordEnd])) wordEnd++;
            var k = wordEnd > word ? TriggerAt(word, wordEnd, end, out _) : -1;
            if (k < 0 || TriggerKinds[k] == EventKind.Statement) return false;
            if (Within(dates, from, blank).Length == 0 || Within(dates, verb, end).Length == 0) return false;
            for (var m = 0; m < mentions.Count; m++)
            {
                if (mentions[m].Span.Start > verb && Kind(mentions[m]) == EntityKind.Person) return true;
            }
            return false;
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

        [MethodImpl(Jit.Optimized)]
        private int SkipBlanks(int i, int end)
        {
            while (i < end && (_text[i] == ' ' || _text[i] == '\u00A0' || _text[i] == '\n' || _text[i] == '\r')) i++;
            return i;
        }

        // The lower-case word at i, whole: "he" but not "her" or "he-".
        [MethodImpl(Jit.Optimized)]
        private bool IsWordAt(int i, int end, string word)
            => PatternText.Matches(_text, i, end, word)
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

        // Apart from Read's fast path so that its lambdas' captured state is allocated only for the
        // few sentences that carry a date or continue one, not for every sentence. The sentence read
        // is a whole sentence or one of its clauses; evidence is the whole sentence.
        [MethodImpl(Jit.Optimized)]
        private List<EventSpec> ReadDated((int Start, int End) sentence, (int Start, int End) evidence, TemporalMention[] resolved, Opening opening, IReadOnlyList<MentionSpec> mentions)
        {
            var ownDates = resolved;
            var persons = Distinct(mentions, m => Kind(m) == EntityKind.Person);

            // "He met with President Putin ...": a pronoun opening continues the previous sentence,
            // its date and its subject; without a date of its own, also its place ("Lavrov arrived
            // in Seoul on Tuesday; he met Yoon": in Seoul).
            string? referent = null;
            string? continuedPlace = null;
            var group = opening == Opening.Plural ? _previousGroup : NoGroup;
            if (opening != Opening.None)
            {
                referent = opening is Opening.Plural or Opening.Named ? null : _previousSubject;
                if (resolved.Length == 0) (resolved, continuedPlace) = (_previousDates, _previousPlace);
                else if (opening == Opening.Joined) continuedPlace = _previousPlace;
            }
            // "Kim Jong Un greeted him on the tarmac": the one met is the one the sentence before was about.
            var metByPronoun = MetByPronoun(sentence, _previousSubject, persons, referent);
            if (metByPronoun is not null) persons.Add(metByPronoun);
            _previousDates = ownDates.Length > 0 ? ownDates : opening != Opening.None ? _previousDates : NoDates;
            // The subject carries on: after "He met Lavrov.", a next "He" is still the one before.
            _previousSubject = referent ?? persons.FirstOrDefault();
            _previousPlace = LocatedPlace(mentions, sentence.Start) ?? continuedPlace;
            var named = Group(mentions, persons);
            _previousGroup = named.Count > 0 || opening != Opening.Plural ? named : group;

            var events = new List<EventSpec>();
            if (resolved.Length == 0 || (mentions.Count == 0 && referent is null && group.Count == 0)) return events;

            // Each attribution pattern starts at a character most sentences lack: a closing quote, a comma.
            var attribution = ContainsChar(sentence, '”', '"') ? QuoteAttribution.Match(_text, sentence.Start, sentence.End - sentence.Start) : Match.Empty;
            var quoted = attribution.Success ? NearestBefore(mentions, attribution.Groups["verb"].Index, EntityKind.Person, attribution.Groups["who"].Index) : null;
            if (quoted is not null)
            {
                Add(events, evidence, EventKind.Statement, Nearest(resolved, attribution.Groups["verb"].Index, attribution.Groups["verb"].Index + attribution.Groups["verb"].Length), new List<string> { quoted }, null);
                return events;
            }
            // A quote a news agency or an unnamed source gives ("Kim received Shoigu and the two
            // discussed “defense matters,” KCNA said") is no person's statement: the rest is read.

            var found = FindTriggers(sentence);
            var source = ContainsChar(sentence, ',', ',') ? TrailingAttribution.Match(_text, sentence.Start, sentence.End - sentence.Start) : Match.Empty;
            if (source.Success && found.Any(t => t.Kind != EventKind.Statement && t.Start < source.Index))
            {
                var who = source.Groups["who"];
                mentions = mentions.Where(m => m.Span.Start < who.Index || m.Span.Start >= who.Index + who.Length).ToList();
                persons = Distinct(mentions, m => Kind(m) == EntityKind.Person);
            }
            // Every form has "that" or "according": most sentences have neither, and skip the pattern.
            var reported = Contains(sentence, "that") || Contains(sentence, "ccord")
                ? ReportedSpeech.Match(_text, sentence.Start, sentence.End - sentence.Start)
                : Match.Empty;
            if (reported.Success)
            {
                // Everything after "said that" is content; the statement is the event. Up to ", as he
                // met Kim", which tells when it was said: that happening is the sentence's own.
                var contentEnd = reported.Groups["that"].Success ? MainClauseResumes(reported.Index + reported.Length, sentence.End) : sentence.End;
                found.RemoveAll(t => t.Kind != EventKind.Statement && t.Start > reported.Index && t.Start < contentEnd);
                if (contentEnd < sentence.End)
                {
                    mentions = Outside(mentions, reported.Index, contentEnd);
                    persons = Distinct(mentions, m => Kind(m) == EntityKind.Person);
                }
                var statement = found.FindIndex(t => t.Kind == EventKind.Statement);
                if (statement >= 0) found[statement] = (EventKind.Statement, reported.Index, reported.Index + reported.Length);
                // The report's own date stands before "that"; dates continued from a sentence before stay.
                var content = reported.Groups["that"] is { Success: true } that ? that.Index : reported.Index;
                resolved = Within(resolved, 0, content);
                if (resolved.Length == 0) return events;
            }
            var news = Contains(sentence, "reported") ? ReportedNews.Match(_text, sentence.Start, sentence.End - sentence.Start) : Match.Empty;
            var speechVerb = found.FirstOrDefault(t => t.Kind == EventKind.Statement);
            if (speechVerb.End > 0)
            {
                // "the DPRK called Lavrov’s visit a significant moment": the visit is what was said
                // about, the verb's object. Not "pledged on Tuesday to deepen ties at their summit".
                found.RemoveAll(t => t.Kind != EventKind.Statement && t.Start > speechVerb.Start && CountWords(speechVerb.End, t.Start) <= 4
                                     && PossessiveNoun.Match(_text, sentence.Start, t.Start - sentence.Start).Success);
            }
            // A statement made at a meeting or during a visit is part of that event, not one of its
            // own (the statement, last in found, is read only when nothing before it gave an event);
            // and "He added that ..." continues a statement already recorded.
            if (ownDates.Length == 0) found.RemoveAll(t => t.Kind == EventKind.Statement);
            // "did not meet", "has never visited", "no plans to meet": nothing happened, nor anywhere.
            found.RemoveAll(t => IsNegated(sentence.Start, t.Start));

            foreach (var (kind, start, end) in found)
            {
                if (kind == EventKind.Statement && events.Count > 0) continue;
                // "Putin said on Wednesday that he would visit Pyongyang": what is planned takes its
                // date from after its verb ("will visit Pyongyang next month"); one before it dates
                // something else, and the plan has no date of its own.
                // Nor is the day it was reported ("..., the Kremlin said Tuesday") the day of a plan.
                // "KCNA said Lavrov would arrive on December 4": the date is the arrival's, not the report's.
                // "..., KCNA reported Thursday": the day of the report is not that of what it reports;
                // nor is it in "KCNA reported Thursday that Kim had received Shoigu".
                var dates = kind == EventKind.Statement ? Within(resolved, 0, ReportedClauseStart(start, end, sentence.End))
                    : IsPlanned(sentence.Start, start) ? Within(resolved, end, source.Success ? source.Index : int.MaxValue)
                    : source.Success && start < source.Index ? Within(resolved, 0, source.Index)
                    : news.Success && start > news.Index ? Within(resolved, news.Index + news.Length, sentence.End)
                    : resolved;
                dates = RelativeClauseDates(dates, start, sentence);
                if (dates.Length == 0) continue;
                var date = Nearest(dates, start, end);
                var participants = new List<string>();
                string? place = null;
                var effectiveKind = kind;
                switch (kind)
                {
                    case EventKind.Visit:
                        // The traveller is the first person named ("visiting Foreign Minister X": X); the
                        // destination the first place after the trigger.
                        var visitor = _text.Substring(start, end - start).Equals("visiting", StringComparison.OrdinalIgnoreCase) && !AfterAuxiliary(sentence.Start, start)
                            ? mentions.FirstOrDefault(m => m.Span.Start > end && m.Span.Start - end < 50 && Kind(m) == EntityKind.Person)?.EntityId
                            : null;
                        // Else the subject: a person named before the trigger, the pronoun's referent ("he
                        // traveled ... for a summit with Putin": not Putin), whoever is named ("During
                        // the visit, Kim toured"). After a verb the one named is not its subject: "The
                        // leader, who arrived on Tuesday, thanked Putin".
                        var traveller = visitor ?? RelativeClauseSubject(mentions, sentence.Start, start)
                            ?? FirstBefore(mentions, start, EntityKind.Person, SubordinateClauseBefore(sentence.Start, start)) ?? referent
                            ?? (IsTravelVerb(start, end) ? null : persons.FirstOrDefault());
                        if (traveller is not null) participants.Add(traveller);
                        else if (group.Count > 0) participants.AddRange(group); // "They arrived in Moscow"
                        else participants.AddRange(SubjectBefore(mentions, start));
                        // A possessive counts: "toured Pyongyang's new hospital" went to Pyongyang.
                        place = PlaceAfter(mentions, start, possessive: true, EntityKind.Country, EntityKind.Place);
                        break;
                    case EventKind.Statement:
                        var speaker = Speaker(sentence, mentions, start, end) ?? referent;
                        if (speaker is not null) participants.Add(speaker);
                        break;
                    default:
                        place = LocatedPlace(mentions, start) ?? Destination(found, start, mentions) ?? PlaceOfAfter(mentions, start, IsGreeting(start, end)) ?? continuedPlace;
                        // "Putin welcomed Kim's decision": a greeting is a meeting only with the person greeted.
                        if (IsGreeting(start, end) && metByPronoun is null && !GreetsAPerson(mentions, end)) continue;
                        participants.AddRange(persons);
                        if (metByPronoun is not null && !participants.Contains(metByPronoun)) participants.Add(metByPronoun);
                        if (referent is not null && !participants.Contains(referent)) participants.Insert(0, referent);
                        foreach (var member in group)
                        {
                            if (!participants.Contains(member)) participants.Add(member); // "They then held talks"
                        }
                        if (participants.Count == 0 && !IsGreeting(start, end))
                        {
                            // No person: countries and organizations take part ("Russia and North Korea
                            // signed"), but not the place it happened ("at the Kremlin").
                            foreach (var actor in Distinct(mentions, m => IsActor(Kind(m))))
                            {
                                if (actor != place && !participants.Contains(actor)) participants.Add(actor);
                            }
                        }
                        else if (participants.Count == 1 && ObjectActor(mentions, end, sentence.End) is { } partner && partner != place && !participants.Contains(partner))
                        {
                            // One person: the other side is the one the trigger names ("held talks with
                            // China"), not any country in the sentence ("U.S. Secretary of State Antony
                            // Blinken ... for talks with officials on North Korea's ties with Russia").
                            participants.Add(partner);
                        }
                        if (participants.Count < 2) continue;
                        if (kind == EventKind.Meeting && participants.Count(id => _catalog[id].IsLeader) >= 2) effectiveKind = EventKind.Summit;
                        break;
                }
                if (participants.Count == 0) continue;
                Add(events, evidence, effectiveKind, date, participants, place);
            }
            return events;
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
                || (first == 'T' && (PatternText.Matches(_text, i + 1, sentence.End, "hey") || PatternText.Matches(_text, i + 1, sentence.End, "he two ")
                                     || PatternText.Matches(_text, i + 1, sentence.End, "he leaders") || PatternText.Matches(_text, i + 1, sentence.End, "he sides")))
                || (first == 'B' && PatternText.Matches(_text, i + 1, sentence.End, "oth "));
        }

        // "Kim and Shoigu toured the exhibition on Wednesday. Kim also met with Shoigu and discussed
        // ...": a sentence without a date whose subject took part in the sentence before and goes on
        // with "also", "then" or "later" before a meeting's or visit's word tells of the same day.
        private static readonly string[] SequenceAdverbs = { "also", "then", "later", "subsequently" };

        [MethodImpl(Jit.Optimized)]
        private bool GoesOnNamed((int Start, int End) sentence, IReadOnlyList<MentionSpec> mentions)
        {
            for (var i = 0; i < mentions.Count; i++)
            {
                var m = mentions[i];
                if (Kind(m) != EntityKind.Person) continue;
                if (m.EntityId != _previousSubject && !_previousGroup.Contains(m.EntityId)) return false;
                for (var c = sentence.Start; c < m.Span.Start; c++)
                {
                    if (_text[c] is ',' or ';' or ':' or '“' or '"') return false; // the subject opens the sentence
                }
                var adverb = SkipBlanks(m.Span.Start + m.Span.Length, sentence.End);
                if (!IsAnyWordAt(adverb, sentence.End, SequenceAdverbs)) return false;
                var verb = adverb;
                while (verb < sentence.End && char.IsLetter(_text[verb])) verb++;
                verb = SkipBlanks(verb, sentence.End);
                var verbEnd = verb;
                while (verbEnd < sentence.End && char.IsLetter(_text[verbEnd])) verbEnd++;
                var k = verbEnd > verb ? TriggerAt(verb, verbEnd, sentence.End, out _) : -1;
                return k >= 0 && TriggerKinds[k] is EventKind.Meeting or EventKind.Summit or EventKind.Talks or EventKind.Visit;
            }
            return false;
        }

        // Words that open an adverbial put before a sentence's subject: "On Wednesday, he met Putin",
        // "Later, they held talks", "During the visit, she toured a factory".
        private static readonly string[] FrontedOpeners =
        {
            "On", "In", "At", "After", "During", "Following", "Before", "Upon", "Later", "Earlier", "Then", "Afterwards",
            "Meanwhile", "Subsequently", "Last", "This", "Shortly", "Hours", "Days",
        };

        // Where the subject stands after a fronted adverbial: one ending at a comma within eight words
        // that names no person ("On Wednesday, he met Putin"; not "After Putin arrived, he": he may be
        // Putin), or a date expression the subject follows at once ("Later on Wednesday the two
        // leaders held talks"). Else the sentence's start.
        [MethodImpl(Jit.Optimized)]
        private int AfterFrontedAdverbial((int Start, int End) sentence, TemporalMention[] dates, IReadOnlyList<MentionSpec> mentions)
        {
            var start = sentence.Start;
            if (start >= sentence.End || !char.IsUpper(_text[start])) return start;
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

        [MethodImpl(Jit.Optimized)]
        private void Add(List<EventSpec> events, (int Start, int End) sentence, EventKind kind, DateValue date, List<string> participants, string? place)
        {
            participants.Sort(StringComparer.Ordinal);
            var ids = participants.ToEquatableArray();
            var source = new EventSourceSpec(
                _articleId, _fileName, _lines.Locate(sentence.Start, sentence.End - sentence.Start), _text.Substring(sentence.Start, sentence.End - sentence.Start),
                kind, date, ids);
            events.Add(new EventSpec(EventIds.Provisional(kind, date, participants), kind, date, ids, place, new EquatableArray<EventSourceSpec>(new[] { source })));
        }

        // The first trigger of each kind, kinds in priority order.
        [MethodImpl(Jit.Optimized)]
        private List<(EventKind Kind, int Start, int End)> FindTriggers((int Start, int End) sentence)
            => IsAsciiText(sentence) ? FindTriggersByWords(sentence) : FindTriggersWithPattern(sentence);

        /// <summary>
        /// The triggers of <paramref name="sentence"/> read word by word and by the pattern, for tests
        /// that the two agree (the word reading is only used on text <see cref="IsAsciiText"/> accepts).
        /// </summary>
        internal static (List<(EventKind Kind, int Start, int End)> ByWords, List<(EventKind Kind, int Start, int End)> ByPattern, bool WordsApply) TriggersBothWays(string sentence)
        {
            var extractor = new EventExtractor("a", "a.txt", sentence, new LineMap(sentence), new Dictionary<string, EntitySpec>());
            var whole = (0, sentence.Length);
            return (extractor.FindTriggersByWords(whole), extractor.FindTriggersWithPattern(whole), extractor.IsAsciiText(whole));
        }

        [MethodImpl(Jit.Optimized)]
        private List<(EventKind Kind, int Start, int End)> FindTriggersByWords((int Start, int End) sentence)
        {
            // The pattern, read word by word: with \b on both sides, a match of a one-word
            // alternative is a whole word, and a word that is a trigger is a match. Dated sentences
            // are many, and the pattern's search ran in framework code a fresh compiler does not
            // optimize (docs/performance.md).
            var firstStart = new int[TriggerKinds.Length];
            var firstEnd = new int[TriggerKinds.Length];
            for (var i = sentence.Start; i < sentence.End;)
            {
                if (!PatternText.IsAsciiWordChar(_text[i])) { i++; continue; }
                var wordEnd = i + 1;
                while (wordEnd < sentence.End && PatternText.IsAsciiWordChar(_text[wordEnd])) wordEnd++;
                var k = TriggerAt(i, wordEnd, sentence.End, out var matchEnd);
                if (k < 0 || InAside(i))
                {
                    i = wordEnd;
                    continue;
                }
                if (firstEnd[k] == 0) { firstStart[k] = i; firstEnd[k] = matchEnd; }
                i = matchEnd;
            }
            var found = new List<(EventKind, int, int)>();
            for (var k = 0; k < TriggerKinds.Length; k++)
            {
                if (firstEnd[k] > 0) found.Add((TriggerKinds[k], firstStart[k], firstEnd[k]));
            }
            return found;
        }

        // The trigger the word at [start, wordEnd) begins, as an index into TriggerKinds (and where
        // its match ends), or -1.
        [MethodImpl(Jit.Optimized)]
        private int TriggerAt(int start, int wordEnd, int end, out int matchEnd)
        {
            matchEnd = wordEnd;
            var length = wordEnd - start;
            if (length < TriggerWordsByLength.Length)
            {
                foreach (var (word, kind) in TriggerWordsByLength[length])
                {
                    if (PatternText.MatchesIgnoringAsciiCase(_text, start, wordEnd, word)) return KindIndex(kind);
                }
            }
            // The one phrase: "held discussions", one space between, a boundary after.
            const string Phrase = "held discussions";
            if (length == 4 && PatternText.MatchesIgnoringAsciiCase(_text, start, end, Phrase)
                && (start + Phrase.Length == end || !PatternText.IsAsciiWordChar(_text[start + Phrase.Length])))
            {
                matchEnd = start + Phrase.Length;
                return KindIndex(EventKind.Talks);
            }
            return -1;
        }

        [MethodImpl(Jit.Optimized)]
        private static int KindIndex(EventKind kind)
        {
            for (var k = 0; k < TriggerKinds.Length; k++)
            {
                if (TriggerKinds[k] == kind) return k;
            }
            return TriggerKinds.Length - 1;
        }

        // ASCII, blanks or punctuation that is never part of a word (PatternText): there the word-by-word reading
        // agrees with the pattern. Other text (accented names, other scripts, letters with
        // case-insensitive matches outside ASCII such as 'ſ' for 's') is left to the pattern.
        [MethodImpl(Jit.Optimized)]
        private bool IsAsciiText((int Start, int End) sentence)
        {
            for (var i = sentence.Start; i < sentence.End; i++)
            {
                var c = _text[i];
                if (!PatternText.IsPlain(c)) return false;
            }
            return true;
        }

        [MethodImpl(Jit.Optimized)]
        private List<(EventKind Kind, int Start, int End)> FindTriggersWithPattern((int Start, int End) sentence)
        {
            var first = new Match?[TriggerKinds.Length];
            for (var match = Triggers.Match(_text, sentence.Start, sentence.End - sentence.Start); match.Success; match = match.NextMatch())
            {
                var k = TriggerIndex(match);
                if (first[k] is null && !InAside(match.Index)) first[k] = match;
            }
            var found = new List<(EventKind, int, int)>();
            for (var k = 0; k < TriggerKinds.Length; k++)
            {
                if (first[k] is { } m) found.Add((TriggerKinds[k], m.Index, m.Index + m.Length));
            }
            return found;
        }

        // "Lavrov, who arrived in Pyongyang on Wednesday, held talks with Choe on Thursday": a date in
        // a relative clause (", who ...," ", which ...,") is that clause's, and one outside it the
        // rest of the sentence's, when each has its own.
        [MethodImpl(Jit.Optimized)]
        private TemporalMention[] RelativeClauseDates(TemporalMention[] dates, int trigger, (int Start, int End) sentence)
        {
            if (dates.Length == 0) return dates;
            for (var i = sentence.Start; i < sentence.End; i++)
            {
                if (_text[i] != ',') continue;
                var word = SkipBlanks(i + 1, sentence.End);
                if (!IsWordAt(word, sentence.End, "who") && !IsWordAt(word, sentence.End, "which")) continue;
                var close = word;
                while (close < sentence.End && _text[close] != ',') close++;
                var inside = trigger > i && trigger < close;
                var own = inside ? Within(dates, i, close) : Outside(dates, i, close);
                // "Kim received Shoigu, who arrived on Tuesday, ...": Tuesday is the arrival's only.
                return own.Length > 0 || !inside ? own : dates;
            }
            return dates;
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

        // "said Lavrov would arrive", "told reporters on Tuesday the talks were useful": after a verb of
        // speech, a clause with no "that" to open it shows by its own verb where it starts. Nouns
        // ("the statement was issued on Tuesday") open no clause.
        private static readonly string[] ReportedClauseVerbs = { "would", "will", "had", "has", "have", "was", "were", "is", "are", "could", "can", "should", "might", "must", "plans", "planned" };
        private static readonly string[] SpeechVerbWords = SpeechVerbs.Split('|');

        // Where the reported clause after the speech verb at [verbStart, verbEnd) starts, or end.
        [MethodImpl(Jit.Optimized)]
        private int ReportedClauseStart(int verbStart, int verbEnd, int end)
        {
            if (!IsOneOf(verbStart, verbEnd, SpeechVerbWords)) return end;
            for (var i = verbEnd; i < end;)
            {
                if (!char.IsLetter(_text[i])) { i++; continue; }
                if (IsAnyWordAt(i, end, ReportedClauseVerbs)) return i;
                while (i < end && char.IsLetter(_text[i])) i++;
            }
            return end;
        }

        // The words before a trigger that make it a plan: "will visit", "would also meet", "to hold
        // talks", "agreed on Thursday to resume regular visits", "what would be their first meeting".
        // Up to four words back, none of them a name, with no punctuation between. "to" makes a plan
        // when a verb follows it, not a determiner ("was invited to the summit").
        private static readonly string[] Modals = { "will", "would", "shall" };
        private static readonly string[] Determiners = { "the", "a", "an", "his", "her", "its", "their", "our", "this", "that" };

        [MethodImpl(Jit.Optimized)]
        private bool IsPlanned(int sentenceStart, int trigger)
        {
            var after = trigger;
            for (var (word, words) = (PreviousWordStart(sentenceStart, trigger), 0); word >= 0 && words < 4; after = word, word = PreviousWordStart(sentenceStart, word), words++)
            {
                if (char.IsUpper(_text[word])) return false;
                if (IsAnyWordAt(word, trigger, Modals)) return true;
                if (IsWordAt(word, trigger, "to")) return after == trigger || !IsAnyWordAt(after, trigger, Determiners);
            }
            return false;
        }

        // "is visiting Moscow": the participle is the verb, and its subject the traveller, unlike
        // "visiting Foreign Minister Lavrov".
        private static readonly string[] Auxiliaries = { "is", "are", "was", "were", "be", "been", "am" };

        [MethodImpl(Jit.Optimized)]
        private bool AfterAuxiliary(int sentenceStart, int trigger)
        {
            var word = PreviousWordStart(sentenceStart, trigger);
            if (word >= 0 && IsAnyWordAt(word, trigger, AuxiliaryAdverbs)) word = PreviousWordStart(sentenceStart, word); // "is also visiting"
            return word >= 0 && IsAnyWordAt(word, trigger, Auxiliaries);
        }

        private static readonly string[] AuxiliaryAdverbs = { "also", "now", "still", "currently", "reportedly" };

        // Up to three words before a trigger, none of them a name: "did not meet", "didn't visit",
        // "has never met", "no plans to meet", "without meeting".
        private static readonly string[] Negations = { "not", "never", "no", "without" };

        [MethodImpl(Jit.Optimized)]
        private bool IsNegated(int sentenceStart, int trigger)
        {
            for (var (word, words) = (PreviousWordStart(sentenceStart, trigger), 0); word >= 0 && words < 3; word = PreviousWordStart(sentenceStart, word), words++)
            {
                if (char.IsUpper(_text[word])) return false;
                if (IsAnyWordAt(word, trigger, Negations)) return true;
                // "didn't": the letters before the blank are the "t" after "n'".
                if (IsWordAt(word, trigger, "t") && word >= 2 && (_text[word - 1] == '\'' || _text[word - 1] == '’') && _text[word - 2] == 'n') return true;
            }
            return false;
        }

        // "greeted him", "held talks with her": the person the sentence before was about (earlier),
        // when a meeting's word takes "him" or "her" for its object and that person is neither named
        // here nor the subject a pronoun continues. "met her counterpart Lavrov" is a possessive.
        private static readonly string[] ObjectPronouns = { "him", "her" };

        [MethodImpl(Jit.Optimized)]
        private string? MetByPronoun((int Start, int End) sentence, string? earlier, List<string> persons, string? referent)
        {
            if (earlier is null || earlier == referent || persons.Contains(earlier) || (!Contains(sentence, "him") && !Contains(sentence, "her"))) return null;
            for (var i = sentence.Start; i < sentence.End; i++)
            {
                if ((i > sentence.Start && char.IsLetter(_text[i - 1])) || !IsAnyWordAt(i, sentence.End, ObjectPronouns)) continue;
                var verb = PreviousWordStart(sentence.Start, i);
                if (verb >= 0 && IsWordAt(verb, i, "with")) verb = PreviousWordStart(sentence.Start, verb);
                if (verb < 0) continue;
                var verbEnd = verb;
                while (verbEnd < i && char.IsLetter(_text[verbEnd])) verbEnd++;
                var k = TriggerAt(verb, verbEnd, sentence.End, out _);
                if (k < 0 || TriggerKinds[k] is not (EventKind.Meeting or EventKind.Summit or EventKind.Talks)) continue;
                if (_text[i + 1] == 'e' && OpensNounPhrase(i + 3, sentence.End)) continue;
                return earlier;
            }
            return null;
        }

        // Whether a word that may be a noun follows at i: "her counterpart", "her Russian host"; not
        // "her on Monday", "her warmly", or the end of the sentence.
        private static readonly string[] AfterAnObject = { "on", "in", "at", "for", "during", "after", "before", "and", "with", "to", "as", "warmly", "again", "personally", "briefly", "later", "earlier", "twice", "when", "while" };

        [MethodImpl(Jit.Optimized)]
        private bool OpensNounPhrase(int i, int end)
        {
            var word = SkipBlanks(i, end);
            return word > i && word < end && char.IsLetter(_text[word]) && !IsAnyWordAt(word, end, AfterAnObject);
        }

        // Where the word before position starts, with only blanks between them; or -1.
        [MethodImpl(Jit.Optimized)]
        private int PreviousWordStart(int sentenceStart, int position)
        {
            var i = position;
            while (i > sentenceStart && _text[i - 1] == ' ') i--;
            if (i == position) return -1;
            var end = i;
            while (i > sentenceStart && char.IsLetter(_text[i - 1])) i--;
            return i < end ? i : -1;
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

        // Whether the trigger word at [start, end) is one of words, in any case.
        [MethodImpl(Jit.Optimized)]
        private bool IsOneOf(int start, int end, string[] words)
        {
            foreach (var word in words)
            {
                if (end - start == word.Length && PatternText.MatchesIgnoringAsciiCase(_text, start, end, word)) return true;
            }
            return false;
        }

        // The words in [start, end): runs of letters or digits.
        [MethodImpl(Jit.Optimized)]
        private int CountWords(int start, int end)
        {
            var words = 0;
            for (var i = start; i < end; i++)
            {
                if (char.IsLetterOrDigit(_text[i]) && (i == start || !char.IsLetterOrDigit(_text[i - 1]))) words++;
            }
            return words;
        }

        // The country or organization a trigger ending at end takes for its object: "talks with
        // China", "signed a treaty with Russia"; within three words, no punctuation between, and not a
        // possessive ("talks on North Korea's ties").
        [MethodImpl(Jit.Optimized)]
        private string? ObjectActor(IReadOnlyList<MentionSpec> mentions, int end, int sentenceEnd)
        {
            for (var i = 0; i < mentions.Count; i++)
            {
                var m = mentions[i];
                if (m.Span.Start < end || !IsActor(Kind(m)) || Kind(m) == EntityKind.Person) continue;
                for (var c = end; c < m.Span.Start; c++)
                {
                    if (!char.IsLetterOrDigit(_text[c]) && _text[c] != ' ' && _text[c] != '-') return null;
                }
                // Nor the country of a name or title that follows it: "met with U.S. President Joe Biden".
                if (CountWords(end, m.Span.Start) > 3 || IsPossessive(m) || BeforeACapital(m.Span.Start + m.Span.Length)) return null;
                return m.EntityId;
            }
            return null;
        }

        [MethodImpl(Jit.Optimized)]
        private bool BeforeACapital(int i)
        {
            var next = SkipBlanks(i, _text.Length);
            return next > i && next < _text.Length && char.IsUpper(_text[next]);
        }

        // "he", "she" or "they" at i: a clause's subject given by a pronoun.
        [MethodImpl(Jit.Optimized)]
        private bool IsSubjectPronounAt(int i, int end) => IsWordAt(i, end, "he") || IsWordAt(i, end, "she") || IsWordAt(i, end, "they");

        // The past-tense or present verbs among the Visit triggers, whose subject stands before them.
        [MethodImpl(Jit.Optimized)]
        private bool IsTravelVerb(int start, int end) => IsOneOf(start, end, TravelVerbs);

        private static readonly string[] TravelVerbs = { "visited", "arrived", "arrives", "traveled", "travelled", "toured" };

        [MethodImpl(Jit.Optimized)]
        private bool InAside(int position)
        {
            for (var a = 0; a < _asides.Count; a++)
            {
                if (position >= _asides[a].Start && position < _asides[a].End) return true;
            }
            return false;
        }

        // Which kind's alternative a trigger match took, as an index into TriggerKinds.
        [MethodImpl(Jit.Optimized)]
        private int TriggerIndex(Match match)
        {
            if (match.Length < TriggerWordsByLength.Length)
            {
                foreach (var (word, kind) in TriggerWordsByLength[match.Length])
                {
                    if (string.Compare(_text, match.Index, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
                    {
                        return Array.IndexOf(TriggerKinds, kind);
                    }
                }
            }
            for (var k = 0; k < TriggerKinds.Length; k++)
            {
                if (match.Groups[TriggerGroups[k]].Success) return k;
            }
            return TriggerKinds.Length - 1; // unreachable: every match takes one alternative
        }

        // "..., said DPRK Foreign Minister Choi Song Hui": after a comma the speaker follows the verb.
        // "..., KCNA said", "..., officials said": the words between the last comma and the verb
        // say who spoke, and a person named earlier did not ("Kim inspected a launcher, KCNA said"
        // is no statement of Kim's). Otherwise the speaker is the person (else the actor) named
        // last before the verb: "Lavrov, at a meeting with Choe, said", "..., he said".
        [MethodImpl(Jit.Optimized)]
        private string? Speaker((int Start, int End) sentence, IReadOnlyList<MentionSpec> mentions, int verbStart, int verbEnd)
        {
            var before = _text.Substring(sentence.Start, verbStart - sentence.Start).TrimEnd();
            var afterComma = before.EndsWith(",", StringComparison.Ordinal);
            if (afterComma && verbEnd + 1 < sentence.End && char.IsUpper(_text[verbEnd + 1]))
            {
                var after = mentions.FirstOrDefault(m => m.Span.Start > verbStart && Kind(m) == EntityKind.Person);
                if (after is not null) return after.EntityId;
            }
            // "Kim Yo-jong, the powerful sister of leader Kim Jong-un, said": words between two commas
            // that open in lower case describe the one named before them, who spoke.
            var open = afterComma && before.Length > 1 ? before.LastIndexOf(',', before.Length - 2) : -1;
            if (open > 0)
            {
                var aside = SkipBlanks(sentence.Start + open + 1, verbStart);
                if (aside < verbStart && char.IsLower(_text[aside]))
                {
                    var subject = NearestBefore(mentions, sentence.Start + open, EntityKind.Person, sentence.Start) ?? SubjectBefore(mentions, sentence.Start + open).FirstOrDefault();
                    if (subject is not null) return subject;
                }
            }
            var comma = before.LastIndexOf(',');
            if (comma >= 0 && comma + 1 < before.Length && !IsPronoun(before.Substring(comma + 1).Trim()))
            {
                var source = sentence.Start + comma + 1;
                return NearestBefore(mentions, verbStart, EntityKind.Person, source) ?? mentions.LastOrDefault(m => m.Span.Start >= source && m.Span.Start < verbStart && IsActor(Kind(m)))?.EntityId;
            }
            return NearestBefore(mentions, verbStart, EntityKind.Person, sentence.Start) ?? SubjectBefore(mentions, verbStart).FirstOrDefault();
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

        // "The two leaders" are two persons, "Both sides" two actors of any kind: a group of another
        // size or kind is not the one the words describe.
        [MethodImpl(Jit.Optimized)]
        private bool Fits(Group described)
        {
            if (_previousGroup.Count != 2) return false;
            var noun = _text.Substring(described.Index, described.Length);
            var persons = !(noun.EndsWith("sides", StringComparison.Ordinal) || noun.EndsWith("countries", StringComparison.Ordinal)
                || noun.EndsWith("nations", StringComparison.Ordinal) || noun.EndsWith("delegations", StringComparison.Ordinal));
            return !persons || (_catalog[_previousGroup[0]].Kind == EntityKind.Person && _catalog[_previousGroup[1]].Kind == EntityKind.Person);
        }

        private static readonly string[] GreetingWords = { "welcomed", "welcomes", "greeted", "greets" };

        [MethodImpl(Jit.Optimized)]
        private bool IsGreeting(int start, int end) => IsOneOf(start, end, GreetingWords);

        // Whether a person is named after the greeting at end, in the same stretch of the sentence and
        // not as a possessive: "welcomed North Korean leader Kim Jong Un to the cosmodrome".
        [MethodImpl(Jit.Optimized)]
        private bool GreetsAPerson(IReadOnlyList<MentionSpec> mentions, int end)
        {
            for (var i = 0; i < mentions.Count; i++)
            {
                var m = mentions[i];
                if (m.Span.Start < end || Kind(m) != EntityKind.Person) continue;
                for (var c = end; c < m.Span.Start; c++)
                {
                    if (_text[c] is ',' or ';' or ':') return false;
                }
                return !IsPossessive(m);
            }
            return false;
        }

        // "traveled to Russia's Vostochny Cosmodrome in September for a summit with Putin", "During
        // his visit to Moscow, Kim met Putin": a meeting that follows a journey's trigger in the same
        // sentence takes place where the journey went, when that is a place (not a whole country).
        [MethodImpl(Jit.Optimized)]
        private string? Destination(List<(EventKind Kind, int Start, int End)> found, int trigger, IReadOnlyList<MentionSpec> mentions)
        {
            foreach (var (kind, start, end) in found)
            {
                if (kind != EventKind.Visit || end > trigger) continue;
                for (var i = 0; i < mentions.Count; i++)
                {
                    var m = mentions[i];
                    if (m.Span.Start > end && m.Span.Start < trigger && Kind(m) == EntityKind.Place && !IsPossessive(m)) return m.EntityId;
                }
            }
            return null;
        }

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

        [MethodImpl(Jit.Optimized)]
        private List<string> Distinct(IReadOnlyList<MentionSpec> mentions, Func<MentionSpec, bool> keep)
        {
            var ids = new List<string>();
            for (var i = 0; i < mentions.Count; i++)
            {
                if (keep(mentions[i]) && !ids.Contains(mentions[i].EntityId)) ids.Add(mentions[i].EntityId);
            }
            return ids;
        }

        // The first person (of kind) named before position, from notBefore on when one is named there.
        [MethodImpl(Jit.Optimized)]
        private string? FirstBefore(IReadOnlyList<MentionSpec> mentions, int position, EntityKind kind, int notBefore = 0)
            => (notBefore > 0 ? mentions.FirstOrDefault(m => m.Span.Start >= notBefore && m.Span.Start < position && Kind(m) == kind) : null)?.EntityId
               ?? mentions.FirstOrDefault(m => m.Span.Start < position && Kind(m) == kind)?.EntityId;

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
                // ", as he met Kim during a visit": the pronoun is the subject, and Kim is not.
                while (word < position && char.IsLetter(_text[word])) word++;
                var subject = SkipBlanks(word, position);
                return IsSubjectPronounAt(subject, position) ? 0 : subject;
            }
            return 0;
        }

        // "Kim received Shoigu, who arrived on Tuesday": the person named right before ", who" when
        // the trigger is the relative clause's own verb.
        [MethodImpl(Jit.Optimized)]
        private string? RelativeClauseSubject(IReadOnlyList<MentionSpec> mentions, int sentenceStart, int trigger)
        {
            var comma = trigger - 1;
            while (comma > sentenceStart && _text[comma] != ',') comma--;
            if (comma <= sentenceStart) return null;
            var word = SkipBlanks(comma + 1, trigger);
            if (!IsWordAt(word, trigger, "who")) return null;
            var subject = NearestBefore(mentions, comma, EntityKind.Person, sentenceStart);
            return subject is not null && mentions.Any(m => m.EntityId == subject && m.Span.Start + m.Span.Length == comma) ? subject : null;
        }

        [MethodImpl(Jit.Optimized)]
        private string? NearestBefore(IReadOnlyList<MentionSpec> mentions, int position, EntityKind kind, int notBefore)
            => mentions.LastOrDefault(m => m.Span.Start < position && m.Span.Start >= notBefore && Kind(m) == kind)?.EntityId;

        private IEnumerable<string> SubjectBefore(IReadOnlyList<MentionSpec> mentions, int position)
        {
            var subject = mentions.LastOrDefault(m => m.Span.Start < position && IsActor(Kind(m)));
            if (subject is not null) yield return subject.EntityId;
        }

        // The first place named after position. Where something happened, a possessive names no
        // place ("met to discuss Pyongyang's satellite programme") unless it follows "in" or "at"
        // ("in Russia's Far East").
        [MethodImpl(Jit.Optimized)]
        private string? PlaceAfter(IReadOnlyList<MentionSpec> mentions, int position, bool possessive, params EntityKind[] kinds)
        {
            for (var i = 0; i < mentions.Count; i++)
            {
                var m = mentions[i];
                if (m.Span.Start <= position || Array.IndexOf(kinds, Kind(m)) < 0) continue;
                if (!possessive && IsPossessive(m) && !PrecededByLocative(m.Span.Start)) continue;
                // "traveled to Russia's Vostochny Cosmodrome": the place the possessive names, when known.
                if (possessive && IsPossessive(m) && i + 1 < mentions.Count && Kind(mentions[i + 1]) == EntityKind.Place && IsWithinPhrase(m.Span.Start + m.Span.Length, mentions[i + 1].Span.Start)) return mentions[i + 1].EntityId;
                return m.EntityId;
            }
            return null;
        }

        // The first place after the trigger that a preposition of place opens: "met in the Far Eastern
        // city of Vladivostok", "near Pyongyang", and after a greeting "to" ("welcomed Kim to the
        // Vostochny Cosmodrome"); not "amid warnings from Washington".
        private static readonly string[] PlacePrepositions = { "of", "near", "outside", "inside", "in", "at" };

        [MethodImpl(Jit.Optimized)]
        private string? PlaceOfAfter(IReadOnlyList<MentionSpec> mentions, int position, bool greeting)
        {
            for (var i = 0; i < mentions.Count; i++)
            {
                var m = mentions[i];
                if (m.Span.Start <= position || Kind(m) != EntityKind.Place || (IsPossessive(m) && !PrecededByLocative(m.Span.Start))) continue;
                var word = PreviousWordStart(position, m.Span.Start);
                if (word >= 0 && IsWordAt(word, m.Span.Start, "the")) word = PreviousWordStart(position, word);
                if (word >= 0 && (IsAnyWordAt(word, m.Span.Start, PlacePrepositions) || (greeting && IsWordAt(word, m.Span.Start, "to")))) return m.EntityId;
            }
            return null;
        }

        // Whether the words from start to end could be one noun phrase's ("'s new hospital at"): a few
        // words, no punctuation but the possessive's apostrophe.
        [MethodImpl(Jit.Optimized)]
        private bool IsWithinPhrase(int start, int end)
        {
            if (end - start > 30) return false;
            for (var i = start; i < end; i++)
            {
                if (_text[i] is ',' or ';' or ':' or '.' or '(' or ')') return false;
            }
            return true;
        }

        [MethodImpl(Jit.Optimized)]
        private bool IsPossessive(MentionSpec mention) => IsPossessiveAt(mention.Span.Start + mention.Span.Length);

        // Whether "'s" (or "’s") ends a word at i: "Pyongyang's", "Monday's".
        [MethodImpl(Jit.Optimized)]
        private bool IsPossessiveAt(int i)
            => i + 1 < _text.Length && (_text[i] == '\'' || _text[i] == '’') && _text[i + 1] == 's'
               && (i + 2 == _text.Length || !char.IsLetter(_text[i + 2]));

        // "at the Kremlin", "at the Kumsusan government residence": where a meeting took place,
        // before or after its trigger; the nearest one wins.
        // A loop rather than LINQ: every dated clause asks, for its events and for the clause after it.
        [MethodImpl(Jit.Optimized)]
        private string? LocatedPlace(IReadOnlyList<MentionSpec> mentions, int trigger)
        {
            MentionSpec? nearest = null;
            for (var i = 0; i < mentions.Count; i++)
            {
                var m = mentions[i];
                if (Kind(m) is not (EntityKind.Place or EntityKind.Organization) || !PrecededByLocative(m.Span.Start)) continue;
                if (nearest is null || Math.Abs(m.Span.Start - trigger) < Math.Abs(nearest.Span.Start - trigger)) nearest = m;
            }
            return nearest?.EntityId;
        }

        // The pattern over the ten characters before start, as the whole input ("\b" and "$" at the
        // range's ends), without copying them out.
        [MethodImpl(Jit.Optimized)]
        private bool PrecededByLocative(int start)
            => Locative.Match(_text, Math.Max(0, start - 10), Math.Min(10, start)).Success;

        private static readonly Regex Locative = new Regex(@"\b(?:at|in)(?: the)?\s$", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }
}
