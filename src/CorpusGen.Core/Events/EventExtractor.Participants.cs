using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CorpusGen.Core.Dates;
using CorpusGen.Core.Model;
using CorpusGen.Core.Names;
using CorpusGen.Core.Text;
using System.Runtime.CompilerServices;

namespace CorpusGen.Core.Events
{
    /// <summary>
    /// Who took part in a happening and where it happened.
    /// </summary>
    public sealed partial class EventExtractor
    {
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
                if ((i > sentence.Start && char.IsLetter(_text[i - 1])) || !IsObjectPronounAt(i, sentence.End)) continue;
                var verb = PreviousWordStart(sentence.Start, i);
                if (verb >= 0 && IsWordAt(verb, i, "with")) verb = PreviousWordStart(sentence.Start, verb);
                if (verb < 0) continue;
                // "saw him off": a farewell (FarewellVerb).
                if (SeesOffPronounAt(verb, sentence.End)) return earlier;
                if (TriggerWordAt(verb, sentence.End) is not (EventKind.Meeting or EventKind.Summit or EventKind.Talks)) continue;
                return earlier;
            }
            return null;
        }

        // "him" or "her" at i as an object ("greeted him", "met her on Monday"), not "her" before a noun.
        [MethodImpl(Jit.Optimized)]
        private bool IsObjectPronounAt(int i, int end) => IsAnyWordAt(i, end, ObjectPronouns) && !IsHerBeforeANoun(i, end);

        // "her counterpart", "her November trip": "her" at i as a possessive.
        [MethodImpl(Jit.Optimized)]
        private bool IsHerBeforeANoun(int i, int end) => IsWordAt(i, end, "her") && OpensNounPhrase(i + 3, end);

        // Whether a word that may be a noun follows at i: "her counterpart", "her Russian host"; not
        // "her on Monday", "her warmly", or the end of the sentence.
        private static readonly string[] AfterAnObject = { "on", "in", "at", "for", "during", "after", "before", "and", "with", "to", "as", "warmly", "again", "personally", "briefly", "later", "earlier", "twice", "when", "while" };

        [MethodImpl(Jit.Optimized)]
        private bool OpensNounPhrase(int i, int end)
        {
            var word = SkipBlanks(i, end);
            return word > i && word < end && char.IsLetter(_text[word]) && !IsAnyWordAt(word, end, AfterAnObject);
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
                if (TextWords.Count(_text, end, m.Span.Start) > 3 || IsPossessive(m) || BeforeACapital(m.Span.Start + m.Span.Length)) return null;
                return m.EntityId;
            }
            return null;
        }

        // "the first visit to Russia by a North Korean foreign minister", "a trip to Japan by Yoon": a
        // visit's noun with "by" and its agent a few words on. Agent is the person named there, or
        // null when the words name nobody the catalog knows (a title: who travelled is not known, and
        // it is not the sentence's subject, who may be the host). False when there is no such "by":
        // not "a visit to Pyongyang by train", nor "will visit Moscow by the end of the year".
        private static readonly string[] VisitNouns = { "visit", "visits", "trip" };

        private static readonly string[] NotAnAgent = { "end", "time", "way", "then", "now" };

        // "met with Lavrov here on Tuesday", "held talks here": the dateline's place, when "here"
        // stands in the trigger's clause (before a comma) within eight words.
        [MethodImpl(Jit.Optimized)]
        private string? Here(int triggerEnd, int sentenceEnd)
        {
            if (_datelinePlace is null) return null;
            for (int i = SkipBlanks(triggerEnd, sentenceEnd), words = 0; i < sentenceEnd && words < 8; words++)
            {
                if (IsWordAt(i, sentenceEnd, "here") && !char.IsLetter(_text[i - 1])) return _datelinePlace;
                while (i < sentenceEnd && (char.IsLetterOrDigit(_text[i]) || _text[i] is '-' or '\'' or '’' or '.')) i++;
                if (i < sentenceEnd && _text[i] != ' ') return null;
                i = SkipBlanks(i, sentenceEnd);
            }
            return null;
        }

        // Whether every mention of id in the sentence is a visit's "by" ("a visit by President
        // Vladimir Putin"; a title of up to three words may stand between) or, as what was
        // talked about, its possessive ("discussed Vladimir Putin's planned visit"; not "followed
        // Putin's trip to Pyongyang, when he and Kim signed", where he took part).
        [MethodImpl(Jit.Optimized)]
        private bool OnlyAVisitsTraveller(IReadOnlyList<MentionSpec> mentions, string id, int sentenceStart, int sentenceEnd)
        {
            var found = false;
            for (var i = 0; i < mentions.Count; i++)
            {
                if (mentions[i].EntityId != id) continue;
                if (VisitNounAfterPossessive(mentions[i].Span.Start + mentions[i].Span.Length, sentenceEnd) >= 0 && TopicBefore(sentenceStart, mentions[i].Span.Start))
                {
                    found = true;
                    continue;
                }
                var word = WordBeforeTitles(sentenceStart, mentions[i].Span.Start);
                if (word < 0 || !IsWordAt(word, mentions[i].Span.Start, "by")) return false;
                // "a visit by", or with its destination between: "a visit to North Korea by".
                var noun = PreviousWordStart(sentenceStart, word);
                for (var between = 0; noun >= 0 && between < 3 && !IsAnyWordAt(noun, word, VisitNouns); between++) noun = PreviousWordStart(sentenceStart, noun);
                if (noun < 0 || !IsAnyWordAt(noun, word, VisitNouns)) return false;
                found = true;
            }
            return found;
        }

        // "The Security Council met to discuss North Korea's launch of a satellite": a name whose
        // every mention here is a possessive right after a verb of talking about is what was talked
        // about, no side of the meeting.
        [MethodImpl(Jit.Optimized)]
        private bool OnlyATopic(IReadOnlyList<MentionSpec> mentions, string id, int sentenceStart)
        {
            var found = false;
            for (var i = 0; i < mentions.Count; i++)
            {
                if (mentions[i].EntityId != id) continue;
                if (!IsPossessiveAt(mentions[i].Span.Start + mentions[i].Span.Length) || !TopicBefore(sentenceStart, mentions[i].Span.Start)) return false;
                found = true;
            }
            return found;
        }

        // "discussed Putin's visit", "talked about Putin's trip": a verb of talking about, or "about",
        // right before the name (a title of up to three words may stand between).
        [MethodImpl(Jit.Optimized)]
        private bool TopicBefore(int sentenceStart, int name)
            => WordBeforeTitles(sentenceStart, name) is var word and >= 0 && IsAnyWordAt(word, name, TopicVerbs);

        // Where the word before the name at name starts, past a title of up to three capitalized
        // words ("by Russian President Vladimir Putin": "by"), or -1.
        [MethodImpl(Jit.Optimized)]
        private int WordBeforeTitles(int sentenceStart, int name)
        {
            var word = PreviousWordStart(sentenceStart, name);
            for (var titles = 0; word >= 0 && titles < 3 && char.IsUpper(_text[word]); titles++) word = PreviousWordStart(sentenceStart, word);
            return word;
        }

        // Whether the first mention of person is right after "by" (past a title).
        [MethodImpl(Jit.Optimized)]
        private bool IsPassiveAgent(IReadOnlyList<MentionSpec> mentions, string person, int sentenceStart)
        {
            for (var m = 0; m < mentions.Count; m++)
            {
                if (mentions[m].EntityId != person) continue;
                var word = WordBeforeTitles(sentenceStart, mentions[m].Span.Start);
                return word >= 0 && IsWordAt(word, mentions[m].Span.Start, "by");
            }
            return false;
        }

        // "Kim saw off Putin at the airport on Thursday, ending a visit ...", "saw Putin off", "bade
        // farewell to Putin": the one seen off made the journey, not the host. The person the
        // farewell names before the trigger, or null.
        private static readonly string[] SeeingOff = { "saw", "see", "sees", "seeing", "seen" };
        private static readonly string[] BiddingFarewell = { "bade", "bid", "bids", "bidding" };
        private static readonly string[] FarewellWords = { "farewell", "goodbye" };

        [MethodImpl(Jit.Optimized)]
        private string? SeenOffGuest(IReadOnlyList<MentionSpec> mentions, int sentenceStart, int trigger)
        {
            for (var i = sentenceStart; i + 3 < trigger; i++)
            {
                if ((_text[i] != 's' && _text[i] != 'b') || (i > sentenceStart && char.IsLetter(_text[i - 1]))) continue;
                if (FarewellAt(i, trigger, mentions, out var guest) && guest is not null) return guest;
            }
            return null;
        }

        // "Kim saw Putin off at the airport", "before seeing him off", "saw off Putin", "bade
        // farewell to Putin", "was seen off by Kim": a farewell, like a welcome, is a meeting of the
        // two. Where its verb stands, or -1.
        [MethodImpl(Jit.Optimized)]
        private int FarewellVerb((int Start, int End) sentence, IReadOnlyList<MentionSpec> mentions)
        {
            for (var i = sentence.Start; i + 8 < sentence.End; i++)
            {
                if ((_text[i] != 's' && _text[i] != 'b') || (i > sentence.Start && char.IsLetter(_text[i - 1]))) continue;
                if (FarewellAt(i, sentence.End, mentions, out _)) return i;
            }
            return -1;
        }

        /// <summary>
        /// "The meeting was attended by Mondino and Posse", "The meeting, which also included Foreign
        /// Minister Diana Mondino, lasted an hour", "Mondino also attended the talks": a sentence that
        /// tells no happening of its own but who else took part in the meeting told before adds them
        /// to it. <paramref name="from"/> is where the events of the last sentence that told any begin
        /// in <paramref name="found"/> (-1 for none); the meeting's report gains this sentence as a source.
        /// </summary>
        [MethodImpl(Jit.Optimized)]
        public void AddAttendees(List<EventSpec> found, int from, (int Start, int End) sentence, IReadOnlyList<MentionSpec> mentions)
        {
            if (from < 0 || mentions.Count == 0) return;
            var (attendeesStart, attendeesEnd) = Attendees(sentence, mentions);
            if (attendeesStart < 0) return;
            var meeting = -1;
            for (var i = found.Count - 1; i >= from && meeting < 0; i--)
            {
                if (HappeningOf(found[i].Kind) == EventKind.Meeting) meeting = i;
            }
            if (meeting < 0) return;
            var e = found[meeting];
            var participants = new List<string>(e.ParticipantIds);
            for (var i = 0; i < mentions.Count; i++) // not foreach: a list's enumerator would be boxed
            {
                var m = mentions[i];
                if (m.Span.Start >= attendeesStart && m.Span.End <= attendeesEnd && Kind(m) == EntityKind.Person && !participants.Contains(m.EntityId)) participants.Add(m.EntityId);
            }
            if (participants.Count == e.ParticipantIds.Count) return;
            found[meeting] = ToldAgain(e, sentence, participants, e.PlaceId);
        }

        // The event with what the sentence adds to it, the sentence one more of its sources.
        [MethodImpl(Jit.Optimized)]
        private EventSpec ToldAgain(EventSpec e, (int Start, int End) sentence, List<string> participants, string? place)
        {
            var told = new List<EventSpec>(1);
            Add(told, sentence, e.Kind, e.Date, participants, place, e.Entry);
            var sources = new EventSourceSpec[e.Sources.Count + 1];
            for (var i = 0; i < e.Sources.Count; i++) sources[i] = e.Sources[i];
            sources[sources.Length - 1] = told[0].Sources[0];
            return told[0] with { Sources = new EquatableArray<EventSourceSpec>(sources) };
        }

        /// <summary>
        /// "The meeting took place in Baku, where Tokayev arrived on Wednesday", "The talks were held
        /// in Riyadh": a sentence that tells where the meeting told before was held, with no time of
        /// its own there, gives it that place when it had none. <paramref name="from"/> is where the
        /// events of the last sentence that told any begin in <paramref name="found"/> (-1 for none),
        /// <paramref name="own"/> where this sentence's begin; a lead held back for its day
        /// ("Aliyev has received Tokayev") is the meeting when those tell none.
        /// </summary>
        [MethodImpl(Jit.Optimized)]
        public void AddPlaceHeld(List<EventSpec> found, int from, int own, (int Start, int End) sentence, TemporalMention[] dates, IReadOnlyList<MentionSpec> mentions)
        {
            var end = sentence.End;
            if (!OpensOnAMeetingNoun(sentence)) return;
            var held = FirstOf(sentence, HeldIn);
            if (held < 0) return;
            var clauseEnd = _text.IndexOf(',', held, end - held);
            if (clauseEnd < 0) clauseEnd = end;
            foreach (var date in dates)
            {
                if (date.Value is not null && date.Start < clauseEnd) return; // "took place in Baku on Monday": RefersBack's
            }
            string? place = null;
            for (var i = 0; i < mentions.Count && place is null; i++)
            {
                if (mentions[i].Span.Start > held && mentions[i].Span.Start < clauseEnd && Kind(mentions[i]) is EntityKind.Place or EntityKind.Country) place = mentions[i].EntityId;
            }
            if (place is null) return;
            if (!PlaceLastMeeting(found, from, own, sentence, place) && _leadEvents is not null) PlaceLastMeeting(_leadEvents, 0, _leadEvents.Count, sentence, place);
        }

        private static readonly string[] HeldIn = { " took place in ", " was held in ", " were held in ", " took place at ", " was held at ", " were held at " };

        // Gives the last meeting of events[from, own) the place the sentence names, when it has none;
        // whether there was a meeting.
        [MethodImpl(Jit.Optimized)]
        private bool PlaceLastMeeting(List<EventSpec> events, int from, int own, (int Start, int End) sentence, string place)
        {
            for (var i = own - 1; i >= from && i >= 0; i--)
            {
                if (HappeningOf(events[i].Kind) != EventKind.Meeting) continue;
                if (events[i].PlaceId is null) events[i] = ToldAgain(events[i], sentence, new List<string>(events[i].ParticipantIds), place);
                return true;
            }
            return false;
        }

        private static readonly string[] MeetingNouns = { "meeting", "talks", "summit" };

        // "The meeting ...", "The talks ...", "The summit ...": a sentence about the meeting told before.
        [MethodImpl(Jit.Optimized)]
        private bool OpensOnAMeetingNoun((int Start, int End) sentence)
            => IsWordAt(sentence.Start, sentence.End, "The") && IsAnyWordAt(SkipBlanks(sentence.Start + 3, sentence.End), sentence.End, MeetingNouns);
        private static readonly string[] AttendedBy = { " attended by ", " joined by ", " included " };
        private static readonly string[] AttendedThe = { " attended the ", " joined the " };

        // Where the sentence names those who also took part, or (-1, -1): after "The meeting ...
        // attended by", "... included" or "... joined by" up to a relative clause of their own
        // (", who later flew to Rome"), or before "(also) attended the meeting" or "joined the talks".
        // Ordinal searches: most sentences that tell no happening are neither.
        [MethodImpl(Jit.Optimized)]
        private (int Start, int End) Attendees((int Start, int End) sentence, IReadOnlyList<MentionSpec> mentions)
        {
            var end = sentence.End;
            if (IsWordAt(sentence.Start, end, "The"))
            {
                if (!OpensOnAMeetingNoun(sentence)) return (-1, -1);
                var by = FirstOf(sentence, AttendedBy);
                if (by < 0) return (-1, -1);
                var start = _text.IndexOf(' ', by + 1) + 1;
                var clause = _text.IndexOf(", wh", start, end - start, StringComparison.Ordinal);
                return (start, clause < 0 ? end : clause);
            }
            if (Kind(mentions[0]) != EntityKind.Person || mentions[0].Span.Start > sentence.Start + 40) return (-1, -1);
            var verb = FirstOf(sentence, AttendedThe);
            if (verb < 0 || !IsAnyWordAt(_text.IndexOf(" the ", verb + 1, StringComparison.Ordinal) + 5, end, MeetingNouns)) return (-1, -1);
            return (sentence.Start, verb);
        }

        // Where the first of the phrases stands in the sentence, or -1.
        [MethodImpl(Jit.Optimized)]
        private int FirstOf((int Start, int End) sentence, string[] phrases)
        {
            var first = -1;
            foreach (var phrase in phrases)
            {
                var at = _text.IndexOf(phrase, sentence.Start, sentence.End - sentence.Start, StringComparison.Ordinal);
                if (at >= 0 && (first < 0 || at < first)) first = at;
            }
            return first;
        }

        // The lower-case words a title before the one called on may hold ("the President of Mauritius", "his counterpart").
        private static readonly string[] WordsBeforeOneCalledOn = { "the", "of", "his", "her", "their", "visiting", "counterpart" };

        // "Jaishankar called on President Roopun on 10 March", "Billström also called on Prime
        // Minister Kaja Kallas": a courtesy call paid, told in the past, where "called on" is more
        // often an appeal ("called on Russia to withdraw", "called on Kallas to send more"). It is
        // a call only when the first name after it is a person's, after titles at most, and no "to"
        // with a verb follows. Where "called on" stands, or -1.
        [MethodImpl(Jit.Optimized)]
        private int CourtesyCallPaid((int Start, int End) sentence, IReadOnlyList<MentionSpec> mentions)
        {
            var called = _text.IndexOf("called on ", sentence.Start, sentence.End - sentence.Start, StringComparison.Ordinal);
            if (called < 0 || (called > sentence.Start && char.IsLetter(_text[called - 1]))) return -1;
            var after = called + "called on ".Length;
            MentionSpec? named = null;
            for (var m = 0; m < mentions.Count && named is null; m++)
            {
                var start = mentions[m].Span.Start;
                if (start < after) continue;
                if (Kind(mentions[m]) == EntityKind.Person) named = mentions[m];
                // The country of a title ("the President of Mauritius, ...") is no one called on.
                else if (start < after + 3 || !PatternText.Matches(_text, start - 3, start, "of ")) return -1;
            }
            if (named is null) return -1;
            for (var word = after; word < named.Span.Start; word = SkipBlanks(WordEnd(word, named.Span.Start) + 1, named.Span.Start))
            {
                if (char.IsLower(_text[word]) && !IsAnyWordAt(word, named.Span.Start, WordsBeforeOneCalledOn)) return -1;
            }
            for (var word = after; word < sentence.End; word = SkipBlanks(WordEnd(word, sentence.End) + 1, sentence.End))
            {
                if (!IsWordAt(word, sentence.End, "to")) continue;
                var next = SkipBlanks(word + 2, sentence.End);
                if (next < sentence.End && char.IsLower(_text[next])) return -1;
            }
            return called;
        }

        // Whether a farewell's verb stands at verb, seeing off a person or a pronoun ("saw off a
        // challenge" is none); guest is the person it names after the verb, if any ("saw Putin
        // off", not "saw him off" or "was seen off by Kim").
        [MethodImpl(Jit.Optimized)]
        private bool FarewellAt(int verb, int end, IReadOnlyList<MentionSpec> mentions, out string? guest)
        {
            guest = null;
            var next = SkipBlanks(WordEnd(verb, end), end);
            if (IsAnyWordAt(verb, end, BiddingFarewell))
            {
                if (!IsAnyWordAt(next, end, FarewellWords)) return false;
                var to = SkipBlanks(WordEnd(next, end), end);
                if (!IsWordAt(to, end, "to")) return false;
                guest = PersonAt(mentions, SkipBlanks(to + 2, end))?.EntityId;
                return true;
            }
            if (!IsAnyWordAt(verb, end, SeeingOff)) return false;
            if (IsWordAt(next, end, "off"))
            {
                var seen = SkipBlanks(next + 3, end);
                guest = PersonAt(mentions, seen)?.EntityId;
                return guest is not null || IsObjectPronounAt(seen, end) || (IsWordAt(seen, end, "by") && PersonAt(mentions, SkipBlanks(seen + 2, end)) is not null);
            }
            if (SeesOffPronounAt(verb, end)) return true;
            guest = PersonAt(mentions, next) is { } person && IsWordAt(SkipBlanks(next + person.Span.Length, end), end, "off") ? person.EntityId : null;
            return guest is not null;
        }

        // "saw him off", "seeing her off": a farewell to the one named before, its verb at verb.
        [MethodImpl(Jit.Optimized)]
        private bool SeesOffPronounAt(int verb, int end)
        {
            if (!IsAnyWordAt(verb, end, SeeingOff)) return false;
            var pronoun = SkipBlanks(WordEnd(verb, end), end);
            return IsObjectPronounAt(pronoun, end) && IsWordAt(SkipBlanks(WordEnd(pronoun, end), end), end, "off");
        }

        // The person's name that starts at i, or null.
        [MethodImpl(Jit.Optimized)]
        private MentionSpec? PersonAt(IReadOnlyList<MentionSpec> mentions, int i)
        {
            for (var m = 0; m < mentions.Count; m++) // not foreach: a list's enumerator would be boxed
            {
                if (mentions[m].Span.Start == i && Kind(mentions[m]) == EntityKind.Person) return mentions[m];
            }
            return null;
        }

        // "discussed Putin's planned visit to Türkiye": the person whose possessive stands right
        // before the journey's noun at trigger (one word may stand between) is the traveller, or null.
        [MethodImpl(Jit.Optimized)]
        private string? PossessiveTraveller(IReadOnlyList<MentionSpec> mentions, int trigger, int sentenceEnd)
        {
            for (var i = mentions.Count - 1; i >= 0; i--)
            {
                var end = mentions[i].Span.Start + mentions[i].Span.Length;
                if (end > trigger) continue;
                return Kind(mentions[i]) == EntityKind.Person && VisitNounAfterPossessive(end, sentenceEnd) == trigger ? mentions[i].EntityId : null;
            }
            return null;
        }

        // Whether the possessive right before the journey's noun at trigger (one word may stand
        // between) is that of a name the catalog lacks.
        [MethodImpl(Jit.Optimized)]
        private bool UnknownPossessiveBefore(int trigger, (int Start, int End) sentence)
        {
            // The "s" of "'s" is a word of its own to PreviousWordStart.
            var word = PreviousWordStart(sentence.Start, trigger);
            for (var words = 0; word > sentence.Start && words < 3; words++, word = PreviousWordStart(sentence.Start, word))
            {
                var possessive = word - 1;
                if (!IsPossessiveAt(possessive)) continue;
                if (VisitNounAfterPossessive(possessive, sentence.End) != trigger || !UnknownNameWithin(sentence.Start, possessive)) return false;
                foreach (var name in _unresolved)
                {
                    if (name.Span.Start + name.Span.Length == possessive) return true;
                }
                return false;
            }
            return false;
        }

        private static readonly string[] PossessivePronouns = { "his", "her" };

        // "Her trip to Moscow began on Sunday", "It was her first visit to Moscow": "his" or "her"
        // right before the journey's noun at trigger, one word between at most.
        [MethodImpl(Jit.Optimized)]
        private bool HasPronounPossessive(int sentenceStart, int trigger) => AmongWordsBefore(sentenceStart, trigger, 2, PossessivePronouns);

        // Whether one of words (any case) is among the count words right before position.
        [MethodImpl(Jit.Optimized)]
        private bool AmongWordsBefore(int sentenceStart, int position, int count, string[] words)
        {
            var word = PreviousWordStart(sentenceStart, position);
            for (var seen = 0; word >= 0 && seen < count; seen++, word = PreviousWordStart(sentenceStart, word))
            {
                if (IsAnyWordAtAnyCase(word, position, words)) return true;
            }
            return false;
        }

        // "'s visit", "'s planned trip", "'s first official visit", "'s two-day visit": where a visit's
        // noun stands, after at most two words that are no preposition ("'s remarks about the
        // visit" is no journey of theirs), right after the possessive at i; or -1.
        [MethodImpl(Jit.Optimized)]
        private int VisitNounAfterPossessive(int i, int sentenceEnd)
        {
            if (!IsPossessiveAt(i)) return -1;
            var word = SkipBlanks(i + 2, sentenceEnd);
            for (var between = 0; word < sentenceEnd; between++)
            {
                if (IsOneOf(word, WordEnd(word, sentenceEnd), VisitNouns)) return word;
                var wordEnd = word;
                while (wordEnd < sentenceEnd && (char.IsLetterOrDigit(_text[wordEnd]) || _text[wordEnd] == '-')) wordEnd++;
                if (between == 2 || wordEnd == word || IsAnyWordAt(word, wordEnd, Prepositions) || IsWordAt(word, wordEnd, "about")) return -1;
                word = SkipBlanks(wordEnd, sentenceEnd);
            }
            return -1;
        }

        [MethodImpl(Jit.Optimized)]
        private bool VisitBy(IReadOnlyList<MentionSpec> mentions, int triggerStart, int triggerEnd, int sentenceEnd, out string? agent)
        {
            agent = null;
            if (!IsOneOf(triggerStart, triggerEnd, VisitNouns)) return false;
            var by = -1;
            for (int i = SkipBlanks(triggerEnd, sentenceEnd), words = 0; i < sentenceEnd && words < 6 && by < 0; words++)
            {
                if (IsWordAt(i, sentenceEnd, "by")) by = i;
                var wordEnd = i;
                // "the U.S. capital": a period inside a word does not end the phrase.
                while (wordEnd < sentenceEnd && (char.IsLetterOrDigit(_text[wordEnd]) || _text[wordEnd] is '-' or '\'' or '’'
                                                 || (_text[wordEnd] == '.' && wordEnd + 1 < sentenceEnd && char.IsLetter(_text[wordEnd + 1])))) wordEnd++;
                if (wordEnd == i) return false;
                i = wordEnd;
                if (i < sentenceEnd && _text[i] == '.') i++;
                if (i < sentenceEnd && _text[i] != ' ') return false;
                i = SkipBlanks(i, sentenceEnd);
            }
            if (by < 0) return false;
            var next = SkipBlanks(by + 2, sentenceEnd);
            if (next >= sentenceEnd) return false;
            if (IsWordAt(next, sentenceEnd, "a") || IsWordAt(next, sentenceEnd, "an") || IsWordAt(next, sentenceEnd, "the"))
            {
                var noun = SkipBlanks(next + (_text[next + 1] == ' ' ? 1 : _text[next + 1] == 'n' ? 2 : 3), sentenceEnd);
                if (IsAnyWordAt(noun, sentenceEnd, NotAnAgent)) return false;
            }
            else if (!char.IsUpper(_text[next])) return false;
            var phraseEnd = next;
            while (phraseEnd < sentenceEnd && _text[phraseEnd] is not (',' or ';' or ':' or '(')) phraseEnd++;
            for (var m = 0; m < mentions.Count && agent is null; m++)
            {
                if (mentions[m].Span.Start >= next && mentions[m].Span.Start < phraseEnd && Kind(mentions[m]) == EntityKind.Person
                    && TextWords.Count(_text, next, mentions[m].Span.Start) <= 6) agent = mentions[m].EntityId;
            }
            return true;
        }

        // Whether a journey's trigger ending at end goes on to a name the catalog does not know:
        // "visited Hanoi", "travel to Vietnam", "arrived in the Chinese city of Harbin" is not (an
        // adjective and a noun come first), nor "arrived in the North Korean capital".
        private static readonly string[] DestinationWords = { "to", "in", "at", "into" };

        // "arrived in the Chinese capital": the country, when nothing else names where.
        [MethodImpl(Jit.Optimized)]
        private string? CapitalAfter(int end, int sentenceEnd, out int phraseEnd)
        {
            phraseEnd = -1;
            if (_countries.Count == 0) return null;
            // "arrived in the ...", "visited the ...", "flew to the ..." (the phrase holds the "to").
            var i = SkipBlanks(end, sentenceEnd);
            if (IsAnyWordAt(i, sentenceEnd, DestinationWords)) i = WordEnd(i, sentenceEnd);
            return PersonDescriptions.CapitalOfCountryAt(_text, i, sentenceEnd, _countries, out phraseEnd);
        }

        // "met in the Ukrainian capital", "held talks with Choe in the North Korean capital": the
        // country of a capital "in" names within the trigger's clause (up to twelve words, no comma).
        [MethodImpl(Jit.Optimized)]
        private string? CapitalInClause(int end, int sentenceEnd)
        {
            if (_countries.Count == 0) return null;
            for (int i = SkipBlanks(end, sentenceEnd), words = 0; i < sentenceEnd && words < 12; words++)
            {
                if (IsWordAt(i, sentenceEnd, "in")) return PersonDescriptions.CapitalOfCountryAt(_text, i + 2, sentenceEnd, _countries, out _);
                var wordEnd = i;
                while (wordEnd < sentenceEnd && _text[wordEnd] is not (' ' or ',')) wordEnd++;
                if (wordEnd < sentenceEnd && _text[wordEnd] == ',') return null;
                i = SkipBlanks(wordEnd, sentenceEnd);
            }
            return null;
        }

        // Where that name ends, or -1.
        [MethodImpl(Jit.Optimized)]
        private int UnknownDestinationEnd(int end, int sentenceEnd)
        {
            var i = SkipBlanks(end, sentenceEnd);
            if (IsAnyWordAt(i, sentenceEnd, DestinationWords))
            {
                while (i < sentenceEnd && char.IsLetter(_text[i])) i++;
                i = SkipBlanks(i, sentenceEnd);
                if (IsWordAt(i, sentenceEnd, "the")) i = SkipBlanks(i + 3, sentenceEnd);
            }
            // A binary search: a long article may name thousands of unknown places, and travel as often.
            if (Array.BinarySearch(UnresolvedStarts(), i) < 0) return -1;
            // "arrived at Pyongyang Sunan International Airport": a name that opens on a known place
            // is where that place is (MentionFinder keeps the place a mention).
            foreach (var mention in _articleMentions)
            {
                if (mention.Span.Start == i) return -1;
                if (mention.Span.Start > i) break;
            }
            foreach (var name in _unresolved)
            {
                if (name.Span.Start == i) return i + name.Span.Length;
            }
            return -1;
        }

        // "landed at Noi Bai International Airport in Hanoi, ... after a trip to North Korea": the
        // place a journey to a name the catalog lacks names later is another place, unless it stands
        // right after that name, as where it is ("Vladivostok, Russia", "Harbin in China").
        [MethodImpl(Jit.Optimized)]
        private bool LocatesUnknownDestination(IReadOnlyList<MentionSpec> mentions, int nameEnd, string place, int sentenceEnd)
        {
            var i = nameEnd < sentenceEnd && _text[nameEnd] == ',' ? nameEnd + 1 : nameEnd;
            i = SkipBlanks(i, sentenceEnd);
            if (IsWordAt(i, sentenceEnd, "in")) i = SkipBlanks(i + 2, sentenceEnd);
            for (var m = 0; m < mentions.Count; m++)
            {
                if (mentions[m].Span.Start == i) return mentions[m].EntityId == place;
            }
            return false;
        }

        private static readonly string[] AgentParticiples = { "signed", "inked", "reached", "concluded", "agreed", "held", "hosted" };

        // The persons after "by" right after the trigger ending at end, or after one participle
        // there ("treaty signed by"), up to the next comma; null unless there are two.
        [MethodImpl(Jit.Optimized)]
        private List<string>? PassiveAgents(IReadOnlyList<MentionSpec> mentions, int end, int sentenceEnd)
        {
            var by = SkipBlanks(end, sentenceEnd);
            if (IsAnyWordAt(by, sentenceEnd, AgentParticiples)) by = SkipBlanks(WordEnd(by, sentenceEnd), sentenceEnd);
            if (!IsWordAt(by, sentenceEnd, "by")) return null;
            var clauseEnd = ClauseEnd(by, sentenceEnd);
            var agents = Distinct(mentions, m => m.Span.Start > by && m.Span.Start < clauseEnd && Kind(m) == EntityKind.Person);
            return agents.Count >= 2 ? agents : null;
        }

        // Whether a name the catalog lacks starts within [start, end).
        [MethodImpl(Jit.Optimized)]
        private bool UnknownNameWithin(int start, int end)
        {
            var starts = UnresolvedStarts();
            var at = Array.BinarySearch(starts, start);
            if (at < 0) at = ~at;
            return at < starts.Length && starts[at] < end;
        }

        // Where the unresolved names start, in order; made at the first journey that asks.
        [MethodImpl(Jit.Optimized)]
        private int[] UnresolvedStarts()
        {
            if (_unresolvedStarts is { } made) return made;
            var starts = new int[_unresolved.Count];
            for (var u = 0; u < starts.Length; u++) starts[u] = _unresolved[u].Span.Start;
            Array.Sort(starts);
            return _unresolvedStarts = starts;
        }

        // "traveled to Russia's Vostochny Cosmodrome in September for a summit with Putin", "During
        // his visit to Moscow, Kim met Putin": a meeting that follows a journey's trigger in the same
        // sentence takes place where the journey went, when that is a place (not a whole country).
        // A journey still to come leaves a meeting already held where it was: "accepted an invitation
        // to visit Pyongyang during their summit" was not in Pyongyang.
        [MethodImpl(Jit.Optimized)]
        private string? Destination(List<(EventKind Kind, int Start, int End)> found, int trigger, IReadOnlyList<MentionSpec> mentions, int sentenceStart)
        {
            foreach (var (kind, start, end) in found)
            {
                // "visited the Vostochny Cosmodrome with Putin": the journey's word is the meeting's too.
                var same = start == trigger;
                if (kind != EventKind.Visit || (end > trigger && !same) || (IsPlanned(sentenceStart, start) && !IsPlanned(sentenceStart, trigger))) continue;
                for (var i = 0; i < mentions.Count; i++)
                {
                    var m = mentions[i];
                    if (m.Span.Start > end && (same ? m.Span.Start - end < 60 : m.Span.Start < trigger) && Kind(m) == EntityKind.Place && !IsPossessive(m)) return m.EntityId;
                }
            }
            return null;
        }

        // "Kim Jong Un's sister, Kim Yo Jong, met a Russian delegation", "Putin's top aide Yuri Ushakov
        // said": a person named only to say whose relative or aide the subject is takes no part. Nor
        // does one named as who wrote or was sent what was handed over ("received a letter from Putin").
        private static readonly string[] Relations =
        {
            "sister", "brother", "wife", "husband", "daughter", "son", "father", "mother", "aide", "aides", "envoy", "spokesman",
            "spokeswoman", "spokesperson", "adviser", "advisers", "advisor", "advisors", "deputy", "press", "bodyguard", "interpreter",
            "letter", "letters", "message", "messages", "greetings", "gift", "gifts", "note", "congratulations", "condolences", "behalf",
        };

        // "A spokesman for Putin said", "an aide to Kim visited", "a letter from Putin": the person
        // after a relation and its preposition takes no part either.
        private static readonly string[] RelationPrepositions = { "for", "to", "of", "from" };

        [MethodImpl(Jit.Optimized)]
        private IReadOnlyList<MentionSpec> WithoutRelativesNames(IReadOnlyList<MentionSpec> mentions)
        {
            List<MentionSpec>? kept = null;
            for (var i = 0; i < mentions.Count; i++)
            {
                // The text first: the kind is a lookup by id, for every mention of every dated sentence.
                var relative = ((IsPossessive(mentions[i]) && RelationFollows(mentions[i].Span.Start + mentions[i].Span.Length + 2)) || RelationBefore(mentions[i].Span.Start))
                               && Kind(mentions[i]) == EntityKind.Person;
                if (relative && kept is null)
                {
                    kept = new List<MentionSpec>(mentions.Count);
                    for (var k = 0; k < i; k++) kept.Add(mentions[k]);
                }
                if (!relative) kept?.Add(mentions[i]);
            }
            return kept ?? mentions;
        }

        // A relation within the next three words, lower case between ("younger sister", "top aide").
        [MethodImpl(Jit.Optimized)]
        private bool RelationFollows(int i)
        {
            for (var words = 0; words < 3; words++)
            {
                i = SkipBlanks(i, _text.Length);
                if (i >= _text.Length || !char.IsLower(_text[i])) return false;
                if (IsAnyWordAt(i, _text.Length, Relations)) return true;
                while (i < _text.Length && char.IsLetter(_text[i])) i++;
            }
            return false;
        }

        // "spokesman for", "aide to the", "adviser of", "sister of North Korean leader" right before position.
        [MethodImpl(Jit.Optimized)]
        private bool RelationBefore(int position)
        {
            // A title may stand between: "the sister of North Korean leader Kim Jong Un".
            var word = PreviousWordStart(0, position);
            for (var words = 0; word >= 0 && words < 4; words++)
            {
                if (IsAnyWordAt(word, position, RelationPrepositions))
                {
                    var relation = PreviousWordStart(0, word);
                    return relation >= 0 && IsAnyWordAtAnyCase(relation, word, Relations);
                }
                word = PreviousWordStart(0, word);
            }
            return false;
        }

        [MethodImpl(Jit.Optimized)]
        private bool NamesAPerson(IReadOnlyList<MentionSpec> mentions, int before)
        {
            for (var i = 0; i < mentions.Count && mentions[i].Span.Start < before; i++)
            {
                if (Kind(mentions[i]) == EntityKind.Person) return true;
            }
            return false;
        }

        // The persons mentions name from position from on, each once: Distinct without a delegate
        // (one capturing this was allocated at each call, and every dated sentence asks).
        [MethodImpl(Jit.Optimized)]
        private List<string> DistinctPersons(IReadOnlyList<MentionSpec> mentions, int from = 0)
        {
            var ids = new List<string>();
            for (var i = 0; i < mentions.Count; i++)
            {
                var m = mentions[i];
                if (m.Span.Start >= from && Kind(m) == EntityKind.Person && !ids.Contains(m.EntityId)) ids.Add(m.EntityId);
            }
            return ids;
        }

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

        // "The minister met Kim Jong Un", "A: The minister met ...": the sentence opens on "The" and
        // words in lower case up to a happening's verb, before any person is named.
        [MethodImpl(Jit.Optimized)]
        private bool SubjectIsANounPhrase((int Start, int End) sentence, IReadOnlyList<MentionSpec> mentions)
        {
            var word = SkipBlanks(sentence.Start, sentence.End);
            if (word + 2 < sentence.End && char.IsUpper(_text[word]) && _text[word + 1] == ':') word = SkipBlanks(word + 2, sentence.End); // an interview's "A:"
            if (!IsWordAtAnyCase(word, sentence.End, "the")) return false;
            var firstPerson = sentence.End;
            for (var m = 0; m < mentions.Count; m++)
            {
                if (Kind(mentions[m]) == EntityKind.Person) { firstPerson = mentions[m].Span.Start; break; }
            }
            var i = SkipBlanks(word + 3, firstPerson);
            for (var words = 0; words < 4 && i < firstPerson; words++)
            {
                var wordEnd = WordEnd(i, firstPerson);
                if (wordEnd == i || !char.IsLower(_text[i])) return false;
                if (TriggerWordAt(i, sentence.End) is { } kind) return kind != EventKind.Statement;
                i = SkipBlanks(wordEnd, firstPerson);
            }
            return false;
        }

        // Whether words that name no person stand between a subordinate clause's opening (see
        // SubordinateClauseBefore; 0 for none) and the trigger at [start, end): the clause's subject
        // is someone else. Not a gerund's clause (", after arriving"), nor an adverb alone (", as
        // expected").
        [MethodImpl(Jit.Optimized)]
        private bool OtherSubjectBetween(IReadOnlyList<MentionSpec> mentions, int subordinate, int start, int end)
        {
            if (subordinate <= 0 || subordinate >= start || PatternText.Matches(_text, end - 3, end, "ing")) return false;
            var wordEnd = WordEnd(subordinate, start);
            if (wordEnd - subordinate > 2 && PatternText.Matches(_text, wordEnd - 2, wordEnd, "ly")) return false;
            for (var m = 0; m < mentions.Count; m++)
            {
                if (mentions[m].Span.Start >= subordinate && mentions[m].Span.Start < start && Kind(mentions[m]) == EntityKind.Person) return false;
            }
            return true;
        }

        // "Kishida met Yoon in Tokyo on Wednesday, as Putin arrived in North Korea", "..., while
        // Lavrov held talks with Choe": a clause that ", as" or ", while" opens after a meeting's word,
        // with a person of its own for subject, tells what someone else did meanwhile. Where it opens,
        // or -1. Its subject is a person named within a few words (titles: "as Russian President
        // Vladimir Putin") and followed by a word in lower case, its verb; not ", as well as Putin".
        private static readonly string[] MeanwhileOpeners = { "as", "while" };

        [MethodImpl(Jit.Optimized)]
        private int MeanwhileClauseAfter(IReadOnlyList<MentionSpec> mentions, int triggerEnd, int sentenceEnd)
        {
            for (var i = triggerEnd; i < sentenceEnd; i++)
            {
                if (_text[i] != ',') continue;
                var opener = SkipBlanks(i + 1, sentenceEnd);
                if (!IsAnyWordAt(opener, sentenceEnd, MeanwhileOpeners)) continue;
                var subject = SkipBlanks(WordEnd(opener, sentenceEnd), sentenceEnd);
                if (IsWordAt(subject, sentenceEnd, "the")) subject = SkipBlanks(subject + 3, sentenceEnd); // "as the Russian leader Vladimir Putin"
                if (subject < sentenceEnd && char.IsUpper(_text[subject]) && PersonSubjectAt(mentions, subject, sentenceEnd)) return i;
            }
            return -1;
        }

        // Whether a person named within four words of subject, with no comma between, is followed by a
        // word in lower case other than "and" or "or" (through "Putin and Kim").
        [MethodImpl(Jit.Optimized)]
        private bool PersonSubjectAt(IReadOnlyList<MentionSpec> mentions, int subject, int sentenceEnd)
        {
            for (var m = 0; m < mentions.Count; m++)
            {
                var start = mentions[m].Span.Start;
                if (start < subject) continue;
                if (Kind(mentions[m]) != EntityKind.Person) continue;
                if (TextWords.CountUpTo(_text, subject, start, 5) > 4) return false;
                for (var c = subject; c < start; c++)
                {
                    if (_text[c] is ',' or ';' or ':') return false;
                }
                var last = m;
                while (last + 1 < mentions.Count && Kind(mentions[last + 1]) == EntityKind.Person && IsAndBetween(mentions[last], mentions[last + 1])) last++;
                var verb = SkipBlanks(mentions[last].Span.Start + mentions[last].Span.Length, sentenceEnd);
                return verb < sentenceEnd && char.IsLower(_text[verb]) && !IsWordAt(verb, sentenceEnd, "and") && !IsWordAt(verb, sentenceEnd, "or");
            }
            return false;
        }

        // "will visit North Korea on Tuesday and Vietnam on Wednesday", "visited Egypt on Wednesday,
        // Israel on Thursday and Jordan on Friday", "traveled to Tokyo on Monday and then to Seoul on
        // Wednesday": further destinations, each joined to the one before by a comma, "and" or "then"
        // after that one's own date, and each with a date of its own right after it. "will visit
        // Japan and South Korea next week": two joined by "and" share a span after the second (a
        // single day they share does not say which was whose). Where the first joint starts, and
        // each further place with its date; or null.
        [MethodImpl(Jit.Optimized)]
        private (int Joint, List<(string Place, DateValue Date)> Places)? FurtherDestinations(IReadOnlyList<MentionSpec> mentions, string firstPlace, int triggerEnd, int sentenceEnd, TemporalMention[] dates)
        {
            var m = 0;
            while (m < mentions.Count && (mentions[m].Span.Start < triggerEnd || mentions[m].EntityId != firstPlace)) m++;
            List<(string Place, DateValue Date)>? places = null; // most journeys have one destination
            var firstJoint = -1;
            for (var (n, previousEnd, previousPlace) = (m + 1, m < mentions.Count ? mentions[m].Span.Start + mentions[m].Span.Length : 0, firstPlace); n < mentions.Count; n++)
            {
                var next = mentions[n];
                if (Kind(next) is not (EntityKind.Country or EntityKind.Place) || next.EntityId == previousPlace) break;
                var joint = JointBefore(previousEnd, next.Span.Start);
                if (joint < 0) break;
                var nextEnd = next.Span.Start + next.Span.Length;
                if (DateRightAfter(dates, nextEnd, sentenceEnd) is not { } date) break;
                if (!AnyWithin(dates, previousEnd, joint))
                {
                    // "Japan and South Korea next week": two sharing a span after the second.
                    if (places is not null || !IsWordAt(joint, next.Span.Start, "and") || SkipBlanks(previousEnd, next.Span.Start) != joint
                        || date.Value is not { Precision: not DatePrecision.Day } shared) break;
                    return (joint, new List<(string, DateValue)> { (next.EntityId, shared) });
                }
                if (firstJoint < 0) firstJoint = joint;
                (places ??= new List<(string Place, DateValue Date)>()).Add((next.EntityId, date.Value!.Value));
                previousEnd = nextEnd;
                previousPlace = next.EntityId;
            }
            return places is null ? null : (firstJoint, places);
        }

        // The date that opens right after position ("on Wednesday", "in June": a preposition between).
        [MethodImpl(Jit.Optimized)]
        private static TemporalMention? DateRightAfter(TemporalMention[] dates, int position, int sentenceEnd)
        {
            foreach (var date in dates)
            {
                if (date.Value is not null && date.Start >= position && date.Start - position <= 4 && date.Start < sentenceEnd) return date;
            }
            return null;
        }

        // Where the words that join a destination to the one before end the gap [start, place): a
        // comma, "and", "then", "and then to", ", and to"; or -1. "to" alone joins nothing.
        private static readonly string[] JointWords = { "and", "then", "to" };

        [MethodImpl(Jit.Optimized)]
        private int JointBefore(int start, int place)
        {
            int joint = -1, i = place;
            var joins = false;
            while (i > start)
            {
                while (i > start && _text[i - 1] == ' ') i--;
                if (i > start && _text[i - 1] == ',')
                {
                    joins = true;
                    joint = --i;
                    continue;
                }
                var word = i;
                while (word > start && char.IsLetter(_text[word - 1])) word--;
                if (word == i || !IsAnyWordAt(word, i, JointWords)) break;
                joins |= !IsWordAt(word, i, "to");
                joint = i = word;
            }
            return joins ? joint : -1;
        }

        // "met Kim on Wednesday and Xi on Thursday", "met Kim in Pyongyang on Wednesday and Xi in
        // Beijing on Thursday": a second person met, joined to the first by "and", each with a date of
        // its own after them (a place may stand between). Where "and" stands, the second person, their
        // date and place; or null.
        [MethodImpl(Jit.Optimized)]
        private (int And, string Person, DateValue Date, string? Place)? SecondPartner(IReadOnlyList<MentionSpec> mentions, int triggerEnd, int sentenceEnd, TemporalMention[] dates)
        {
            var m = 0;
            while (m < mentions.Count && mentions[m].Span.Start < triggerEnd) m++;
            if (m >= mentions.Count || Kind(mentions[m]) != EntityKind.Person) return null;
            var first = mentions[m];
            var next = m + 1;
            if (next < mentions.Count && Kind(mentions[next]) is EntityKind.Place or EntityKind.Country) next++; // "Kim in Pyongyang"
            if (next >= mentions.Count || Kind(mentions[next]) != EntityKind.Person || mentions[next].EntityId == first.EntityId) return null;
            var second = mentions[next];
            var and = PreviousWordStart(first.Span.Start + first.Span.Length, second.Span.Start);
            if (and < 0 || !IsWordAt(and, second.Span.Start, "and") || !AnyWithin(dates, first.Span.Start + first.Span.Length, and)) return null;
            var after = second.Span.Start + second.Span.Length;
            string? place = null;
            if (next + 1 < mentions.Count && Kind(mentions[next + 1]) is EntityKind.Place or EntityKind.Country && mentions[next + 1].Span.Start - after <= 4)
            {
                place = mentions[next + 1].EntityId;
                after = mentions[next + 1].Span.Start + mentions[next + 1].Span.Length;
            }
            return DateRightAfter(dates, after, sentenceEnd) is { Value: { } value } ? (and, second.EntityId, value, place) : null;
        }

        // "met in Pyongyang in October 2023 and in Moscow in January": the same parties met again,
        // each place with its date right after it (the first place may be one the catalog lacks:
        // "in Vladivostok in April 2019 and at the Vostochny Cosmodrome in September 2023"). Where
        // "and" stands, the first place, and the second's place and date; or null.
        [MethodImpl(Jit.Optimized)]
        private (int And, string? FirstPlace, string Place, DateValue Date)? SecondOccasion(IReadOnlyList<MentionSpec> mentions, int triggerEnd, int sentenceEnd, TemporalMention[] dates)
        {
            for (var m = 0; m < mentions.Count; m++)
            {
                var second = mentions[m];
                if (second.Span.Start < triggerEnd || Kind(second) != EntityKind.Place) continue;
                // Back over "at the" or "in" to "and", and the first date right before it. Words, not
                // PrecededByLocative's pattern: this is asked of every meeting.
                var locative = PreviousWordStart(triggerEnd, second.Span.Start);
                if (locative >= 0 && IsWordAt(locative, second.Span.Start, "the")) locative = PreviousWordStart(triggerEnd, locative);
                if (locative < 0 || !(IsWordAt(locative, second.Span.Start, "in") || IsWordAt(locative, second.Span.Start, "at"))) continue;
                var and = PreviousWordStart(triggerEnd, locative);
                if (and < 0 || !IsWordAt(and, second.Span.Start, "and")) continue;
                TemporalMention? firstDate = null;
                foreach (var date in dates)
                {
                    if (date.Value is not null && date.Start >= triggerEnd && date.Start + date.Length <= and && SkipBlanks(date.Start + date.Length, and) == and) firstDate = date;
                }
                if (firstDate is not { } before || DateRightAfter(dates, second.Span.Start + second.Span.Length, sentenceEnd) is not { Value: { } value }) continue;
                string? firstPlace = null;
                for (var p = 0; p < m; p++)
                {
                    var place = mentions[p];
                    if (place.Span.Start >= triggerEnd && Kind(place) == EntityKind.Place && DateRightAfter(dates, place.Span.Start + place.Span.Length, sentenceEnd) is { } own && own.Start == before.Start) firstPlace = place.EntityId;
                }
                return firstPlace == second.EntityId ? null : (and, firstPlace, second.EntityId, value);
            }
            return null;
        }

        [MethodImpl(Jit.Optimized)]
        private string? NearestBefore(IReadOnlyList<MentionSpec> mentions, int position, EntityKind kind, int notBefore)
            => mentions.LastOrDefault(m => m.Span.Start < position && m.Span.Start >= notBefore && Kind(m) == kind)?.EntityId;

        // "Japan and South Korea expressed concern", "The United States, Japan and South Korea said",
        // "North Korean leader Kim Jong Un and Russian President Vladimir Putin said": the joint
        // subject of the verb of speech spoke together. The last two are joined by "and" (a comma
        // there ends a clause: "met Kim and Putin, Peskov said"), those before by commas, titles
        // may stand between, and the first opens its clause ("Lavrov met Choe and Kim and said" is
        // no statement of Choe's).
        private static readonly string[] SubjectLeadWords =
        {
            "the", "leader", "leaders", "president", "minister", "foreign", "defense", "defence", "prime", "chairman", "secretary", "of", "state", "top", "both",
        };

        [MethodImpl(Jit.Optimized)]
        private void AddJointSpeakers(int sentenceStart, IReadOnlyList<MentionSpec> mentions, string speaker, int verbStart, List<string> participants)
        {
            var subjectEnd = SubjectEndBefore(sentenceStart, verbStart);
            var last = -1;
            for (var m = mentions.Count - 1; m >= 0 && last < 0; m--)
            {
                if (mentions[m].EntityId == speaker && mentions[m].Span.Start + mentions[m].Span.Length == subjectEnd) last = m;
            }
            if (last <= 0) return;
            var person = Kind(mentions[last]) == EntityKind.Person;
            int first = -1, next = last;
            for (var m = last - 1; m >= 0; m--)
            {
                var joined = mentions[m];
                if ((Kind(joined) == EntityKind.Person) != person || !IsActor(Kind(joined))) break;
                var joint = SkipBlanks(joined.Span.Start + joined.Span.Length, mentions[next].Span.Start);
                var byAnd = next == last;
                if (byAnd ? !IsWordAt(joint, mentions[next].Span.Start, "and") : _text[joint] != ',') break;
                if (!OnlyTitlesBetween(byAnd ? joint + 3 : joint + 1, mentions[next].Span.Start)) break;
                // "A day after Lavrov met Choe, Kim and Putin said": the list ends where its clause opens.
                if (OpensItsClause(sentenceStart, joined.Span.Start)) first = m;
                next = m;
            }
            if (first < 0) return;
            for (var m = first; m < last; m++)
            {
                if (!participants.Contains(mentions[m].EntityId)) participants.Insert(participants.Count - 1, mentions[m].EntityId);
            }
        }

        // Whether [from, to) holds only blanks and capitalized words ("Russian President").
        [MethodImpl(Jit.Optimized)]
        private bool OnlyTitlesBetween(int from, int to)
        {
            for (var i = SkipBlanks(from, to); i < to; i = SkipBlanks(WordEnd(i, to), to))
            {
                if (!char.IsUpper(_text[i])) return false;
            }
            return true;
        }

        // Whether only capitalized words and the words of a title stand between the clause's opening
        // (the sentence's or a comma's) and position.
        [MethodImpl(Jit.Optimized)]
        private bool OpensItsClause(int sentenceStart, int position)
        {
            for (var i = position; i > sentenceStart;)
            {
                while (i > sentenceStart && _text[i - 1] == ' ') i--;
                if (i == sentenceStart || _text[i - 1] == ',') return true;
                var word = PreviousLetters(sentenceStart, i);
                if (word == i || !(char.IsUpper(_text[word]) || IsAnyWordAt(word, i, SubjectLeadWords))) return false;
                i = word;
            }
            return true;
        }

        private IEnumerable<string> SubjectBefore(IReadOnlyList<MentionSpec> mentions, int position)
        {
            var subject = mentions.LastOrDefault(m => m.Span.Start < position && IsActor(Kind(m)));
            if (subject is not null) yield return subject.EntityId;
        }

        // The first place named after position. Where something happened, a possessive names no
        // place ("met to discuss Pyongyang's satellite programme") unless it follows "in" or "at"
        // ("in Russia's Far East"). Position is the trigger's end: "returned from Moscow" (the
        // trigger's own "from") ends a journey there, "travelled ... from Pyongyang" set off there.
        [MethodImpl(Jit.Optimized)]
        private string? PlaceAfter(IReadOnlyList<MentionSpec> mentions, int position, bool possessive, params EntityKind[] kinds)
        {
            for (var i = 0; i < mentions.Count; i++)
            {
                var m = mentions[i];
                if (m.Span.Start <= position || Array.IndexOf(kinds, Kind(m)) < 0) continue;
                if (!possessive && IsPossessive(m) && !PrecededByLocative(m.Span.Start)) continue;
                // "travelled on his armoured train from Pyongyang": where a journey set off is not where it went.
                if (IsOrigin(position, m.Span.Start)) continue;
                // "the state visit of President of Uzbekistan Shavkat Mirziyoyev to Kazakhstan": a
                // country right before a person's name is that person's title.
                if (Kind(m) == EntityKind.Country && i + 1 < mentions.Count && Kind(mentions[i + 1]) == EntityKind.Person && IsNameAfterBlanks(m, mentions[i + 1])) continue;
                // "traveled to Russia's Vostochny Cosmodrome": the place the possessive names, when known.
                if (possessive && IsPossessive(m) && i + 1 < mentions.Count && Kind(mentions[i + 1]) == EntityKind.Place && IsWithinPhrase(m.Span.Start + m.Span.Length, mentions[i + 1].Span.Start)) return mentions[i + 1].EntityId;
                return m.EntityId;
            }
            return null;
        }

        // Whether only blanks, one at least, stand between two mentions: "Uzbekistan Shavkat Mirziyoyev".
        [MethodImpl(Jit.Optimized)]
        private bool IsNameAfterBlanks(MentionSpec first, MentionSpec next)
            => next.Span.Start > first.Span.End && SkipBlanks(first.Span.End, next.Span.Start) == next.Span.Start;

        // "from Pyongyang", "from the Kremlin": the word before the name, past "the", is "from".
        [MethodImpl(Jit.Optimized)]
        private bool IsOrigin(int from, int name) => WordBeforeArticle(from, name) is var word and >= 0 && IsWordAt(word, name, "from");

        // Where the word before the name at name starts, past a "the" (-1 when none is after from).
        [MethodImpl(Jit.Optimized)]
        private int WordBeforeArticle(int from, int name)
        {
            var word = PreviousWordStart(from, name);
            return word >= 0 && IsWordAt(word, name, "the") ? PreviousWordStart(from, word) : word;
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
                var word = WordBeforeArticle(position, m.Span.Start);
                if (word >= 0 && IsAnyWordAt(word, m.Span.Start, PlaceNouns)) word = LocativeBeforePlaceNoun(position, word);
                if (word >= 0 && (IsAnyWordAt(word, m.Span.Start, PlacePrepositions) || (greeting && IsWordAt(word, m.Span.Start, "to"))) && !IsTopicsPlace(m.Span.Start)) return m.EntityId;
            }
            return null;
        }

        // "met Safadi in the capital Ankara", "in the Turkish capital Ankara", "at the southern port
        // city Aqaba": the place a noun of places stands before, as "the city of X" names it.
        private static readonly string[] PlaceNouns = { "capital", "city", "town", "port", "resort", "village" };

        // The word right before "the" that opens the phrase of the place noun at noun (over at most
        // three adjectives or names: "the Turkish capital", "the southern port city"), or -1.
        [MethodImpl(Jit.Optimized)]
        private int LocativeBeforePlaceNoun(int from, int noun)
        {
            var word = noun;
            for (var words = 0; words < 4; words++)
            {
                word = PreviousWordStart(from, word);
                if (word < 0) return -1;
                if (IsWordAt(word, noun, "the")) return PreviousWordStart(from, word);
            }
            return -1;
        }

        // "discussed the situation in Gaza", "developments in the Gaza Strip": a place that a topic's
        // noun opens with "in" is what was talked about, not where it was talked about.
        private static readonly string[] TopicNouns =
        {
            "situation", "developments", "crisis", "war", "conflict", "fighting", "ceasefire", "truce", "peace", "stability", "security",
            "tensions", "tension", "violence", "hostilities", "escalation", "reconstruction", "settlement", "elections",
        };

        [MethodImpl(Jit.Optimized)]
        private bool IsTopicsPlace(int placeStart)
        {
            var from = Math.Max(0, placeStart - 40);
            var word = WordBeforeArticle(from, placeStart);
            if (word < 0 || !IsWordAt(word, placeStart, "in")) return false;
            var topic = PreviousWordStart(from, word);
            return topic >= 0 && IsAnyWordAt(topic, word, TopicNouns);
        }

        private static readonly string[] AppositionOpenings = { "his", "her", "their", "the", "a" };

        // ", his second visit in two weeks", ", the first trip": a journey's noun that renames the
        // happening before the comma, at most three words after it, opened by a determiner.
        [MethodImpl(Jit.Optimized)]
        private bool IsAppositiveJourney(int sentenceStart, int trigger)
        {
            var word = trigger;
            for (var words = 0; words < 3; words++)
            {
                var before = PreviousWordStart(sentenceStart, word);
                if (before < 0) return false;
                var gap = SkipBlanks(WordEnd(before, word), word);
                if (gap != word) return false; // punctuation between words
                word = before;
                var comma = word - 1;
                while (comma >= sentenceStart && _text[comma] == ' ') comma--;
                if (comma >= sentenceStart && _text[comma] == ',') return IsAnyWordAt(word, trigger, AppositionOpenings);
            }
            return false;
        }

        // "Kim left Russia on Sunday, ending a six-day trip", "left Pyongyang after a two-day visit":
        // a journey that ends as its traveller leaves was where they left.
        private static readonly string[] Endings = { "ending", "concluding", "wrapping", "after", "end" };

        [MethodImpl(Jit.Optimized)]
        private string? PlaceLeftAtTheEnd(IReadOnlyList<MentionSpec> mentions, int sentenceStart, int trigger)
        {
            var ends = false;
            var word = trigger;
            for (var words = 0; words < 4 && !ends; words++)
            {
                var before = word;
                while (before > sentenceStart && !char.IsLetter(_text[before - 1])) before--;
                var start = PreviousLetters(sentenceStart, before);
                if (start == before) break;
                ends = IsAnyWordAt(start, before, Endings);
                word = start;
            }
            if (!ends) return null;
            for (var m = 0; m < mentions.Count && mentions[m].Span.Start < trigger; m++)
            {
                var left = PreviousWordStart(sentenceStart, mentions[m].Span.Start);
                if (left >= 0 && Kind(mentions[m]) is EntityKind.Country or EntityKind.Place && IsWordAt(left, mentions[m].Span.Start, "left")) return mentions[m].EntityId;
            }
            return null;
        }

        // "was in Moscow for a three-day visit", "in Beijing on a state visit": the place a stay
        // names right before the journey's word is where it went.
        [MethodImpl(Jit.Optimized)]
        private string? StayIn(IReadOnlyList<MentionSpec> mentions, int trigger)
        {
            for (var i = mentions.Count - 1; i >= 0; i--)
            {
                var m = mentions[i];
                var end = m.Span.Start + m.Span.Length;
                if (end > trigger || Kind(m) is not (EntityKind.Country or EntityKind.Place)) continue;
                // "is in China from Monday to Tuesday for an official visit": the stay's days may stand between.
                var stay = PastStaysDays(SkipBlanks(end, trigger), trigger);
                return PrecededByLocative(m.Span.Start) && IsWithinPhrase(stay, trigger) && (IsWordAt(stay, trigger, "for") || IsWordAt(stay, trigger, "on"))
                    ? m.EntityId
                    : null;
            }
            return null;
        }

        // Past "from Monday to Tuesday", "on Thursday" or "this week" at word, as the sentence's times
        // mark them; word itself when none stands there.
        [MethodImpl(Jit.Optimized)]
        private int PastStaysDays(int word, int end)
        {
            var date = IsWordAt(word, end, "from") || IsWordAt(word, end, "on") ? SkipBlanks(WordEnd(word, end), end) : word;
            foreach (var time in _sentenceTimes)
            {
                if (time.Start == date) return SkipBlanks(time.Start + time.Length, end);
            }
            return word;
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

        // "at the Kremlin", "at the Kumsusan government residence", a sentence's "In Hanoi on
        // Thursday, ...": where a meeting took place, before or after its trigger; the nearest one wins.
        // A loop rather than LINQ: every dated clause asks, for its events and for the clause after it.
        [MethodImpl(Jit.Optimized)]
        private string? LocatedPlace(IReadOnlyList<MentionSpec> mentions, int trigger)
        {
            MentionSpec? nearest = null;
            for (var i = 0; i < mentions.Count; i++)
            {
                var m = mentions[i];
                if (Kind(m) is not (EntityKind.Place or EntityKind.Organization) || !(PrecededByLocative(m.Span.Start) || IsSiteOfANamedPlace(m)) || IsTopicsPlace(m.Span.Start)) continue;
                if (nearest is null || Math.Abs(m.Span.Start - trigger) < Math.Abs(nearest.Span.Start - trigger)) nearest = m;
            }
            return nearest?.EntityId;
        }

        // "received his Kenyan counterpart at the Presidential Villa, Abuja", "at the Kumsusan Palace,
        // Pyongyang, on Friday": a place after the name of a building the locative names, set off
        // by a comma, is the city it stands in. Only a place that ends the clause or is followed by
        // a preposition or a date's word ("on Friday"): in "at the G20 Summit, Moscow said" the city speaks.
        [MethodImpl(Jit.Optimized)]
        private bool IsSiteOfANamedPlace(MentionSpec place)
        {
            var start = place.Span.Start;
            if (Kind(place) != EntityKind.Place || start < 4 || _text[start - 1] != ' ' || _text[start - 2] != ',') return false;
            var after = start + place.Span.Length;
            if (after < _text.Length && !(_text[after] is '.' or ',' or ';' || IsAnyWordAt(SkipBlanks(after, _text.Length), _text.Length, SiteFollowers))) return false;
            // The building's name: up to five capitalized words right before the comma.
            var nameStart = start - 2;
            for (var words = 0; words < 5; words++)
            {
                var wordStart = nameStart;
                while (wordStart > 0 && (char.IsLetter(_text[wordStart - 1]) || _text[wordStart - 1] is '-' or '\'' or '’')) wordStart--;
                if (wordStart == nameStart || !char.IsUpper(_text[wordStart])) return false;
                nameStart = wordStart;
                if (PrecededByLocative(nameStart)) return true;
                if (nameStart < 2 || _text[nameStart - 1] != ' ' || !char.IsLetter(_text[nameStart - 2])) return false;
                nameStart--;
            }
            return false;
        }

        private static readonly string[] SiteFollowers = { "on", "in", "at", "during", "this", "last", "earlier", "later" };

        // Whether "at", "in", "at the" or "in the" and a blank end right before start: Locative over
        // the ten characters before start, as the whole input ("\b" and "$" at the range's ends).
        // Written out for ASCII text, where a pattern's \b and \s are certain (PatternText): every
        // place mention of a dated clause is asked, and each match of the pattern was an allocation.
        [MethodImpl(Jit.Optimized)]
        private bool PrecededByLocative(int start) => PrecededByLocative(_text, start);

        [MethodImpl(Jit.Optimized)]
        private static bool PrecededByLocative(string text, int start)
        {
            var window = Math.Max(0, start - 10);
            for (var i = window; i < start; i++)
            {
                if (text[i] >= 128) return LocativeByPattern(text, start);
            }
            if (start - 1 < window || text[start - 1] is not (' ' or '\t' or '\n' or '\v' or '\f' or '\r')) return false;
            var wordEnd = start - 1;
            return (wordEnd - 4 >= window && PatternText.Matches(text, wordEnd - 4, wordEnd, " the") && IsLocativeWordBefore(text, wordEnd - 4, window))
                || IsLocativeWordBefore(text, wordEnd, window);
        }

        // "at", "At", "in" or "In" ending at end, a word of its own from window on.
        [MethodImpl(Jit.Optimized)]
        private static bool IsLocativeWordBefore(string text, int end, int window)
        {
            var first = end - 2;
            if (first < window || !((text[first] is 'a' or 'A' && text[end - 1] == 't') || (text[first] is 'i' or 'I' && text[end - 1] == 'n'))) return false;
            return first == window || !PatternText.IsAsciiWordChar(text[first - 1]);
        }

        private static bool LocativeByPattern(string text, int start) => Locative.Match(text, Math.Max(0, start - 10), Math.Min(10, start)).Success;

        /// <summary>The locative test before <paramref name="start"/> written out and by its pattern, for tests that the two agree.</summary>
        internal static (bool ByCode, bool ByPattern) LocativeBothWays(string text, int start) => (PrecededByLocative(text, start), LocativeByPattern(text, start));

        private static readonly Regex Locative = new Regex(@"\b(?:[Aa]t|[Ii]n)(?: the)?\s$", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }
}
