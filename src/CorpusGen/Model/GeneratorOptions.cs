using System.Collections.Generic;
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
        private const string NamespaceProperty = "CorpusGenNamespace";
        private const string ClassNameProperty = "CorpusGenClassName";
        private const string BudgetProperty = "CorpusGenStringLiteralBudget";

        /// <summary>Reads the MSBuild properties made visible by CorpusGen.props.</summary>
        public static GeneratorOptions Read(AnalyzerConfigOptionsProvider provider, TargetFeatures features)
        {
            var global = provider.GlobalOptions;
            var ns = Get(global, NamespaceProperty) ?? Get(global, "RootNamespace") ?? "CorpusGen.Generated";
            var className = Get(global, ClassNameProperty) ?? "Corpus";
            var budget = TryReadBudget(Get(global, BudgetProperty)) ?? Emit.LiteralBudget.DefaultChars;
            return new GeneratorOptions(Identifiers.SanitizeNamespace(ns), Identifiers.Sanitize(className), features.HasDateOnly, budget);
        }

        /// <summary>
        /// The CorpusGen properties whose value <see cref="Read"/> cannot use as written, with why and
        /// what it uses instead: CG0009, so that a typo is not silently replaced by a default.
        /// </summary>
        public static IEnumerable<(string Property, string Value, string Problem, string Used)> Adjusted(AnalyzerConfigOptions global)
        {
            if (Get(global, BudgetProperty) is { } budget && TryReadBudget(budget) is null)
            {
                yield return (BudgetProperty, budget, "is not a whole number of characters",
                    Emit.LiteralBudget.DefaultChars.ToString(CultureInfo.InvariantCulture));
            }
            if (Get(global, ClassNameProperty) is { } className && Identifiers.Unescaped(Identifiers.Sanitize(className)) != className)
            {
                yield return (ClassNameProperty, className, "is not a C# identifier", Identifiers.Sanitize(className));
            }
            if (Get(global, NamespaceProperty) is { } ns && Identifiers.SanitizeNamespace(ns).Replace("@", "") != ns)
            {
                yield return (NamespaceProperty, ns, "is not a C# namespace", Identifiers.SanitizeNamespace(ns));
            }
        }

        private static int? TryReadBudget(string? value)
            => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var chars) ? chars : (int?)null;

        private static string? Get(AnalyzerConfigOptions options, string property)
            => options.TryGetValue("build_property." + property, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
    }
}
