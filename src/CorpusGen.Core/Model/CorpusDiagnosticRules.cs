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
    /// line and the docs all read this one table. The texts are constants because Roslyn's release
    /// tracking (RS2000-RS2008) only understands descriptors built from constants.
    /// </summary>
    public static class CorpusDiagnosticRules
    {
        /// <summary>Where the rule pages live.</summary>
        public const string HelpLinkRoot = "https://github.com/corpusgen/corpusgen/blob/main/docs/diagnostics/";

        /// <summary>CG0001: an article states no publication date.</summary>
        public static class MissingDateTexts
        {
            /// <summary>The rule id.</summary>
            public const string Id = "CG0001";
            /// <summary>The rule title.</summary>
            public const string Title = "Article has no publication date";
            /// <summary>The message format.</summary>
            public const string Message = "Article '{0}' has no publication date{1}";
            /// <summary>The rule category.</summary>
            public const string Category = "CorpusGen.Dates";
        }

        /// <summary>CG0001: an article states no publication date.</summary>
        public static readonly CorpusDiagnosticRule MissingDate = new CorpusDiagnosticRule(
            MissingDateTexts.Id, MissingDateTexts.Title, MissingDateTexts.Message, RuleSeverity.Warning, MissingDateTexts.Category);

        /// <summary>CG0002: a name resolves to no catalog entity.</summary>
        public static class UnresolvedNameTexts
        {
            /// <summary>The rule id.</summary>
            public const string Id = "CG0002";
            /// <summary>The rule title.</summary>
            public const string Title = "Name does not resolve to a catalog entity";
            /// <summary>The message format.</summary>
            public const string Message = "'{0}' does not resolve to any catalog entity{1}";
            /// <summary>The rule category.</summary>
            public const string Category = "CorpusGen.Names";
        }

        /// <summary>CG0002: a name resolves to no catalog entity.</summary>
        public static readonly CorpusDiagnosticRule UnresolvedName = new CorpusDiagnosticRule(
            UnresolvedNameTexts.Id, UnresolvedNameTexts.Title, UnresolvedNameTexts.Message, RuleSeverity.Warning, UnresolvedNameTexts.Category);

        /// <summary>CG0003: the date header is not a real date.</summary>
        public static class MalformedDateHeaderTexts
        {
            /// <summary>The rule id.</summary>
            public const string Id = "CG0003";
            /// <summary>The rule title.</summary>
            public const string Title = "Malformed date header";
            /// <summary>The message format.</summary>
            public const string Message = "Date header '{0}' is not a valid date: {1}";
            /// <summary>The rule category.</summary>
            public const string Category = "CorpusGen.Dates";
        }

        /// <summary>CG0003: the date header is not a real date.</summary>
        public static readonly CorpusDiagnosticRule MalformedDateHeader = new CorpusDiagnosticRule(
            MalformedDateHeaderTexts.Id, MalformedDateHeaderTexts.Title, MalformedDateHeaderTexts.Message, RuleSeverity.Error, MalformedDateHeaderTexts.Category);

        /// <summary>CG0004: the catalog cannot be read or breaks the catalog format.</summary>
        public static class MalformedCatalogTexts
        {
            /// <summary>The rule id.</summary>
            public const string Id = "CG0004";
            /// <summary>The rule title.</summary>
            public const string Title = "Malformed entity catalog";
            /// <summary>The message format.</summary>
            public const string Message = "Entity catalog is malformed: {0}";
            /// <summary>The rule category.</summary>
            public const string Category = "CorpusGen.Catalog";
        }

        /// <summary>CG0004: the catalog cannot be read or breaks the catalog format.</summary>
        public static readonly CorpusDiagnosticRule MalformedCatalog = new CorpusDiagnosticRule(
            MalformedCatalogTexts.Id, MalformedCatalogTexts.Title, MalformedCatalogTexts.Message, RuleSeverity.Error, MalformedCatalogTexts.Category);

        /// <summary>CG0005: two catalog entries share an id.</summary>
        public static class DuplicateEntityIdTexts
        {
            /// <summary>The rule id.</summary>
            public const string Id = "CG0005";
            /// <summary>The rule title.</summary>
            public const string Title = "Duplicate entity id";
            /// <summary>The message format.</summary>
            public const string Message = "Entity id '{0}' is already used at line {1}";
            /// <summary>The rule category.</summary>
            public const string Category = "CorpusGen.Catalog";
        }

        /// <summary>CG0005: two catalog entries share an id.</summary>
        public static readonly CorpusDiagnosticRule DuplicateEntityId = new CorpusDiagnosticRule(
            DuplicateEntityIdTexts.Id, DuplicateEntityIdTexts.Title, DuplicateEntityIdTexts.Message, RuleSeverity.Error, DuplicateEntityIdTexts.Category);

        /// <summary>CG0006: one alias is claimed by two entities.</summary>
        public static class AliasConflictTexts
        {
            /// <summary>The rule id.</summary>
            public const string Id = "CG0006";
            /// <summary>The rule title.</summary>
            public const string Title = "Alias claimed by two entities";
            /// <summary>The message format.</summary>
            public const string Message = "Alias '{0}' of '{1}' is already a name of '{2}'";
            /// <summary>The rule category.</summary>
            public const string Category = "CorpusGen.Catalog";
        }

        /// <summary>CG0006: one alias is claimed by two entities.</summary>
        public static readonly CorpusDiagnosticRule AliasConflict = new CorpusDiagnosticRule(
            AliasConflictTexts.Id, AliasConflictTexts.Title, AliasConflictTexts.Message, RuleSeverity.Error, AliasConflictTexts.Category);

        /// <summary>CG0007: two article files map to the same article id.</summary>
        public static class DuplicateArticleIdTexts
        {
            /// <summary>The rule id.</summary>
            public const string Id = "CG0007";
            /// <summary>The rule title.</summary>
            public const string Title = "Duplicate article id";
            /// <summary>The message format.</summary>
            public const string Message = "Article id '{0}' is already used by '{1}'; this file is left out of the generated corpus";
            /// <summary>The rule category.</summary>
            public const string Category = "CorpusGen.Articles";
        }

        /// <summary>CG0007: two article files map to the same article id.</summary>
        public static readonly CorpusDiagnosticRule DuplicateArticleId = new CorpusDiagnosticRule(
            DuplicateArticleIdTexts.Id, DuplicateArticleIdTexts.Title, DuplicateArticleIdTexts.Message, RuleSeverity.Error, DuplicateArticleIdTexts.Category);

        /// <summary>CG0008: an article could not be extracted (a defect in CorpusGen, not in the article).</summary>
        public static class ExtractionFailedTexts
        {
            /// <summary>The rule id.</summary>
            public const string Id = "CG0008";
            /// <summary>The rule title.</summary>
            public const string Title = "Article could not be extracted";
            /// <summary>The message format.</summary>
            public const string Message = "CorpusGen failed to extract article '{0}' ({1}); it is generated with its id and text only. Please report this with the file.";
            /// <summary>The rule category.</summary>
            public const string Category = "CorpusGen.Articles";
        }

        /// <summary>CG0008: an article could not be extracted (a defect in CorpusGen, not in the article).</summary>
        public static readonly CorpusDiagnosticRule ExtractionFailed = new CorpusDiagnosticRule(
            ExtractionFailedTexts.Id, ExtractionFailedTexts.Title, ExtractionFailedTexts.Message, RuleSeverity.Warning, ExtractionFailedTexts.Category);

        /// <summary>CG0009: a CorpusGen MSBuild property cannot be used as written.</summary>
        public static class SettingAdjustedTexts
        {
            /// <summary>The rule id.</summary>
            public const string Id = "CG0009";
            /// <summary>The rule title.</summary>
            public const string Title = "CorpusGen setting cannot be used as written";
            /// <summary>The message format.</summary>
            public const string Message = "MSBuild property {0} is '{1}', which {2}; CorpusGen uses '{3}'";
            /// <summary>The rule category.</summary>
            public const string Category = "CorpusGen.Settings";
        }

        /// <summary>CG0009: a CorpusGen MSBuild property cannot be used as written.</summary>
        public static readonly CorpusDiagnosticRule SettingAdjusted = new CorpusDiagnosticRule(
            SettingAdjustedTexts.Id, SettingAdjustedTexts.Title, SettingAdjustedTexts.Message, RuleSeverity.Warning, SettingAdjustedTexts.Category);

        /// <summary>All rules, by id.</summary>
        public static IReadOnlyList<CorpusDiagnosticRule> All { get; } = new[]
        {
            MissingDate, UnresolvedName, MalformedDateHeader, MalformedCatalog, DuplicateEntityId, AliasConflict, DuplicateArticleId, ExtractionFailed, SettingAdjusted,
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
