using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CorpusGen.Tests.Infrastructure;

namespace CorpusGen.Tests.Evaluation;

/// <summary>Precision, recall and F1 of one measure.</summary>
public sealed record Score(string Measure, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString()
        => $"{Measure,-22} P {Precision:0.000}  R {Recall:0.000}  F1 {F1:0.000}   (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})";
}

/// <summary>
/// Scores an export document against the hand annotation. Entities the gold marks as page clutter
/// only are neither required nor penalised. An event matches a gold event of the same article when
/// kind, participants and date agree, as the article reported them (the export keeps each source's
/// own reading); a more precise date inside the gold one also matches (merging may have refined it).
/// </summary>
public sealed class GoldEvaluation
{
    // Readings the gold's notes call right besides the listed one.
    private static readonly (string File, string Kind, string Date, string AlsoKind, string AlsoDate)[] AlsoRight =
    {
        ("000_9bf323039de302c8.txt", "Visit", "2023-10-18", "Visit", "2023-10-18/2023-10-19"), // "will last two days"
        ("004_2af67d93a0b182bd.txt", "Meeting", "2023-09", "Summit", "2023-09"),               // "'Summit' is also an acceptable kind"
    };

    private readonly Gold _gold;
    private readonly JsonElement _export;
    private readonly Dictionary<string, string> _entityNames;

    public GoldEvaluation(Gold gold, JsonElement export)
    {
        _gold = gold;
        _export = export;
        _entityNames = export.GetProperty("entities").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("name").GetString()!);
    }

    private JsonElement Article(string file) => _export.GetProperty("articles").EnumerateArray().Single(a => a.GetProperty("file").GetString() == file);

    public Score StatedDates()
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var gold in _gold.Articles)
        {
            var date = Article(gold.File).GetProperty("date");
            var predicted = date.ValueKind == JsonValueKind.Null ? null : date.GetString();
            if (predicted is not null && predicted == gold.StatedDate) tp++;
            else
            {
                if (predicted is not null) fp++;
                if (gold.StatedDate is not null) fn++;
            }
        }
        return new Score("stated dates", tp, fp, fn);
    }

    public Score Entities()
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var gold in _gold.Articles)
        {
            var expected = gold.Entities.Select(e => e.Name).ToHashSet();
            var clutter = gold.BoilerplateEntities.Select(e => e.Name).ToHashSet();
            var found = Article(gold.File).GetProperty("mentions").EnumerateArray().Select(m => _entityNames[m.GetProperty("entity").GetString()!]).ToHashSet();
            found.ExceptWith(clutter.Except(expected));
            tp += found.Intersect(expected).Count();
            fp += found.Except(expected).Count();
            fn += expected.Except(found).Count();
        }
        return new Score("entities per article", tp, fp, fn);
    }

    /// <summary>Predicted events per article: each merged event with a source in the article, read as that article reported it (its most precise reading).</summary>
    public IReadOnlyList<(string File, string EventId, string Kind, string Date, string[] Participants)> PredictedEvents()
    {
        var predicted = new List<(string, string, string, string, string[])>();
        foreach (var e in _export.GetProperty("events").EnumerateArray())
        {
            foreach (var group in e.GetProperty("sources").EnumerateArray().GroupBy(s => s.GetProperty("file").GetString()!))
            {
                var reading = group.Select(s => s.GetProperty("reported")).OrderBy(r => Precision(r.GetProperty("date").GetString()!)).First();
                predicted.Add((group.Key, e.GetProperty("id").GetString()!, reading.GetProperty("kind").GetString()!, reading.GetProperty("date").GetString()!,
                    reading.GetProperty("participants").EnumerateArray().Select(p => _entityNames[p.GetString()!]).OrderBy(p => p, StringComparer.Ordinal).ToArray()));
            }
        }
        return predicted;
    }

    public Score Events()
    {
        int tp = 0, fp = 0, fn = 0;
        var predicted = PredictedEvents();
        foreach (var gold in _gold.Articles)
        {
            var mine = predicted.Where(p => p.File == gold.File).ToList();
            var unmatched = new List<GoldEvent>(gold.Events);
            foreach (var p in mine)
            {
                var match = unmatched.FirstOrDefault(g => Matches(gold.File, g, p.Kind, p.Date, p.Participants));
                if (match is null) fp++;
                else { tp++; unmatched.Remove(match); }
            }
            fn += unmatched.Count;
        }
        return new Score("events", tp, fp, fn);
    }

    /// <summary>
    /// Pairs of gold events in different articles that report one happening (same kind family,
    /// dates one within the other, two shared participants or the same one) should be one exported
    /// event; other pairs should not.
    /// </summary>
    public Score Merge()
    {
        var predicted = PredictedEvents();
        var matched = new List<(string File, GoldEvent Gold, string EventId)>();
        foreach (var gold in _gold.Articles)
        {
            foreach (var g in gold.Events)
            {
                var p = predicted.FirstOrDefault(p => p.File == gold.File && Matches(gold.File, g, p.Kind, p.Date, p.Participants));
                if (p.EventId is not null) matched.Add((gold.File, g, p.EventId));
            }
        }
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < matched.Count; i++)
        {
            for (var j = i + 1; j < matched.Count; j++)
            {
                if (matched[i].File == matched[j].File) continue;
                var same = SameHappening(matched[i].Gold, matched[j].Gold);
                var merged = matched[i].EventId == matched[j].EventId;
                if (same && merged) tp++;
                else if (merged) fp++;
                else if (same) fn++;
            }
        }
        return new Score("cross-article merge", tp, fp, fn);
    }

    private static bool SameHappening(GoldEvent a, GoldEvent b)
    {
        static int Family(string kind) => kind is "Meeting" or "Summit" or "Talks" ? 0 : kind.GetHashCode();
        if (Family(a.Kind) != Family(b.Kind)) return false;
        if (!Within(a.Date, b.Date) && !Within(b.Date, a.Date)) return false;
        var shared = a.Participants.Intersect(b.Participants).Count();
        return shared >= 2 || (shared == 1 && a.Participants.Count == 1 && b.Participants.Count == 1);
    }

    private static bool Matches(string file, GoldEvent gold, string kind, string date, string[] participants)
    {
        if (!gold.Participants.OrderBy(p => p, StringComparer.Ordinal).SequenceEqual(participants)) return false;
        if (gold.Kind == kind && Within(date, gold.Date)) return true;
        return AlsoRight.Any(a => a.File == file && a.Kind == gold.Kind && a.Date == gold.Date && a.AlsoKind == kind && Within(date, a.AlsoDate));
    }

    private static int Precision(string date) => date.Contains('/') ? 1 : date.Length == 7 ? 2 : 0;

    // "2023-09-13" lies within "2023-09"; a range within a month; equal dates match.
    private static bool Within(string inner, string outer)
    {
        if (inner == outer) return true;
        var (innerStart, innerEnd) = Bounds(inner);
        var (outerStart, outerEnd) = Bounds(outer);
        return innerStart >= outerStart && innerEnd <= outerEnd;
    }

    private static (DateOnly Start, DateOnly End) Bounds(string date)
    {
        if (date.Contains('/'))
        {
            var parts = date.Split('/');
            return (DateOnly.Parse(parts[0]), DateOnly.Parse(parts[1]));
        }
        if (date.Length == 7)
        {
            var first = DateOnly.Parse(date + "-01");
            return (first, first.AddMonths(1).AddDays(-1));
        }
        var day = DateOnly.Parse(date);
        return (day, day);
    }
}
