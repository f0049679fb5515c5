using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGen.Model
{
    /// <summary>What the consuming compilation offers the generated code.</summary>
    public readonly record struct TargetFeatures(bool HasDateOnly);

    /// <summary>How the generated code is shaped, from MSBuild properties and the target framework.</summary>
    /// <param name="Namespace">Namespace of the generated types (CorpusGenNamespace, else RootNamespace, else CorpusGen.Generated).</param>
    /// <param name="ClassName">Name of the static entry class (CorpusGenClassName, else Corpus).</param>
    /// <param name="UseDateOnly">Whether the consuming compilation has System.DateOnly; otherwise dates are DateTime.</param>
    /// <param name="StringLiteralBudget">How many characters of string literals the tables may take (CorpusGenStringLiteralBudget, see <see cref="Emit.LiteralBudget"/>).</param>
    public sealed record GeneratorOptions(string Namespace, string ClassName, bool UseDateOnly, int StringLiteralBudget)
    {
        /// <summary>Reads the MSBuild properties made visible by CorpusGen.props.</summary>
        public static GeneratorOptions Read(AnalyzerConfigOptionsProvider provider, TargetFeatures features)
        {
            var global = provider.GlobalOptions;
            var ns = Get(global, "build_property.CorpusGenNamespace") ?? Get(global, "build_property.RootNamespace") ?? "CorpusGen.Generated";
            var className = Get(global, "build_property.CorpusGenClassName") ?? "Corpus";
            var budget = int.TryParse(Get(global, "build_property.CorpusGenStringLiteralBudget"), NumberStyles.None, CultureInfo.InvariantCulture, out var chars)
                ? chars
                : Emit.LiteralBudget.DefaultChars;
            return new GeneratorOptions(Identifiers.SanitizeNamespace(ns), Identifiers.Sanitize(className), features.HasDateOnly, budget);
        }

        private static string? Get(AnalyzerConfigOptions options, string key)
            => options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
    }
}
