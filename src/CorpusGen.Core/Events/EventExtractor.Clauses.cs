using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using CorpusGen.Core.Dates;
using CorpusGen.Core.Model;
using CorpusGen.Core.Text;
using CorpusGen.Core.Names;
using System.Runtime.CompilerServices;

namespace CorpusGen.Core.Events
{
    /// <summary>
    /// The clauses and openings of a sentence: where a clause with a subject of its own starts, and
    /// whom a pronoun, "the two leaders" or a relative clause continues.
    /// </summary>
    public sealed partial class EventExtractor
    {
        private static readonly Regex PronounOpening = new Regex(
            @"^[“""]?(?:(?<pronoun>[Hh]e|[Ss]he|[Tt]hey)|(?<group>[Tt]he (?:two )?(?:leaders|sides|prime ministers|premiers|presidents|[Hh]eads of [Ss]tate|heads of government)(?! of (?!the two\b|both\b))|[Tt]he three (?:leaders|sides|countries|nations|ministers|foreign ministers|heads of state)|[Tt]he (?:foreign )?ministers|[Tt]he (?:pair|duo)|[Tt]he two(?= (?:met|held|also|then|last|first|previously|earlier|later|again|recently|have|had|will|are|were|signed|discussed|agreed|shook|spoke|talked|exchanged)\b)|[Tt]he two (?:heads of state|foreign ministers|top diplomats|ministers|presidents|men|women|diplomats|envoys|delegations|countries|nations)|[Bb]oth (?:leaders|sides|men|ministers|countries))(?!['’]))\b",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);

        // The words that join a clause after a comma ("..., and he traveled"); after a semicolon none
        // is needed. Without one a comma may open an aside or close a quote (", he said").
        private static readonly string[] ClauseJoiners = { "and", "but", "while", "then" };

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
                if (c == ' ' && i + 1 < end && _text[i + 1] == 'b' && JoinsOnwardJourney(from, i, end, dates, mentions, out var onward))
                {
                    opening = Opening.Joined;
                    return onward;
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

        // "will meet bin Salman in Jeddah on Wednesday before traveling to Cairo to meet Sisi on
        // Thursday": " before " and a gerund of going on, where both sides have a date of their own
        // and the journey names a person or a place. What it goes on to is a clause of the same
        // subject, not a third party of the meeting before (Opening.Joined).
        // Also a gerund that tells a happening of its own: "before holding talks with Lula in Brasilia
        // on Thursday", "before visiting Brasilia on Tuesday".
        private static readonly string[] OnwardGerunds = { "traveling", "travelling", "heading", "flying", "proceeding", "going", "moving" };

        [MethodImpl(Jit.Optimized)]
        private bool JoinsOnwardJourney(int from, int blank, int end, TemporalMention[] dates, IReadOnlyList<MentionSpec> mentions, out int verb)
        {
            verb = SkipBlanks(blank + 1, end);
            if (!IsWordAt(verb, end, "before")) return false;
            verb = SkipBlanks(verb + 6, end);
            if (!IsAnyWordAt(verb, end, OnwardGerunds) && !IsGerundTrigger(verb, end)) return false;
            if (Within(dates, from, blank).Length == 0 || Within(dates, verb, end).Length == 0) return false;
            for (var m = 0; m < mentions.Count; m++)
            {
                if (mentions[m].Span.Start > verb && Kind(mentions[m]) is EntityKind.Person or EntityKind.Place or EntityKind.Country) return true;
            }
            return false;
        }

        // "Choe met Putin on Monday and held talks with Lavrov": " and " then a meeting's or talks' word
        // (or "held" and one, or a clause telling the subject's own: "and praised his summit with
        // Xi"), where the clause before already tells a meeting with someone and the one after names
        // someone else. Two meetings of the same subject, not one of three; the date, the subject and
        // the place carry on (Opening.Joined). "met Kim and held talks with him" stays one.
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
            if (TriggerWordAt(PastHeld(verb, end), end) is not (EventKind.Meeting or EventKind.Talks or EventKind.Summit) && !TellsItsSubjectsMeeting((clause, end))) return false;
            verb = clause;
            return MeetsSomeoneElseAfter(from, blank, clause, end, mentions);
        }

        // "and expressed satisfaction with his summit with Putin last month": a clause whose first
        // meeting word is the subject's own ("his", "her"), told after some other verb.
        private static readonly string[] SubjectsPossessives = { "his", "her" };

        [MethodImpl(Jit.Optimized)]
        private bool TellsItsSubjectsMeeting((int Start, int End) clause)
        {
            // Most joined clauses have neither word: an ordinal search spares them the trigger scan.
            var length = clause.End - clause.Start;
            if (length <= 0 || (_text.IndexOf(" his ", clause.Start, length, StringComparison.Ordinal) < 0 && _text.IndexOf(" her ", clause.Start, length, StringComparison.Ordinal) < 0)) return false;
            var meeting = FirstMeetingWord(clause);
            var possessive = meeting < 0 ? -1 : PreviousWordStart(clause.Start, meeting);
            return possessive >= 0 && IsAnyWordAt(possessive, meeting, SubjectsPossessives);
        }

        private static readonly string[] PassiveAuxiliaries = { "was", "were", "is", "are" };

        // "was received by", "were greeted by", a chronology's "is received by": where the participle
        // after the auxiliary at i stands when "by" follows it, or -1.
        [MethodImpl(Jit.Optimized)]
        private int PassiveWithAgentAt(int i, int end)
        {
            if (!IsAnyWordAt(i, end, PassiveAuxiliaries)) return -1;
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
        private static readonly string[] GroupWordsAfterThe = { "two ", "three ", "leaders", "sides", "ministers", "foreign ministers", "pair", "duo", "prime ministers", "premiers", "presidents", "heads of", "Heads of" };

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
            // "Foreign Minister Abdelatty, who accompanied the president, also met Prince Faisal": one
            // who came along is on the same journey.
            if (word < sentence.End && _text[word] == ',' && AccompaniedAside(word, sentence.End) is var afterAside and >= 0) (word, tookPart) = (afterAside, true);
            if (IsAnyWordAt(word, sentence.End, SequenceAdverbs)) return tookPart && GoesOnWith(word, sentence.End);
            if (tookPart && FollowsTheHappeningBefore(sentence)) return true;
            if (last == first && mentions[first].EntityId == _previousSubject && _previousPlace is { } there && MeetsThere(word, sentence.End, mentions, first, there)) return true;
            if (tookPart && last == first && _previousGroup.Count == 2 && MeetsTheOtherOfThePair(word, sentence.End, mentions, first)) return true;
            if (last != first || _previousSubject is null || mentions[first].EntityId == _previousSubject) return false;
            for (var i = last + 1; i < mentions.Count; i++)
            {
                if (Kind(mentions[i]) == EntityKind.Person) return false; // someone else is named: "him" may be another
            }
            word = PastHeld(word, sentence.End);
            // "Kim saw him off at the airport": a farewell meets as a greeting does.
            if (SeesOffPronounAt(word, sentence.End)) return true;
            if (TriggerWordAt(word, sentence.End) is not (EventKind.Meeting or EventKind.Summit or EventKind.Talks)) return false;
            var pronoun = SkipBlanks(WordEnd(word, sentence.End), sentence.End);
            if (IsWordAt(pronoun, sentence.End, "with")) pronoun = SkipBlanks(pronoun + 4, sentence.End);
            return IsObjectPronounAt(pronoun, sentence.End);
        }

        // APP's "Shehbaz Sharif and Tokayev on Thursday agreed to ... . Sharif, who is on a two-day visit
        // to Kazakhstan, held a meeting with Tokayev in Astana": one of the pair of the happening
        // before meeting the other, with no time of its own ("met", "held a meeting with"; not "has
        // met", nor "last met"), tells that happening again, on its day.
        [MethodImpl(Jit.Optimized)]
        private bool MeetsTheOtherOfThePair(int word, int end, IReadOnlyList<MentionSpec> mentions, int subject)
        {
            if (word < end && _text[word] == ',')
            {
                if (!IsWordAt(SkipBlanks(word + 1, end), end, "who")) return false;
                var close = _text.IndexOf(',', word + 1, end - word - 1);
                if (close < 0) return false;
                word = SkipBlanks(close + 1, end);
            }
            var trigger = IsWordAt(word, end, "met") ? word : IsWordAt(word, end, "held") ? PastHeld(word, end) : -1;
            if (trigger < 0 || TriggerWordAt(trigger, end) is not (EventKind.Meeting or EventKind.Summit or EventKind.Talks)) return false;
            for (var m = subject + 1; m < mentions.Count; m++)
            {
                if (mentions[m].Span.Start < trigger || Kind(mentions[m]) != EntityKind.Person) continue;
                return mentions[m].EntityId != mentions[subject].EntityId && _previousGroup.Contains(mentions[m].EntityId);
            }
            return false;
        }

        // ", who accompanied the president," or ", who is accompanying Xi,": where the word after the
        // aside stands, or -1.
        [MethodImpl(Jit.Optimized)]
        private int AccompaniedAside(int comma, int end)
        {
            var who = SkipBlanks(comma + 1, end);
            if (!IsWordAt(who, end, "who")) return -1;
            var close = _text.IndexOf(',', who, end - who);
            return close < 0 || !TellsOfCompany(who, close) ? -1 : SkipBlanks(close + 1, end);
        }

        // Whether [start, end) tells whom someone came with: "accompanied", "accompanying".
        [MethodImpl(Jit.Optimized)]
        private bool TellsOfCompany(int start, int end) => _text.IndexOf(" accompan", start, end - start, StringComparison.Ordinal) >= 0;

        // "Choe arrived in Moscow on Friday. Choe met Lavrov at the foreign ministry in Moscow": the
        // subject the sentence before placed somewhere meets someone there, with no time of its own:
        // the same stay's news, on its day, as "She met Lavrov" would be. The verb right after the
        // subject ("had met", "will meet" tell of another time).
        [MethodImpl(Jit.Optimized)]
        private bool MeetsThere(int verb, int end, IReadOnlyList<MentionSpec> mentions, int subject, string there)
        {
            if (TriggerWordAt(PastHeld(verb, end), end) is not (EventKind.Meeting or EventKind.Talks or EventKind.Summit)) return false;
            var met = false;
            for (var i = subject + 1; i < mentions.Count; i++)
            {
                if (Kind(mentions[i]) == EntityKind.Person) met = true;
                else if (met && mentions[i].EntityId == there) return true;
            }
            return false;
        }

        // "On Wednesday, Kim stood alongside Xi and Putin at the military parade. Kim and Putin held
        // talks after the parade": an occasion the sentence before told, named again by its noun
        // after "after" or "following", dates what came right after it, on its day.
        private static readonly string[] OccasionNouns =
        {
            "parade", "ceremony", "celebration", "celebrations", "commemorations", "banquet", "reception", "dinner", "concert", "performance",
            "talks", "meeting", "summit", "signing", "welcome", "event", "events", "forum", "conference", "exercises", "drills", "launch",
        };

        private static readonly string[] FollowingWords = { "after", "following" };

        [MethodImpl(Jit.Optimized)]
        private bool FollowsTheHappeningBefore((int Start, int End) sentence)
        {
            if (_previousDatedSentence.Start < 0) return false;
            for (var i = sentence.Start; i + 10 < sentence.End; i++)
            {
                if ((_text[i] != 'a' && _text[i] != 'f') || (i > sentence.Start && char.IsLetter(_text[i - 1])) || !IsAnyWordAt(i, sentence.End, FollowingWords)) continue;
                var the = SkipBlanks(WordEnd(i, sentence.End), sentence.End);
                if (!IsWordAt(the, sentence.End, "the")) continue;
                // "after the parade", "after the military parade": the noun, past one word describing it.
                for (int word = SkipBlanks(the + 3, sentence.End), words = 0; words < 2 && word < sentence.End; word = SkipBlanks(WordEnd(word, sentence.End), sentence.End), words++)
                {
                    var wordEnd = WordEnd(word, sentence.End);
                    if (wordEnd == word) break;
                    if (IsAnyWordAt(word, sentence.End, OccasionNouns)) return NamedIn(_previousDatedSentence, word, wordEnd);
                }
            }
            return false;
        }

        // Whether the word at [start, end) stands in span, whole, in lower case.
        [MethodImpl(Jit.Optimized)]
        private bool NamedIn((int Start, int End) span, int start, int end)
        {
            var length = end - start;
            for (var i = span.Start; i + length <= span.End; i++)
            {
                if (_text[i] == _text[start] && (i == span.Start || !char.IsLetter(_text[i - 1])) && string.CompareOrdinal(_text, i, _text, start, length) == 0
                    && (i + length == span.End || !char.IsLetter(_text[i + length]))) return true;
            }
            return false;
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
            "Meanwhile", "Subsequently", "Last", "This", "Shortly", "Hours", "Days", "Ahead", "Prior",
        };

        // "Prior to the meeting, ...": the one fronted opener of its letter, which opens many names
        // ("President", "Putin") that the fronted readers need not look at.
        [MethodImpl(Jit.Inlined)]
        private bool IsPriorTo(int start, int end) => _text[start] == 'P' && IsWordAt(start, end, "Prior");

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
            if (start >= sentence.End || !(IsFrontedInitial(_text[start]) || IsPriorTo(start, sentence.End))) return start;
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
                    var subject = SkipBlanks(i + 1, sentence.End);
                    // "During the meeting, held at Qasr Al Watan in Abu Dhabi, the two leaders ...": where
                    // the happening was held, between commas, is part of the adverbial.
                    if (IsWordAt(subject, sentence.End, "held") && NextComma(subject, sentence.End) is var close and >= 0 && FirstPersonWithin(mentions, subject, close) is null)
                    {
                        return SkipBlanks(close + 1, sentence.End);
                    }
                    return subject;
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
                // ", as the two leaders met in Istanbul": a pair or group is a subject as "they" is.
                if (IsSubjectPronounAt(subject, end) || IsWordAt(subject, end, "both")
                    || (IsWordAt(subject, end, "the") && StartsAnyOf(subject + 4, end, GroupWordsAfterThe))) return i;
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
        // sentence names anyone else; notes whether it named anyone. Allocates only for a new pair.
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
            _previousNamedNoOne = first is null;
            if (second is not null && !more)
            {
                if (_lastPair is null || !_lastPair.Contains(first!) || !_lastPair.Contains(second)) _lastPair = new List<string> { first!, second };
            }
            else if (first is not null && _lastPair is not null && (more || !_lastPair.Contains(first) || (second is not null && !_lastPair.Contains(second)))) _lastPair = null;
        }

        // The two persons joined by "and" (titles may stand between) that open a sentence naming a
        // third ("Kim and Russian President Putin held talks alongside Xi"), or null.
        [MethodImpl(Jit.Optimized)]
        private List<string>? JointSubjectOfMore(int sentenceStart, IReadOnlyList<MentionSpec> mentions)
        {
            int first = -1, persons = 0;
            for (var i = 0; i < mentions.Count; i++)
            {
                if (Kind(mentions[i]) != EntityKind.Person) continue;
                if (first < 0) first = i;
                persons++;
            }
            if (persons < 3 || first + 1 >= mentions.Count) return null;
            var (one, other) = (mentions[first], mentions[first + 1]);
            var and = SkipBlanks(one.Span.Start + one.Span.Length, other.Span.Start);
            if (Kind(other) != EntityKind.Person || one.EntityId == other.EntityId || !IsWordAt(and, other.Span.Start, "and") || !OnlyTitlesBetween(and + 3, other.Span.Start)
                || !OpensItsClause(sentenceStart, one.Span.Start)) return null;
            return new List<string> { one.EntityId, other.EntityId };
        }

        // "the two ministers", "the foreign ministers": a group of ministers, whom no leader of a country
        // is. "The prime ministers" lead governments.
        [MethodImpl(Jit.Optimized)]
        private bool NamesMinisters(Group described)
        {
            var at = _text.IndexOf("ministers", described.Index, described.Length, StringComparison.Ordinal);
            return at >= 0 && !(at - described.Index >= 6 && PatternText.MatchesIgnoringAsciiCase(_text, at - 6, at, "prime "));
        }

        // Whom the catalog or the article ("Chinese Premier Li Qiang") makes a country's lead: none of
        // "the two ministers".
        private bool IsLeader(string id) => _catalog[id].IsLeader || (Descriptions?.IntroducedAsLeader(id) ?? false);

        // The two persons named last before position whom the catalog or the article does not give
        // a country's lead, or null. Asked rarely: the article's mentions are walked back from the sentence.
        [MethodImpl(Jit.Optimized)]
        private List<string>? LastTwoNotLeaders(int position)
        {
            List<string>? two = null;
            for (var m = _articleMentions.Count - 1; m >= 0; m--)
            {
                var mention = _articleMentions[m];
                if (mention.Span.Start >= position || Kind(mention) != EntityKind.Person || IsLeader(mention.EntityId)) continue;
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
            if (NamesMinisters(described) && _previousGroup.Exists(IsLeader)) return false;
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
            if ((PersonEndingAt(mentions, comma) ?? PersonOfCountryEndingAt(mentions, comma)) is { } named) return named;
            // "Sergei Shoigu, defence minister of the Russian Federation, who is on a visit", "Narendra
            // Modi, Prime Minister of the Republic of India, who is on an official visit": an
            // apposition in lower case or opening on a title stands between the name and ", who".
            var opening = comma - 1;
            while (opening > sentenceStart && _text[opening] != ',') opening--;
            if (opening > sentenceStart && SkipBlanks(opening + 1, comma) is var apposition && (char.IsLower(_text[apposition]) || OpensOnTitle(apposition, comma))) return PersonEndingAt(mentions, opening);
            // "in honor of Russian Defense Minister Andrei Belousov, who was visiting Pyongyang": the
            // subject is a name the catalog lacks, not anyone named earlier in the sentence.
            foreach (var name in _unresolved)
            {
                if (name.Span.Start + name.Span.Length == comma) unknown = true;
            }
            return null;
        }

        // "Saied received Italian Prime Minister Giorgia Meloni, on a working visit to Tunisia": a
        // journey told beside the one received, hosted or welcomed is the guest's, not the host's.
        // Only after those verbs: "Erdogan met al-Sudani, on his first visit to Iraq" is Erdogan's.
        private static readonly string[] HostingVerbs = { "received", "receives", "hosted", "hosts", "welcomed", "welcomes", "greeted", "greets" };

        // How many words may open the journey after the guest's comma (", on an official state visit",
        // EFE's ", on the last day of a three-day state visit").
        private const int GuestJourneyOpening = 9;

        [MethodImpl(Jit.Optimized)]
        private string? HostedGuest(IReadOnlyList<MentionSpec> mentions, int sentenceStart, int trigger)
        {
            var opening = GuestJourneyOpeningAt(sentenceStart, trigger);
            if (opening < 0) return null;
            // The last person named before it ("hosted Saied on Tuesday, on his first visit"), with
            // no comma between but the one right before ", on".
            MentionSpec? guest = null;
            for (var m = 0; m < mentions.Count && mentions[m].Span.Start < opening; m++)
            {
                if (Kind(mentions[m]) == EntityKind.Person) guest = mentions[m];
            }
            if (guest is null) return null;
            var comma = _text.IndexOf(',', guest.Span.Start, opening - guest.Span.Start);
            if (comma >= 0 && (_text.IndexOf(',', comma + 1, opening - comma - 1) >= 0 || SkipBlanks(comma + 1, opening) != opening)) return null;
            for (var i = sentenceStart; i < guest.Span.Start; i++)
            {
                // Not a passive's agent: "was received by Putin ... during that trip" is the subject's.
                if (char.IsLower(_text[i]) && (i == sentenceStart || !char.IsLetter(_text[i - 1])) && IsAnyWordAt(i, guest.Span.Start, HostingVerbs))
                    return IsWordAt(SkipBlanks(WordEnd(i, guest.Span.Start), guest.Span.Start), guest.Span.Start, "by") ? null : guest.EntityId;
            }
            return null;
        }

        // Where the phrase of the guest's journey opens: "on" right after a comma, or "during"
        // ("received Macron on Thursday during a three-day state visit"), a few words before the
        // trigger; or -1.
        [MethodImpl(Jit.Optimized)]
        private int GuestJourneyOpeningAt(int sentenceStart, int trigger)
        {
            // Walked back by spaces, so that "three-day" is one word.
            var word = trigger;
            for (var words = 0; words < GuestJourneyOpening; words++)
            {
                if ((word = PreviousSpacedWordStart(sentenceStart, word)) < 0) return -1;
                if (IsWordAt(word, trigger, "during")) return word;
                var before = word - 1;
                while (before > sentenceStart && _text[before] == ' ') before--;
                if (before > sentenceStart && _text[before] == ',') return IsWordAt(word, trigger, "on") ? word : -1;
            }
            return -1;
        }

        // Whether the capitalized word at start is a title's or an office's ("Prime", "President").
        [MethodImpl(Jit.Optimized)]
        private bool OpensOnTitle(int start, int end)
        {
            var wordEnd = WordEnd(start, end);
            return wordEnd > start && char.IsUpper(_text[start]) && CommonWords.IsCommon(_text.Substring(start, wordEnd - start).ToLowerInvariant());
        }

        // WAM's "received President Abdel Fattah El-Sisi of Egypt, who is on a working visit": the
        // person named right before "of" and the country that ends at position, or null.
        [MethodImpl(Jit.Optimized)]
        private string? PersonOfCountryEndingAt(IReadOnlyList<MentionSpec> mentions, int position)
        {
            for (var m = 1; m < mentions.Count; m++)
            {
                var country = mentions[m];
                if (country.Span.Start + country.Span.Length != position || Kind(country) != EntityKind.Country) continue;
                var of = PreviousWordStart(0, country.Span.Start);
                if (of < 0 || !IsWordAt(of, country.Span.Start, "of")) return null;
                var personEnd = of;
                while (personEnd > 0 && _text[personEnd - 1] == ' ') personEnd--;
                return PersonEndingAt(mentions, personEnd);
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
