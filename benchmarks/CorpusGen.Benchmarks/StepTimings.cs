using System.Diagnostics;
using CorpusGen.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project benchmarks/CorpusGen.Benchmarks -- diagnose [articles]`:
/// where a cold run, a C# keystroke and an article edit spend their time, step by step, from the
/// driver's own step tracking. For finding the cause; the benchmarks give the figures.
/// </summary>
public sealed class StepTimings : GeneratorBenchmarkBase
{
    private static TimeSpan _lastPause;
    private static long _lastAllocated;
    private static int[] _lastCounts = [0, 0, 0];

    public static void Run(int articles)
    {
        var timings = new StepTimings();
        timings.Prepare(articles);
        (_lastPause, _lastAllocated, _lastCounts) = (GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(), [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)]);
        var clock = Stopwatch.StartNew();
        var driver = timings.NewDriver(trackSteps: true).RunGenerators(timings.Compilation);
        Report($"cold run, {articles} articles", clock.Elapsed, driver);
        // What a cold run holds at its peak and keeps afterwards: the texts are the input (kept by
        // the compiler in a build), the rest is the driver's cached step results.
        var textChars = timings.Texts.Sum(t => (long)t.GetText()!.Length);
        var live = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"  peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB; managed heap live after the run " +
            $"{live / 1e6:F0} MB, of which the texts {textChars * 2 / 1e6:F0} MB (UTF-16)");

        clock.Restart();
        var keystroke = driver.RunGenerators(timings.Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Edited { }", ParseOptions)));
        Report("C# keystroke", clock.Elapsed, keystroke);

        var article = timings.Texts[timings.Texts.Count / 2];
        var edited = new InMemoryAdditionalText(article.Path, article.GetText()!.ToString().Replace(" met ", " met with "));
        clock.Restart();
        var edit = driver.ReplaceAdditionalText(article, edited).RunGenerators(timings.Compilation);
        Report("one article edited", clock.Elapsed, edit);

        // The same passes without step tracking, as the IDE runs them.
        timings.RenewTexts();
        clock.Restart();
        var untracked = timings.NewDriver().RunGenerators(timings.Compilation);
        Console.WriteLine($"untracked: cold run {clock.Elapsed.TotalMilliseconds:F1} ms (code warm, new texts)");
        for (var round = 0; round < 3; round++)
        {
            clock.Restart();
            untracked.RunGenerators(timings.Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Edited { }", ParseOptions)));
            var keystrokeMs = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var original = timings.Texts[timings.Texts.Count / 2];
            // New content each round: content seen before would find its extraction kept.
            untracked.ReplaceAdditionalText(original, new InMemoryAdditionalText(original.Path, edited.GetText()!.ToString() + round)).RunGenerators(timings.Compilation);
            Console.WriteLine($"untracked: C# keystroke {keystrokeMs:F1} ms, one article edited {clock.Elapsed.TotalMilliseconds:F1} ms");
        }
    }

    private static void Report(string what, TimeSpan elapsed, GeneratorDriver driver)
    {
        // Collections and pauses since the previous report: on a cold run the garbage collector,
        // not the extraction code, can be the larger cost.
        var pause = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes();
        Console.WriteLine($"{what}: {elapsed.TotalMilliseconds:F1} ms; GC paused {(pause - _lastPause).TotalMilliseconds:F0} ms, " +
            $"collections gen0/1/2 {GC.CollectionCount(0) - _lastCounts[0]}/{GC.CollectionCount(1) - _lastCounts[1]}/{GC.CollectionCount(2) - _lastCounts[2]}, " +
            $"allocated {(allocated - _lastAllocated) / 1e6:F0} MB");
        (_lastPause, _lastAllocated, _lastCounts) = (pause, allocated, [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)]);
        var result = driver.GetRunResult().Results.Single();
        foreach (var (name, runs) in result.TrackedSteps.Concat(result.TrackedOutputSteps).OrderByDescending(s => s.Value.Sum(r => r.ElapsedTime.Ticks)).Take(14))
        {
            var reasons = runs.SelectMany(r => r.Outputs).GroupBy(o => o.Reason).Select(g => $"{g.Key} {g.Count()}");
            Console.WriteLine($"  {name,-28} {runs.Sum(r => r.ElapsedTime.TotalMilliseconds),9:F1} ms  [{string.Join(", ", reasons)}]");
        }
    }
}
