extern alias Generator;

using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using CorpusGen.Synthetic;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using TrackingNames = Generator::CorpusGen.TrackingNames;

namespace CorpusGen.Tests.Generator;

/// <summary>What re-runs when something changes, read from the driver's step tracking (never from timings).</summary>
public class CorpusGeneratorIncrementalTests
{
    private static readonly string[] CorpusSteps = { TrackingNames.Manifest, TrackingNames.CorpusFiles, TrackingNames.Catalog, TrackingNames.ParallelExtraction, TrackingNames.Article, TrackingNames.ArticleBuckets, TrackingNames.MergedEvents, TrackingNames.Options, TrackingNames.Corpus };

    private sealed record Run(GeneratorDriver Driver, Compilation Compilation, List<AdditionalText> Texts)
    {
        public AdditionalText Text(string fileName) => Texts.Single(t => t.Path.EndsWith("/" + fileName, StringComparison.Ordinal));
    }

    // The test keeps the AdditionalText instances it gives the driver: replacing one is how the IDE
    // reports an edited file.
    private static Run FirstRun()
    {
        var compilation = GeneratorHarness.Compilation(GeneratorHarness.ConsumerSource);
        var (texts, options) = GeneratorHarness.Files(GeneratorHarness.SampleInput());
        var driver = GeneratorHarness.CreateDriver(texts, options).RunGenerators(compilation);
        return new Run(driver, compilation, texts);
    }

    private static IEnumerable<(string Step, IncrementalStepRunReason Reason)> Reasons(GeneratorDriver driver)
        => driver.GetRunResult().Results.Single().TrackedSteps
            .Where(step => CorpusSteps.Contains(step.Key))
            .SelectMany(step => step.Value.SelectMany(run => run.Outputs.Select(output => (step.Key, output.Reason))));

    [Fact]
    public void SameInputLeavesEveryStepCached()
    {
        var (driver, compilation, _) = FirstRun();
        driver = driver.RunGenerators(compilation.Clone());
        var reasons = Reasons(driver).ToList();
        Assert.Equal(CorpusSteps.OrderBy(s => s), reasons.Select(r => r.Step).Distinct().OrderBy(s => s));
        Assert.All(reasons, r => Assert.Equal(IncrementalStepRunReason.Cached, r.Reason));
        Assert.All(driver.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(r => r.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void CSharpEditRerunsNothingOfTheCorpus()
    {
        var (driver, compilation, _) = FirstRun();
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { class Added { int _x; } }", GeneratorHarness.ParseOptions));
        driver = driver.RunGenerators(edited);
        Assert.All(Reasons(driver), r => Assert.True(
            r.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
            $"{r.Step} was {r.Reason} after a C# edit"));
        Assert.All(driver.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(r => r.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void EditingOneArticleRerunsOnlyThatArticle()
    {
        var run = FirstRun();
        var target = run.Text("002_25535de30e10e091.txt");
        var edited = new InMemoryAdditionalText(target.Path, target.GetText()!.ToString().Replace("Minsong Ku", "Minsong Ku Jr"));
        var driver = run.Driver.ReplaceAdditionalText(target, edited).RunGenerators(run.Compilation);

        var articleSteps = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Article]
            .SelectMany(run => run.Outputs.Select(o => (Reason: o.Reason, Id: ((Generator::CorpusGen.Model.GeneratedArticle)o.Value).Spec.Id)))
            .ToList();
        Assert.Equal(5, articleSteps.Count);
        Assert.Equal(new[] { "002_25535de30e10e091" }, articleSteps.Where(s => s.Reason == IncrementalStepRunReason.Modified).Select(s => s.Id));
        Assert.All(articleSteps.Where(s => s.Id != "002_25535de30e10e091"), s => Assert.Equal(IncrementalStepRunReason.Cached, s.Reason));
        Assert.All(driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Catalog].SelectMany(r => r.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        // The parallel pass looks at paths: an edited text is its own step's business.
        Assert.All(driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.ParallelExtraction].SelectMany(r => r.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));

        // Only the edited article's bucket is emitted again.
        var buckets = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.ArticleBuckets].SelectMany(r => r.Outputs).ToList();
        Assert.Equal(64, buckets.Count);
        Assert.Single(buckets, b => b.Reason == IncrementalStepRunReason.Modified);

        // Events are re-merged only in the month buckets the edited article's events fall in.
        var merges = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.MergedEvents].SelectMany(r => r.Outputs).ToList();
        Assert.Equal(64, merges.Count);
        Assert.True(merges.Count(m => m.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.Unchanged) <= 3);
    }

    [Fact]
    public void AddingAnArticleExtractsOnlyTheNewOne()
    {
        // In a project, the build rewrites the manifest when an article file appears.
        var run = FirstRun();
        var added = new InMemoryAdditionalText("/project/corpus/zz_added.txt", "date 2023-10-19 Kim Jong Un met Sergei Lavrov in Pyongyang.");
        var oldManifest = run.Text("Project.corpusgen");
        var newManifest = new InMemoryAdditionalText(oldManifest.Path, oldManifest.GetText()!.ToString() + "article\t" + added.Path + "\n");
        var driver = run.Driver.ReplaceAdditionalText(oldManifest, newManifest).AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(added)).RunGenerators(run.Compilation);

        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        Assert.All(steps[TrackingNames.Manifest].SelectMany(r => r.Outputs), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        // A new path runs the parallel pass again; it extracts only the new article, which its own step
        // then finds (the other articles' steps stay cached, below).
        Assert.All(steps[TrackingNames.ParallelExtraction].SelectMany(r => r.Outputs), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        var articles = steps[TrackingNames.Article].SelectMany(r => r.Outputs.Select(o => (o.Reason, Id: ((Generator::CorpusGen.Model.GeneratedArticle)o.Value).Spec.Id))).ToList();
        Assert.Equal(new[] { "zz_added" }, articles.Where(a => a.Reason == IncrementalStepRunReason.New).Select(a => a.Id));
        Assert.Equal(5, articles.Count(a => a.Reason == IncrementalStepRunReason.Cached));
    }

    [Fact]
    public void EquivalentRewriteOfAnArticleKeepsItsOutputUnchanged()
    {
        var run = FirstRun();
        var held = run.Text("003_693bde3fd96de83d.txt");
        var same = new InMemoryAdditionalText(held.Path, held.GetText()!.ToString());
        var driver = run.Driver.ReplaceAdditionalText(held, same).RunGenerators(run.Compilation);
        var article = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Article].SelectMany(r => r.Outputs).ToList();
        Assert.Contains(article, o => o.Reason == IncrementalStepRunReason.Unchanged);
        Assert.DoesNotContain(article, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.All(driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Corpus].SelectMany(r => r.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void NoCompilationSymbolOrSyntaxIsReachableFromAnyStepOutput()
    {
        var (driver, _, _) = FirstRun();
        foreach (var step in driver.GetRunResult().Results.Single().TrackedSteps.Where(s => CorpusSteps.Contains(s.Key)))
        {
            foreach (var output in step.Value.SelectMany(r => r.Outputs))
            {
                AssertNoRoslynObjects(output.Value, step.Key, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void AssertNoRoslynObjects(object? value, string step, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum) return;
        if (!value.GetType().IsValueType && !seen.Add(value)) return;
        Assert.False(value is Compilation or ISymbol or SyntaxNode or SemanticModel or SyntaxTree or Location,
            $"Step {step} holds a {value.GetType().Name}");
        // AdditionalText is allowed: the compiler keeps its instances stable while a file is unchanged.
        if (value is AdditionalText) return;
        if (value is IEnumerable sequence)
        {
            foreach (var item in sequence) AssertNoRoslynObjects(item, step, seen);
            return;
        }
        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(value), step, seen);
        }
    }
}
