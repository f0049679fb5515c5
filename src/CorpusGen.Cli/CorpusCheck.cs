using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CorpusGen.Core.Model;
using CorpusGen.Core.Text;

namespace CorpusGen.Cli;

/// <summary>One located diagnostic with its rule and its end position, ready to print.</summary>
public sealed record CheckResult(string FullPath, string RelativePath, CorpusDiagnosticRule Rule, string Message, SourceSpan Start, SourceSpan End);

/// <summary>
/// The analyzer's checks over a corpus folder: the same core diagnostics for every article, the
/// catalog's own, and duplicate article ids (the later file by path).
/// </summary>
public static class CorpusCheck
{
    /// <summary>Every diagnostic of the folder, ordered by file and position.</summary>
    public static IReadOnlyList<CheckResult> Run(CorpusFolder folder)
    {
        var results = new List<CheckResult>();
        if (folder.CatalogPath is { } catalogPath)
        {
            var lines = new LineMap(File.ReadAllText(catalogPath));
            results.AddRange(folder.Catalog.Diagnostics.Select(d => Result(catalogPath, folder.RelativeToRoot(catalogPath), d, lines)));
        }

        var duplicates = folder.Corpus.Duplicates.ToDictionary(d => d.Duplicate.RelativePath, d => d.Owner, StringComparer.Ordinal);
        foreach (var file in folder.Files)
        {
            var lines = new LineMap(file.Text);
            if (duplicates.TryGetValue(file.RelativePath, out var owner))
            {
                var firstLine = file.Text.IndexOfAny(new[] { '\r', '\n' });
                var span = lines.Locate(0, firstLine < 0 ? file.Text.Length : firstLine);
                var diagnostic = CorpusDiagnostic.Create(CorpusDiagnosticRules.DuplicateArticleId.Id, span, file.Spec.Id, Path.GetFileName(owner.RelativePath));
                results.Add(Result(file.FullPath, file.RelativePath, diagnostic, lines));
                continue;
            }
            results.AddRange(file.Spec.Diagnostics.Select(d => Result(file.FullPath, file.RelativePath, d, lines)));
        }
        return results
            .OrderBy(r => r.RelativePath, StringComparer.Ordinal)
            .ThenBy(r => r.Start.Start)
            .ThenBy(r => r.Rule.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The compiler's format, which IDEs and CI problem matchers understand.</summary>
    public static string Format(CheckResult result)
        => $"{result.FullPath}({result.Start.Line},{result.Start.Column}): {result.Rule.Severity.ToString().ToLowerInvariant()} {result.Rule.Id}: {result.Message}";

    private static CheckResult Result(string fullPath, string relativePath, CorpusDiagnostic diagnostic, LineMap lines)
    {
        var rule = CorpusDiagnosticRules.Find(diagnostic.Id) ?? throw new InvalidOperationException("unknown rule " + diagnostic.Id);
        return new CheckResult(fullPath, relativePath, rule, diagnostic.FormatMessage(), diagnostic.Span, lines.Locate(diagnostic.Span.End, 0));
    }
}
