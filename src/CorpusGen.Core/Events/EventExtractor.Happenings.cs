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
    /// The happenings of one dated sentence or clause (ReadDated), in the order they are decided:
    /// what it carries on from the sentence before, who is quoted or told it, which trigger words
    /// tell something that happened, and for each of those its date, who took part and where.
    /// </summary>
    public sealed partial class EventExtractor
    {
        /// <summary>
        /// What ReadDated's steps know of the sentence being read. The attribution steps narrow its
        /// dates and mentions, so each later step sees only what the sentence itself tells. A struct
        /// passed by reference: one is read for every dated sentence, clause and aside.
        /// </summary>
        private struct DatedSentence
        {
            public DatedSentence((int Start, int End) span, (int Start, int End) evidence, Opening opening, TemporalMention[] ownDates, IReadOnlyList<MentionSpec> mentions, List<string> persons)
            {
                Span = span;
                Evidence = evidence;
                Opening = opening;
                OwnDates = ownDates;
                Resolved = ownDates;
                Mentions = mentions;
                Persons = persons;
                Referent = ContinuedPlace = MetByPronoun = SubjectBefore = SourcePerson = null;
                Group = NoGroup;
                Source = News = Match.Empty;
                AttributionEnd = HeldClause = 0;
                RelativeClause = default;
            }

            /// <summary>The sentence or clause read.</summary>
            public readonly (int Start, int End) Span;

            /// <summary>The whole sentence, each event's evidence.</summary>
            public readonly (int Start, int End) Evidence;

            public readonly Opening Opening;

            /// <summary>The dates its happenings may take, its own or those it carries on.</summary>
            public TemporalMention[] Resolved;

            /// <summary>The dates the sentence itself states.</summary>
            public readonly TemporalMention[] OwnDates;

            public IReadOnlyList<MentionSpec> Mentions;

            /// <summary>The persons of <see cref="Mentions"/>, each once, in order.</summary>
            public List<string> Persons;

            /// <summary>Whom an opening "He" or "She" is.</summary>
            public string? Referent;

            /// <summary>Where the sentence before placed what goes on here.</summary>
            public string? ContinuedPlace;

            /// <summary>Whom an opening "They" or "The two leaders" are.</summary>
            public List<string> Group;

            /// <summary>The one "greeted him" met: the subject of the sentence before.</summary>
            public string? MetByPronoun;

            /// <summary>The sentence before's subject, whose "his" or "her" a sentence naming no one tells of.</summary>
            public string? SubjectBefore;

            /// <summary>A trailing attribution (", Peskov said on Tuesday"), or an unsuccessful match.</summary>
            public Match Source;

            /// <summary>Where the attribution's who, when and where end: a tail after its comma may be news again.</summary>
            public int AttributionEnd;

            /// <summary>The person the trailing attribution names, when a happening before it keeps that name out of its own.</summary>
            public string? SourcePerson;

            /// <summary>"KCNA reported on Thursday that": the news after it is dated by its own words.</summary>
            public Match News;

            /// <summary>The sentence's first relative clause, and where "during which" opens (or -1).</summary>
            public (int Comma, int Close) RelativeClause;

            public int HeldClause;

            /// <summary>Where "the sidelines of the SCO summit" ends (0 when the sentence tells none): "here" after it is where they met.</summary>
            public int SidelinesEnd;
        }

        /// <summary>One trigger word of a dated sentence as it is read into an event (passed by reference).</summary>
        private struct Happening
        {
            public Happening(EventKind kind, int start, int end, TemporalMention[] dates, DateValue date)
            {
                Kind = kind;
                EffectiveKind = kind;
                Start = start;
                End = end;
                Dates = dates;
                Date = date;
                Participants = new List<string>();
                Place = null;
                HeldBack = Entry = false;
                SecondPartner = null;
            }

            /// <summary>The trigger's kind; <see cref="EffectiveKind"/> may make a meeting of leaders a summit.</summary>
            public readonly EventKind Kind;

            public EventKind EffectiveKind;

            public readonly int Start;

            public readonly int End;

            /// <summary>The dates this trigger may take; <see cref="Date"/> the one nearest to it.</summary>
            public readonly TemporalMention[] Dates;

            public DateValue Date;

            public readonly List<string> Participants;

            public string? Place;

            /// <summary>A journey to a place the catalog does not know, held back until the article's end (Finish).</summary>
            public bool HeldBack;

            /// <summary>"arrived in", "will travel to", "left for": the traveller enters the place that day.</summary>
            public bool Entry;

            /// <summary>"met Kim on Wednesday and Xi on Thursday": the second one met, on a day of their own.</summary>
            public (int And, string Person, DateValue Date, string? Place)? SecondPartner;
        }

        // Apart from Read's fast path so that what it allocates is allocated only for the few
        // sentences that carry a date or continue one, not for every sentence. The sentence read is
        // a whole sentence or one of its clauses; evidence is the whole sentence.
        [MethodImpl(Jit.Optimized)]
        private List<EventSpec> ReadDated((int Start, int End) sentence, (int Start, int End) evidence, TemporalMention[] resolved, Opening opening, IReadOnlyList<MentionSpec> mentions)
        {
            var s = CarryOn(sentence, evidence, resolved, opening, mentions);
            var events = new List<EventSpec>();
            if (s.Resolved.Length == 0 || (s.Mentions.Count == 0 && s.Referent is null && s.Group.Count == 0 && !OpensOnTwoGroups(sentence))) return events;
            if (ReadQuoted(ref s, events)) return events;
            // A quote a news agency or an unnamed source gives ("Kim received Shoigu and the two
            // discussed “defense matters,” KCNA said") is no person's statement: the rest is read.

            var found = FindDatedTriggers(ref s);
            SetSourceAside(ref s, found);
            var announced = SetReportedSpeechAside(ref s, found);
            if (s.Resolved.Length == 0) return announced ?? events;
            s.News = Contains(sentence, "reported") ? ReportedNews.Match(_text, sentence.Start, sentence.End - sentence.Start) : Match.Empty;
            DropWhatWasSpokenOf(ref s, found);
            DropSettingsOfAgreements(ref s, found);
            DropSummitsPreparedFor(ref s, found);
            // A statement made at a meeting or during a visit is part of that event, not one of its
            // own (the statement, last in found, is read only when nothing before it gave an event);
            // and "He added that ..." continues a statement already recorded.
            if (s.OwnDates.Length == 0) found.RemoveAll(t => t.Kind == EventKind.Statement);
            DropWhatDidNotHappen(ref s, found);

            s.RelativeClause = FirstRelativeClause(sentence);
            s.HeldClause = FirstClauseOfWhatItHeld(sentence);
            foreach (var (kind, start, end) in found)
            {
                // A statement is part of the happening the sentence tells, unless all it tells is
                // still to come ("Peskov told reporters on Wednesday Lavrov would arrive on March 20"):
                // then the telling is the news of its day.
                if (kind == EventKind.Statement && events.Count > 0 && !AllAhead(events)) continue;
                var dates = TriggerDates(ref s, found, kind, start, end, out var invitee);
                if (dates.Length == 0) continue;
                // "left the cosmodrome on Thursday after a summit with Putin on Wednesday": the noun
                // after "after" takes its date from after it; the one before is the main verb's.
                var date = FollowsSequencePreposition(sentence.Start, start) && Within(dates, end, sentence.End) is { Length: > 0 } own ? Nearest(own, start, end) : Nearest(dates, start, end);
                var happening = new Happening(kind, start, end, dates, date) { Entry = kind == EventKind.Visit && IsEntry(start, end) };
                // Where the clause a sayer reports opens when the trigger stands in one ("Peskov said
                // Putin met Xi"), or 0: the one who said it takes no part.
                var reportedFrom = kind == EventKind.Statement ? 0 : ReportedClauseBefore(s.Mentions, sentence.Start, start);
                var read = kind switch
                {
                    EventKind.Visit => ReadJourney(ref s, ref happening, invitee, reportedFrom),
                    EventKind.Statement => ReadSpeaker(ref s, ref happening),
                    _ => ReadMeeting(ref s, found, ref happening, reportedFrom, events),
                };
                if (read && happening.Participants.Count > 0) Record(ref s, ref happening, events);
            }
            if (announced is not null) events.AddRange(announced);
            return events;
        }

        // "He met with President Putin ...": a pronoun opening continues the previous sentence, its
        // date and its subject; without a date of its own, also its place ("Lavrov arrived in Seoul
        // on Tuesday; he met Yoon": in Seoul). Moves the reading state on to this sentence.
        [MethodImpl(Jit.Optimized)]
        private DatedSentence CarryOn((int Start, int End) sentence, (int Start, int End) evidence, TemporalMention[] resolved, Opening opening, IReadOnlyList<MentionSpec> mentions)
        {
            if (opening == Opening.None && resolved.Length > 0 && GoesOnAfterRelativeClause(sentence, resolved, mentions) is var clauseEnd and >= 0)
            {
                // Placed after the relative clause: its own date stays its own (RelativeClauseDates).
                var goesOn = new TemporalMention[resolved.Length + _previousDates.Length];
                resolved.CopyTo(goesOn, 0);
                for (var d = 0; d < _previousDates.Length; d++) goesOn[resolved.Length + d] = new TemporalMention(clauseEnd, 0, _previousDates[d].Value);
                resolved = goesOn;
            }
            mentions = WithoutRelativesNames(mentions);
            var s = new DatedSentence(sentence, evidence, opening, resolved, mentions, DistinctPersons(mentions));
            s.Group = opening == Opening.Plural ? _previousGroup : NoGroup;
            if (opening != Opening.None)
            {
                s.Referent = opening is Opening.Plural or Opening.Named ? null : _previousSubject;
                if (resolved.Length == 0) (resolved, s.ContinuedPlace) = (_previousDates, _previousPlace);
                else
                {
                    // "arrived in Moscow on Monday, and he met Putin that evening": the same day goes on where it was.
                    if (opening == Opening.Joined || OnlyTheDayBefore(resolved)) s.ContinuedPlace = _previousPlace;
                    resolved = WithContinuedDates(resolved, sentence);
                }
            }
            s.Resolved = resolved;
            // "Kim Jong Un greeted him on the tarmac": the one met is the one the sentence before was about.
            s.MetByPronoun = MetByPronoun(sentence, _previousSubject, s.Persons, s.Referent);
            if (s.MetByPronoun is not null) s.Persons.Add(s.MetByPronoun);
            _previousDates = s.OwnDates.Length > 0 ? WithoutDaysAhead(s.OwnDates, sentence.Start) : opening != Opening.None ? _previousDates : NoDates;
            _previousDatedSentence = s.OwnDates.Length > 0 ? sentence : opening != Opening.None ? _previousDatedSentence : (-1, -1);
            // The subject carries on: after "He met Lavrov.", a next "He" is still the one before. Not
            // the object of a subject the catalog does not know ("The minister met Kim Jong Un on
            // Thursday and held talks with Choe": Kim held no talks).
            // "Her trip to Moscow began on Sunday": whose "his" or "her" is, once the subject moves on.
            s.SubjectBefore = _previousSubject;
            _previousSubject = s.Referent ?? (opening == Opening.None && SubjectIsANounPhrase(sentence, s.Mentions) ? null : s.Persons.FirstOrDefault());
            _previousPlace = LocatedPlace(s.Mentions, sentence.Start) ?? s.ContinuedPlace;
            var named = Group(s.Mentions, s.Persons);
            _previousGroup = named.Count > 0 || opening != Opening.Plural ? named : s.Group;
            _previousJointSubject = named.Count > 2 ? JointSubjectOfMore(sentence.Start, s.Mentions) : null;
            return s;
        }

        // "“We will never abandon our ally,” Putin said on Tuesday": a quote attributed to a person is
        // that person's statement, and the sentence tells nothing else but a meeting after the
        // attribution (ReadAfterQuote). Each attribution pattern starts at a character most sentences
        // lack: a closing quote.
        [MethodImpl(Jit.Optimized)]
        private bool ReadQuoted(ref DatedSentence s, List<EventSpec> events)
        {
            var sentence = s.Span;
            var attribution = ContainsChar(sentence, '”', '"') ? QuoteAttribution.Match(_text, sentence.Start, sentence.End - sentence.Start) : Match.Empty;
            var quoted = attribution.Success ? NearestBefore(s.Mentions, attribution.Groups["verb"].Index, EntityKind.Person, attribution.Groups["who"].Index) : null;
            if (quoted is null) return false;
            var verb = attribution.Groups["verb"];
            Add(events, s.Evidence, EventKind.Statement, Nearest(s.Resolved, verb.Index, verb.Index + verb.Length), new List<string> { quoted }, null);
            ReadAfterQuote(s.Evidence, (verb.Index + verb.Length, sentence.End), attribution.Groups["who"].Index, quoted, s.Resolved, s.Mentions, events);
            return true;
        }

        // The sentence's trigger words, with the journeys and meetings no trigger word names: "left
        // Pyongyang for Beijing", "Kishida and Yoon agreed Sunday to ...", "Kim and Putin inspected a
        // hangar on Wednesday".
        [MethodImpl(Jit.Optimized)]
        private List<(EventKind Kind, int Start, int End)> FindDatedTriggers(ref DatedSentence s)
        {
            var sentence = s.Span;
            var found = FindTriggers(sentence);
            if (!found.Exists(t => t.Kind == EventKind.Visit) && DepartureFor(sentence, s.Mentions) is var departure and >= 0)
            {
                AddTrigger(found, EventKind.Visit, departure, WordEnd(departure, sentence.End));
            }
            if (!found.Exists(t => t.Kind is EventKind.Meeting or EventKind.Talks or EventKind.Summit)
                && JointVerb(sentence, s.Mentions, s.Group) is var joint and >= 0 && JointVerbHasItsDay(s.OwnDates, joint, sentence.End))
            {
                AddTrigger(found, IsAnyWordAt(joint, sentence.End, JointTalkVerbs) ? EventKind.Talks : EventKind.Meeting, joint, WordEnd(joint, sentence.End));
            }
            if (!found.Exists(t => t.Kind is EventKind.Meeting or EventKind.Talks or EventKind.Summit) && FarewellVerb(sentence, s.Mentions) is var farewell and >= 0)
            {
                AddTrigger(found, EventKind.Meeting, farewell, WordEnd(farewell, sentence.End));
            }
            if (!found.Exists(t => t.Kind is EventKind.Meeting or EventKind.Talks or EventKind.Summit) && CourtesyCallPaid(sentence, s.Mentions) is var call and >= 0)
            {
                // "called" is then no statement's word. (A loop: a lambda would capture call, and its
                // closure would be allocated for every dated sentence.)
                for (var t = found.Count - 1; t >= 0; t--)
                {
                    if (found[t].Kind == EventKind.Statement && found[t].Start == call) found.RemoveAt(t);
                }
                AddTrigger(found, EventKind.Meeting, call, SkipBlanks(WordEnd(call, sentence.End), sentence.End) + 2);
            }
            return found;
        }

        // Who told it, and where ("..., Peskov told reporters in Moscow"): up to the comma of a tail
        // such as ", adding that ...", whose names may be news again. When a happening stands before
        // the source, the source's names are taken out of the happening's, and the person it names
        // kept as the one who told it.
        [MethodImpl(Jit.Optimized)]
        private void SetSourceAside(ref DatedSentence s, List<(EventKind Kind, int Start, int End)> found)
        {
            var sentence = s.Span;
            s.Source = TrailingSource(sentence);
            s.AttributionEnd = sentence.End;
            if (!s.Source.Success) return;
            var who = s.Source.Groups["who"];
            s.AttributionEnd = who.Index + who.Length;
            while (s.AttributionEnd < sentence.End && _text[s.AttributionEnd] != ',') s.AttributionEnd++;
            var sourceStart = s.Source.Index;
            if (!found.Any(t => t.Kind != EventKind.Statement && t.Start < sourceStart)) return;
            var attributionEnd = s.AttributionEnd;
            s.SourcePerson = s.Mentions.FirstOrDefault(m => m.Span.Start >= who.Index && m.Span.Start < attributionEnd && Kind(m) == EntityKind.Person)?.EntityId;
            KeepMentions(ref s, s.Mentions.Where(m => m.Span.Start < who.Index || m.Span.Start >= attributionEnd).ToList());
        }

        // "X said that ...", "according to X": what was said is no happening of the sentence, but the
        // plans it announces may be (AnnouncedPlans, returned; null when nothing was reported). Narrows
        // the sentence's dates to the report's own, which may leave none.
        [MethodImpl(Jit.Optimized)]
        private List<EventSpec>? SetReportedSpeechAside(ref DatedSentence s, List<(EventKind Kind, int Start, int End)> found)
        {
            var sentence = s.Span;
            // Every form has "that" or "according": most sentences have neither, and skip the pattern.
            var reported = Contains(sentence, "that") || Contains(sentence, "ccord")
                ? ReportedSpeech.Match(_text, sentence.Start, sentence.End - sentence.Start)
                : Match.Empty;
            if (!reported.Success) return null;
            var that = reported.Groups["that"];
            if (!that.Success)
            {
                // "According to KCNA, Kim received Lavrov on Thursday": a source that opens the sentence up
                // to its comma only says who told the news after it, as a trailing attribution does.
                if (SkipBlanks(sentence.Start, sentence.End) == reported.Index && _text.IndexOf(',', reported.Index, sentence.End - reported.Index) is var sourceEnd and > 0)
                {
                    KeepMentions(ref s, Outside(s.Mentions, reported.Index, sourceEnd));
                    found.RemoveAll(t => t.Start < sourceEnd);
                    return null;
                }
                // "..., according to Kremlin spokesman Dmitry Peskov": whoever it names told of the happening, took no part.
                KeepMentions(ref s, Outside(s.Mentions, reported.Index, ClauseEnd(reported.Index, sentence.End)));
            }
            // Everything after "said that" is content; the statement is the event. Up to ", as he
            // met Kim", which tells when it was said: that happening is the sentence's own.
            var contentEnd = that.Success ? MainClauseResumes(reported.Index + reported.Length, sentence.End) : sentence.End;
            var announced = that.Success ? AnnouncedPlans((reported.Index + reported.Length, contentEnd), s.Evidence, s.Resolved, s.Mentions) : null;
            var spoken = found.RemoveAll(t => t.Kind != EventKind.Statement && t.Start > reported.Index && t.Start < contentEnd);
            if (contentEnd < sentence.End)
            {
                // The one told ("told Zelenskiy that ...") stays: the resumed clause may be about them.
                KeepMentions(ref s, Outside(s.Mentions, that.Index, contentEnd));
                // "told Zelenskiy that Turkey would host talks, as the two leaders met in Istanbul":
                // the sentence keeps the first trigger of each kind, and "host" stood in what was
                // said; the resumed clause's own ("met") is then the sentence's.
                if (spoken > 0) AddTriggersOfKindsMissing(found, (contentEnd, sentence.End));
            }
            else if (that.Success && s.Mentions.Count > 0 && s.Mentions[s.Mentions.Count - 1].Span.Start > that.Index)
            {
                // "Kim, who arrived on Tuesday, told Putin that Pyongyang would ...": what was said
                // names no one and no place of a happening told before it.
                KeepMentions(ref s, Outside(s.Mentions, that.Index, sentence.End));
            }
            var statement = found.FindIndex(t => t.Kind == EventKind.Statement);
            if (statement >= 0) found[statement] = (EventKind.Statement, reported.Index, reported.Index + reported.Length);
            // The report's own date stands before "that"; dates continued from a sentence before stay.
            s.Resolved = Within(s.Resolved, 0, that.Success ? that.Index : reported.Index);
            return announced;
        }

        [MethodImpl(Jit.Optimized)]
        private void AddTriggersOfKindsMissing(List<(EventKind Kind, int Start, int End)> found, (int Start, int End) clause)
        {
            foreach (var (kind, start, end) in FindTriggers(clause))
            {
                var missing = kind != EventKind.Statement;
                foreach (var t in found) missing &= t.Kind != kind; // a loop: a lambda would capture kind
                if (missing) AddTrigger(found, kind, start, end);
            }
        }

        [MethodImpl(Jit.Optimized)]
        private void KeepMentions(ref DatedSentence s, IReadOnlyList<MentionSpec> mentions)
        {
            s.Mentions = mentions;
            s.Persons = DistinctPersons(mentions);
        }

        // "the DPRK called Lavrov’s visit a significant moment": the visit is what was said about, the
        // verb's object. Not "pledged on Tuesday to deepen ties at their summit". "Kim hailed the
        // visit as historic": a visit right after a verb that judges (not one of saying, whose "the
        // visit was useful" is what was said) is its object, not the speaker's journey. Talks praised
        // ("praised the talks with Kim") still took place. "signed a joint statement after their
        // talks", "said during Putin's visit": a happening after a preposition of time or place is
        // when or where it was said, not what about.
        [MethodImpl(Jit.Optimized)]
        private void DropWhatWasSpokenOf(ref DatedSentence s, List<(EventKind Kind, int Start, int End)> found)
        {
            var speechVerb = found.FirstOrDefault(t => t.Kind == EventKind.Statement);
            if (speechVerb.End == 0) return;
            var sentence = s.Span;
            var judging = !IsOneOf(speechVerb.Start, speechVerb.End, SpeechVerbWords);
            found.RemoveAll(t => t.Kind != EventKind.Statement && t.Start > speechVerb.Start
                                 && ((TextWords.Count(_text, speechVerb.End, t.Start) <= 4 && PossessiveNoun.Match(_text, sentence.Start, t.Start - sentence.Start).Success
                                      && !AnyWordBetween(speechVerb.End, t.Start, WhenOrWherePrepositions))
                                     || (judging && t.Kind == EventKind.Visit && ObjectRightAfter(speechVerb.End, t.Start))));
        }

        // "They discussed agreements reached at the summit on September 13, 2023": a happening told
        // only as where something was agreed is not the subject's, and has no parties unless its
        // phrase names them ("at the summit between Putin and Kim").
        [MethodImpl(Jit.Optimized)]
        private void DropSettingsOfAgreements(ref DatedSentence s, List<(EventKind Kind, int Start, int End)> found)
        {
            for (var t = found.Count - 1; t >= 0; t--)
            {
                var (kind, start, end) = found[t];
                if (kind == EventKind.Statement || !IsSettingOfAnAgreement(s.Span.Start, start, s.Mentions)) continue;
                var phraseEnd = ClauseEnd(end, s.Span.End);
                if (s.Mentions.Any(m => m.Span.Start >= end && m.Span.Start < phraseEnd && Kind(m) == EntityKind.Person)) continue;
                // Its day and place ("in the Vostochny Cosmodrome on September 13, 2023") are its own.
                found.RemoveAt(t);
                s.Resolved = Outside(s.Resolved, start, phraseEnd);
                KeepMentions(ref s, Outside(s.Mentions, start, phraseEnd));
            }
        }

        // "Stoltenberg and Stubb discussed preparations for the NATO Summit in Washington in July",
        // "discussed the upcoming summit": a summit prepared for or to come, after the talks or
        // meeting the sentence tells, is their topic. Its place and its month are its own; a day
        // the sentence gives is the talks'.
        [MethodImpl(Jit.Optimized)]
        private void DropSummitsPreparedFor(ref DatedSentence s, List<(EventKind Kind, int Start, int End)> found)
        {
            // Loops, not lambdas: a closure over found would be allocated for every dated sentence.
            var summit = -1;
            for (var t = 0; t < found.Count && summit < 0; t++)
            {
                if (found[t].Kind == EventKind.Summit) summit = t;
            }
            if (summit < 0) return;
            var (_, start, end) = found[summit];
            var talksBefore = false;
            foreach (var t in found) talksBefore |= t.Kind is EventKind.Talks or EventKind.Meeting && t.Start < start;
            if (!talksBefore) return;
            if (!IsPreparedFor(s.Span.Start, start)) return;
            var phraseEnd = ClauseEnd(end, s.Span.End);
            found.RemoveAt(summit);
            var kept = new List<TemporalMention>(s.Resolved.Length);
            foreach (var date in s.Resolved)
            {
                if (date.Start < start || date.Start >= phraseEnd || date.Value is { Precision: DatePrecision.Day }) kept.Add(date);
            }
            if (kept.Count < s.Resolved.Length) s.Resolved = kept.ToArray();
            var mentions = new List<MentionSpec>(s.Mentions.Count);
            for (var i = 0; i < s.Mentions.Count; i++) // not foreach: a list's enumerator would be boxed
            {
                var m = s.Mentions[i];
                if (m.Span.Start < end || m.Span.Start >= phraseEnd || Kind(m) == EntityKind.Person) mentions.Add(m);
            }
            KeepMentions(ref s, mentions);
        }

        private static readonly string[] WordsOfWhatIsPreparedFor = { "upcoming", "forthcoming", "preparations", "preparation", "preparing", "prepare" };

        // Whether "preparations for", "the upcoming" and the like stand in the few words before the trigger.
        [MethodImpl(Jit.Optimized)]
        private bool IsPreparedFor(int sentenceStart, int trigger)
        {
            var word = trigger;
            for (var words = 0; words < 5 && (word = PreviousWordStart(sentenceStart, word)) >= 0; words++)
            {
                if (IsAnyWordAt(word, trigger, WordsOfWhatIsPreparedFor)) return true;
            }
            return false;
        }

        // "did not meet", "has never visited", "no plans to meet", "the talks were called off":
        // nothing happened, nor anywhere; "thanked Putin for his visit" tells of no journey that day.
        [MethodImpl(Jit.Optimized)]
        private void DropWhatDidNotHappen(ref DatedSentence s, List<(EventKind Kind, int Start, int End)> found)
        {
            var sentence = s.Span;
            for (var t = found.Count - 1; t >= 0; t--)
            {
                var (kind, start, end) = found[t];
                // The summit they met on the sidelines of is kept as where: "here" after it is their place.
                var sidelines = kind == EventKind.Summit && IsSummitTheyMetAt(sentence.Start, start);
                if (sidelines) s.SidelinesEnd = end;
                if (IsNegated(sentence.Start, start) || (kind != EventKind.Statement && IsCalledOff(sentence.Start, start, end, sentence.End))
                    || (kind == EventKind.Visit && IsTopicJourney(sentence.Start, start, end))
                    || (kind == EventKind.Treaty && IsNegotiatedTopic(sentence.Start, start))
                    || (kind != EventKind.Statement && IsAheadOf(sentence.Start, start) && !NamesItsOwnParties(end, sentence.End))
                    || sidelines
                    || (kind == EventKind.Statement && IsWordAtAnyCase(start, end, "called") && IsWordAt(SkipBlanks(end, sentence.End), sentence.End, "off"))) found.RemoveAt(t);
            }
        }

        // The dates the trigger at [start, end) may take, and whom a journey's invitation is to.
        [MethodImpl(Jit.Optimized)]
        private TemporalMention[] TriggerDates(ref DatedSentence s, List<(EventKind Kind, int Start, int End)> found, EventKind kind, int start, int end, out string? invitee)
        {
            var sentence = s.Span;
            var resolved = s.Resolved;
            var source = s.Source;
            // "Putin said on Wednesday that he would visit Pyongyang": what is planned takes its
            // date from after its verb ("will visit Pyongyang next month"); one before it dates
            // something else, and the plan has no date of its own.
            // Nor is the day it was reported ("..., the Kremlin said Tuesday") the day of a plan.
            // "KCNA said Lavrov would arrive on December 4": the date is the arrival's, not the report's.
            // "..., KCNA reported Thursday": the day of the report is not that of what it reports;
            // nor is it in "KCNA reported Thursday that Kim had received Shoigu".
            // Before the verb, a day after the publication is what was said, not when: "Putin will
            // travel to Vietnam on Thursday, the Kremlin said" dates the journey. After it ("said on
            // July 8") it is the word's own, even in an article updated since its byline.
            // "Putin saw Xi off after a dinner on Monday, the Kremlin said": the days before a
            // trailing attribution are what was said; only its own ("said on Tuesday") date it.
            // Not a sayer whose words follow ("On Thursday, Austin said some had moved", "Speaking
            // to reporters on Tuesday, Peskov said the visit was a success").
            var saidAfter = source.Success && start >= source.Index && EndsAttribution(end, sentence.End) ? source.Index : 0;
            // "ahead of Wednesday's summit with Kim": the day inside the phrase, else one after the word.
            var aheadFrom = kind == EventKind.Statement ? -1 : AheadPhraseEnd(sentence.Start, start);
            var dates = kind == EventKind.Statement ? NotAfterPublicationBefore(Within(resolved, saidAfter, ReportedClauseStart(start, end, sentence.End)), start)
                : aheadFrom >= 0 ? (Within(resolved, aheadFrom, start) is { Length: > 0 } inPhrase ? inPhrase : Within(resolved, end, source.Success ? source.Index : int.MaxValue))
                // What a journey is for before a plan: "will travel to Moscow on Sunday for a summit
                // with Putin" is Sunday's journey, and the summit's day is not told.
                : kind is EventKind.Meeting or EventKind.Summit or EventKind.Talks && IsPurpose(sentence.Start, start) ? PurposeDates(resolved, end, source.Success ? source.Index : int.MaxValue)
                : (IsPlanned(sentence.Start, start) || IsPlannedAfter(start, end, sentence.End))
                  && !(kind == EventKind.Visit && SetOffFor(sentence.Start, start)) ? PlanDates(resolved, start, end, source.Success ? source.Index : int.MaxValue)
                : source.Success && start < source.Index ? Within(resolved, 0, source.Index)
                // "..., state media reported Tuesday, wrapping up a visit during which she met Putin":
                // the day of the report is not that of the tail's happening either.
                : source.Success && start >= s.AttributionEnd ? Outside(resolved, source.Index, s.AttributionEnd)
                : s.News.Success && start > s.News.Index ? Within(resolved, s.News.Index + s.News.Length, sentence.End)
                : resolved;
            dates = RelativeClauseDates(dates, start, sentence, s.RelativeClause, s.HeldClause, s.Mentions);
            var invited = kind == EventKind.Visit && Contains(sentence, "invit");
            invitee = invited ? Invitee(s.Mentions, sentence.Start, start) : null;
            if (invitee is not null) dates = Within(dates, end, NextTriggerAfter(found, end, sentence.End));
            // "invited Putin to visit Pyongyang on Tuesday", "accepted an invitation to visit Russia on
            // Tuesday": a journey one is invited to lies ahead; a day gone by is the inviting's.
            if (invited && (invitee is not null || InvitationBefore(sentence.Start, start))) dates = NotBeforePublication(dates);
            // "discussed Putin's planned visit to Türkiye in August": the month is the visit's.
            if (kind == EventKind.Talks && IsOneOf(start, end, TopicVerbs) && PlannedTopicAfter(found, end, sentence.Start) is var topic and >= 0) dates = Within(dates, 0, topic);
            // "discussed the implementation of agreements reached during the state visit in December":
            // the month is the visit's.
            if (kind == EventKind.Talks && IsOneOf(start, end, TopicVerbs) && AgreementsPhraseAfter(end, sentence.End) is var agreements and >= 0) dates = Within(dates, 0, agreements);
            return dates;
        }

        // A journey's traveller and destination; false when the trigger tells no journey of anyone
        // the catalog knows.
        [MethodImpl(Jit.Optimized)]
        private bool ReadJourney(ref DatedSentence s, ref Happening h, string? invitee, int reportedFrom)
        {
            var sentence = s.Span;
            var mentions = s.Mentions;
            var (start, end) = (h.Start, h.End);
            // The traveller is the first person named ("visiting Foreign Minister X": X); the
            // destination the first place after the trigger.
            var visitingBy = IsWordAtAnyCase(start, end, "visiting") && !AfterAuxiliary(sentence.Start, start);
            // "met the visiting Chinese delegation": the visitors are a group, not the host.
            if (visitingBy && _countries.Count > 0 && PersonDescriptions.GroupCountryAt(_text, start, sentence.End, _countries) is not null) return false;
            var visitorMention = visitingBy ? mentions.FirstOrDefault(m => m.Span.Start > end && m.Span.Start - end < 50 && Kind(m) == EntityKind.Person) : null;
            var visitor = visitorMention?.EntityId;
            // "held talks with visiting Russian Defense Minister Andrei Belousov": the visitor
            // is a name the catalog lacks, not the host.
            if (visitingBy && visitor is null && UnknownNameWithin(end, System.Math.Min(end + 50, sentence.End))) return false;
            // Else the subject: a person named before the trigger, the pronoun's referent ("he
            // traveled ... for a summit with Putin": not Putin), whoever is named ("During
            // the visit, Kim toured"). After a verb the one named is not its subject: "The
            // leader, who arrived on Tuesday, thanked Putin", "The Russian president landed in
            // Pyongyang, where he was greeted by Kim".
            if (visitor is null && VisitBy(mentions, start, end, sentence.End, out var agent))
            {
                if (agent is null) return false;
                visitor = agent;
            }
            var travelVerb = IsTravelVerb(start, end) || IsVisitPhrase(start, end);
            var saidFrom = travelVerb ? 0 : SaidBeforeTheVisit(sentence.Start, start);
            var relativeSubject = RelativeClauseSubject(mentions, sentence.Start, start, out var unknownTraveller) ?? HostedGuest(mentions, sentence.Start, start);
            if (visitor is null && unknownTraveller) return false;
            var subordinate = SubordinateClauseBefore(sentence.Start, start);
            // ", as Pyongyang's troops reportedly arrived near the front lines": the clause's
            // own subject travelled, and it is no person (not ", after arriving in Moscow").
            if (visitor is null && invitee is null && relativeSubject is null && OtherSubjectBetween(mentions, subordinate, start, end)) return false;
            // "It was Belousov's first trip to North Korea since he replaced Shoigu": the
            // traveller is a name the catalog lacks, not anyone named after.
            if (visitor is null && invitee is null && relativeSubject is null && UnknownPossessiveBefore(start, sentence)) return false;
            var namedBefore = saidFrom > 0 ? NearestBefore(mentions, start, EntityKind.Person, saidFrom)
                : FirstBefore(mentions, start, EntityKind.Person, System.Math.Max(subordinate, reportedFrom));
            // "... and was received by Putin at the Kremlin during that trip": the agent of a
            // passive did not travel; the clause's subject carried on did.
            if (namedBefore is not null && s.Referent is not null && s.Opening == Opening.Joined && IsPassiveAgent(mentions, namedBefore, sentence.Start)) namedBefore = null;
            var traveller = visitor ?? invitee ?? relativeSubject ?? PossessiveTraveller(mentions, start, sentence.End)
                ?? SeenOffGuest(mentions, sentence.Start, start)
                ?? namedBefore
                // Only in a sentence that names no one: "During his visit to Russia, Kim met
                // Putin" is Kim's.
                ?? (s.Persons.Count == 0 && HasPronounPossessive(sentence.Start, start) ? s.SubjectBefore : null)
                ?? s.Referent
                ?? (travelVerb || saidFrom > 0 ? null : s.Persons.FirstOrDefault());
            if (traveller is not null) h.Participants.Add(traveller);
            else if (s.Group.Count > 0) h.Participants.AddRange(s.Group); // "They arrived in Moscow"
            else if (IsVisitPhrase(start, end) || saidFrom > 0) return false; // "the missile landed in the sea", "Peskov said the visit ..."
            else h.Participants.AddRange(SubjectBefore(mentions, start));
            // A possessive counts: "toured Pyongyang's new hospital" went to Pyongyang. "visiting DPRK
            // Foreign Minister Choe Son Hui in Moscow": the visitor's country is no destination.
            var placeFrom = visitorMention is null ? end : visitorMention.Span.Start + visitorMention.Span.Length;
            // "arrived in the Omani capital on Tuesday, ... the spokesman of Yemen's Ansarullah": the
            // capital told right after the trigger is where, unless a place named with it says
            // which city ("in the North Korean capital Pyongyang").
            var capital = CapitalAfter(end, sentence.End, out var capitalEnd);
            var place = PlaceAfter(capital is null ? mentions : Within(mentions, 0, capitalEnd + CityAfterTheCapital), placeFrom, possessive: true, EntityKind.Country, EntityKind.Place)
                        ?? StayIn(mentions, start) ?? Here(end, sentence.End) ?? capital
                        ?? PlaceLeftAtTheEnd(mentions, sentence.Start, start)
                        // "met Kim in Pyongyang on Tuesday, his second visit in two weeks": where the sentence was.
                        ?? (IsAppositiveJourney(sentence.Start, start) ? LocatedPlace(mentions, sentence.Start) : null)
                        // "met al-Sudani in Baghdad, where he arrived the day before": the place before the clause.
                        ?? (WhereClauseBefore(sentence.Start, start) is var where and >= 0 ? PlaceBeforeComma(mentions, where) : null);
            // "to travel to Vietnam on Thursday", with no Vietnam in the catalog: held back
            // until the article's end, where it is kept unless it could be taken for the
            // traveller's visit of the day before (Finish); CG0002 asks for the place.
            var unknownEnd = UnknownDestinationEnd(end, sentence.End);
            if (unknownEnd >= 0 && place is not null && !LocatesUnknownDestination(mentions, unknownEnd, place, sentence.End)) place = null;
            h.Place = place;
            h.HeldBack = place is null && unknownEnd >= 0;
            return place is not null || h.HeldBack || !IsJourneyOnlyToAPlace(start, end);
        }

        // "toured an arms exhibition", "went to great lengths", "proceeded to sign the deal", "headed
        // to the talks": a tour, or going, is a journey only to a place named.
        [MethodImpl(Jit.Optimized)]
        private bool IsJourneyOnlyToAPlace(int start, int end)
            => IsWordAtAnyCase(start, end, "toured") || IsWordAtAnyCase(start, end, "went to")
               || PatternText.MatchesIgnoringAsciiCase(_text, start, end, "proceed") || PatternText.MatchesIgnoringAsciiCase(_text, start, end, "head");

        // How far after "the Chinese capital" a place it names may start (" Beijing", ", Beijing", " of Beijing").
        private const int CityAfterTheCapital = 5;

        // Who made a statement; always read, though it may find no one.
        [MethodImpl(Jit.Optimized)]
        private bool ReadSpeaker(ref DatedSentence s, ref Happening h)
        {
            var (start, end) = (h.Start, h.End);
            // "In a statement on Wednesday, Kim Yo Jong said ...": the verb after the noun says who.
            var (verbStart, verbEnd) = IsOneOf(start, end, StatementNouns) && LaterSpeechVerb(end, s.Span.End) is { } verb ? verb : (start, end);
            // The subject a joined clause carries on did not say what a trailing attribution
            // reports (", the Kremlin said on Monday" after "and then travel to Vietnam").
            // "The talks were useful, Peskov said on Thursday": the one named in the source
            // spoke, though a happening before it keeps his name out of its own.
            var afterSource = s.Source.Success && start >= s.Source.Index;
            var speaker = (s.SourcePerson is not null && afterSource ? s.SourcePerson : null) ?? Speaker(s.Span, s.Mentions, verbStart, verbEnd)
                ?? (s.Opening == Opening.Joined && afterSource ? null : s.Referent);
            if (speaker is not null) h.Participants.Add(speaker);
            if (speaker is not null && speaker != s.SourcePerson && speaker != s.Referent) AddJointSpeakers(s.Span.Start, s.Mentions, speaker, verbStart, h.Participants);
            return true;
        }

        // Who met, talked or signed, and where; false when fewer than two parties are known, or when
        // the meetings were separate and have been added here already.
        [MethodImpl(Jit.Optimized)]
        private bool ReadMeeting(ref DatedSentence s, List<(EventKind Kind, int Start, int End)> found, ref Happening h, int reportedFrom, List<EventSpec> events)
        {
            var sentence = s.Span;
            var mentions = s.Mentions;
            var participants = h.Participants;
            var (kind, start, end) = (h.Kind, h.Start, h.End);
            // ", as Putin arrived in Pyongyang": who did something else meanwhile, and
            // where, take no part.
            var meanwhile = MeanwhileClauseAfter(mentions, end, sentence.End);
            var ownMentions = meanwhile >= 0 ? Within(mentions, sentence.Start, meanwhile) : mentions;
            // "had flown in from Cairo, where he met Sisi": a meeting told in a clause of where is in the
            // place before it, unless the clause names its own ("where he met Kim at the Kremlin").
            var where = WhereClauseBefore(sentence.Start, start);
            var place = h.Place = where >= 0
                ? LocatedPlace(Within(ownMentions, where, sentence.End), start) ?? PlaceBeforeComma(ownMentions, where) ?? s.ContinuedPlace
                : LocatedPlace(ownMentions, start) ?? Destination(found, start, ownMentions, sentence.Start) ?? PlaceOfAfter(ownMentions, start, IsGreeting(start, end)) ?? Here(end, sentence.End)
                  ?? (s.SidelinesEnd > end ? Here(s.SidelinesEnd, sentence.End) : null)
                  // The Guardian's "Tusk and Zelenskyy met in the Ukrainian capital": the country, as a journey's.
                  ?? CapitalInClause(end, sentence.End) ?? s.ContinuedPlace;
            // "Putin welcomed Kim's decision": a greeting is a meeting only with the person greeted,
            // or a group ("was greeted by Russian officials").
            if (IsGreeting(start, end) && s.MetByPronoun is null && !GreetsAPerson(mentions, end) && !GreetsAPronoun(end, sentence.End)
                && (_countries.Count == 0 || PersonDescriptions.GroupCountryAt(_text, end, sentence.End, _countries) is null)) return false;
            // Not who said a reported clause (reportedFrom), nor the "he" of "He said", nor
            // who did something else meanwhile.
            participants.AddRange(reportedFrom > 0 ? DistinctPersons(ownMentions, from: reportedFrom)
                : meanwhile >= 0 ? DistinctPersons(ownMentions)
                : s.Persons);
            // "The two ministers discussed preparations for a visit by Putin", "discussed Putin's
            // planned visit": who is to travel takes no part in the talks.
            if (participants.Count > 0 && (Contains(sentence, " by ") || ContainsChar(sentence, '\'', '’')))
            {
                participants.RemoveAll(id => OnlyAVisitsTraveller(mentions, id, sentence.Start, sentence.End));
            }
            if (s.MetByPronoun is not null && !participants.Contains(s.MetByPronoun)) participants.Add(s.MetByPronoun);
            if (s.Referent is not null && reportedFrom == 0 && !participants.Contains(s.Referent)) participants.Insert(0, s.Referent);
            foreach (var member in s.Group)
            {
                if (!participants.Contains(member)) participants.Add(member); // "They then held talks"
            }
            // "are to discuss the treaty signed by Putin and Kim": a passive's agents are its
            // parties, not the sentence's subject.
            if (PassiveAgents(ownMentions, end, sentence.End) is { } agents)
            {
                participants.Clear();
                participants.AddRange(agents);
            }
            if (participants.Count == 0 && !IsGreeting(start, end))
            {
                // No person: countries and organizations take part ("Russia and North Korea
                // signed"), but not the place it happened ("at the Kremlin").
                foreach (var actor in Distinct(mentions, m => IsActor(Kind(m))))
                {
                    if (actor != place && !participants.Contains(actor) && !OnlyATopic(mentions, actor, sentence.Start)) participants.Add(actor);
                }
                // "Ukrainian and Russian delegations met in Istanbul on Friday": the two groups' countries.
                if (participants.Count == 0 && _countries.Count > 0 && PersonDescriptions.JoinedGroupCountriesAt(_text, sentence.Start, start, _countries) is { } sides)
                {
                    participants.Add(sides.First);
                    participants.Add(sides.Second);
                }
            }
            else if (participants.Count == 1 && ObjectActor(mentions, end, sentence.End) is { } partner && partner != place && !participants.Contains(partner))
            {
                // One person: the other side is the one the trigger names ("held talks with
                // China"), not any country in the sentence ("U.S. Secretary of State Antony
                // Blinken ... for talks with officials on North Korea's ties with Russia").
                participants.Add(partner);
            }
            // "met a Russian delegation", "held talks with North Korean officials": the other side is their country.
            var delegation = participants.Count == 1 && _countries.Count > 0 ? PersonDescriptions.GroupCountryAt(_text, end, sentence.End, _countries) : null;
            if (delegation is not null && delegation != place && !participants.Contains(delegation)) participants.Add(delegation);
            else delegation = null;
            if (participants.Count < 2 || (IsConversation(start, end) && delegation is null && participants.Count(id => _catalog[id].Kind == EntityKind.Person) < 2)) return false;
            // "met Kim on Wednesday and Xi on Thursday": two meetings, each on its own day.
            h.SecondPartner = participants.Count > 2 ? SecondPartner(ownMentions, end, sentence.End, h.Dates) : null;
            if (h.SecondPartner is { } other)
            {
                participants.Remove(other.Person);
                h.Date = Nearest(Within(h.Dates, 0, other.And), start, end);
            }
            var talksInPerson = kind == EventKind.Talks && place is not null && !IsConversation(start, end) && !TellsOfARemoteCall(sentence);
            h.EffectiveKind = SummitOfLeaders(kind, participants, talksInPerson);
            // "Putin met separately with Lavrov and Choe": a meeting with each, not one of three.
            if (h.SecondPartner is null && participants.Count >= 3 && MeetsEachSeparately(sentence, mentions, participants, start) is { } hub)
            {
                foreach (var each in participants)
                {
                    if (each == hub) continue;
                    var pair = new List<string> { hub, each };
                    Add(events, s.Evidence, SummitOfLeaders(kind, pair, talksInPerson), h.Date, pair, place);
                }
                return false;
            }
            return true;
        }

        private static readonly string[] RepeatJoiners = { "and", "again", "on", "also" };

        // "met Kim on Feb. 4 and again on Feb. 17", "visited Pyongyang on Jan. 9, Feb. 4 and Feb. 17":
        // the days listed right after the happening's own day, with nothing but commas, "and",
        // "again" and "on" between, and nothing after them that opens a clause ("and on Feb. 17 he
        // visited Moscow"); null for none.
        [MethodImpl(Jit.Optimized)]
        private List<DateValue>? RepeatedDays(TemporalMention[] dates, DateValue date, int sentenceEnd)
        {
            if (date.Precision != DatePrecision.Day) return null;
            var at = 0;
            while (at < dates.Length && dates[at].Value != date) at++;
            if (at == dates.Length) return null;
            List<DateValue>? days = null;
            var end = dates[at].Start + dates[at].Length;
            for (var d = at + 1; d < dates.Length; d++)
            {
                if (dates[d].Value is not { Precision: DatePrecision.Day } day || dates[d].Start < end || !OnlyJoinersBetween(end, dates[d].Start)) break;
                // "on Wednesday, Sept. 13": the same day told twice.
                if (day != date && (days is null || !days.Contains(day))) (days ??= new List<DateValue>()).Add(day);
                end = dates[d].Start + dates[d].Length;
            }
            if (days is null) return null;
            // What follows the last day: the sentence's or clause's end, or a preposition's phrase.
            var next = SkipBlanks(end, sentenceEnd);
            return next >= sentenceEnd || !char.IsLetter(_text[next]) || IsAnyWordAt(next, sentenceEnd, Prepositions) ? days : null;
        }

        // Whether [from, to) holds only blanks, commas and RepeatJoiners, and a comma or "and".
        [MethodImpl(Jit.Optimized)]
        private bool OnlyJoinersBetween(int from, int to)
        {
            var joined = false;
            for (var i = from; i < to;)
            {
                var c = _text[i];
                if (char.IsWhiteSpace(c)) { i++; continue; }
                if (c == ',') { joined = true; i++; continue; }
                if (!IsAnyWordAt(i, to, RepeatJoiners)) return false;
                joined |= IsWordAt(i, to, "and");
                i = WordEnd(i, to);
            }
            return joined;
        }

        // Adds the happening read, with the further places of a journey ("visited Moscow on Monday
        // and St. Petersburg on Wednesday") and the second one met.
        [MethodImpl(Jit.Optimized)]
        private void Record(ref DatedSentence s, ref Happening h, List<EventSpec> events)
        {
            var sentence = s.Span;
            var date = h.Date;
            var further = h.Kind == EventKind.Visit && h.Place is not null && !h.HeldBack ? FurtherDestinations(s.Mentions, h.Place, h.End, sentence.End, h.Dates) : null;
            if (further is { } joined && Within(h.Dates, 0, joined.Joint).Length > 0) date = Nearest(Within(h.Dates, 0, joined.Joint), h.Start, h.End);
            // "met in Pyongyang in October 2023 and in Moscow in January": the first meeting keeps the
            // date and place before "and", the second is added after it.
            var secondOccasion = h.Kind is EventKind.Meeting or EventKind.Summit or EventKind.Talks && h.SecondPartner is null ? SecondOccasion(s.Mentions, h.End, sentence.End, h.Dates) : null;
            if (secondOccasion is { } occasion)
            {
                date = Nearest(Within(h.Dates, 0, occasion.And), h.Start, h.End);
                h.Place = occasion.FirstPlace;
            }
            Add(h.HeldBack ? _unknownDestinations : events, s.Evidence, h.EffectiveKind, date, h.Participants, h.Place, h.Entry);
            if (secondOccasion is { } again)
            {
                Add(events, s.Evidence, h.EffectiveKind, again.Date, new List<string>(h.Participants), again.Place, h.Entry);
                return;
            }
            if (further is null && h.SecondPartner is null && h.Kind != EventKind.Statement && RepeatedDays(h.Dates, date, sentence.End) is { } days)
            {
                foreach (var day in days) Add(h.HeldBack ? _unknownDestinations : events, s.Evidence, h.EffectiveKind, day, new List<string>(h.Participants), h.Place, h.Entry);
            }
            if (further is { } then)
            {
                foreach (var (nextPlace, nextDate) in then.Places) Add(events, s.Evidence, EventKind.Visit, nextDate, new List<string>(h.Participants), nextPlace, h.Entry);
            }
            if (h.SecondPartner is { } met)
            {
                // The subject met the second one too: whoever the sentence names after the trigger is left out.
                var (mentions, trigger) = (s.Mentions, h.End);
                var subjects = h.Participants.FindAll(id => !mentions.Any(m => m.EntityId == id && m.Span.Start >= trigger));
                subjects.Add(met.Person);
                if (subjects.Count >= 2) Add(events, s.Evidence, SummitOfLeaders(h.Kind, subjects), met.Date, subjects, met.Place);
            }
        }
    }
}
