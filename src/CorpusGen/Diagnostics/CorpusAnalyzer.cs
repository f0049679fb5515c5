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

            // Settings live in the project file, which no diagnostic can point into: reported once
            // per compilation, without a location.
            context.RegisterCompilationAction(compilation =>
            {
                foreach (var (property, value, problem, used) in GeneratorOptions.Adjusted(compilation.Options.AnalyzerConfigOptionsProvider.GlobalOptions))
                {
                    compilation.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SettingAdjusted, Location.None, property, value, problem, used));
                }
            });

            context.RegisterCompilationStartAction(start =>
            {
                var files = start.Options.AdditionalFiles;
                var manifest = ExtractionCache.Manifest(files, start.CancellationToken);
                var roles = CorpusRoles.For(manifest, files);
                if (roles.IsEmpty) return;

                var catalogFile = roles.Catalog(files);
                var catalog = catalogFile is null ? CatalogSpec.Empty : ExtractionCache.Catalog(catalogFile, start.CancellationToken);

                start.RegisterAdditionalFileAction(context =>
                {
                    var path = context.AdditionalFile.Path;
                    if (!roles.TryGetRole(path, out var role)) return;
                    var text = context.AdditionalFile.GetText(context.CancellationToken);
                    if (text is null) return;
                    if (role.Kind == CorpusFileKind.Catalog)
                    {
                        Report(context, path, text, ExtractionCache.Catalog(context.AdditionalFile, context.CancellationToken).Diagnostics);
                        return;
                    }

                    if (role.Owner is { } owner)
                    {
                        var firstLine = text.Lines.Count > 0 ? text.Lines[0].Span : default;
                        context.ReportDiagnostic(Diagnostic.Create(
                            DiagnosticDescriptors.DuplicateArticleId,
                            Location.Create(path, firstLine, text.Lines.GetLinePositionSpan(firstLine)),
                            ArticleExtractor.ArticleId(path), System.IO.Path.GetFileName(owner)));
                        return;
                    }

                    // In a build the generator has extracted this text already: the cache hands it over.
                    Report(context, path, text, ExtractionCache.Article(path, text, catalog, withEvents: false).Diagnostics);
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
