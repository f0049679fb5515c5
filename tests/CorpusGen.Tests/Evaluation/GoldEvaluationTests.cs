using System.Linq;
using System.Text.Json;
using CorpusGen.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace CorpusGen.Tests.Evaluation;

/// <summary>
/// The export of the sample corpus scored against the hand annotation, with the targets the
/// extraction must hold. Run with <c>--logger "console;verbosity=detailed"</c> to see the table.
/// </summary>
public class GoldEvaluationTests(ITestOutputHelper output)
{
    private readonly GoldEvaluation _evaluation = new(Gold.Instance, SampleExport.Root);

    private Score Report(Score score)
    {
        output.WriteLine(score.ToString());
        System.Console.WriteLine("evaluation: " + score);
        return score;
    }

    [Fact]
    public void StatedDatesAreAllRight()
    {
        var score = Report(_evaluation.StatedDates());
        Assert.Equal(1.0, score.Precision);
        Assert.Equal(1.0, score.Recall);
    }

    [Fact]
    public void EntitiesReachTheirTargets()
    {
        var score = Report(_evaluation.Entities());
        Assert.True(score.Precision >= 0.98, score.ToString());
        Assert.True(score.Recall >= 0.95, score.ToString());
    }

    [Fact]
    public void EventsReachTheirTarget()
    {
        var score = Report(_evaluation.Events());
        foreach (var e in _evaluation.PredictedEvents()) output.WriteLine($"  {e.File[..3]} {e.Date,-23} {e.Kind,-10} {string.Join(", ", e.Participants)}");
        Assert.True(score.F1 >= 0.80, score.ToString());
    }

    [Fact]
    public void CrossArticleReportsAreMerged()
    {
        var score = Report(_evaluation.Merge());
        Assert.True(score.F1 >= 0.80, score.ToString());
    }

    [Fact]
    public void TheVostochnySummitIsOneEventWithFourSources()
    {
        var summits = SampleExport.Root.GetProperty("events").EnumerateArray()
            .Where(e => e.GetProperty("participants").EnumerateArray().Select(p => p.GetString()).ToHashSet().IsSupersetOf(new[] { "KimJongUn", "VladimirPutin" })
                        && e.GetProperty("date").GetString()!.StartsWith("2023-09", System.StringComparison.Ordinal)
                        && e.GetProperty("kind").GetString() is "Summit" or "Meeting")
            .ToList();
        var summit = Assert.Single(summits);
        Assert.Equal("2023-09-13", summit.GetProperty("date").GetString());
        Assert.Equal(
            new[] { "000_9bf323039de302c8.txt", "002_25535de30e10e091.txt", "003_693bde3fd96de83d.txt", "004_2af67d93a0b182bd.txt" },
            summit.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("file").GetString()).Distinct().ToArray());
    }
}
