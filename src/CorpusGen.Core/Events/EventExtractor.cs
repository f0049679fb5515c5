using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using CorpusGen.Core.Dates;
using CorpusGen.Core.Model;
using CorpusGen.Core.Text;

namespace CorpusGen.Core.Events
{
    /// <summary>
    /// The "events" stage: a sentence that states a date and names who did what becomes an event.
    /// Deliberately simple and explainable: trigger words choose the kind, the nearest date
    /// expression to the trigger gives the date, the named entities of the sentence the participants.
    /// A happening whose date the text does not give is not recorded.
    /// </summary>
    public static class EventExtractor
    {
        private static readonly (EventKind Kind, Regex Trigger)[] Triggers =
        {
            (EventKind.Summit, Word("summit|summits")),
            (EventKind.Meeting, Word("met|meet|meets|meeting|meetings|hosted|hosts|received|receives")),
            (EventKind.Talks, Word("talks|negotiations|negotiated|held discussions")),
            (EventKind.Visit, Word("visit|visited|visits|visiting|arrived|arrives|trip|travelled|traveled|toured")),
            (EventKind.Treaty, Word("signed|treaty|accord")),
            (EventKind.MilitaryAction, Word("launched|fired|airstrike|airstrikes|invaded|shelled|drills|exercises")),
            (EventKind.Statement, Word("said|says|announced|stated|called|emphasized|emphasised|noted|told|declared|quoted|wrote|column|statement")),
        };

        private static Regex Word(string alternatives)
            => new Regex(@"\b(?:" + alternatives + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        /// <summary>Extracts the events of one sentence.</summary>
        /// <param name="text">The whole file.</param>
        /// <param name="sentence">The sentence's [Start, End) offsets.</param>
        /// <param name="dates">Date expressions of the sentence.</param>
        /// <param name="mentions">Mentions of the sentence, in order.</param>
        /// <param name="catalog">The catalog, for entity kinds and roles.</param>
        /// <param name="source">The evidence to attach.</param>
        public static IEnumerable<EventSpec> FromSentence(
            string text, (int Start, int End) sentence, IReadOnlyList<TemporalMention> dates, IReadOnlyList<MentionSpec> mentions,
            IReadOnlyDictionary<string, EntitySpec> catalog, EventSourceSpec source)
        {
            if (mentions.Count == 0) yield break;
            var resolved = new List<TemporalMention>();
            foreach (var date in dates)
            {
                if (date.Value is not null) resolved.Add(date);
            }
            if (resolved.Count == 0) yield break;

            var found = new List<(EventKind Kind, int Position, int End)>();
            foreach (var (kind, trigger) in Triggers)
            {
                var match = trigger.Match(text, sentence.Start, sentence.End - sentence.Start);
                if (match.Success) found.Add((kind, match.Index, match.Index + match.Length));
            }
            // A statement made at a meeting or during a visit is part of that event, not one of its own.
            if (found.Count > 1) found.RemoveAll(f => f.Kind == EventKind.Statement);

            var persons = Distinct(mentions, catalog, m => catalog[m.EntityId].Kind == EntityKind.Person);
            foreach (var (kind, position, triggerEnd) in found)
            {
                var date = Nearest(resolved, position, triggerEnd).Value!.Value;
                var participants = new List<string>();
                string? place = null;
                var effectiveKind = kind;
                switch (kind)
                {
                    case EventKind.Visit:
                        // The traveller is the first person named; the destination the first place after the trigger.
                        if (persons.Count > 0) participants.Add(persons[0]);
                        else participants.AddRange(SubjectBefore(mentions, catalog, position));
                        place = FirstAfter(mentions, catalog, position, EntityKind.Country, EntityKind.Place);
                        break;
                    case EventKind.Statement:
                        participants.AddRange(persons.Count > 0 ? persons.GetRange(0, 1) : SubjectBefore(mentions, catalog, position));
                        break;
                    default:
                        participants.AddRange(persons.Count >= 2 ? persons : Distinct(mentions, catalog, m => IsActor(catalog[m.EntityId].Kind)));
                        place = FirstAfter(mentions, catalog, position, EntityKind.Place) ?? PlaceOrganization(text, mentions, catalog, position);
                        if (participants.Count < 2) continue;
                        var leaders = 0;
                        foreach (var id in participants)
                        {
                            if (catalog[id].IsLeader) leaders++;
                        }
                        if (kind == EventKind.Meeting && leaders >= 2) effectiveKind = EventKind.Summit;
                        break;
                }
                if (participants.Count == 0) continue;
                participants.Sort(StringComparer.Ordinal);
                yield return new EventSpec(
                    EventIds.Provisional(effectiveKind, date, participants),
                    effectiveKind, date, participants.ToEquatableArray(), place,
                    new EquatableArray<EventSourceSpec>(new[] { source }));
            }
        }

        /// <summary>The evidence record for a sentence.</summary>
        public static EventSourceSpec Source(string articleId, string fileName, string text, (int Start, int End) sentence, LineMap lines)
            => new EventSourceSpec(articleId, fileName, lines.Locate(sentence.Start, sentence.End - sentence.Start), text.Substring(sentence.Start, sentence.End - sentence.Start));

        private static bool IsActor(EntityKind kind) => kind == EntityKind.Person || kind == EntityKind.Country || kind == EntityKind.Organization;

        private static TemporalMention Nearest(List<TemporalMention> dates, int triggerStart, int triggerEnd)
        {
            var best = dates[0];
            foreach (var date in dates)
            {
                if (Distance(date, triggerStart, triggerEnd) < Distance(best, triggerStart, triggerEnd)) best = date;
            }
            return best;
        }

        // English puts the date of an action after its verb ("met with Putin on the 13th"); a date
        // before the verb more often belongs to an earlier clause, so it counts half again as far.
        private static double Distance(TemporalMention date, int triggerStart, int triggerEnd)
            => date.Start >= triggerEnd ? date.Start - triggerEnd : Math.Max(0, triggerStart - (date.Start + date.Length)) * 1.5;

        private static List<string> Distinct(IReadOnlyList<MentionSpec> mentions, IReadOnlyDictionary<string, EntitySpec> catalog, Func<MentionSpec, bool> keep)
        {
            var ids = new List<string>();
            foreach (var mention in mentions)
            {
                if (keep(mention) && !ids.Contains(mention.EntityId)) ids.Add(mention.EntityId);
            }
            return ids;
        }

        private static IEnumerable<string> SubjectBefore(IReadOnlyList<MentionSpec> mentions, IReadOnlyDictionary<string, EntitySpec> catalog, int position)
        {
            MentionSpec? subject = null;
            foreach (var mention in mentions)
            {
                if (mention.Span.Start < position && IsActor(catalog[mention.EntityId].Kind)) subject = mention;
            }
            if (subject is not null) yield return subject.EntityId;
        }

        private static string? FirstAfter(IReadOnlyList<MentionSpec> mentions, IReadOnlyDictionary<string, EntitySpec> catalog, int position, params EntityKind[] kinds)
        {
            foreach (var mention in mentions)
            {
                if (mention.Span.Start > position && Array.IndexOf(kinds, catalog[mention.EntityId].Kind) >= 0) return mention.EntityId;
            }
            return null;
        }

        // "at the Kremlin": an institution named as where something happened.
        private static string? PlaceOrganization(string text, IReadOnlyList<MentionSpec> mentions, IReadOnlyDictionary<string, EntitySpec> catalog, int position)
        {
            foreach (var mention in mentions)
            {
                if (mention.Span.Start <= position || catalog[mention.EntityId].Kind != EntityKind.Organization) continue;
                var before = text.Substring(Math.Max(0, mention.Span.Start - 7), Math.Min(7, mention.Span.Start));
                if (before.EndsWith("at the ", StringComparison.Ordinal) || before.EndsWith("in the ", StringComparison.Ordinal)) return mention.EntityId;
            }
            return null;
        }
    }
}
