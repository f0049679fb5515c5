using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CorpusGen.Core;
using CorpusGen.Core.Model;
using CorpusGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Diagnostics
{
    /// <summary>
    /// Reports what is wrong inside the article files and the catalog, at line and column. It runs
    /// the same extraction as <see cref="CorpusGenerator"/>. It is an analyzer, not generator
    /// output, because the IDE refreshes an analyzer's diagnostics in additional files as they are
    /// edited and does not refresh a generator's.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CorpusAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.All;

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var manifest = ExtractionCache.Manifest(start.Options.AdditionalFiles, start.CancellationToken);
                var globalOptions = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
                var files = start.Options.AdditionalFiles
                    .Select(text => CorpusFile.Classify(text, manifest, globalOptions))
                    .Where(file => file.Kind != CorpusFileKind.None)
                    .ToList();
                if (files.Count == 0) return;

                var catalogs = files.Where(f => f.Kind == CorpusFileKind.Catalog).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
                var catalog = catalogs.Count == 0 ? CatalogSpec.Empty : ExtractionCache.Catalog(catalogs[0].Text, start.CancellationToken);

                // The first file by path owns an article id; later ones are duplicates (as in the generator).
                var idOwners = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var article in files.Where(f => f.Kind == CorpusFileKind.Article).OrderBy(f => f.Path, StringComparer.Ordinal))
                {
                    var id = ArticleExtractor.ArticleId(article.Path);
                    if (!idOwners.ContainsKey(id)) idOwners.Add(id, article.Path);
                }

                var byPath = files.ToDictionary(f => f.Text, f => f);
                start.RegisterAdditionalFileAction(context =>
                {
                    if (!byPath.TryGetValue(context.AdditionalFile, out var file)) return;
                    var text = context.AdditionalFile.GetText(context.CancellationToken);
                    if (text is null) return;
                    if (file.Kind == CorpusFileKind.Catalog)
                    {
                        Report(context, file.Path, text, ExtractionCache.Catalog(file.Text, context.CancellationToken).Diagnostics);
                        return;
                    }

                    var id = ArticleExtractor.ArticleId(file.Path);
                    if (idOwners.TryGetValue(id, out var owner) && !string.Equals(owner, file.Path, StringComparison.Ordinal))
                    {
                        var firstLine = text.Lines.Count > 0 ? text.Lines[0].Span : default;
                        context.ReportDiagnostic(Diagnostic.Create(
                            DiagnosticDescriptors.DuplicateArticleId,
                            Location.Create(file.Path, firstLine, text.Lines.GetLinePositionSpan(firstLine)),
                            id, System.IO.Path.GetFileName(owner)));
                        return;
                    }

                    // In a build the generator has extracted this text already: the cache hands it over.
                    Report(context, file.Path, text, ExtractionCache.Article(file.Path, text, catalog, withEvents: false).Diagnostics);
                });
            });
        }

        private static void Report(AdditionalFileAnalysisContext context, string path, SourceText text, IEnumerable<CorpusDiagnostic> diagnostics)
        {
            foreach (var diagnostic in diagnostics)
            {
                var span = new TextSpan(diagnostic.Span.Start, diagnostic.Span.Length);
                var location = Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
                var arguments = diagnostic.Arguments.Cast<object>().ToArray();
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ById[diagnostic.Id], location, arguments));
            }
        }
    }
}
