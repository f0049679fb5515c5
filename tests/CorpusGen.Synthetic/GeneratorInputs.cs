using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Synthetic;

/// <summary>An additional file held in memory.</summary>
public sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>Analyzer config options: MSBuild properties and per-file item metadata, as the build would pass them.</summary>
public sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> perFile)
    : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(global);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => perFile.TryGetValue(textFile.Path, out var options) ? new DictionaryOptions(options) : DictionaryOptions.Empty;

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static DictionaryOptions Empty { get; } = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, out string value)
        {
            if (values.TryGetValue(key, out var found)) { value = found; return true; }
            value = null!;
            return false;
        }
    }
}

/// <summary>Corpus files as a build hands them to the generator: the files and the manifest CorpusGen.targets writes.</summary>
public static class GeneratorInputs
{
    /// <summary>Where CorpusGen.targets would write the manifest of a project in /project.</summary>
    public const string ManifestPath = "/project/obj/Project.corpusgen";

    public static (List<AdditionalText> Texts, TestOptionsProvider Options) For(
        IEnumerable<(string Path, string Text)> articles, (string Path, string Text)? catalog, string ns = "Sample.Data",
        IReadOnlyDictionary<string, string>? properties = null)
    {
        var texts = new List<AdditionalText>();
        var manifest = new StringBuilder();
        foreach (var (path, text) in articles)
        {
            texts.Add(new InMemoryAdditionalText(path, text));
            manifest.Append("article\t").Append(path).Append('\n');
        }
        if (catalog is { } c)
        {
            texts.Add(new InMemoryAdditionalText(c.Path, c.Text));
            manifest.Append("catalog\t").Append(c.Path).Append('\n');
        }
        texts.Add(new InMemoryAdditionalText(ManifestPath, manifest.ToString()));
        var global = new Dictionary<string, string> { ["build_property.CorpusGenNamespace"] = ns, ["build_property.ProjectDir"] = "/project/" };
        foreach (var (name, value) in properties ?? new Dictionary<string, string>()) global["build_property." + name] = value;
        return (texts, new TestOptionsProvider(global, new Dictionary<string, IReadOnlyDictionary<string, string>>()));
    }

    /// <summary>The resource name CorpusGen.targets gives an article file.</summary>
    public static string ResourceName(string path) => "CorpusGen/" + Path.GetFileName(path);
}
