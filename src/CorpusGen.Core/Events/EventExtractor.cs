using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CorpusGen.Core.Collections;
using CorpusGen.Core.Dates;
using CorpusGen.Core.Model;
using CorpusGen.Core.Names;
using CorpusGen.Core.Text;
using System.Runtime.CompilerServices;

namespace CorpusGen.Core.Events
{
    /// <summary>
    /// What the events stage reads of one article besides its sentences: its text and lines, its
    /// publication day when known, the names the mentions stage found and did not resolve, and the
    /// catalog place its dateline names.
    /// </summary>
    public sealed record ArticleReadings(
        string Id, string FileName, string Text, LineMap Lines, CalendarDate? Published,
        IReadOnlyList<MentionSpec> Mentions, IReadOnlyList<UnresolvedNameSpec> Unresolved, string? DatelinePlace);

    /// <summary>
    /// The "events" stage, read sentence by sentence in article order. A sentence that states a date
    /// (or continues the previous one with "He", "She", "They") and names who did what becomes an
    /// event: trigger words choose the kind, the nearest date expression to the trigger gives the
    /// date, the named entities the participants. A sentence joining clauses with a pronoun for
    /// subject ("..., and he traveled to ...") is read clause by clause, each with its own date, the
    /// whole sentence kept as evidence. Attribution decides what a sentence is about: a
    /// quote attributed to someone, or "X said that ...", is X's statement, and what X reports is
    /// content, not a separate event. A happening whose date the text does not give is not recorded.
    /// This file reads sentences; the other parts hold the happenings of one dated sentence
    /// (EventExtractor.Happenings.cs), its asides (.Asides.cs) and clauses (.Clauses.cs), trigger
    /// words (.Triggers.cs), participants and places (.Participants.cs) and text helpers (.Text.cs).
    /// </summary>
    public sealed partial class EventExtractor
    {
        private const string SpeechVerbs = "said|says|told|informed|added|noted|stressed|emphasized|emphasised|announced|declared|wrote|stated|recalled|argued|warned"
            + "|reiterated|admitted|acknowledged|explained|replied|responded|promised|threatened|demanded"
            + "|insisted|claimed|confirmed|denied|vowed|pledged";

        // "..., ” Kremlin spokesman Dmitry Peskov informed the media": the quote is the speaker's.
        private static readonly Regex QuoteAttribution = new Regex(
            @"[”""]\s*,?\s+(?<who>(?:[\w’'.\-]+\s+){1,6}?)(?<verb>" + SpeechVerbs + @")\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

        // "X said that ..." and "According to X, ...": what follows is what X reports. Between the
        // verb and "that" may stand whom and when it was said ("told reporters on Tuesday that"),
        // but not a happening: "said after talks with Choe on Friday that" keeps its talks.
        private const string SaidToWhomOrWhen =
            // "told Reuters by phone on Tuesday that": an outlet or a person spoken to is one capitalized word at a time.
            @"reporters|journalists|the\s+(?:media|press)|in\s+a\s+statement|by\s+(?:tele)?phone|yesterday|today|earlier|later|(?-i:[A-Z][A-Za-z]+)"
            // "told reporters in Washington", "said at a news conference", "said in an interview".
            + @"|in\s+(?-i:[A-Z][A-Za-z]+)(?:\s+(?-i:[A-Z][A-Za-z]+))?|at\s+a\s+(?:news\s+|press\s+)?(?:conference|briefing)|in\s+an\s+interview|in\s+a\s+speech"
            + @"|(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week)"
            + @"|(?:on\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
            // "said after the talks on Monday that": the talks already told of, named by a determiner.
            + @"|(?:after|during|at)\s+(?:the|their)\s+(?:talks|meeting|summit|negotiations)";

        // Up to six of those: "told Ukrainian President Volodymyr Zelenskiy on Friday that" is five.
        private static readonly Regex ReportedSpeech = new Regex(
            @"\b(?:(?:" + SpeechVerbs + @"|believes)(?:\s+(?:" + SaidToWhomOrWhen + @")){0,6}\s+(?<that>that)\b|according to\b)",
            RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.IgnoreCase);

        // "KCNA reported on Thursday that ...": what follows is the news, dated by its own words.
        private static readonly Regex ReportedNews = new Regex(
            @"\breported(?:\s+(?:" + SaidToWhomOrWhen + @")){0,3}\s+that\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        // "..., Kremlin spokesman Dmitry Peskov said." names the source of the report, not a participant;
        // so does "..., South Korea's military said, the first such launch this year." (or ", hours
        // after Pyongyang said ..."). "..., a source told Daily NK on Thursday" too: "told" with its
        // audience, a named outlet or a person (", Putin told Kim" tells nothing of a meeting).
        private static readonly Regex TrailingAttribution = new Regex(
            @",[""”’']?\s+(?<who>[^,]{1,80}?)\s+(?:said|says|reported|added|announced|told\s+(?:reporters|journalists|the\s+(?:media|press)|(?:state|local)\s+(?:media|television)|an?\s+(?:news\s+conference|press\s+conference|briefing)|(?:the\s+)?[A-Z][^\s,]*))\b[^,]*(?:,\s+(?:the|a|an|as|in|citing|adding|without|hours|days|weeks|after|before|following|amid|[a-z]+ing)\b.*)?$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

        private static readonly Regex PossessiveNoun = new Regex(@"(?:['’]s|\b(?:his|her|their|its))\s+$", RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.IgnoreCase);

        // A happening told in the present perfect, and words that make such a sentence tell of
        // experience rather than news ("has visited Russia twice"; not "since" or "in years", which
        // leads use for news: "his first trip abroad since 2019"). Tried on a story's first
        // sentences only when they have no date: interpreted.
        private static readonly Regex PresentPerfect = new Regex(
            @"\b(?:has|have)\s+(?:(?:also|now|just|reportedly|finally|officially)\s+)?(?<participle>met|hosted|held|arrived|visited|signed|received|welcomed|greeted|launched|fired|toured|travell?ed)\b",
            RegexOptions.CultureInvariant);

        // "Vladimir Putin met with Foreign Minister Choe Son Hui, who is in Russia on an official
        // visit.": a lead with no time at all, told in the simple past (a readout's form), also tells
        // the news of its day. Not a verb of a clause that depends on another ("who arrived", "had
        // met", "When Kim met Putin, ..."), whose time is another's.
        private const string SimplePastVerbs = "met|hosted|held|arrived|visited|signed|received|welcomed|greeted|toured|travell?ed";

        private static string NotADependentClause(string verbs)
            => @"^(?!\s*(?:When|As|After|Before|Since|If|While|Although|Though|Once|Until|Because)\b)(?:.(?!\b(?:had|who|which|that|when|after|before|since|once|until|while)\s+(?:" + verbs + @")\b))*?";

        private static readonly Regex SimplePast = new Regex(
            NotADependentClause(SimplePastVerbs) + @"\b(?<participle>" + SimplePastVerbs + @")\b",
            RegexOptions.CultureInvariant);

        // "Putin and Lukashenko had a meeting at the Konstantinovsky Palace" (the Kremlin's readouts):
        // "had" before what was had, else it is a past perfect's ("who had talks" is a clause's).
        // Tried only on sentences with " had ".
        private static readonly Regex SimplePastHad = new Regex(
            NotADependentClause("had") + @"\b(?<participle>had)(?=(?:\s+[a-z]+){0,2}?\s+(?:meeting|talks|conversation|discussions)\b)",
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

        // Shared and never mutated: readers only ever replace their date lists.
        private static readonly TemporalMention[] NoDates = Array.Empty<TemporalMention>();

        private readonly string _articleId;

        private readonly string _fileName;

        private readonly string _text;

        private readonly LineMap _lines;

        // The sentence the last event was told by, its text and where it stands (Add).
        private (int Start, int End) _evidenceSentence = (-1, -1);

        private string _evidence = string.Empty;

        private SourceSpan _evidenceSpan;

        private readonly IReadOnlyDictionary<string, EntitySpec> _catalog;

        private readonly CalendarDate? _published;

        private TemporalMention[] _previousDates = NoDates;

        // The sentence that told _previousDates ((-1, -1) when none): what its nouns name
        // (FollowsTheHappeningBefore).
        private (int Start, int End) _previousDatedSentence = (-1, -1);

        private string? _previousSubject;

        private string? _previousPlace;

        // Who "They" or "The two leaders" are: the persons (else the other actors) of the sentence
        // before, when it named at least two.
        private List<string> _previousGroup = NoGroup;

        private static readonly List<string> NoGroup = new List<string>();

        // The last two persons one sentence named, while every person named since is one of them
        // (NotePair): after "Xi said China was ready ...", "The two leaders last met in September"
        // are still the Putin and Xi of the call before.
        private List<string>? _lastPair;

        // The two persons joined by "and" that open the sentence before, when it named more
        // ("Kim and Putin held talks after a parade alongside Xi"): whom "The pair" is.
        private List<string>? _previousJointSubject;

        // Whether the sentence before named no person.
        private bool _previousNamedNoOne;

        // The asides of the sentence being read, once they have been read: their trigger words are
        // not the sentence's.
        private readonly List<(int Start, int End)> _asides = new List<(int Start, int End)>();

        // The sentence just read when it had no date and continued none ("Choe has met Putin in
        // Moscow, state media report."), with its mentions, or (-1, -1). A next sentence that
        // opens on the same happening ("The meeting on Monday was not announced") gives it a date.
        private (int Start, int End) _undated = (-1, -1);

        private readonly List<MentionSpec> _undatedMentions = new List<MentionSpec>();

        // Every time expression of the sentence being read, those that give no day ("last week",
        // "in 2019") too: a relative clause with such a time of its own is not dated by the rest.
        private TemporalMention[] _sentenceTimes = NoDates;

        // The article's mentions, for the persons "the two foreign ministers" can be (RoleGroup).
        private readonly IReadOnlyList<MentionSpec> _articleMentions;

        // The names the catalog does not know, for a journey's destination (UnknownDestinationEnd), and
        // the journeys to such a place, held back until the article's other journeys are known (Finish).
        private readonly IReadOnlyList<UnresolvedNameSpec> _unresolved;

        private readonly List<EventSpec> _unknownDestinations = new List<EventSpec>();

        // Journeys told as whose they were ("It was her second trip to Russia"), dated by the sentence
        // before (HoldBackToldJourneys).
        private readonly List<EventSpec> _toldJourneys = new List<EventSpec>();

        private int[]? _unresolvedStarts;

        // The catalog's countries by nationality: "met a Russian delegation" met Russia.
        private readonly IReadOnlyDictionary<int, string> _countries;

        // The place the dateline names: "met Lavrov here on Tuesday" met there.
        private readonly string? _datelinePlace;

        // The story's opening sentence when it tells, undated, what has just happened (NewsOfTheDay).
        private (int Start, int End, int Perfect, EventKind Kind)? _lead;

        // Its mentions, read again when its day is known.
        private List<MentionSpec>? _leadMentions;

        // That sentence's events, dated by the publication, held until the article's end: a later
        // sentence may tell the same happening with its own day (Finish).
        private List<EventSpec>? _leadEvents;

        /// <summary>The offices the article introduced its persons with (null when none): who leads a country.</summary>
        internal PersonDescriptions? Descriptions { get; init; }

        /// <summary>Starts reading the events of one <paramref name="article"/>, whose names <paramref name="index"/> resolved.</summary>
        [MethodImpl(Jit.Optimized)]
        public EventExtractor(ArticleReadings article, AliasIndex index)
        {
            _countries = index.CountriesByNationality;
            _catalog = index.EntitiesById;
            _datelinePlace = article.DatelinePlace;
            _articleMentions = article.Mentions;
            _unresolved = article.Unresolved;
            _articleId = article.Id;
            _fileName = article.FileName;
            _text = article.Text;
            _lines = article.Lines;
            _published = article.Published;
        }

        /// <summary>
        /// The events of the next sentence, given its date expressions and mentions in order.
        /// <paramref name="lead"/> marks a sentence that opens the story (or its standfirst).
        /// </summary>
        [MethodImpl(Jit.Optimized)]
        public IReadOnlyList<EventSpec> Read((int Start, int End) sentence, TemporalMention[] dates, IReadOnlyList<MentionSpec> mentions, bool lead = false)
        {
            if (_lead is { } pending)
            {
                // "The meeting on Monday ..." dates the lead's happening itself (ReadSentence); any
                // other sentence leaves it the publication's day.
                _lead = null;
                var resolved = ResolvedOnly(dates);
                var referredBack = resolved.Length > 0 && RefersBack(sentence, resolved, mentions, out _, out var happening) && happening == HappeningOf(pending.Kind);
                // Two leads (a scraped page's headline line, then the story's own): both are kept.
                if (!referredBack)
                {
                    var leadEvents = ReadLead(pending);
                    if (_leadEvents is null) _leadEvents = leadEvents;
                    else _leadEvents.AddRange(leadEvents);
                }
            }
            // "Kim Jong-un has arrived in Russia for a summit with Putin": a story that opens on what
            // has just happened tells the news of its own day. Read as undated until the next
            // sentence has had its say. The day its source spoke (", the ministry said on Thursday")
            // dates the telling, not the happening.
            // A relative clause's dates are its own (RelativeClauseDates): "Zelensky met with Rutte,
            // who arrived in Kharkiv on Thursday" tells the meeting with no time.
            // "Nyusi is on an official visit to Portugal", "Ruto is in Ghana for a three-day state
            // visit": a stay told in the present goes on on the publication's day.
            if (_published is { } today && !TemporalExpressions.AnyResolved(dates) && PresentStay(sentence, mentions) is var stay and >= 0)
            {
                dates = WithDate(dates, new TemporalMention(stay, 0, DateValue.OfDay(today)));
            }
            var ownDates = lead && dates.Length > 0 && DatedOnlyInItsRelativeClause(sentence, dates) ? NoDates : dates;
            var datedBeforeItsSource = lead && TemporalExpressions.AnyResolved(ownDates) && ResolvedBefore(ownDates, AttributionStart(sentence));
            if (lead && _published is not null && !datedBeforeItsSource && NewsOfTheDay(sentence, ownDates.Length == 0) is { } news)
            {
                _lead = news;
                _leadMentions = new List<MentionSpec>(mentions);
            }
            return ReadSentence(sentence, dates, mentions);
        }

        /// <summary>
        /// The events still held back when the article ends, given the events <paramref name="read"/>
        /// so far: a lead told in the present perfect unless a later sentence gave its happening a
        /// day of its own, and journeys to a place the catalog does not know that no journey of
        /// the same traveller a day apart could be taken for. A lead that gave way to a later day
        /// leaves that telling its place when the telling names none.
        /// </summary>
        [MethodImpl(Jit.Optimized)]
        public IReadOnlyList<EventSpec> Finish(List<EventSpec> read)
        {
            var events = new List<EventSpec>();
            if (_lead is { } pending)
            {
                _lead = null;
                events.AddRange(ReadLead(pending));
            }
            if (_leadEvents is not null)
            {
                // "Choe has arrived in Russia" (published Tuesday), then "Choe arrived in Moscow on
                // Monday": one journey, Monday's. Where the lead said it was ("Shoigu has met Kim in
                // Pyongyang ... During the meeting on Wednesday"), the later telling may not say.
                foreach (var e in _leadEvents)
                {
                    var earlier = ToldEarlierDay(read, e);
                    if (earlier < 0) events.Add(e);
                    else if (read[earlier].PlaceId is null && e.PlaceId is not null) read[earlier] = read[earlier] with { PlaceId = e.PlaceId };
                }
                _leadEvents = null;
            }
            PlaceJourneysByTheirMeetings(read);
            foreach (var journey in _unknownDestinations)
            {
                if (!HasJourneyADayApart(read, journey) && !HasJourneyADayApart(events, journey)) events.Add(journey);
            }
            _unknownDestinations.Clear();
            foreach (var journey in _toldJourneys)
            {
                // Told as that journey, it takes its day and place, and the merge joins the two.
                events.Add(JourneyBegunBefore(read, journey) is { } begun ? journey with { Date = begun.Date, PlaceId = begun.PlaceId } : journey);
            }
            _toldJourneys.Clear();
            return events;
        }

        // "Ruto and Ramaphosa held talks in Nairobi on Thursday. Ramaphosa arrived in the country on
        // Wednesday": a journey told with no place is to where the traveller met someone on its
        // first day or the three after it, when the article tells just one such place (a city or a
        // country: "arrived in the Kremlin" is no journey's place).
        [MethodImpl(Jit.Optimized)]
        private void PlaceJourneysByTheirMeetings(List<EventSpec> read)
        {
            for (var v = 0; v < read.Count; v++)
            {
                var journey = read[v];
                if (journey.Kind != EventKind.Visit || journey.PlaceId is not null || journey.Date.Precision != DatePrecision.Day) continue;
                var first = journey.Date.Start.ToDateTime();
                string? place = null;
                var places = 0;
                foreach (var e in read)
                {
                    if (HappeningOf(e.Kind) != EventKind.Meeting || e.PlaceId is not { } met || _catalog[met].Kind is not (EntityKind.Place or EntityKind.Country)
                        || e.Date.Precision != DatePrecision.Day || !TookPart(e, journey.ParticipantIds[0])) continue;
                    var days = (e.Date.Start.ToDateTime() - first).Days;
                    if (days is < 0 or > 3 || met == place) continue;
                    place = met;
                    places++;
                }
                if (places == 1) read[v] = journey with { PlaceId = place };
            }
        }

        // A loop, not LINQ's Contains: that would box the participants' struct enumerator.
        [MethodImpl(Jit.Optimized)]
        private static bool TookPart(EventSpec e, string id)
        {
            for (var i = 0; i < e.ParticipantIds.Count; i++)
            {
                if (e.ParticipantIds[i] == id) return true;
            }
            return false;
        }

        // The traveller's journey that began on the told journey's day or up to two weeks before it, or null.
        [MethodImpl(Jit.Optimized)]
        private static EventSpec? JourneyBegunBefore(IReadOnlyList<EventSpec> events, EventSpec journey)
        {
            var earliest = journey.Date.Start.AddDays(-14);
            foreach (var e in events)
            {
                if (e.Kind == EventKind.Visit && e.ParticipantIds.Equals(journey.ParticipantIds)
                    && e.Date.Start.CompareTo(journey.Date.Start) <= 0 && e.Date.Start.CompareTo(earliest) >= 0) return e;
            }
            return null;
        }

        // Whether a date that resolves stands before end.
        [MethodImpl(Jit.Optimized)]
        private static bool ResolvedBefore(TemporalMention[] dates, int end)
        {
            foreach (var date in dates)
            {
                if (date.Value is not null && date.Start < end) return true;
            }
            return false;
        }

        // Where the same happening of the same participants is told with a day up to three days
        // before the lead's (the publication's), or -1.
        [MethodImpl(Jit.Optimized)]
        private static int ToldEarlierDay(IReadOnlyList<EventSpec> events, EventSpec lead)
        {
            for (var i = 0; i < events.Count; i++)
            {
                var e = events[i];
                if (HappeningOf(e.Kind) != HappeningOf(lead.Kind) || e.Date.Precision != DatePrecision.Day || !e.ParticipantIds.Equals(lead.ParticipantIds)) continue;
                var days = (lead.Date.Start.ToDateTime() - e.Date.Start.ToDateTime()).Days;
                if (days is >= 1 and <= 3) return i;
            }
            return -1;
        }

        // "arrived in Pyongyang on Wednesday" and "to travel to Vietnam on Thursday" (no Vietnam in the
        // catalog): the merge would make the second a day of the first, since its place is not known.
        [MethodImpl(Jit.Optimized)]
        private static bool HasJourneyADayApart(IReadOnlyList<EventSpec> events, EventSpec journey)
        {
            foreach (var e in events)
            {
                if (e.Kind == EventKind.Visit && e.ParticipantIds.Equals(journey.ParticipantIds) && EventMerger.VisitDatesMeet(e.Date, journey.Date)) return true;
            }
            return false;
        }

        // The lead read again, dated by the publication, with only the happening its perfect tells (in
        // "has arrived in Russia for a summit", the summit is to come), and the mentions it had.
        [MethodImpl(Jit.Optimized)]
        private List<EventSpec> ReadLead((int Start, int End, int Perfect, EventKind Kind) lead)
        {
            _undated = (-1, -1);
            var dated = new[] { new TemporalMention(lead.Perfect, 0, DateValue.OfDay(_published!.Value)) };
            var events = new List<EventSpec>(ReadSentence((lead.Start, lead.End), dated, _leadMentions!));
            // "Kobakhidze, who is on an official visit to Armenia, met Pashinyan": the stay is that day's too.
            var stays = HasPresentStayAside((lead.Start, lead.End), _leadMentions!);
            _leadMentions = null;
            events.RemoveAll(e => e.Kind != lead.Kind && !(lead.Kind == EventKind.Meeting && e.Kind == EventKind.Summit) && !(stays && e.Kind == EventKind.Visit));
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


        // Whether every date of the sentence stands in its first relative clause.
        [MethodImpl(Jit.Optimized)]
        private bool DatedOnlyInItsRelativeClause((int Start, int End) sentence, TemporalMention[] dates)
        {
            var (comma, close) = FirstRelativeClause(sentence);
            return comma >= 0 && Outside(dates, comma, close).Length == 0;
        }

        // Where the sentence tells a happening in the present perfect (or, when it names no time at
        // all, the simple past), and its kind: the participle's ("has arrived") or that of the
        // trigger right after it ("have held talks"). Not when the sentence tells of experience
        // ("has visited Russia twice").
        [MethodImpl(Jit.Optimized)]
        private (int Start, int End, int Perfect, EventKind Kind)? NewsOfTheDay((int Start, int End) sentence, bool timeless)
        {
            var perfect = PresentPerfect.Match(_text, sentence.Start, sentence.End - sentence.Start);
            if (!perfect.Success && timeless) perfect = SimplePast.Match(_text, sentence.Start, sentence.End - sentence.Start);
            if (!perfect.Success && timeless && Contains(sentence, " had ")) perfect = SimplePastHad.Match(_text, sentence.Start, sentence.End - sentence.Start);
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

        // The words that may stand between the stay's verb and its journey's noun ("on| an official state
        // |visit", "paying| a three-day working |visit").
        private const int StayWords = 5;

        private static readonly string[] StayAdverbs = { "currently", "now", "still", "also" };

        // Where a sentence whose subject is a person tells, in the present, that they are on a journey:
        // "X is on an official visit to Y", "X is paying a visit to Y", "X is visiting Y", "X is (now) in Y
        // for a three-day state visit". Where its journey's word stands (the day told there is the
        // nearest to it, nearer than "three-day"), or -1. Only the main clause's: "X, who is on
        // a visit to Y, met Z" is dated by what it says of the meeting (its lead: HasPresentStayAside).
        [MethodImpl(Jit.Optimized)]
        private int PresentStay((int Start, int End) sentence, IReadOnlyList<MentionSpec> mentions)
        {
            MentionSpec? subject = null;
            for (var m = 0; m < mentions.Count && subject is null; m++)
            {
                if (Kind(mentions[m]) == EntityKind.Person) subject = mentions[m];
            }
            return subject is null ? -1 : StayAfter(SkipBlanks(subject.Span.Start + subject.Span.Length, sentence.End), sentence.End, mentions);
        }

        // "Kobakhidze, who is on an official visit to Armenia, met Pashinyan": whether a relative
        // clause of the sentence tells a stay in the present (PresentStay's forms after ", who").
        [MethodImpl(Jit.Optimized)]
        private bool HasPresentStayAside((int Start, int End) sentence, IReadOnlyList<MentionSpec> mentions)
        {
            for (var who = _text.IndexOf(", who ", sentence.Start, sentence.End - sentence.Start, StringComparison.Ordinal); who >= 0;
                 who = _text.IndexOf(", who ", who + 6, sentence.End - who - 6, StringComparison.Ordinal))
            {
                if (StayAfter(who + 6, sentence.End, mentions) >= 0) return true;
            }
            return false;
        }

        // The journey's word of a stay told from the verb at verb on ("is on an official visit to",
        // "are in Ghana for a state visit", "is visiting Moscow"), or -1.
        [MethodImpl(Jit.Optimized)]
        private int StayAfter(int verb, int end, IReadOnlyList<MentionSpec> mentions)
        {
            if (!IsWordAt(verb, end, "is") && !IsWordAt(verb, end, "are")) return -1;
            var word = SkipBlanks(WordEnd(verb, end), end);
            if (IsAnyWordAt(word, end, StayAdverbs)) word = SkipBlanks(WordEnd(word, end), end);
            if (IsWordAt(word, end, "visiting")) return NamesAPlaceAt(mentions, SkipBlanks(word + 8, end)) ? word : -1;
            if (IsWordAt(word, end, "in"))
            {
                // "in Ghana for a three-day state visit", "in Lisbon on an official visit".
                var place = SkipBlanks(word + 2, end);
                var placeEnd = PlaceEndAt(mentions, place);
                if (placeEnd < 0) return -1;
                word = SkipBlanks(placeEnd, end);
                if (!IsWordAt(word, end, "for") && !IsWordAt(word, end, "on")) return -1;
            }
            else if (!IsWordAt(word, end, "on") && !IsWordAt(word, end, "paying")) return -1;
            for (var words = 0; words <= StayWords && word < end; words++)
            {
                // Past the whole token: "three-day" is one word.
                while (word < end && _text[word] != ' ') word++;
                word = SkipBlanks(word, end);
                if (IsAnyWordAt(word, end, JourneyNouns)) return word;
                if (word >= end || !char.IsLower(_text[word])) return -1;
            }
            return -1;
        }

        // Whether a country or place the catalog knows is named at position.
        [MethodImpl(Jit.Optimized)]
        private bool NamesAPlaceAt(IReadOnlyList<MentionSpec> mentions, int position) => PlaceEndAt(mentions, position) >= 0;

        // Where the country or place named at position ends, or -1.
        [MethodImpl(Jit.Optimized)]
        private int PlaceEndAt(IReadOnlyList<MentionSpec> mentions, int position)
        {
            for (var m = 0; m < mentions.Count; m++)
            {
                if (mentions[m].Span.Start == position && Kind(mentions[m]) is EntityKind.Country or EntityKind.Place) return position + mentions[m].Span.Length;
            }
            return -1;
        }

        // The dates with one more, in the order of their positions.
        [MethodImpl(Jit.Optimized)]
        private static TemporalMention[] WithDate(TemporalMention[] dates, TemporalMention added)
        {
            var all = new TemporalMention[dates.Length + 1];
            var next = 0;
            var placed = false;
            foreach (var date in dates)
            {
                if (!placed && date.Start > added.Start) { all[next++] = added; placed = true; }
                all[next++] = date;
            }
            if (!placed) all[next] = added;
            return all;
        }

        [MethodImpl(Jit.Optimized)]
        private IReadOnlyList<EventSpec> ReadSentence((int Start, int End) sentence, TemporalMention[] dates, IReadOnlyList<MentionSpec> mentions)
        {
            dates = WithoutAgreementsDates(sentence, dates);
            var resolvedCount = 0;
            foreach (var date in dates)
            {
                if (date.Value is not null) resolvedCount++;
            }
            _sentenceTimes = dates;
            var subject = AfterFrontedAdverbial(sentence, dates, mentions);
            var pronoun = MayOpenWithPronoun((subject, sentence.End)) ? PronounOpening.Match(_text, subject, sentence.End - subject) : Match.Empty;
            var named = resolvedCount == 0 && !pronoun.Success && _previousDates.Length > 0 && GoesOnNamed(sentence, mentions);
            // "She met Putin in 2019", "He visited Vladivostok last week": a time of its own that the
            // corpus does not record (a year, a week) is still not the sentence before's.
            var ownTime = resolvedCount == 0 && dates.Length > 0;
            // "The talks came a day after Lavrov held talks with Choe": the happening the sentence
            // before dated, which what it came after counts from. "It was Zelenskyy's first visit to
            // Turkey since 2022": that day's journey, whatever time its ordinal counts in.
            var goesOn = resolvedCount == 0 && !pronoun.Success && !named && _previousDates.Length > 0;
            var whoseJourney = goesOn && TellsWhoseJourneyItWas(sentence);
            var sequenced = whoseJourney || (goesOn && !ownTime && OpensOnSequencedHappening(sentence));
            if (resolvedCount == 0 && !sequenced && (ownTime || (!pronoun.Success && !named)))
            {
                MoveOnUndated(sentence, mentions, ownTime);
                return Array.Empty<EventSpec>();
            }
            var resolved = new TemporalMention[sequenced ? _previousDates.Length : resolvedCount];
            var next = 0;
            foreach (var date in sequenced ? _previousDates : dates)
            {
                if (date.Value is not null) resolved[next++] = sequenced ? new TemporalMention(sentence.Start, 0, date.Value) : date;
            }
            var opening = OpeningOf(sentence, resolved, pronoun, named);
            NotePair(mentions);

            // "Xi met Choe in Beijing on Friday, days after Lavrov held talks in Pyongyang": the talks
            // are another happening. Read on their own (they have no date here, so give nothing), and
            // their names, dates and words are no part of the rest of the sentence.
            List<EventSpec>? events = null;
            _asides.Clear();
            // "The meeting on Monday ..." after an undated sentence that told it (RefersBack).
            if (_undated.Start >= 0 && resolved.Length > 0 && RefersBack(sentence, resolved, mentions, out var noun, out var happening))
            {
                events = ReadReferredBack(_undated, sentence, Nearest(resolved, noun.Start, noun.End), happening);
            }
            _undated = (-1, -1);
            // "A day after meeting Putin, Kim visited a factory on Thursday": the meeting was
            // Wednesday, with Kim; the visit Thursday, without Putin.
            var (restDates, frontedTold, frontedPlace) = resolved.Length > 0 ? ReadFrontedAside(sentence, resolved, mentions, ref opening, ref events) : (null, false, null);
            ReadAsides(sentence, resolved, mentions, opening, ref restDates, ref events);
            AddUndatedRelativeClauses(sentence, resolved, mentions);
            if (resolved.Length > 0 || opening != Opening.None) AddAbsoluteClauses(sentence, mentions); // only a sentence that may tell a happening
            foreach (var (start, end) in _asides)
            {
                resolved = Outside(resolved, start, end);
                mentions = Outside(mentions, start, end);
            }
            if (restDates is not null) resolved = restDates;

            var clause = NextClause(sentence.Start, sentence.End, resolved, mentions, out var clauseOpening);
            if (clause < 0 && events is null)
            {
                var read = ReadDated(sentence, sentence, resolved, opening, mentions);
                return whoseJourney ? HoldBackToldJourneys(read) : read;
            }

            events ??= new List<EventSpec>();
            var restEvents = events.Count;
            ReadClauses(sentence, resolved, mentions, opening, clause, clauseOpening, events);
            _asides.Clear();
            // "After talks with Putin on Wednesday, Kim said ...": what was said belongs to the talks,
            // as in a sentence that tells both in one clause.
            if (frontedTold) events.RemoveAll(e => e.Kind == EventKind.Statement);
            for (var e = restEvents; e < events.Count && frontedPlace is not null; e++)
            {
                if (events[e].PlaceId is null && events[e].Kind is EventKind.Meeting or EventKind.Summit or EventKind.Talks or EventKind.Treaty) events[e] = events[e] with { PlaceId = frontedPlace };
            }
            return whoseJourney ? HoldBackToldJourneys(events) : events;
        }

        // "This is Choe's second trip to Russia this year", dated by the sentence before's day: that
        // day is one of the journey's, not its start. Held back to the article's end, where a
        // journey of the same traveller that began up to two weeks before is the one it tells (Finish).
        [MethodImpl(Jit.Optimized)]
        private List<EventSpec> HoldBackToldJourneys(List<EventSpec> events)
        {
            for (var e = events.Count - 1; e >= 0; e--)
            {
                if (events[e].Kind != EventKind.Visit) continue;
                _toldJourneys.Add(events[e]);
                // "It is her second trip to Russia. She arrived on ...": the traveller is who "She" is.
                _previousSubject = events[e].ParticipantIds[0];
                events.RemoveAt(e);
            }
            return events;
        }

        private static readonly string[] ItWasOpenings = { "It", "This" };

        private static readonly string[] ItWasVerbs = { "was", "is", "marked", "marks" };

        // "It was Zelenskyy's first visit to Turkey", "This is her second trip to Russia": "It" or
        // "This", a form of "to be", and someone's journey to a place named, within five words.
        [MethodImpl(Jit.Optimized)]
        private bool TellsWhoseJourneyItWas((int Start, int End) sentence)
        {
            var word = SkipBlanks(sentence.Start, sentence.End);
            if (!IsAnyWordAt(word, sentence.End, ItWasOpenings)) return false;
            word = SkipBlanks(WordEnd(word, sentence.End), sentence.End);
            if (!IsAnyWordAt(word, sentence.End, ItWasVerbs)) return false;
            var possessive = false;
            for (var (i, words) = (SkipBlanks(WordEnd(word, sentence.End), sentence.End), 0); i < sentence.End && words < 5; words++)
            {
                var wordEnd = WordEnd(i, sentence.End);
                if (wordEnd == i) return false;
                if (IsAnyWordAt(i, sentence.End, JourneyNouns)) return possessive ? NamesADestination(wordEnd, sentence.End) : ByWhomTo(wordEnd, sentence.End);
                possessive |= IsAnyWordAt(i, sentence.End, PossessivePronouns);
                if (wordEnd < sentence.End && IsPossessiveAt(wordEnd)) (possessive, wordEnd) = (true, wordEnd + 2);
                i = SkipBlanks(wordEnd, sentence.End);
            }
            return false;
        }

        private static readonly string[] DestinationPrepositions = { "to", "in" };

        private static readonly string[] TravellerPrepositions = { "of", "by" };

        // "the second visit of PM Modi to Russia", "the first trip by Kim to Russia": "of" or "by",
        // capitalized words (a title, the name) and a destination.
        [MethodImpl(Jit.Optimized)]
        private bool ByWhomTo(int nounEnd, int end)
        {
            var by = SkipBlanks(nounEnd, end);
            if (!IsAnyWordAt(by, end, TravellerPrepositions)) return false;
            var word = SkipBlanks(WordEnd(by, end), end);
            for (var words = 0; words < 5 && word < end && char.IsUpper(_text[word]); words++)
            {
                var wordEnd = WordEnd(word, end);
                if (wordEnd == word) return false;
                if (NamesADestination(wordEnd, end)) return true;
                word = SkipBlanks(wordEnd, end);
            }
            return false;
        }

        // "to Turkey", "in Moscow" right after a journey's noun ("trip abroad" names none).
        [MethodImpl(Jit.Optimized)]
        private bool NamesADestination(int nounEnd, int end)
        {
            var preposition = SkipBlanks(nounEnd, end);
            if (!IsAnyWordAt(preposition, end, DestinationPrepositions)) return false;
            var place = SkipBlanks(WordEnd(preposition, end), end);
            return place < end && char.IsUpper(_text[place]);
        }

        // "The talks came a day after ...", "The visit follows a summit in June": a sentence whose
        // subject is a happening's noun and whose verb puts it after or before another.
        [MethodImpl(Jit.Optimized)]
        private bool OpensOnSequencedHappening((int Start, int End) sentence)
        {
            var word = SkipBlanks(sentence.Start, sentence.End);
            for (var words = 0; words < 5 && word < sentence.End; words++)
            {
                if (SequenceVerbAt(word, sentence.End, out var verbEnd, out var after))
                {
                    if (!HappeningNounBetween(sentence.Start, word)) return false;
                    if (after is not null) return true;
                    var lapse = SkipBlanks(verbEnd, sentence.End);
                    return ReadLapse(ref lapse, sentence.End, comma: false, out _, out _) is not null;
                }
                var wordEnd = WordEnd(word, sentence.End);
                if (wordEnd == word) return false; // a comma, a quote: the subject is more than a noun
                word = SkipBlanks(wordEnd, sentence.End);
            }
            return false;
        }

        // Nothing dated here and nothing continued: only the reading state moves on. This is most
        // sentences, so it allocates nothing.
        [MethodImpl(Jit.Optimized)]
        private void MoveOnUndated((int Start, int End) sentence, IReadOnlyList<MentionSpec> mentions, bool ownTime)
        {
            _previousDates = NoDates;
            _previousDatedSentence = (-1, -1);
            _previousSubject = null;
            _previousPlace = null;
            _previousGroup = NoGroup;
            // Nor does a later sentence date what happened at that other time.
            _undated = ownTime ? (-1, -1) : sentence;
            _undatedMentions.Clear();
            for (var i = 0; i < mentions.Count; i++) // not foreach: a list's enumerator would be boxed
            {
                if (_previousSubject is null && Kind(mentions[i]) == EntityKind.Person) _previousSubject = mentions[i].EntityId;
                _undatedMentions.Add(mentions[i]);
            }
            _previousJointSubject = JointSubjectOfMore(sentence.Start, mentions);
            NotePair(mentions);
        }

        // "The two discussed the agreements reached by the leaders in June": the sentence has no date
        // of its own; June is the agreements'. Nor has "until Wednesday" (below). Allocates only
        // when there is one to leave out.
        [MethodImpl(Jit.Optimized)]
        private TemporalMention[] WithoutAgreementsDates((int Start, int End) sentence, TemporalMention[] dates)
        {
            List<TemporalMention>? kept = null;
            for (var d = 0; d < dates.Length; d++)
            {
                // "Choe will stay in Russia until Wednesday": a stay's end dates nothing, and is no
                // other time either: the sentence goes on with the stay the one before told.
                var staysEnd = dates[d].Value is null && TemporalExpressions.EndsAStay(_text, sentence.Start, dates[d].Start);
                if (staysEnd || IsInAnAgreementsPhrase(sentence.Start, dates[d].Start)) kept ??= new List<TemporalMention>(dates.Take(d));
                else kept?.Add(dates[d]);
            }
            return kept?.ToArray() ?? dates;
        }

        // How the sentence opens (Opening), and whom an opening "They" or "the two ministers" is
        // (_previousGroup); a described group that fits no one opens nothing.
        [MethodImpl(Jit.Optimized)]
        private Opening OpeningOf((int Start, int End) sentence, TemporalMention[] resolved, Match pronoun, bool named)
        {
            var opening = named ? Opening.Named
                : !pronoun.Success ? Opening.None
                : pronoun.Groups["pronoun"] is { Success: true, Value: not ("They" or "they") } ? Opening.Singular : Opening.Plural;
            // After an undated sentence its persons are the group a plural opening refers to. After
            // one that names no one ("The talks were the 43rd meeting between the two leaders."),
            // "They" are the pair named last (not after "Choe arrived on Tuesday.").
            if (opening == Opening.Plural && _undated.Start >= 0) _previousGroup = Group(_undatedMentions, DistinctPersons(_undatedMentions));
            if (opening == Opening.Plural && _previousGroup.Count == 0 && _lastPair is not null && _previousNamedNoOne) _previousGroup = _lastPair;
            if (pronoun.Groups["group"] is { Success: true } described && !Fits(described))
            {
                // With a date of its own only: a sentence that goes on with the day before goes on
                // with the happening before, whose group it is not.
                if (_lastPair is not null && resolved.Length > 0) _previousGroup = _lastPair;
                // "Wang Yi held talks with Lavrov. Lavrov is also expected to meet President Xi. In a
                // meeting on Monday, the two ministers ...": the two named last who lead no country.
                if (!Fits(described) && resolved.Length > 0 && NamesMinisters(described) && LastTwoNotLeaders(sentence.Start) is { } ministers) _previousGroup = ministers;
                // "Kim and Putin held talks after a parade alongside Xi. The pair met at ...".
                if (!Fits(described) && _previousGroup.Count > 2 && _previousJointSubject is { } pair)
                {
                    var group = _previousGroup;
                    _previousGroup = pair;
                    if (!Fits(described)) _previousGroup = group;
                }
                if (!Fits(described)) opening = Opening.None;
            }
            return opening;
        }

        // The sentence's asides, each another happening read on its own ("..., a day after holding
        // talks with Choe", "Lavrov, who met Kim in July, ..."), noted in _asides so that the rest of
        // the sentence leaves their words out. restDates becomes the day an aside "earlier that day"
        // leaves the rest.
        [MethodImpl(Jit.Optimized)]
        private void ReadAsides((int Start, int End) sentence, TemporalMention[] resolved, IReadOnlyList<MentionSpec> mentions, Opening opening, ref TemporalMention[]? restDates, ref List<EventSpec>? events)
        {
            // "On the 19th, he met Kim, a day after holding talks with Choe": the talks are the one "he" is.
            var pronounReferent = opening == Opening.Singular ? _previousSubject : null;
            for (var aside = NextAside(sentence.Start, sentence.End, mentions, pronounReferent, out var lapse, out var asideSubject, out var asideGroup); aside.Start >= 0;
                 aside = NextAside(aside.End, sentence.End, mentions, pronounReferent, out lapse, out asideSubject, out asideGroup))
            {
                var asideDates = AsideDates(resolved, aside, lapse);
                events ??= new List<EventSpec>();
                // A gerund's or a group's aside without a date of its own has none: not the
                // sentence's, nor the one before's.
                if ((asideSubject is null && asideGroup is null) || asideDates.Length > 0)
                {
                    events.AddRange(ReadAside(aside, sentence, asideDates, Within(mentions, aside.Start, aside.End), asideSubject, asideGroup));
                }
                // "..., following talks between the countries' top diplomats earlier on Tuesday": the
                // rest happened later that day.
                if (restDates is null && EarlierThatDay(asideDates) is { } earlier && Outside(resolved, aside.Start, aside.End).Length == 0)
                {
                    restDates = new[] { new TemporalMention(aside.Start, 0, earlier) };
                }
                _asides.Add(aside);
            }
            // "Lavrov, who met Kim in July, met Choe on Thursday": the relative clause is another
            // happening, its subject the one named before ", who".
            for (var aside = NextRelativeAside(sentence.Start, sentence.End, resolved, mentions, out var antecedent); aside.Start >= 0;
                 aside = NextRelativeAside(aside.End, sentence.End, resolved, mentions, out antecedent))
            {
                events ??= new List<EventSpec>();
                events.AddRange(ReadAside(aside, sentence, Within(resolved, aside.Start, aside.End), Within(mentions, aside.Start, aside.End), antecedent));
                _asides.Add(aside);
            }
            // "Kim and Putin met on Wednesday, their first meeting since April 2019, when the two held a
            // summit in Vladivostok": the pair named before the comma, at the other time and place.
            for (var aside = NextOrdinalApposition(sentence.Start, sentence.End); aside.Start >= 0; aside = NextOrdinalApposition(aside.End, sentence.End))
            {
                events ??= new List<EventSpec>();
                var pair = PersonsBefore(mentions, aside.Start);
                events.AddRange(ReadAside(aside, sentence, Within(resolved, aside.Start, aside.End), Within(mentions, aside.Start, aside.End), group: pair.Count == 2 ? pair : null));
                _asides.Add(aside);
            }
            // "... made progress since their meeting in Woodside in November 2023", "Their last meeting
            // was in Kazan in October": the pair's happening, at its own date and place.
            for (var aside = NextTheirHappening(sentence.Start, sentence.Start, sentence.End, resolved, mentions, out var theirs); aside.Start >= 0;
                 aside = NextTheirHappening(sentence.Start, aside.End, sentence.End, resolved, mentions, out theirs))
            {
                events ??= new List<EventSpec>();
                events.AddRange(ReadAside(aside, sentence, Within(resolved, aside.Start, aside.End), Within(mentions, aside.Start, aside.End), group: theirs));
                _asides.Add(aside);
            }
            // "Zelensky last visited Türkiye on March 8, when the two leaders met in Istanbul": the
            // pair named last met that day, where the sentence names only one of them.
            for (var aside = NextWhenThePairMet(sentence.Start, sentence.Start, sentence.End, resolved, mentions, out var met); aside.Start >= 0;
                 aside = NextWhenThePairMet(sentence.Start, aside.End, sentence.End, resolved, mentions, out met))
            {
                events ??= new List<EventSpec>();
                events.AddRange(ReadAside(aside, sentence, Within(resolved, sentence.Start, aside.Start), Within(mentions, aside.Start, aside.End), group: met));
                _asides.Add(aside);
            }
            // "Choe visited the Vostochny Cosmodrome, where Putin and Kim held a summit in September
            // 2023": the summit's parties and date are the clause's own, its place the one before it.
            for (var aside = NextWhereAside(sentence.Start, sentence.End, resolved, mentions, out var place); aside.Start >= 0;
                 aside = NextWhereAside(aside.End, sentence.End, resolved, mentions, out place))
            {
                events ??= new List<EventSpec>();
                foreach (var e in ReadAside(aside, sentence, Within(resolved, aside.Start, aside.End), Within(mentions, aside.Start, aside.End)))
                {
                    events.Add(e.PlaceId is null && place is not null ? e with { PlaceId = place } : e);
                }
                _asides.Add(aside);
            }
        }

        // "Kim met Shoigu in Pyongyang last July, and he traveled to Vostochny in September for a
        // summit with Putin": read whole, both dates would get every participant. Each clause is
        // read as a sentence of its own, and the pronoun continues the clause before it. clause is
        // where the second opens.
        [MethodImpl(Jit.Optimized)]
        private void ReadClauses((int Start, int End) sentence, TemporalMention[] resolved, IReadOnlyList<MentionSpec> mentions, Opening opening, int clause, Opening clauseOpening, List<EventSpec> events)
        {
            for (var start = sentence.Start; ;)
            {
                var end = clause < 0 ? sentence.End : clause;
                var clauseDates = Within(resolved, start, end);
                // "Lavrov met Kim and held talks with Choe on Thursday": verbs joined without a new
                // subject share the date the last one gives, when the first has no time of its own.
                if (clauseDates.Length == 0 && clause >= 0 && clauseOpening == Opening.Joined && !AnyWithin(_sentenceTimes, start, end))
                {
                    clauseDates = Within(resolved, end, sentence.End);
                }
                // "arrived in Pyongyang on Friday and met with Kim, state media reported Saturday": the
                // report's day closes the last clause but is none of its happening's; the clause, read
                // up to the report, goes on with the day before it.
                if (clauseDates.Length > 0 && start > sentence.Start && AttributionStart(sentence) is var report && report > start && report < end && !ResolvedBefore(clauseDates, report))
                {
                    (clauseDates, end) = (NoDates, report);
                }
                var clauseMentions = Within(mentions, start, end);
                // "Putin landed in Pyongyang on Wednesday, and Kim greeted him at the airport": a named
                // clause without a time of its own goes on with the clause before, as a sentence would.
                if (clauseDates.Length == 0 && start > sentence.Start && opening == Opening.None && _previousDates.Length > 0 && GoesOnNamed((start, end), clauseMentions)) opening = Opening.Named;
                events.AddRange(ReadDated((start, end), sentence, clauseDates, opening, clauseMentions));
                if (clause < 0) break;
                (start, opening) = (clause, clauseOpening);
                // "Xi arrived in Moscow on Monday, and the two leaders held an informal meeting": the
                // clause before names one of them; "the two" are the pair named last.
                if (opening == Opening.Plural && _previousGroup.Count < 2 && _lastPair is not null) _previousGroup = _lastPair;
                clause = NextClause(clause, sentence.End, resolved, mentions, out clauseOpening);
            }
        }

        // "“We will never abandon our ally,” Putin told Kim during the talks on Wednesday": after the
        // quote's attribution, a meeting's word tells a meeting of the speaker and the one other
        // person named after them (the one told), dated by what follows the quote. With two others
        // named ("Peskov told reporters after Putin's talks with Kim"), they met, not the speaker.
        [MethodImpl(Jit.Optimized)]
        private void ReadAfterQuote((int Start, int End) evidence, (int Start, int End) tail, int speakerStart, string speaker, TemporalMention[] resolved, IReadOnlyList<MentionSpec> mentions, List<EventSpec> events)
        {
            var dates = Within(resolved, speakerStart, tail.End);
            if (dates.Length == 0) return;
            foreach (var (kind, start, end) in FindTriggers(tail))
            {
                if (kind is not (EventKind.Meeting or EventKind.Summit or EventKind.Talks) || IsPlanned(tail.Start, start) || IsNegated(tail.Start, start)) continue;
                var participants = DistinctPersons(mentions, from: speakerStart);
                if (participants.Count > 2) participants.Remove(speaker);
                if (participants.Count < 2) return;
                Add(events, evidence, SummitOfLeaders(kind, participants), Nearest(dates, start, end), participants, LocatedPlace(mentions, start));
                return;
            }
        }

        // A meeting of two leaders (the catalog's heads of state or government) is a summit, and so
        // are their talks where they met in person ("Putin and Kim held talks at the Vostochny
        // Cosmodrome"); a phone call or a video link stays talks.
        [MethodImpl(Jit.Optimized)]
        private EventKind SummitOfLeaders(EventKind kind, List<string> participants, bool talksInPerson = false)
            => (kind == EventKind.Meeting || (kind == EventKind.Talks && talksInPerson)) && participants.Count(id => _catalog[id].IsLeader) >= 2 ? EventKind.Summit : kind;

        private static readonly string[] RemoteCallWords = { "phone", "video", "call", "conversation", "virtual", "online" };

        // "had a telephone conversation with Xi in Moscow", "by video link from the Kremlin": the two
        // did not meet where the sentence places one of them.
        [MethodImpl(Jit.Optimized)]
        private bool TellsOfARemoteCall((int Start, int End) sentence)
        {
            foreach (var word in RemoteCallWords)
            {
                if (Contains(sentence, word)) return true;
            }
            return false;
        }

        // ", Kremlin spokesman Dmitry Peskov said.": the pattern starts at a comma, which most sentences lack.
        [MethodImpl(Jit.Optimized)]
        private Match TrailingSource((int Start, int End) sentence)
            => ContainsChar(sentence, ',', ',') ? TrailingAttribution.Match(_text, sentence.Start, sentence.End - sentence.Start) : Match.Empty;

        // What may follow the verb of an attribution that closes a sentence: nothing, or when, where
        // and to whom it was said (", Peskov told reporters in Moscow on Tuesday."), not what was said.
        private static readonly string[] AttributionTails =
        {
            "on", "in", "at", "during", "after", "before", "last", "this", "late", "early", "earlier", "later", "yesterday", "today",
            "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "reporters", "journalists", "by", "via",
        };

        [MethodImpl(Jit.Optimized)]
        private bool EndsAttribution(int verbEnd, int sentenceEnd)
        {
            var next = SkipBlanks(verbEnd, sentenceEnd);
            return next >= sentenceEnd || !char.IsLetter(_text[next]) || IsAnyWordAtAnyCase(next, sentenceEnd, AttributionTails);
        }

        // Where a trailing attribution opens, or the sentence's end.
        [MethodImpl(Jit.Optimized)]
        private int AttributionStart((int Start, int End) sentence) => TrailingSource(sentence) is { Success: true } source ? source.Index : sentence.End;

        [MethodImpl(Jit.Optimized)]
        private bool AllAhead(List<EventSpec> events)
        {
            if (_published is not { } published) return false;
            foreach (var e in events)
            {
                if (e.Date.Start.CompareTo(published) <= 0) return false;
            }
            return true;
        }

        // Keeps found in the order of TriggerKinds, as FindTriggers gives it.
        private static void AddTrigger(List<(EventKind Kind, int Start, int End)> found, EventKind kind, int start, int end)
        {
            found.Add((kind, start, end));
            found.Sort((a, b) => Array.IndexOf(TriggerKinds, a.Kind).CompareTo(Array.IndexOf(TriggerKinds, b.Kind)));
        }

        // Whether the sentence's own dates hold a day for the joint verb at verb. "agreed" needs one
        // told with it ("agreed Sunday", "on Thursday agreed"): "The two leaders also agreed that
        // Putin would visit in August" goes on about the happening before, which may have been a
        // phone call. Doing something together may be dated anywhere in the sentence.
        [MethodImpl(Jit.Optimized)]
        private bool JointVerbHasItsDay(TemporalMention[] dates, int verb, int sentenceEnd)
        {
            var last = IsAnyWordAt(verb, sentenceEnd, AgreeWords) ? verb + 16 : sentenceEnd;
            foreach (var date in dates)
            {
                if (date.Value is { Precision: DatePrecision.Day } && date.Start <= last) return true;
            }
            return false;
        }

        // "The Kremlin said Monday that Putin would visit North Korea on Tuesday and Wednesday": what
        // was said is no happening, but a visit or a meeting it announces for a day after the
        // publication is one to come, read as if it stood alone. Told with "will" or "would", a
        // month or a span that goes on past the publication is one too ("would visit Turkey in
        // August", said on August 2).
        private static readonly string[] FutureModals = { "will", "would", "shall" };

        [MethodImpl(Jit.Optimized)]
        private List<EventSpec> AnnouncedPlans((int Start, int End) content, (int Start, int End) evidence, TemporalMention[] resolved, IReadOnlyList<MentionSpec> mentions)
        {
            var dates = Within(resolved, content.Start, content.End);
            if (_published is not { } published) return new List<EventSpec>();
            var future = HasWordOf(content, FutureModals);
            if (!AnyAhead(dates, published, future)) return new List<EventSpec>();
            var plans = ReadAside(content, evidence, dates, Within(mentions, content.Start, content.End));
            plans.RemoveAll(e => e.Kind == EventKind.Statement || !IsAhead(e.Date, published, future));
            return plans;
        }

        [MethodImpl(Jit.Optimized)]
        private static bool IsAhead(DateValue date, CalendarDate day, bool future)
            => date.Start.CompareTo(day) > 0 || (future && date.Precision != DatePrecision.Day && date.End.CompareTo(day) > 0);

        [MethodImpl(Jit.Optimized)]
        private static bool AnyAhead(TemporalMention[] dates, CalendarDate day, bool future)
        {
            foreach (var date in dates)
            {
                if (date.Value is { } value && IsAhead(value, day, future)) return true;
            }
            return false;
        }

        [MethodImpl(Jit.Optimized)]
        private bool HasWordOf((int Start, int End) range, string[] words)
        {
            for (var i = range.Start; i < range.End; i++)
            {
                if ((i == range.Start || !char.IsLetter(_text[i - 1])) && IsAnyWordAt(i, range.End, words)) return true;
            }
            return false;
        }

        private static readonly string[] SeparatelyWords = { "separately", "separate" };

        // Who met each of the others when the sentence says the meetings were separate ("met
        // separately with", "held separate talks with", "met ... separately"): the one participant
        // named before the trigger at trigger, or the one after it ("Lavrov and Choe met Putin
        // separately"); else null.
        [MethodImpl(Jit.Optimized)]
        private string? MeetsEachSeparately((int Start, int End) sentence, IReadOnlyList<MentionSpec> mentions, List<string> participants, int trigger)
        {
            // Lower case only: "Separately, Putin met ..." opens another report.
            if (!Contains(sentence, "separate") || !AnyWordBetween(sentence.Start, sentence.End, SeparatelyWords)) return null;
            string? before = null, after = null;
            int befores = 0, afters = 0;
            foreach (var id in participants)
            {
                var named = false;
                foreach (var mention in mentions)
                {
                    if (mention.EntityId == id && mention.Span.Start < trigger) named = true;
                }
                if (named) (before, befores) = (id, befores + 1);
                else (after, afters) = (id, afters + 1);
            }
            return befores == 1 ? before : afters == 1 ? after : null;
        }

        // "Ukrainian and Russian delegations met ...": a sentence that names no one may still open on two countries' groups.
        [MethodImpl(Jit.Optimized)]
        private bool OpensOnTwoGroups((int Start, int End) sentence)
            => _countries.Count > 0 && PersonDescriptions.JoinedGroupCountriesAt(_text, sentence.Start, sentence.End, _countries) is not null;

        // What a journey is for takes the dates after its word, as a plan does ("for talks with Xi on
        // Sunday"), or a month or a span the journey falls in: "travels to Vladivostok in April 2019
        // for his first summit" was in April 2019. Not a day before it, which is the journey's, even
        // one ahead of the publication ("will leave for Washington on Sunday for a summit").
        [MethodImpl(Jit.Optimized)]
        private TemporalMention[] PurposeDates(TemporalMention[] dates, int triggerEnd, int sourceStart)
        {
            var after = Within(dates, triggerEnd, sourceStart);
            if (after.Length > 0) return after;
            var kept = new GrowableArray<TemporalMention>(dates.Length);
            foreach (var date in dates)
            {
                if (date.Value is { Precision: not DatePrecision.Day }) kept.Add(date);
            }
            return kept.ToArray();
        }

        [MethodImpl(Jit.Optimized)]
        private TemporalMention[] NotAfterPublicationBefore(TemporalMention[] dates, int position)
        {
            if (_published is not { } published) return dates;
            var kept = new GrowableArray<TemporalMention>(dates.Length);
            foreach (var date in dates)
            {
                if (date.Start >= position || date.Value is not { } value || value.Start.CompareTo(published) <= 0) kept.Add(date);
            }
            return kept.Count == dates.Length ? dates : kept.ToArray();
        }

        // The dates a next sentence may go on with: not the day of a happening ahead of the
        // sentence's own ("before next week's EU summit"), which is not the day the story is on.
        [MethodImpl(Jit.Optimized)]
        private TemporalMention[] WithoutDaysAhead(TemporalMention[] dates, int sentenceStart)
        {
            // Nearly every sentence has none: nothing is allocated for it.
            var ahead = 0;
            foreach (var date in dates)
            {
                if (IsDayAhead(date, sentenceStart)) ahead++;
            }
            if (ahead == 0) return dates;
            var kept = new GrowableArray<TemporalMention>(dates.Length - ahead);
            foreach (var date in dates)
            {
                if (!IsDayAhead(date, sentenceStart)) kept.Add(date);
            }
            return kept.ToArray();
        }

        [MethodImpl(Jit.Optimized)]
        private bool IsDayAhead(TemporalMention date, int sentenceStart)
            => date.Length > 0 && TemporalExpressions.DatesAHappeningAhead(_text, sentenceStart, date.Start, date.Length);

        // The dates of dates that do not end before the publication; allocates only when some do.
        [MethodImpl(Jit.Optimized)]
        private TemporalMention[] NotBeforePublication(TemporalMention[] dates)
        {
            if (_published is not { } published) return dates;
            var kept = 0;
            foreach (var date in dates)
            {
                if (!EndsBefore(date, published)) kept++;
            }
            if (kept == dates.Length) return dates;
            var ahead = new TemporalMention[kept];
            kept = 0;
            foreach (var date in dates)
            {
                if (!EndsBefore(date, published)) ahead[kept++] = date;
            }
            return ahead;
        }

        [MethodImpl(Jit.Inlined)]
        private static bool EndsBefore(TemporalMention date, CalendarDate day) => date.Value is { } value && value.End.CompareTo(day) < 0;

        // A plan's dates are those after its verb, up to the report's source; or, without any, one
        // before it that lies ahead of the publication ("On Thursday, Lavrov is expected to meet
        // Choe"): a past one ("Putin said on Monday that he would visit") dates something else.
        [MethodImpl(Jit.Optimized)]
        private TemporalMention[] PlanDates(TemporalMention[] dates, int triggerStart, int triggerEnd, int sourceStart)
        {
            var after = Within(dates, triggerEnd, sourceStart);
            if (after.Length > 0 || _published is not { } published) return after;
            foreach (var date in dates)
            {
                if (date.Start < triggerStart && date.Value is { } value && value.Start.CompareTo(published) > 0) return new[] { date };
            }
            return after;
        }

        [MethodImpl(Jit.Optimized)]
        private void Add(List<EventSpec> events, (int Start, int End) sentence, EventKind kind, DateValue date, List<string> participants, string? place, bool entry = false)
        {
            participants.Sort(StringComparer.Ordinal);
            var ids = participants.ToEquatableArray();
            // A sentence often tells several happenings (a visit and its talks): one copy of its text.
            if (sentence != _evidenceSentence)
            {
                _evidenceSentence = sentence;
                _evidence = _text.Substring(sentence.Start, sentence.End - sentence.Start);
                _evidenceSpan = _lines.Locate(sentence.Start, sentence.End - sentence.Start);
            }
            var source = new EventSourceSpec(_articleId, _fileName, _evidenceSpan, _evidence, kind, date, ids);
            events.Add(new EventSpec(EventIds.Provisional(kind, date, participants), kind, date, ids, place, new EquatableArray<EventSourceSpec>(new[] { source }), entry));
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

        private static readonly string[] StatementNouns = { "statement", "column" };

        private static readonly string[] WhenOrWherePrepositions = { "at", "after", "before", "during", "following", "since", "in", "ahead" };

        // Whether one of words stands as a word between start and end (lower case).
        [MethodImpl(Jit.Optimized)]
        private bool AnyWordBetween(int start, int end, string[] words) => FirstWordBetween(start, end, words) >= 0;

        // Where the first of words (lower case) stands as a word in [start, end), or -1.
        [MethodImpl(Jit.Optimized)]
        private int FirstWordBetween(int start, int end, string[] words)
        {
            for (var i = start; i < end; i++)
            {
                if ((i == start || !char.IsLetter(_text[i - 1])) && char.IsLetter(_text[i]) && IsAnyWordAt(i, end, words)) return i;
            }
            return -1;
        }

        private static readonly string[] ObjectDeterminers = { "the", "this", "that" };

        private static readonly string[] Prepositions = { "at", "after", "before", "during", "in", "on", "of", "with", "for", "to", "from", "since", "ahead" };

        // Whether the words from verbEnd to noun are a determiner and at most two words that are no
        // preposition: "hailed the historic visit", not "told reporters at the summit".
        [MethodImpl(Jit.Optimized)]
        private bool ObjectRightAfter(int verbEnd, int noun)
        {
            var word = SkipBlanks(verbEnd, noun);
            if (word == verbEnd || !IsAnyWordAt(word, noun, ObjectDeterminers)) return false;
            for (var words = 0; words < 3; words++)
            {
                while (word < noun && char.IsLetter(_text[word])) word++;
                var next = SkipBlanks(word, noun);
                if (next == noun) return next > word;
                if (next == word || !char.IsLower(_text[next]) || IsAnyWordAt(next, noun, Prepositions)) return false;
                word = next;
            }
            return false;
        }

        // The first statement word after position that is no noun, outside asides: "said" of "In a
        // statement, the ministry said".
        [MethodImpl(Jit.Optimized)]
        private (int Start, int End)? LaterSpeechVerb(int position, int end)
        {
            for (var i = position; i < end;)
            {
                if (!char.IsLetter(_text[i])) { i++; continue; }
                var wordEnd = i;
                while (wordEnd < end && char.IsLetter(_text[wordEnd])) wordEnd++;
                if (!InAside(i) && TriggerAt(i, wordEnd, end, out var matchEnd) is var k && k >= 0 && TriggerKinds[k] == EventKind.Statement && !IsOneOf(i, matchEnd, StatementNouns))
                {
                    return (i, matchEnd);
                }
                i = wordEnd;
            }
            return null;
        }

        // "..., said DPRK Foreign Minister Choi Song Hui": after a comma the speaker follows the verb.
        // "..., KCNA said", "..., officials said": the words between the last comma and the verb
        // say who spoke, and a person named earlier did not ("Kim inspected a launcher, KCNA said"
        // is no statement of Kim's). Otherwise the speaker is the person (else the actor) named
        // last before the verb: "Lavrov, at a meeting with Choe, said", "..., he said".
        [MethodImpl(Jit.Optimized)]
        private string? Speaker((int Start, int End) sentence, IReadOnlyList<MentionSpec> mentions, int verbStart, int verbEnd)
        {
            // "KCNA quoted Kim Jong Un as saying": the one quoted spoke, not the outlet.
            if (IsWordAt(verbStart, verbEnd, "quoted") && mentions.FirstOrDefault(m => m.Span.Start > verbEnd && Kind(m) == EntityKind.Person) is { } quoted
                && SkipBlanks(quoted.Span.Start + quoted.Span.Length, sentence.End) is var asSaying && IsWordAt(asSaying, sentence.End, "as")
                && IsWordAt(SkipBlanks(asSaying + 2, sentence.End), sentence.End, "saying"))
            {
                return quoted.EntityId;
            }
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
                var named = NearestBefore(mentions, verbStart, EntityKind.Person, source) ?? mentions.LastOrDefault(m => m.Span.Start >= source && m.Span.Start < verbStart && IsActor(Kind(m)))?.EntityId;
                // "Kim Yo Jong, vice department director of the party, issued the following
                // statement": the aside describes the one named before it, who issued it. Only for the
                // noun: after a verb of speech the words after the comma hold its subject (", state
                // media said").
                var opening = named is null && comma > 1 && IsOneOf(verbStart, verbEnd, StatementNouns) ? before.LastIndexOf(',', comma - 1) : -1;
                if (opening > 0 && SkipBlanks(sentence.Start + opening + 1, verbStart) is var described && described < verbStart && char.IsLower(_text[described]))
                {
                    named = NearestBefore(mentions, sentence.Start + opening, EntityKind.Person, sentence.Start);
                }
                return named;
            }
            return NearestBefore(mentions, verbStart, EntityKind.Person, sentence.Start) ?? SubjectBefore(mentions, verbStart).FirstOrDefault();
        }
    }
}
