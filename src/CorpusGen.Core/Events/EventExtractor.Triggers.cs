using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CorpusGen.Core.Dates;
using CorpusGen.Core.Model;
using CorpusGen.Core.Names;
using CorpusGen.Core.Reading;
using CorpusGen.Core.Text;
using System.Runtime.CompilerServices;

namespace CorpusGen.Core.Events
{
    /// <summary>
    /// The trigger words of a sentence, and what makes one a plan, a negation or a greeting.
    /// </summary>
    public sealed partial class EventExtractor
    {
        // Trigger words by kind, in one pattern so a sentence is scanned once.
        private static readonly Regex Triggers = new Regex(
            @"\b(?:(?<Summit>summits?)" +
            @"|(?<Meeting>met|meet|meets|meetings?|host|hosted|hosts|received|receives|welcomed|welcomes|greeted|greets|" + MeetingPhrases + ")" +
            @"|(?<Talks>talks|negotiations|negotiated|discussed|conferred|videoconference|" + TalksPhrases + ")" +
            @"|(?<Visit>visit|visited|visits|visiting|arrive|arrived|arrives|arriving|arrival|trip|travell?ed|toured|" + VisitPhrases + ")" +
            @"|(?<Treaty>signed|treaty|accord|inked|pact)" +
            @"|(?<MilitaryAction>launched|fired|airstrikes?|invaded|shelled|drills|exercises)" +
            @"|(?<Statement>said|says|announced|stated|called|emphasi[sz]ed|stressed|noted|told|declared|quoted|wrote|column|statement|informed"
            + @"|warned|urged|vowed|pledged|insisted|argued|claimed|accused|condemned|critici[sz]ed|denied|confirmed"
            + @"|slammed|blasted|denounced|dismissed|rejected|praised|hailed|reiterated|expressed|threatened|demanded|promised|admitted"
            + @"|acknowledged|responded|replied|commented|explained))\b",
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
            (EventKind.Meeting, "met meet meets meeting meetings host hosted hosts received receives welcomed welcomes greeted greets"),
            (EventKind.Talks, "talks negotiations negotiated discussed conferred videoconference"),
            (EventKind.Visit, "visit visited visits visiting arrive arrived arrives arriving arrival trip traveled travelled toured"),
            (EventKind.Treaty, "signed treaty accord inked pact"),
            (EventKind.MilitaryAction, "launched fired airstrike airstrikes invaded shelled drills exercises"),
            (EventKind.Statement, "said says announced stated called emphasized emphasised stressed noted told declared quoted wrote column statement informed"
                + " warned urged vowed pledged insisted argued claimed accused condemned criticized criticised denied confirmed"
                + " slammed blasted denounced dismissed rejected praised hailed reiterated expressed threatened demanded promised admitted"
                + " acknowledged responded replied commented explained"),
        });

        private static (string Word, EventKind Kind)[][] WordsByLength((EventKind Kind, string Words)[] kinds)
        {
            var byLength = new List<(string, EventKind)>[32];
            foreach (var (kind, words) in kinds)
            {
                foreach (var word in words.Split(' ')) (byLength[word.Length] ??= new List<(string, EventKind)>()).Add((word, kind));
            }
            return Array.ConvertAll(byLength, list => list?.ToArray() ?? Array.Empty<(string, EventKind)>());
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
            var extractor = new EventExtractor(
                new ArticleReadings("a", "a.txt", sentence, new LineMap(sentence), null, Array.Empty<MentionSpec>(), Array.Empty<UnresolvedNameSpec>(), null),
                AliasIndex.For(CatalogSpec.Empty));
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
                if (k < 0 || InAside(i) || ReceivesAThing(k, i, matchEnd, sentence.End) || IsNoCourtesyCall(k, i, matchEnd, sentence.End))
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

        // The kind of the trigger the word at word begins, or null.
        [MethodImpl(Jit.Optimized)]
        private EventKind? TriggerWordAt(int word, int end)
        {
            var wordEnd = word;
            while (wordEnd < end && char.IsLetter(_text[wordEnd])) wordEnd++;
            var k = wordEnd > word ? TriggerAt(word, wordEnd, end, out _) : -1;
            return k >= 0 ? TriggerKinds[k] : null;
        }

        // The trigger the word at [start, wordEnd) begins, as an index into TriggerKinds (and where
        // its match ends), or -1.
        [MethodImpl(Jit.Optimized)]
        private int TriggerAt(int start, int wordEnd, int end, out int matchEnd)
        {
            matchEnd = wordEnd;
            var slot = TextWords.ShapeSlot(_text, start, wordEnd - start, LongestTriggerWord);
            if (slot < 0) return -1;
            foreach (var (word, kind) in TriggerWordsByShape[slot])
            {
                if (PatternText.MatchesIgnoringAsciiCase(_text, start, wordEnd, word)) return KindIndex(kind);
            }
            // The phrases whose first word has this shape: one space between their words, a boundary after.
            foreach (var (phrase, _, kind) in PhrasesByShape[slot])
            {
                if (!PatternText.MatchesIgnoringAsciiCase(_text, start, end, phrase)
                    || (start + phrase.Length < end && PatternText.IsAsciiWordChar(_text[start + phrase.Length])))
                {
                    continue;
                }
                matchEnd = start + phrase.Length;
                return KindIndex(kind);
            }
            return -1;
        }

        // The trigger pattern's phrases, with the length of their first word: talks ("spoke by phone"
        // is a conversation, as "held talks" is), meetings, and journeys whose verb alone is not one
        // ("landed" is also said of missiles, "travel" of bans); a journey told by a phrase needs a person.
        private const string TalksPhrases = "held discussions|phone call|telephone call|phone conversation|telephone conversation|spoke by phone|spoke by telephone"
            + "|video call|video conference|exchanged views|spoke with|spoke to|talked with|talked to|by phone|by telephone|had a talk|held a talk"
            + "|talked for|had a conversation|held a conversation|conversation with|strategic dialogue";
        private const string MeetingPhrases = "sat down with|shook hands|dined with|had dinner with|had lunch with|courtesy call|gave a banquet"
            + "|huddled with|gave an audience to|granted an audience to"
            // A visit of courtesy: "Sharif will call on Crown Prince Mohammed bin Salman on Friday".
            // ("Called" is a statement's word: "called on Russia to withdraw".)
            + "|call on";
        private const string VisitPhrases = "flew to|flew into|fly to|flies to|flying to|landed in|landed at|travel to|travels to|traveling to|travelling to"
            + "|travel on to|travels on to|traveled on to|travelled on to|flew on to|headed on to|heads on to"
            + "|departed for|left for|leaves for|leave for|leaving for|depart for|departing for|set off for|headed to|heads to|crossed into|touched down in|touched down at|pulled into|went to"
            // "From Berlin, Marcos will proceed to the Czech Republic": going on to a place.
            + "|proceed to|proceeds to|proceeded to|proceeding to|head to|heading to"
            + "|stopover in|stopped over in|made a stop in"
            // A journey announced by where the traveller is awaited: "Lavrov is expected in Pyongyang on Monday".
            + "|expected in|is due in|are due in"
            // The journey's end names where it went: "returned home from Russia" (not "returned to Pyongyang", home).
            + "|returned from|returned home from|returns from|returns home from|returning from|returning home from";
        private static readonly (string Phrase, int FirstWord, EventKind Kind)[] TriggerPhrases = Phrases(
            (EventKind.Talks, TalksPhrases), (EventKind.Meeting, MeetingPhrases), (EventKind.Visit, VisitPhrases));

        // The trigger words and the phrases by the length and first letter of their (first) word:
        // every word of a dated sentence is asked, and most have nothing of their shape to compare with.
        private const int LongestTriggerWord = 32;

        private static readonly (string Word, EventKind Kind)[][] TriggerWordsByShape
            = TextWords.ByLengthAndInitial(TriggerWordsByLength.SelectMany(words => words), trigger => (trigger.Word.Length, trigger.Word[0]), LongestTriggerWord);

        private static readonly (string Phrase, int FirstWord, EventKind Kind)[][] PhrasesByShape
            = TextWords.ByLengthAndInitial(TriggerPhrases, trigger => (trigger.FirstWord, trigger.Phrase[0]), LongestTriggerWord);

        private static (string Phrase, int FirstWord, EventKind Kind)[] Phrases(params (EventKind Kind, string Phrases)[] kinds)
        {
            var phrases = new List<(string, int, EventKind)>();
            foreach (var (kind, list) in kinds)
            {
                foreach (var phrase in list.Split('|')) phrases.Add((phrase, phrase.IndexOf(' '), kind));
            }
            return phrases.ToArray();
        }

        // Talks told by what was said rather than by a meeting's word: they need two people. "Peskov
        // told Reuters by phone" is an interview, "the issue was discussed at the UN" no talks, and
        // "spoke to reporters" a statement.
        private static readonly string[] ConversationTriggers =
        {
            "discussed", "conferred", "exchanged views", "spoke with", "spoke to", "talked with", "talked to", "by phone", "by telephone",
        };

        [MethodImpl(Jit.Optimized)]
        private bool IsConversation(int start, int end) => IsOneOf(start, end, ConversationTriggers);

        [MethodImpl(Jit.Optimized)]
        private bool IsVisitPhrase(int start, int end)
        {
            foreach (var (phrase, _, kind) in TriggerPhrases)
            {
                if (kind == EventKind.Visit && end - start == phrase.Length && PatternText.MatchesIgnoringAsciiCase(_text, start, end, phrase)) return true;
            }
            return false;
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
                if (first[k] is null && !InAside(match.Index) && !ReceivesAThing(k, match.Index, match.Index + match.Length, sentence.End)
                    && !IsNoCourtesyCall(k, match.Index, match.Index + match.Length, sentence.End)) first[k] = match;
            }
            var found = new List<(EventKind, int, int)>();
            for (var k = 0; k < TriggerKinds.Length; k++)
            {
                if (first[k] is { } m) found.Add((TriggerKinds[k], m.Index, m.Index + m.Length));
            }
            return found;
        }

        // "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol agreed
        // Sunday to push forward security cooperation", "The two leaders agreed to ...", "Kim and
        // Putin inspected a rocket assembly hangar on Wednesday": two people who agreed on
        // something, or did something together, as the joint subject of the verb, met to do so,
        // though no word of a meeting says it. Where the verb stands, or -1. Not one who agreed
        // with another ("Kim agreed with Putin's view"), which may be a reply from afar.
        private static readonly string[] AgreeWords = { "agreed", "agree", "agrees" };

        // "Putin and Xi spoke on Friday": two who spoke together held talks. (Before JointVerbs, which
        // static initialization reads it for.)
        private static readonly string[] JointTalkVerbs = { "spoke", "talked" };

        private static readonly string[] JointVerbs = AgreeWords.Concat(new[]
        {
            "inspected", "watched", "attended", "observed", "viewed", "walked", "strolled", "posed", "laid", "unveiled",
            "rode", "drove", "dined", "embraced", "hugged", "toasted",
        }).Concat(JointTalkVerbs).ToArray();

        // "Kim inspected the Pacific Fleet with Defence Minister Sergei Shoigu", "Putin toured the
        // cosmodrome with Kim": one person doing it with another met them too. Agreeing with someone
        // is not done together (above).
        private static readonly string[] CompanionVerbs = JointVerbs.Except(AgreeWords).Except(JointTalkVerbs).Concat(new[] { "toured", "visited" }).ToArray();

        // Both lists by first letter: JointVerb asks at most words of every dated sentence.
        private static readonly string[][] JointOrCompanionVerbsByInitial = TextWords.ByInitial(JointVerbs.Union(CompanionVerbs));

        [MethodImpl(Jit.Optimized)]
        private int JointVerb((int Start, int End) sentence, IReadOnlyList<MentionSpec> mentions, List<string> group)
        {
            for (var i = sentence.Start; i + 4 < sentence.End; i++)
            {
                var c = _text[i];
                if (c < 'a' || c > 'z' || (i > sentence.Start && char.IsLetter(_text[i - 1]))) continue;
                var candidates = JointOrCompanionVerbsByInitial[c - 'a'];
                if (candidates.Length == 0 || !IsAnyWordAt(i, sentence.End, candidates) || InAside(i)) continue;
                var joint = IsAnyWordAt(i, sentence.End, JointVerbs);
                var subjectEnd = SubjectEndBefore(sentence.Start, i);
                if (joint && group.Count >= 2 && PronounOpening.Match(_text, sentence.Start, subjectEnd - sentence.Start) is { Success: true } opening
                    && opening.Groups["group"].Success && opening.Index + opening.Length == subjectEnd)
                {
                    return i;
                }
                MentionSpec? second = null;
                for (var m = mentions.Count - 1; m >= 0 && second is null; m--)
                {
                    if (mentions[m].Span.Start + mentions[m].Span.Length == subjectEnd && Kind(mentions[m]) == EntityKind.Person) second = mentions[m];
                }
                if (second is null) continue;
                if (!IsAnyWordAt(i, sentence.End, AgreeWords) && CompanionAfter(mentions, WordEnd(i, sentence.End), sentence, second.EntityId)) return i;
                if (!joint) continue;
                for (var m = 0; m < mentions.Count; m++)
                {
                    var first = mentions[m];
                    var firstEnd = first.Span.Start + first.Span.Length;
                    if (Kind(first) != EntityKind.Person || first.EntityId == second.EntityId || firstEnd > second.Span.Start) continue;
                    var and = SkipBlanks(firstEnd, second.Span.Start);
                    if (IsWordAt(and, second.Span.Start, "and") && IsWithinPhrase(and, second.Span.Start)) return i;
                }
            }
            return -1;
        }

        // Where the subject of the verb at verb ends: back over "also", "on Sunday", "Sunday".
        [MethodImpl(Jit.Optimized)]
        private int SubjectEndBefore(int sentenceStart, int verb)
        {
            var subjectEnd = verb;
            for (var words = 0; words < 3; words++)
            {
                var before = PreviousWordStart(sentenceStart, subjectEnd);
                if (before < 0 || !(IsAnyWordAtAnyCase(before, subjectEnd, AgreementAdverbs) || IsWeekdayAt(before, subjectEnd))) break;
                subjectEnd = before;
            }
            while (subjectEnd > sentenceStart && _text[subjectEnd - 1] == ' ') subjectEnd--;
            return subjectEnd;
        }

        // Whether the clause after verbEnd names, right after "with" (past a title), a person other
        // than subject.
        [MethodImpl(Jit.Optimized)]
        private bool CompanionAfter(IReadOnlyList<MentionSpec> mentions, int verbEnd, (int Start, int End) sentence, string subject)
        {
            var clauseEnd = ClauseEnd(verbEnd, sentence.End);
            for (var m = 0; m < mentions.Count; m++)
            {
                var mention = mentions[m];
                if (mention.Span.Start <= verbEnd || mention.Span.Start >= clauseEnd || Kind(mention) != EntityKind.Person || mention.EntityId == subject) continue;
                var word = WordBeforeTitles(sentence.Start, mention.Span.Start);
                if (word > verbEnd && IsWordAt(word, mention.Span.Start, "with")) return true;
            }
            return false;
        }

        // "Lavrov left Pyongyang for Beijing on Friday", "is expected to leave Pyongyang for Vietnam
        // tonight": "left for" with the place left between its words is a journey to the place after
        // "for". Where "for" stands, or -1 (the destination after it is read as after any journey's word).
        private static readonly string[] DepartureVerbs = { "left", "leaves", "leave", "leaving", "departed", "departs", "depart", "departing" };

        [MethodImpl(Jit.Optimized)]
        private int DepartureFor((int Start, int End) sentence, IReadOnlyList<MentionSpec> mentions)
        {
            for (var m = 0; m + 1 < mentions.Count; m++)
            {
                var from = mentions[m];
                if (Kind(from) is not (EntityKind.Country or EntityKind.Place) || from.Span.Start <= sentence.Start || from.Span.Start >= sentence.End) continue;
                var verb = PreviousWordStart(sentence.Start, from.Span.Start);
                // "did not leave Pyongyang for Vietnam": the negation stands before the verb, not before "for".
                if (verb < 0 || !IsAnyWordAt(verb, from.Span.Start, DepartureVerbs) || InAside(verb) || IsNegated(sentence.Start, verb)) continue;
                var forWord = SkipBlanks(from.Span.Start + from.Span.Length, sentence.End);
                // "departed Pyongyang early Thursday for Hanoi": the time of leaving may come between.
                for (var words = 0; words < 3 && !IsWordAt(forWord, sentence.End, "for") && WordEnd(forWord, sentence.End) is var wordEnd && wordEnd > forWord
                                    && (char.IsLower(_text[forWord]) || IsWeekdayAt(forWord, sentence.End)); words++)
                {
                    forWord = SkipBlanks(wordEnd, sentence.End);
                }
                if (!IsWordAt(forWord, sentence.End, "for")) continue;
                var to = mentions[m + 1];
                if (to.Span.Start == SkipBlanks(forWord + 3, sentence.End) && Kind(to) is EntityKind.Country or EntityKind.Place) return forWord;
            }
            return -1;
        }

        private static readonly string[] AgreementAdverbs = { "also", "on", "have", "had", "has", "jointly", "both", "then" };

        [MethodImpl(Jit.Optimized)]
        private bool IsWeekdayAt(int start, int end)
        {
            var wordEnd = WordEnd(start, end);
            return wordEnd - start is >= 6 and <= 9 && Reading.CalendarWords.Weekday(_text.Substring(start, wordEnd - start)) is not null;
        }

        // The words before a trigger that make it a plan: "will visit", "would also meet", "to hold
        // talks", "agreed on Thursday to resume regular visits", "what would be their first meeting",
        // "an expected visit".
        // Up to four words back, none of them a name, with no punctuation between. "to" makes a plan
        // when a verb follows it, not a determiner ("was invited to the summit").
        private static readonly string[] Modals = { "will", "would", "shall" };

        private static readonly string[] Determiners = { "the", "a", "an", "his", "her", "its", "their", "our", "this", "that" };

        // "thanked Putin for his visit", "congratulated him on his successful visit to Pyongyang",
        // "discussed the visit": a journey the sentence is about, not one it reports; its day is not
        // the sentence's, nor its traveller the subject. The journey's noun after a determiner or a
        // possessive (an adjective may stand between), and a verb of thanks, praise or discussion at
        // most six words before, with no punctuation between. Not a planned one ("discussed Putin's
        // planned visit to Türkiye in August"): that is a plan with a date of its own.
        private static readonly string[] JourneyNouns = { "visit", "visits", "trip", "trips", "tour" };
        private static readonly string[] TopicVerbStems = { "thank", "congratulat", "discuss", "brief", "prais", "hail", "commend" };

        [MethodImpl(Jit.Optimized)]
        private bool IsTopicJourney(int sentenceStart, int start, int end)
        {
            if (!IsOneOf(start, end, JourneyNouns) || IsPlanned(sentenceStart, start)) return false;
            var word = PreviousWordStart(sentenceStart, start);
            if (word >= 0 && !DeterminesNoun(sentenceStart, word, start)) word = PreviousWordStart(sentenceStart, word); // "his successful visit"
            if (word < 0 || !DeterminesNoun(sentenceStart, word, start)) return false;
            if (word >= sentenceStart + 2 && IsPossessiveAt(word - 1)) word = PreviousLetters(sentenceStart, word - 1); // "Putin's"
            for (var (w, words) = (PreviousWordStart(sentenceStart, word), 0); w >= 0 && words < 6; w = PreviousWordStart(sentenceStart, w), words++)
            {
                foreach (var stem in TopicVerbStems)
                {
                    if (PatternText.MatchesIgnoringAsciiCase(_text, w, start, stem)) return true;
                }
            }
            return false;
        }

        // Whether the word at [word, ...) is a determiner, or the "s" of a possessive ("Putin's").
        [MethodImpl(Jit.Optimized)]
        private bool DeterminesNoun(int sentenceStart, int word, int end)
            => IsAnyWordAt(word, end, Determiners) || (word >= sentenceStart + 2 && IsPossessiveAt(word - 1));

        // "preparations continued for an expected visit by Putin", "a possible summit": the noun of
        // a happening still to come.
        private static readonly string[] PlanAdjectives = { "expected", "planned", "upcoming", "proposed", "possible", "potential", "anticipated", "forthcoming", "impending", "prospective" };

        [MethodImpl(Jit.Optimized)]
        private bool IsPlanned(int sentenceStart, int trigger)
        {
            var after = trigger;
            // "discussed Vladimir Putin's planned visit": the name whose possessive the trigger's
            // noun has is no subject, and the words before it still count.
            var possessor = false;
            for (var (word, words) = (PreviousWordStart(sentenceStart, trigger), 0); word >= 0 && words < 4; after = word, word = PreviousWordStart(sentenceStart, word), words++)
            {
                // The "s" of "Putin's": the word is the name before the apostrophe.
                if (words <= 1 && word >= sentenceStart + 2 && _text[word] == 's' && _text[word - 1] is '\'' or '’'
                    && PreviousLetters(sentenceStart, word - 1) is var name && char.IsUpper(_text[name]))
                {
                    word = name;
                    possessor = true;
                }
                if (char.IsUpper(_text[word]))
                {
                    if (!possessor) return false;
                    words--;
                    continue;
                }
                if (IsAnyWordAt(word, trigger, Modals) || IsAnyWordAt(word, trigger, PlanAdjectives)) return true;
                if (IsWordAt(word, trigger, "to")) return after == trigger || !IsAnyWordAt(after, trigger, Determiners);
                // "discussed preparations for a visit by Putin": what is prepared is still to come; and
                // "discussed a trip by Putin" speaks of one, it does not tell it.
                if (IsWordAt(word, trigger, "for")) return PreviousWordStart(sentenceStart, word) is var noun and >= 0 && IsAnyWordAt(noun, word, Preparations);
                if (IsAnyWordAt(word, trigger, TopicVerbs)) return true;
            }
            return false;
        }

        // Where the first happening after position that the words before it make a plan starts
        // ("discussed Putin's planned visit"), or -1.
        [MethodImpl(Jit.Optimized)]
        private int PlannedTopicAfter(List<(EventKind Kind, int Start, int End)> found, int position, int sentenceStart)
        {
            foreach (var (kind, start, _) in found)
            {
                if (kind != EventKind.Statement && start >= position && IsPlanned(sentenceStart, start)) return start;
            }
            return -1;
        }

        // "Kim invited Putin to visit North Korea", "invited Russian President Vladimir Putin to pay a
        // state visit": the journey is the invited person's, who is named between the verb of
        // inviting (up to three words before the name, for a title) and "to", the journey's word at
        // most four words after. The invited person's id, or null.
        private static readonly string[] InvitingVerbs = { "invited", "invites", "invite", "inviting" };

        [MethodImpl(Jit.Optimized)]
        private string? Invitee(IReadOnlyList<MentionSpec> mentions, int sentenceStart, int trigger)
        {
            for (var m = mentions.Count - 1; m >= 0; m--)
            {
                var name = mentions[m];
                var nameEnd = name.Span.Start + name.Span.Length;
                if (nameEnd > trigger) continue;
                if (Kind(name) != EntityKind.Person) return null;
                var to = SkipBlanks(nameEnd, trigger);
                if (!IsWordAt(to, trigger, "to") || TextWords.Count(_text, to + 2, trigger) > 4) return null;
                var word = name.Span.Start;
                for (var words = 0; words < 4; words++)
                {
                    word = PreviousWordStart(sentenceStart, word);
                    if (word < 0) return null;
                    if (IsAnyWordAt(word, name.Span.Start, InvitingVerbs)) return name.EntityId;
                }
                return null;
            }
            return null;
        }

        // "an invitation to visit", "Kim's invitation to pay a visit": the journey's word at trigger is
        // what an invitation, up to four words before it, asks for.
        private static readonly string[] InvitationNouns = { "invitation", "invitations" };

        [MethodImpl(Jit.Optimized)]
        private bool InvitationBefore(int sentenceStart, int trigger) => AmongWordsBefore(sentenceStart, trigger, 4, InvitationNouns);

        // Where the first trigger after position starts, or end: what comes after an invitation's
        // journey up to the next happening may date it ("invited Putin to visit Pyongyang next
        // year"), not a happening after it ("... to visit at the end of a summit on Wednesday").
        [MethodImpl(Jit.Optimized)]
        private static int NextTriggerAfter(List<(EventKind Kind, int Start, int End)> found, int position, int end)
        {
            var next = end;
            foreach (var (_, start, _) in found)
            {
                if (start > position && start < next) next = start;
            }
            return next;
        }

        // "a summit with Putin expected as early as Wednesday", "talks between Lavrov and Choe are
        // scheduled for Friday", "the meeting, planned for next week": the words after a trigger
        // that make a happening's noun a plan. Up to seven words on, with no punctuation between but
        // a comma right before the word. Not after a verb: in "a day after arriving for talks
        // expected to focus on ...", what is expected is the talks' subject.
        private static readonly string[] PlannedAfterWords = { "expected", "scheduled", "slated", "planned", "due" };

        [MethodImpl(Jit.Optimized)]
        private bool IsPlannedAfter(int triggerStart, int triggerEnd, int sentenceEnd)
        {
            if (!IsHappeningNoun(triggerStart, triggerEnd)) return false;
            var word = triggerEnd;
            for (var words = 0; words < 7; words++)
            {
                var next = SkipBlanks(word, sentenceEnd);
                if (next < sentenceEnd && _text[next] == ',') next = SkipBlanks(next + 1, sentenceEnd);
                if (next >= sentenceEnd || !char.IsLetterOrDigit(_text[next])) return false;
                if (_text[next] is 'e' or 's' or 'p' or 'd' && IsAnyWordAt(next, sentenceEnd, PlannedAfterWords)) return true;
                // A comma ends the words looked at unless the planned word follows it; "Putin's" and
                // "G20" are one word each.
                var end = next;
                while (end < sentenceEnd && !char.IsWhiteSpace(_text[end]) && _text[end] is not (',' or '.' or ';' or ':' or '!' or '?' or '"' or '“' or '”' or '(' or ')')) end++;
                if (end < sentenceEnd && _text[end] == ',' && !IsAnyWordAt(SkipBlanks(end + 1, sentenceEnd), sentenceEnd, PlannedAfterWords)) return false;
                word = end;
            }
            return false;
        }


        // "Choe Son Hui left Pyongyang on Monday to pay an official visit to Russia" (KCNA): the
        // visit a departure was for began with it. A departure's verb up to eight words before the
        // trigger, followed by a name or "for"/"from"/"off" ("left open the possibility" is none).
        // Only for visits: "left for Vladivostok to meet Putin" met later.
        private static readonly string[] Departures = { "left", "departed", "departs", "leaves", "flew", "set" };

        private static readonly string[] AfterDeparture = { "for", "from", "off", "to" };

        [MethodImpl(Jit.Optimized)]
        private bool SetOffFor(int sentenceStart, int trigger)
        {
            for (var (word, words) = (PreviousWordStart(sentenceStart, trigger), 0); word >= 0 && words < 8; word = PreviousWordStart(sentenceStart, word), words++)
            {
                if (!IsAnyWordAt(word, trigger, Departures)) continue;
                var next = SkipBlanks(WordEnd(word, trigger), trigger);
                return next < trigger && (char.IsUpper(_text[next]) || IsAnyWordAt(next, trigger, AfterDeparture));
            }
            return false;
        }

        private static readonly string[] Preparations = { "preparations", "preparation", "preparing", "prepare", "plans", "plan", "ready", "arrangements" };

        private static readonly string[] TopicVerbs = { "discussed", "discuss", "discussing", "about" };

        // Nikkei's "agreed to start negotiations on a defense pact", "held talks on a treaty": what is
        // negotiated is not signed, and its word tells no happening. Whether "negotiations on" or
        // "talks over" stands a few words before the trigger.
        private static readonly string[] Negotiations = { "negotiations", "negotiation", "talks" };

        [MethodImpl(Jit.Optimized)]
        private bool IsNegotiatedTopic(int sentenceStart, int trigger)
        {
            var word = trigger;
            for (var words = 0; words < 4 && (word = PreviousWordStart(sentenceStart, word)) >= 0; words++)
            {
                if (!IsWordAt(word, trigger, "on") && !IsWordAt(word, trigger, "over")) continue;
                // Not a time: "held talks on Friday and signed a pact".
                if (!char.IsLower(_text[SkipBlanks(WordEnd(word, trigger), trigger)])) return false;
                return PreviousWordStart(sentenceStart, word) is var noun and >= 0 && IsAnyWordAt(noun, word, Negotiations);
            }
            return false;
        }

        // "arrived in Russia on Tuesday for a summit with Putin", "in Moscow for talks": what a journey
        // or a stay is for is still to come, as a plan is; the journey's day is not its day (Lavrov
        // arrived in Pyongyang on October 18 for talks held on the 19th). Up to three words between
        // "for" and the meeting's word, none of them a name.
        [MethodImpl(Jit.Optimized)]
        private bool IsPurpose(int sentenceStart, int trigger)
        {
            for (var (word, words) = (PreviousWordStart(sentenceStart, trigger), 0); word >= 0 && words < 4; word = PreviousWordStart(sentenceStart, word), words++)
            {
                if (char.IsUpper(_text[word])) return false;
                if (IsWordAt(word, trigger, "for")) return true;
            }
            return false;
        }

        // "met Scholz on Friday ahead of next week's EU summit", "held talks in the run-up to a
        // summit", "arrived on the eve of the talks": a happening the sentence's own one comes before,
        // still to come, as a plan is; the dates before it are the sentence's ("met Choe on Monday
        // ahead of next week's summit" is no summit of the two next week). Also "before next week's
        // summit": "before" alone ("greeted Kim before the talks") is usually the same people's
        // happening, and keeps its reading.
        // Up to five words between the phrase and the happening's word, without punctuation. Such a
        // happening gives an event only when it names its own parties (NamesItsOwnParties), on the
        // day inside its phrase ("ahead of Wednesday's summit") or one after its word.
        private static readonly (string Head, string Preposition)[] AheadPhrases = TemporalExpressions.AheadPhrases
            .Select(phrase => (phrase.Substring(0, phrase.IndexOf(' ')), phrase.Substring(phrase.IndexOf(' ') + 1)))
            .ToArray();

        // "ahead of Wednesday's summit with Kim", "before the talks between Putin and Xi": the
        // happening's word names who takes part; without that, a happening ahead of the sentence's
        // own is someone else's ("met Choe ahead of next week's summit").
        [MethodImpl(Jit.Optimized)]
        private bool NamesItsOwnParties(int triggerEnd, int sentenceEnd)
        {
            var next = SkipBlanks(triggerEnd, sentenceEnd);
            return IsWordAt(next, sentenceEnd, "with") || IsWordAt(next, sentenceEnd, "between");
        }

        // Whether the blank-separated token ending before position is word, in any case.
        [MethodImpl(Jit.Optimized)]
        private bool PreviousTokenIs(int sentenceStart, int position, string word)
        {
            var end = position;
            while (end > sentenceStart && _text[end - 1] == ' ') end--;
            var start = end - word.Length;
            return start >= sentenceStart && PatternText.MatchesIgnoringAsciiCase(_text, start, end, word) && (start == sentenceStart || _text[start - 1] == ' ');
        }

        private static readonly string[] NotBetweenAheadAndHappening = { "to", "and", "or", "with", "by", "that", "which", "who", "in", "on", "at" };

        [MethodImpl(Jit.Optimized)]
        private bool IsAheadOf(int sentenceStart, int trigger) => AheadPhraseEnd(sentenceStart, trigger) >= 0;

        // Where the phrase that puts the happening at trigger ahead ends ("ahead of| next week's
        // summit"), or -1.
        [MethodImpl(Jit.Optimized)]
        private int AheadPhraseEnd(int sentenceStart, int trigger)
        {
            var possessiveDate = false;
            var end = trigger;
            for (var words = 0; words < 6; words++)
            {
                while (end > sentenceStart && _text[end - 1] == ' ') end--;
                var start = end;
                while (start > sentenceStart && _text[start - 1] != ' ') start--;
                if (start == end) return -1;
                var last = _text[end - 1];
                if (!char.IsLetterOrDigit(last) && last != '\'' && last != '’') return -1; // punctuation ends the phrase
                if (IsWordAt(start, end, "before")) return possessiveDate ? end : -1;
                foreach (var (head, preposition) in AheadPhrases)
                {
                    if (IsWordAt(start, end, preposition) && PreviousTokenIs(sentenceStart, start, head)) return end;
                }
                if (IsAnyWordAt(start, end, NotBetweenAheadAndHappening)) return -1;
                // "next week's", "Wednesday's": the happening has a day of its own.
                if (end - start > 2 && _text[end - 1] == 's' && _text[end - 2] is '\'' or '’')
                {
                    var name = _text.Substring(start, end - 2 - start);
                    possessiveDate |= name is "week" or "month" || CalendarWords.Weekday(name) is not null;
                }
                end = start;
            }
            return -1;
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

        // "met Zelensky on the sidelines of the NATO summit": that summit is where the two met, a
        // meeting, and not a summit of theirs. Walked back by spaces: PTI's "on the sidelines of the
        // Shanghai Cooperation Organisation (SCO) summit" has an acronym in brackets.
        private static readonly string[] SidelineWords = { "sidelines", "sideline", "margins", "margin", "fringes", "fringe" };

        [MethodImpl(Jit.Optimized)]
        private bool IsSummitTheyMetAt(int sentenceStart, int trigger)
        {
            for (var (word, words) = (PreviousSpacedWordStart(sentenceStart, trigger), 0); word >= 0 && words < 10; word = PreviousSpacedWordStart(sentenceStart, word), words++)
            {
                if (IsAnyWordAt(word, trigger, SidelineWords)) return true;
            }
            return false;
        }

        // "agreements reached at the summit", "the deal signed during a visit": the happening's noun
        // after a participle of agreeing (a treaty's verbs too), a preposition of time or place and
        // a determiner.
        // Not the verb of a subject named or told right before it: in "Kishida and Khurelsukh agreed
        // at a meeting in Tokyo", "The two leaders agreed at the talks", the meeting is theirs.
        private static readonly string[] SettingParticiples = { "reached", "made", "signed", "agreed", "adopted", "struck", "concluded", "sealed", "inked" };
        private static readonly string[] SettingPrepositions = { "at", "during", "in" };
        private static readonly string[] SettingDeterminers = { "the", "a", "an", "that", "this" };
        private static readonly string[] SubjectsOfAgreeing = { "he", "she", "they", "leaders", "sides", "ministers", "presidents", "both" };

        [MethodImpl(Jit.Optimized)]
        private bool IsSettingOfAnAgreement(int sentenceStart, int trigger, IReadOnlyList<MentionSpec> mentions)
        {
            var determiner = PreviousWordStart(sentenceStart, trigger);
            // One word may describe the happening: "during the state visit", "at the recent summit".
            if (determiner >= 0 && char.IsLower(_text[determiner]) && !IsAnyWordAtAnyCase(determiner, trigger, SettingDeterminers)) determiner = PreviousWordStart(sentenceStart, determiner);
            if (determiner < 0 || !IsAnyWordAtAnyCase(determiner, trigger, SettingDeterminers)) return false;
            var preposition = PreviousWordStart(sentenceStart, determiner);
            if (preposition < 0 || !IsAnyWordAt(preposition, determiner, SettingPrepositions)) return false;
            var participle = PreviousWordStart(sentenceStart, preposition);
            if (participle < 0 || !IsAnyWordAt(participle, preposition, SettingParticiples)) return false;
            var subjectEnd = participle;
            while (subjectEnd > sentenceStart && _text[subjectEnd - 1] == ' ') subjectEnd--;
            if (PersonEndingAt(mentions, subjectEnd) is not null) return false;
            var subject = PreviousWordStart(sentenceStart, participle);
            return subject < 0 || !IsAnyWordAtAnyCase(subject, participle, SubjectsOfAgreeing);
        }

        // "the agreements reached by the leaders of the two countries in June": a date in the phrase
        // of an agreement's participle is when it was agreed, unless a happening of its own stands
        // between ("reached at talks with Putin in June"). Not "signed" or "inked", which tell a treaty.
        private static readonly string[] AgreementNouns = { "agreements", "agreement", "accords", "understandings", "understanding", "deals", "deal", "decisions", "arrangements", "consensus", "commitments" };
        private static readonly string[] AgreementParticiples = { "reached", "made", "agreed", "adopted", "achieved", "struck", "concluded" };

        [MethodImpl(Jit.Optimized)]
        private bool IsInAnAgreementsPhrase(int sentenceStart, int date)
        {
            var participle = -1;
            for (var (word, words) = (PreviousWordStart(sentenceStart, date), 0); word >= 0 && words < 12 && participle < 0; word = PreviousWordStart(sentenceStart, word), words++)
            {
                if (IsAnyWordAt(word, date, AgreementParticiples)) participle = word;
            }
            var noun = participle < 0 ? -1 : PreviousWordStart(sentenceStart, participle);
            if (noun < 0 || !IsAnyWordAt(noun, participle, AgreementNouns)) return false;
            for (var word = SkipBlanks(WordEnd(participle, date), date); word < date;)
            {
                var wordEnd = WordEnd(word, date);
                if (wordEnd > word && TriggerAt(word, wordEnd, date, out _) is var k and >= 0 && TriggerKinds[k] != EventKind.Statement) return false;
                word = SkipBlanks(Math.Max(wordEnd, word + 1), date);
            }
            return true;
        }

        // "discussed the implementation of agreements reached during the state visit of Mirziyoyev in
        // December": where, up to six words after a topic verb, the agreements' noun and its
        // participle stand; or -1. What follows is the agreeing's, and the happening's it was at.
        [MethodImpl(Jit.Optimized)]
        private int AgreementsPhraseAfter(int position, int sentenceEnd)
        {
            var word = SkipBlanks(position, sentenceEnd);
            for (var words = 0; words < 6 && word < sentenceEnd && char.IsLetter(_text[word]); words++)
            {
                var wordEnd = WordEnd(word, sentenceEnd);
                if (IsAnyWordAt(word, wordEnd, AgreementNouns) && IsAnyWordAt(SkipBlanks(wordEnd, sentenceEnd), sentenceEnd, AgreementParticiples)) return word;
                word = SkipBlanks(wordEnd, sentenceEnd);
            }
            return -1;
        }

        // "The meeting between Lavrov and Choe, planned for Friday, was cancelled", "Putin's visit has
        // been postponed": a happening's noun whose own verb, up to sixteen words on, calls it off. The
        // verb must be passive ("was", "been", ... right before it): "met Kim after talks were
        // cancelled" is called off for the talks, and the meeting's word is a verb, not a noun.
        private static readonly string[] CallingOff = { "cancelled", "canceled", "postponed", "scrapped", "shelved", "called" };

        private static readonly string[] Passives = { "was", "were", "been", "be", "is", "are" };

        [MethodImpl(Jit.Optimized)]
        private bool IsCalledOff(int sentenceStart, int trigger, int triggerEnd, int sentenceEnd)
        {
            // A noun ("meeting", "talks", "visit", ...): after "the", "his", "Putin's" or opening the sentence.
            if (!IsHappeningNoun(trigger, triggerEnd)) return false;
            var before = PreviousWordStart(sentenceStart, trigger);
            var beforeEnd = trigger;
            while (beforeEnd > sentenceStart && char.IsWhiteSpace(_text[beforeEnd - 1])) beforeEnd--;
            if (before < 0 ? trigger != sentenceStart : !IsAnyWordAtAnyCase(before, trigger, Determiners) && !IsPossessiveAt(beforeEnd - 2)) return false;
            var previous = -1;
            var word = SkipBlanks(triggerEnd, sentenceEnd);
            for (var words = 0; words < 16 && word < sentenceEnd; words++)
            {
                if (!char.IsLetterOrDigit(_text[word]))
                {
                    if (_text[word] != ',') return false;
                    word = SkipBlanks(word + 1, sentenceEnd);
                    continue;
                }
                if (previous >= 0 && _text[word] is 'c' or 'p' or 's' && IsAnyWordAt(word, sentenceEnd, CallingOff) && IsAnyWordAt(previous, sentenceEnd, Passives))
                {
                    return !IsWordAt(word, sentenceEnd, "called") || IsWordAt(SkipBlanks(word + 6, sentenceEnd), sentenceEnd, "off");
                }
                previous = word;
                while (word < sentenceEnd && !char.IsWhiteSpace(_text[word]) && _text[word] != ',' && _text[word] != '.') word++;
                word = SkipBlanks(word, sentenceEnd);
            }
            return false;
        }

        // Up to three words before a trigger, none of them a name: "did not meet", "didn't visit",
        // "has never met", "no plans to meet", "without meeting"; what only might happen ("said
        // Kishida could visit Pyongyang if ...", "the two might meet"), which did not; and what was
        // called off or left out ("cancelled his trip", "postponed a visit", "called off the talks",
        // "skipped the summit"). A sentence that opens on "Neither" ("Neither Putin nor Xi attended
        // the meeting") tells of nothing that happened.
        private static readonly string[] Negations =
        {
            "not", "never", "no", "without", "could", "might", "may",
            "cancelled", "canceled", "cancels", "postponed", "postpones", "scrapped", "shelved", "skipped", "skips", "boycotted", "snubbed",
        };

        // Which ASCII letters a negation starts with: every dated trigger looks back at three words,
        // and most of them start with none of these, so they are not compared with every negation.
        private static readonly bool[] StartsANegation = Enumerable.Range(0, 128).Select(c => Negations.Any(negation => negation[0] == c)).ToArray();

        [MethodImpl(Jit.Optimized)]
        private bool IsNegated(int sentenceStart, int trigger)
        {
            if (IsWordAtAnyCase(SkipBlanks(sentenceStart, trigger), trigger, "neither")) return true;
            for (var (word, words) = (PreviousWordStart(sentenceStart, trigger), 0); word >= 0 && words < 3; word = PreviousWordStart(sentenceStart, word), words++)
            {
                if (char.IsUpper(_text[word])) return false;
                if (_text[word] < StartsANegation.Length && StartsANegation[_text[word]] && IsAnyWordAt(word, trigger, Negations)) return true;
                if (IsWordAt(word, trigger, "off") && PreviousWordStart(sentenceStart, word) is var called and >= 0 && IsWordAt(called, word, "called")) return true;
                // "didn't": the letters before the blank are the "t" after "n'".
                if (IsWordAt(word, trigger, "t") && word >= 2 && (_text[word - 1] == '\'' || _text[word - 1] == '’') && _text[word - 2] == 'n') return true;
            }
            return false;
        }

        // The past-tense or present verbs among the Visit triggers, whose subject stands before them.
        [MethodImpl(Jit.Optimized)]
        private bool IsTravelVerb(int start, int end) => IsOneOf(start, end, TravelVerbs);

        private static readonly string[] TravelVerbs = { "visited", "arrive", "arrived", "arrives", "arriving", "traveled", "travelled", "toured" };

        // A journey's words that enter the place: arriving, or a phrase of going there ("flew to",
        // "travel on to", "left for"), not one of coming back from it ("returned from").
        private static readonly string[] EntryWords = { "arrive", "arrived", "arrives", "arriving", "arrival", "traveled", "travelled" };

        [MethodImpl(Jit.Optimized)]
        private bool IsEntry(int start, int end)
            => IsOneOf(start, end, EntryWords) || (IsVisitPhrase(start, end) && !PatternText.MatchesIgnoringAsciiCase(_text, start, end, "return"));

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

        // "received a phone call from", "received a congratulatory message", "receives letters": what
        // was received is a thing sent from afar, no visitor met. Lower-case words only: a name after
        // the verb is the one received ("received a delegation", "received Lavrov").
        private static readonly string[] ReceivingWords = { "received", "receives" };

        private static readonly string[] ThingsReceived =
        {
            "letter", "letters", "message", "messages", "phone", "telephone", "call", "calls", "cable", "invitation", "note", "report", "reports",
            "award", "medal", "prize", "congratulations", "greetings", "gift", "gifts", "reply", "response", "request", "proposal", "offer",
            "copy", "word", "briefing", "assurances", "support", "backing", "approval", "visa", "shipment", "delivery", "email", "video",
        };

        [MethodImpl(Jit.Optimized)]
        private bool ReceivesAThing(int kindIndex, int start, int end, int sentenceEnd)
        {
            if (TriggerKinds[kindIndex] != EventKind.Meeting || !IsOneOf(start, end, ReceivingWords)) return false;
            var word = SkipBlanks(end, sentenceEnd);
            for (var words = 0; words < 4 && word < sentenceEnd && char.IsLower(_text[word]); words++)
            {
                var wordEnd = WordEnd(word, sentenceEnd);
                if (wordEnd == word) return false;
                if (IsOneOf(word, wordEnd, ThingsReceived)) return true;
                if (wordEnd < sentenceEnd && _text[wordEnd] == '-') wordEnd = WordEnd(wordEnd + 1, sentenceEnd); // "a well-wishing message"
                if (wordEnd < sentenceEnd && _text[wordEnd] != ' ') return false;
                word = SkipBlanks(wordEnd, sentenceEnd);
            }
            return false;
        }

        private static readonly string[] InfinitiveMarkers = { "will", "would", "to", "shall", "may", "might", "can", "could", "also", "then", "later" };

        // "Call on" is the verb of a courtesy call only after "will", "to" and the like ("received a
        // call on Friday" is a call), never on a day ("call on Friday"), and not someone called on
        // to act ("will call on Russia to withdraw"): a "to" before the clause ends, within a few
        // words, tells that.
        [MethodImpl(Jit.Optimized)]
        private bool IsNoCourtesyCall(int kindIndex, int start, int end, int sentenceEnd)
        {
            if (TriggerKinds[kindIndex] != EventKind.Meeting || end - start != 7 || !PatternText.MatchesIgnoringAsciiCase(_text, start, end, "call on")) return false;
            if (!(PreviousWordStart(0, start) is var before and >= 0 && IsAnyWordAt(before, start, InfinitiveMarkers))) return true;
            var word = SkipBlanks(end, sentenceEnd);
            if (word < sentenceEnd && char.IsUpper(_text[word]))
            {
                var name = _text.Substring(word, WordEnd(word, sentenceEnd) - word);
                if (CalendarWords.Weekday(name) is not null || CalendarWords.MonthNumber(name) > 0) return true;
            }
            for (var words = 0; words < 8 && word < sentenceEnd; words++)
            {
                var wordEnd = WordEnd(word, sentenceEnd);
                if (wordEnd == word) return false;
                if (IsWordAt(word, sentenceEnd, "to")) return true;
                if (wordEnd < sentenceEnd && _text[wordEnd] is ',' or ';' or ':' or '.') return false;
                word = SkipBlanks(wordEnd, sentenceEnd);
            }
            return false;
        }

        private static readonly string[] GreetingWords = { "welcomed", "welcomes", "greeted", "greets" };

        [MethodImpl(Jit.Optimized)]
        private bool IsGreeting(int start, int end) => IsOneOf(start, end, GreetingWords);

        // "where Kim greeted him": the greeting's object is a person the sentence names before (not
        // "welcomed her decision", a possessive).
        [MethodImpl(Jit.Optimized)]
        private bool GreetsAPronoun(int end, int sentenceEnd)
        {
            var word = SkipBlanks(end, sentenceEnd);
            return word > end && IsObjectPronounAt(word, sentenceEnd);
        }

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
                    if (_text[c] is ',' or ';' or ':' && !IsTitleBeforeItsHolder(end, c, m.Span.Start)) return false;
                }
                return !IsPossessive(m);
            }
            return false;
        }

        private static readonly string[] TitleOpenings = { "the", "his", "her", "their" };
        private static readonly string[] StylesBeforeAHolder = { "Mr", "Ms", "Mrs", "Dr" };

        // "welcomed the President of Finland, Mr Alexander Stubb, to ...", "greeted his Finnish
        // counterpart, Alexander Stubb": a few words of title from "the" or a possessive up to the
        // comma at comma, and the person named right after it.
        [MethodImpl(Jit.Optimized)]
        private bool IsTitleBeforeItsHolder(int from, int comma, int holder)
        {
            if (_text[comma] != ',') return false;
            var word = SkipBlanks(from, comma);
            if (!IsAnyWordAt(word, comma, TitleOpenings) || TextWords.CountUpTo(_text, word, comma, 7) > 6) return false;
            var next = SkipBlanks(comma + 1, holder);
            if (next < holder && IsAnyWordAt(next, holder, StylesBeforeAHolder))
            {
                var styleEnd = WordEnd(next, holder);
                if (styleEnd < holder && _text[styleEnd] == '.') styleEnd++; // "Mr." as American style writes it
                next = SkipBlanks(styleEnd, holder);
            }
            return next == holder;
        }
    }
}
