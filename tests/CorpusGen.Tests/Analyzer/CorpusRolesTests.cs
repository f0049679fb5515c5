extern alias Generator;

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using CorpusGen.Synthetic;
using CorpusGen.Tests.Infrastructure;
using Generator::CorpusGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace CorpusGen.Tests.Analyzer;

/// <summary>
/// The analyzer keeps the roles of the corpus files from one compilation start to the next (an IDE
/// starts one per edit). Kept roles must never answer for a different set of files.
/// </summary>
public class CorpusRolesTests
{
    private const string Article = "date 2023-10-19 Talks\n\nKim Jong Un met officials on Tuesday.\n";

    private static readonly AdditionalText Manifest = new InMemoryAdditionalText(
        GeneratorInputs.ManifestPath, "article\t/project/corpus/a.txt\narticle\t/project/corpus/sub/a.txt\n");

    [Fact]
    public void RolesAreKept_WhileTheManifestAndTheFilesStayTheSame()
    {
        var files = ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/project/corpus/a.txt", Article), Manifest);
        var manifest = Generator::CorpusGen.ExtractionCache.Manifest(files, default);

        var first = CorpusRoles.For(manifest, files);
        var again = CorpusRoles.For(manifest, files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, Article)).ToImmutableArray());

        Assert.Same(first, again); // same paths in the same order: new text instances do not matter
    }

    [Fact]
    public async Task AFileAddedUnderTheSameManifest_GetsItsRole()
    {
        var first = new InMemoryAdditionalText("/project/corpus/a.txt", Article);
        var alone = await AnalyzeAsync(first, Manifest);
        var withDuplicate = await AnalyzeAsync(first, new InMemoryAdditionalText("/project/corpus/sub/a.txt", Article), Manifest);

        Assert.DoesNotContain(alone, d => d.StartsWith("CG0007", System.StringComparison.Ordinal));
        Assert.Contains(withDuplicate, d => d.StartsWith("CG0007", System.StringComparison.Ordinal) && d.Contains("sub/a.txt"));
    }

    private static async Task<List<string>> AnalyzeAsync(params AdditionalText[] texts)
    {
        var options = GeneratorInputs.For(System.Array.Empty<(string, string)>(), null).Options;
        var compilation = GeneratorHarness.Compilation(GeneratorHarness.ConsumerSource)
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new CorpusAnalyzer()), new AnalyzerOptions(texts.ToImmutableArray(), options));
        var diagnostics = await compilation.GetAnalyzerDiagnosticsAsync();
        return diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan()}").ToList();
    }
}
