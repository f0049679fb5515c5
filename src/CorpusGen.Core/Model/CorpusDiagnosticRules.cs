using System.Collections.Generic;

namespace CorpusGen.Core.Model
{
    /// <summary>Severity of a rule, mirroring the compiler's.</summary>
    public enum RuleSeverity
    {
        /// <summary>Shown, does not fail the build.</summary>
        Warning,
        /// <summary>Fails the build.</summary>
        Error,
    }

    /// <summary>One diagnostic rule: id, texts and default severity.</summary>
    public sealed record CorpusDiagnosticRule(string Id, string Title, string MessageFormat, RuleSeverity Severity, string Category)
    {
        /// <summary>The rule's documentation page.</summary>
        public string HelpLink => CorpusDiagnosticRules.HelpLinkRoot + Id + ".md";
    }

    /// <summary>
    /// Every diagnostic CorpusGen reports, ids and messages side by side. The analyzer, the command
    /// line and the docs all read this one table.
    /// </summary>
    public static class CorpusDiagnosticRules
    {
        /// <summary>Where the rule pages live.</summary>
        public const string HelpLinkRoot = "https://github.com/corpusgen/corpusgen/blob/main/docs/diagnostics/";

        /// <summary>CG0001: an article states no publication date.</summary>
        public static readonly CorpusDiagnosticRule MissingDate = new CorpusDiagnosticRule(
            "CG0001", "Article has no publication date",
            "Article '{0}' has no publication date{1}", RuleSeverity.Warning, "CorpusGen.Dates");

        /// <summary>CG0002: a name resolves to no catalog entity.</summary>
        public static readonly CorpusDiagnosticRule UnresolvedName = new CorpusDiagnosticRule(
            "CG0002", "Name does not resolve to a catalog entity",
            "'{0}' does not resolve to any catalog entity{1}", RuleSeverity.Warning, "CorpusGen.Names");

        /// <summary>CG0003: the date header is not a real date.</summary>
        public static readonly CorpusDiagnosticRule MalformedDateHeader = new CorpusDiagnosticRule(
            "CG0003", "Malformed date header",
            "Date header '{0}' is not a valid date: {1}", RuleSeverity.Error, "CorpusGen.Dates");

        /// <summary>CG0004: the catalog cannot be read or breaks the catalog format.</summary>
        public static readonly CorpusDiagnosticRule MalformedCatalog = new CorpusDiagnosticRule(
            "CG0004", "Malformed entity catalog",
            "Entity catalog is malformed: {0}", RuleSeverity.Error, "CorpusGen.Catalog");

        /// <summary>CG0005: two catalog entries share an id.</summary>
        public static readonly CorpusDiagnosticRule DuplicateEntityId = new CorpusDiagnosticRule(
            "CG0005", "Duplicate entity id",
            "Entity id '{0}' is already used at line {1}", RuleSeverity.Error, "CorpusGen.Catalog");

        /// <summary>CG0006: one alias is claimed by two entities.</summary>
        public static readonly CorpusDiagnosticRule AliasConflict = new CorpusDiagnosticRule(
            "CG0006", "Alias claimed by two entities",
            "Alias '{0}' of '{1}' is already a name of '{2}'", RuleSeverity.Error, "CorpusGen.Catalog");

        /// <summary>CG0007: two article files map to the same article id.</summary>
        public static readonly CorpusDiagnosticRule DuplicateArticleId = new CorpusDiagnosticRule(
            "CG0007", "Duplicate article id",
            "Article id '{0}' is already used by '{1}'; this file is left out of the generated corpus", RuleSeverity.Error, "CorpusGen.Articles");

        /// <summary>All rules, by id.</summary>
        public static IReadOnlyList<CorpusDiagnosticRule> All { get; } = new[]
        {
            MissingDate, UnresolvedName, MalformedDateHeader, MalformedCatalog, DuplicateEntityId, AliasConflict, DuplicateArticleId,
        };

        /// <summary>The rule with <paramref name="id"/>, or null.</summary>
        public static CorpusDiagnosticRule? Find(string id)
        {
            foreach (var rule in All)
            {
                if (rule.Id == id) return rule;
            }
            return null;
        }
    }
}
