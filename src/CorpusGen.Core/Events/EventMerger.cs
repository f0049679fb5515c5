using System;
using System.Collections.Generic;
using System.Linq;
using CorpusGen.Core.Collections;
using CorpusGen.Core.Model;
using System.Runtime.CompilerServices;

namespace CorpusGen.Core.Events
{
    /// <summary>
    /// The "merge" stage: one real happening reported several times (in one article or across
    /// articles) becomes one event with several sources. Two reports are the same happening when
    /// their kinds agree (meetings, summits and talks are one family), one date lies within the
    /// other, the participants of one are among the other's (or two are shared), and the places do
    /// not disagree.
    /// </summary>
    public static class EventMerger
    {
        /// <summary>How many month buckets events are merged in.</summary>
        public const int BucketCount = 64;

        /// <summary>Merges <paramref name="events"/>; the result is ordered by date, then id, and ids are unique.</summary>
        /// <param name="events">The reports to merge.</param>
        /// <param name="countryIds">The catalog's countries: a visit to a city and one to a country a day apart may be one journey, visits to two countries are two.</param>
        [MethodImpl(Jit.Optimized)]
        public static List<EventSpec> Merge(IEnumerable<EventSpec> events, IEnumerable<string>? countryIds = null)
        {
            // Only the buckets that hold events, in bucket order: one article's few events must not
            // pay for 64.
            var all = new List<EventSpec>(events);
            if (all.Count == 0) return all;
            var buckets = new List<int>();
            foreach (var e in all)
            {
                var bucket = BucketOf(e);
                var at = buckets.BinarySearch(bucket);
                if (at < 0) buckets.Insert(~at, bucket);
            }
            var merged = new List<EventSpec>(all.Count);
            var inBucket = new List<EventSpec>(all.Count);
            foreach (var bucket in buckets)
            {
                inBucket.Clear();
                foreach (var e in all)
                {
                    if (BucketOf(e) == bucket) inBucket.Add(e);
                }
                merged.AddRange(MergeBucket(inBucket, countryIds));
            }
            return Finish(merged, countryIds);
        }

        /// <summary>
        /// Splits events into <see cref="BucketCount"/> buckets by the month they start in. Reports of
        /// one happening start in the same month, so each bucket merges on its own: the generator
        /// caches each bucket's merge and an edit re-merges only the buckets it touches. Every bucket
        /// is returned, empty or not, so positions never shift.
        /// </summary>
        [MethodImpl(Jit.Optimized)]
        public static List<EquatableArray<EventSpec>> Split(IEnumerable<EventSpec> events)
        {
            var buckets = new List<EventSpec>[BucketCount];
            for (var i = 0; i < BucketCount; i++) buckets[i] = new List<EventSpec>();
            foreach (var e in events) buckets[BucketOf(e)].Add(e);
            return buckets.Select(b => b.ToEquatableArray()).ToList();
        }

        [MethodImpl(Jit.Inlined)]
        private static int BucketOf(EventSpec e) => (e.Date.Start.Year * 12 + e.Date.Start.Month) % BucketCount;

        /// <summary>Orders events merged by <see cref="MergeBucket"/> (which gives them their ids) by date then id, and numbers repeated ids.</summary>
        [MethodImpl(Jit.Optimized)]
        public static List<EventSpec> Finish(IEnumerable<EventSpec> merged, IEnumerable<string>? countryIds = null)
        {
            // Events stay the same instances unless joined or renumbered: the generator compares this
            // result with the previous one on every article edit, and equal references compare at once.
            var result = JoinAcrossMonths(new List<EventSpec>(merged), Countries(countryIds));
            StableSort.Sort(result, FinalOrder.Instance);
            var used = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < result.Count; i++)
            {
                var id = result[i].Id;
                used[id] = used.TryGetValue(id, out var count) ? count + 1 : 1;
                if (used[id] > 1) result[i] = result[i] with { Id = id + "-" + used[id] };
            }
            return result;
        }

        /// <summary>
        /// Joins reports of one happening that start in different months (a visit from 28 September
        /// to 2 October, and a report of its 1 October), which <see cref="MergeBucket"/> never sees
        /// together. Only an event that runs into a later month, or ends on a month's last day (a
        /// visit reported the next day continues it), can have such a partner: a few hundred of
        /// 9,100 merged events at 10,000 articles, about 4 ms in the generator's corpus step, which
        /// runs on every article edit.
        /// </summary>
        [MethodImpl(Jit.Optimized)]
        private static List<EventSpec> JoinAcrossMonths(List<EventSpec> events, HashSet<string> countries)
        {
            var reaching = new List<int>();
            for (var i = 0; i < events.Count; i++)
            {
                if (LastMonthReached(events[i].Date) > MonthOf(events[i].Date.Start)) reaching.Add(i);
            }
            if (reaching.Count == 0) return events;

            var byStartMonth = new Dictionary<int, List<int>>();
            for (var i = 0; i < events.Count; i++)
            {
                var month = MonthOf(events[i].Date.Start);
                if (!byStartMonth.TryGetValue(month, out var list)) byStartMonth[month] = list = new List<int>();
                list.Add(i);
            }

            var joined = new bool[events.Count];
            var leads = new Dictionary<int, EventSpec>();
            foreach (var first in reaching.OrderBy(i => events[i], MergeOrder.Instance))
            {
                if (joined[first]) continue;
                var reports = new List<int>();
                for (var month = MonthOf(events[first].Date.Start) + 1; month <= LastMonthReached(events[first].Date); month++)
                {
                    if (!byStartMonth.TryGetValue(month, out var starting)) continue;
                    foreach (var i in starting)
                    {
                        if (!joined[i] && (SameHappening(events[first], events[i], countries) || SameHappening(events[i], events[first], countries))) reports.Add(i);
                    }
                }
                if (reports.Count == 0) continue;
                reports.Add(first);

                // As in a bucket: the most precise report leads, the others add their sources.
                var ordered = reports.Select(i => events[i]).OrderBy(e => e, MergeOrder.Instance).ToList();
                var lead = ordered.Skip(1).Aggregate(ordered[0], Combine);
                leads[first] = lead with
                {
                    Id = EventIds.Provisional(lead.Kind, lead.Date, lead.ParticipantIds),
                    Sources = OrderedDistinct(ordered.SelectMany(e => e.Sources).ToList()),
                };
                foreach (var i in reports) joined[i] = true;
            }

            // In the original order: the joined event where its first report was, its partners gone.
            var result = new List<EventSpec>(events.Count);
            for (var i = 0; i < events.Count; i++)
            {
                if (leads.TryGetValue(i, out var lead)) result.Add(lead);
                else if (!joined[i]) result.Add(events[i]);
            }
            return result;
        }

        [MethodImpl(Jit.Inlined)]
        private static int MonthOf(CalendarDate date) => date.Year * 12 + date.Month;

        // The month of the day after the event ends: a visit ending on a month's last day may be
        // reported as continuing the next day.
        [MethodImpl(Jit.Optimized)]
        private static int LastMonthReached(DateValue date)
            => MonthOf(date.End) + (date.End.Day == DateTime.DaysInMonth(date.End.Year, date.End.Month) ? 1 : 0);

        // The month of the day before the event starts: a visit starting on a month's first day may
        // have been reported as arriving the day before.
        [MethodImpl(Jit.Inlined)]
        private static int FirstMonthReached(DateValue date) => MonthOf(date.Start) - (date.Start.Day == 1 ? 1 : 0);

        /// <summary>The order of merged events: by start date, id, first source file and its position.</summary>
        private sealed class FinalOrder : IComparer<EventSpec>
        {
            public static readonly FinalOrder Instance = new FinalOrder();

            [MethodImpl(Jit.Optimized)]
            public int Compare(EventSpec? x, EventSpec? y)
            {
                if (ReferenceEquals(x, y)) return 0;
                if (x is null) return -1;
                if (y is null) return 1;
                var byDate = x.Date.Start.CompareTo(y.Date.Start);
                if (byDate != 0) return byDate;
                var byId = string.CompareOrdinal(x.Id, y.Id);
                if (byId != 0) return byId;
                var byFile = string.CompareOrdinal(FirstFile(x), FirstFile(y));
                return byFile != 0 ? byFile : (x.Sources.Count > 0 ? x.Sources[0].Span.Start : 0).CompareTo(y.Sources.Count > 0 ? y.Sources[0].Span.Start : 0);
            }
        }

        /// <summary>The order of an event's sources: by file, then position.</summary>
        private sealed class SourceOrder : IComparer<EventSourceSpec>
        {
            public static readonly SourceOrder Instance = new SourceOrder();

            [MethodImpl(Jit.Optimized)]
            public int Compare(EventSourceSpec? x, EventSourceSpec? y)
            {
                if (ReferenceEquals(x, y)) return 0;
                if (x is null) return -1;
                if (y is null) return 1;
                var byFile = string.CompareOrdinal(x.FileName, y.FileName);
                return byFile != 0 ? byFile : x.Span.Start.CompareTo(y.Span.Start);
            }
        }

        /// <summary>The order in which reports are merged: day before range before month, then by date, id and first source.</summary>
        private sealed class MergeOrder : IComparer<EventSpec>
        {
            public static readonly MergeOrder Instance = new MergeOrder();

            [MethodImpl(Jit.Optimized)]
            public int Compare(EventSpec? x, EventSpec? y)
            {
                if (ReferenceEquals(x, y)) return 0;
                if (x is null) return -1;
                if (y is null) return 1;
                var byPrecision = Rank(x.Date.Precision).CompareTo(Rank(y.Date.Precision));
                if (byPrecision != 0) return byPrecision;
                var byDate = x.Date.Start.CompareTo(y.Date.Start);
                if (byDate != 0) return byDate;
                // As precise, the fuller account leads: a trilateral summit, not the bilateral
                // meeting held on its sidelines, keeps its three participants.
                var byParticipants = y.ParticipantIds.Count.CompareTo(x.ParticipantIds.Count);
                if (byParticipants != 0) return byParticipants;
                var byId = string.CompareOrdinal(x.Id, y.Id);
                return byId != 0 ? byId : string.CompareOrdinal(FirstFile(x), FirstFile(y));
            }

            [MethodImpl(Jit.Inlined)]
            private static int Rank(DatePrecision precision) => precision == DatePrecision.Day ? 0 : precision == DatePrecision.Range ? 1 : 2;
        }

        // The file of an event's first source ("" for none): the orders' last tie-breaker.
        [MethodImpl(Jit.Inlined)]
        private static string FirstFile(EventSpec e) => e.Sources.Count > 0 ? e.Sources[0].FileName : "";

        /// <summary>Merges the events of one bucket (see <see cref="Split"/>) and gives each its id; <see cref="Finish"/> numbers repeats.</summary>
        [MethodImpl(Jit.Optimized)]
        public static List<EventSpec> MergeBucket(IEnumerable<EventSpec> events, IEnumerable<string>? countryIds = null)
        {
            var countries = Countries(countryIds);
            var ordered = events.ToArray();
            StableSort.Sort(ordered, MergeOrder.Instance);

            // Reports of one happening share a participant and overlap in time, so candidates are
            // looked up by (participant, kind family and month) instead of comparing every pair:
            // merging stays near linear in the number of events, which a 25,000-article corpus needs.
            // Two levels with a string and an int key, not one tuple key: a dictionary over a tuple of
            // ours has no precompiled code, and a fresh compiler runs it unoptimized.
            var merged = new List<EventSpec>();
            var sources = new List<List<EventSourceSpec>>();
            var candidates = new Dictionary<string, Dictionary<int, List<int>>>(StringComparer.Ordinal);
            var seenAt = new List<int>(); // per merged event, the candidate that last looked at it
            var months = new List<int>();
            var round = 0;
            foreach (var candidate in ordered)
            {
                round++;
                // A report sharing a day with the candidate is a better partner than one a day apart:
                // "arrived in Hanoi on Thursday" goes with Thursday's visit to Vietnam, not with the
                // visit to North Korea that ended on Wednesday.
                int index = -1, sharing = -1;
                KeyMonths(candidate, months);
                foreach (var participant in candidate.ParticipantIds)
                {
                    if (!candidates.TryGetValue(participant, out var byMonth)) continue;
                    foreach (var month in months)
                    {
                        if (!byMonth.TryGetValue(month, out var indexes)) continue;
                        foreach (var i in indexes)
                        {
                            if (seenAt[i] == round) continue;
                            seenAt[i] = round;
                            if ((sharing < 0 || i < sharing) && SameHappening(merged[i], candidate, countries))
                            {
                                if (merged[i].Date.IsWithin(candidate.Date) || candidate.Date.IsWithin(merged[i].Date)) sharing = i;
                                else if (index < 0 || i < index) index = i;
                            }
                        }
                    }
                }
                if (sharing >= 0) index = sharing;
                if (index < 0)
                {
                    index = merged.Count;
                    merged.Add(candidate);
                    sources.Add(new List<EventSourceSpec>(candidate.Sources));
                    seenAt.Add(round);
                }
                else
                {
                    merged[index] = Combine(merged[index], candidate);
                    sources[index].AddRange(candidate.Sources);
                }
                KeyMonths(merged[index], months);
                foreach (var participant in merged[index].ParticipantIds)
                {
                    if (!candidates.TryGetValue(participant, out var byMonth)) candidates[participant] = byMonth = new Dictionary<int, List<int>>();
                    foreach (var month in months)
                    {
                        if (!byMonth.TryGetValue(month, out var indexes)) byMonth[month] = indexes = new List<int>();
                        if (indexes.Count == 0 || indexes[indexes.Count - 1] != index) indexes.Add(index);
                    }
                }
            }

            // Sources are ordered and de-duplicated once, not at every merge step; the id follows
            // from what the merge settled (Finish only numbers repeats, so the generator's corpus
            // step, which runs on every article edit, does not rebuild 7,000 ids).
            for (var i = 0; i < merged.Count; i++)
            {
                merged[i] = merged[i] with
                {
                    Id = EventIds.Provisional(merged[i].Kind, merged[i].Date, merged[i].ParticipantIds),
                    Sources = OrderedDistinct(sources[i]),
                };
            }

            return merged;
        }

        // The candidate keys of an event under each participant: its kind family with every month it
        // touches, a day either side (a visit may continue across a month end).
        [MethodImpl(Jit.Optimized)]
        private static void KeyMonths(EventSpec e, List<int> keys)
        {
            keys.Clear();
            // Months as numbers (MonthOf), not DateTime arithmetic: the calendar's first and last days
            // ("January 1, 0001" in a mangled text) have no day before or after to compute.
            var last = LastMonthReached(e.Date);
            for (var month = FirstMonthReached(e.Date); month <= last; month++) keys.Add(Family(e.Kind) * 1_000_000 + month);
        }

        // The sources without repeats, by file then position. A sentence is one source however many
        // of its readings the event merged ("met ... and held talks" reports a meeting and talks):
        // the first reading is kept.
        [MethodImpl(Jit.Optimized)]
        private static EquatableArray<EventSourceSpec> OrderedDistinct(List<EventSourceSpec> sources)
        {
            if (sources.Count == 1) return new EquatableArray<EventSourceSpec>(new[] { sources[0] });
            var seen = new HashSet<(string, int, int)>();
            var distinct = new List<EventSourceSpec>(sources.Count);
            foreach (var source in sources)
            {
                if (seen.Add((source.ArticleId, source.Span.Start, source.Span.Length))) distinct.Add(source);
            }
            var ordered = distinct.ToArray();
            StableSort.Sort(ordered, SourceOrder.Instance);
            return new EquatableArray<EventSourceSpec>(ordered);
        }

        [MethodImpl(Jit.Optimized)]
        private static bool SameHappening(EventSpec a, EventSpec b, HashSet<string> countries)
        {
            // Cheapest test first: this runs for every candidate pair.
            if (Family(a.Kind) != Family(b.Kind)) return false;
            var within = a.Date.IsWithin(b.Date) || b.Date.IsWithin(a.Date);
            var datesAgree = a.Kind == EventKind.Visit ? VisitDatesMeet(a.Date, b.Date) : within;
            if (!datesAgree) return false;
            // "visited North Korea on Tuesday and Wednesday", "due to travel to Vietnam on Thursday":
            // a day apart, two countries, or two cities, are two journeys. A city, then its country
            // the next day, may be one visit's, named at two grains ("arrived in Moscow on Monday",
            // "the second day of his visit to Russia"); a country, then a city the next day, is a
            // journey on ("left Pyongyang for Beijing", "arrived in Hanoi" after North Korea). Two
            // places sharing a day may be one visit's, unless both are countries: no country lies in
            // another ("arrived in North Korea early Wednesday", "travel on to Vietnam that evening");
            // nor does a country's visit that begins after a city's, on its last day, go on from it
            // (Pyongyang on the 18th and 19th, "later that day, Putin left for Vietnam").
            if (a.PlaceId is not null && b.PlaceId is not null && a.PlaceId != b.PlaceId
                && (within ? a.Kind == EventKind.Visit && (CountryVisits(a, b, countries) is { } grains ? JourneyOnFromCity(grains.City.Date, grains.Country.Date) : countries.Contains(a.PlaceId))
                           : !CityThenItsCountry(a, b, countries))) return false;
            var shared = 0;
            foreach (var participant in a.ParticipantIds)
            {
                foreach (var other in b.ParticipantIds)
                {
                    if (string.Equals(participant, other, StringComparison.Ordinal)) { shared++; break; }
                }
            }
            var sameParticipants = shared == a.ParticipantIds.Count && shared == b.ParticipantIds.Count;
            // Places are named at different grains ("the space center in the Amur region", "Vostochny
            // Cosmodrome"): they only tell reports apart when the participants do not already agree.
            if (!sameParticipants && a.PlaceId is not null && b.PlaceId is not null && a.PlaceId != b.PlaceId) return false;
            return shared == a.ParticipantIds.Count || shared == b.ParticipantIds.Count || shared >= 2;
        }

        /// <summary>
        /// Whether two reports' dates can be one visit: one within the other, or a day apart (a visit
        /// reported the next day goes on). A month is no day: "visited Moscow in August" and "in
        /// September" are two visits, though August 31 and September 1 touch.
        /// </summary>
        [MethodImpl(Jit.Optimized)]
        internal static bool VisitDatesMeet(DateValue a, DateValue b)
            => a.IsWithin(b) || b.IsWithin(a)
               || (a.Precision != DatePrecision.Month && b.Precision != DatePrecision.Month
                   && (Math.Abs((a.Start.ToDateTime() - b.End.ToDateTime()).TotalDays) <= 1 || Math.Abs((b.Start.ToDateTime() - a.End.ToDateTime()).TotalDays) <= 1));

        // The first report is the most precise one (Merge orders them so): its participants and place
        // win, because a vaguer report often names bystanders ("according to Lavrov, the meeting ...").
        [MethodImpl(Jit.Optimized)]
        private static EventSpec Combine(EventSpec a, EventSpec b)
            => new EventSpec(a.Id, Stronger(a.Kind, b.Kind), PreciseDate(a, b), a.ParticipantIds, a.PlaceId ?? b.PlaceId, a.Sources, a.Entry || b.Entry);

        [MethodImpl(Jit.Optimized)]
        private static DateValue PreciseDate(EventSpec a, EventSpec b)
        {
            if (a.Kind == EventKind.Visit && !a.Date.IsWithin(b.Date) && !b.Date.IsWithin(a.Date))
            {
                var start = a.Date.Start.CompareTo(b.Date.Start) <= 0 ? a.Date.Start : b.Date.Start;
                var end = a.Date.End.CompareTo(b.Date.End) >= 0 ? a.Date.End : b.Date.End;
                return new DateValue(start, end, DatePrecision.Range);
            }
            return a.Date.IsWithin(b.Date) ? a.Date : b.Date;
        }

        // Of two visits to different places, the one to a country and the one to a city, when it is
        // so (null for two countries or two places).
        [MethodImpl(Jit.Optimized)]
        private static (EventSpec Country, EventSpec City)? CountryVisits(EventSpec a, EventSpec b, HashSet<string> countries)
        {
            var aCountry = countries.Contains(a.PlaceId!);
            if (aCountry == countries.Contains(b.PlaceId!)) return null;
            return aCountry ? (a, b) : (b, a);
        }

        // Days told, not a month: the country's visit begins after the city's ("in October" begins
        // on no day of its own).
        [MethodImpl(Jit.Optimized)]
        private static bool JourneyOnFromCity(DateValue city, DateValue country)
            => city.Precision != DatePrecision.Month && country.Precision != DatePrecision.Month && country.Start.CompareTo(city.Start) > 0;

        // A city, then the country the next day ("arrived in Moscow on Monday", "the second day of his
        // visit to Russia"); not when the country is entered that day ("in Pyongyang on Wednesday",
        // "scheduled to travel to Vietnam on Thursday"): the city was not in it.
        [MethodImpl(Jit.Optimized)]
        private static bool CityThenItsCountry(EventSpec a, EventSpec b, HashSet<string> countries)
            => CountryVisits(a, b, countries) is { } grains && grains.City.Date.Start.CompareTo(grains.Country.Date.Start) < 0 && !grains.Country.Entry;

        private static readonly HashSet<string> NoCountries = new HashSet<string>(StringComparer.Ordinal);

        [MethodImpl(Jit.Optimized)]
        private static HashSet<string> Countries(IEnumerable<string>? ids)
            => ids switch { null => NoCountries, HashSet<string> set => set, _ => new HashSet<string>(ids, StringComparer.Ordinal) };

        [MethodImpl(Jit.Inlined)]
        private static int Family(EventKind kind) => kind == EventKind.Summit || kind == EventKind.Meeting || kind == EventKind.Talks ? 0 : (int)kind + 1;

        [MethodImpl(Jit.Optimized)]
        private static EventKind Stronger(EventKind a, EventKind b)
        {
            [MethodImpl(Jit.Optimized)]
            int Rank(EventKind k) => k == EventKind.Summit ? 0 : k == EventKind.Meeting ? 1 : k == EventKind.Talks ? 2 : 3;
            return Rank(a) <= Rank(b) ? a : b;
        }
    }
}
