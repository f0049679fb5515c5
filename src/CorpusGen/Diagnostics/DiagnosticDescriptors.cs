using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Rules = CorpusGen.Core.Model.CorpusDiagnosticRules;

namespace CorpusGen.Diagnostics
{
    /// <summary>
    /// The Roslyn descriptors of every CorpusGen rule. Texts come from the core's rule table
    /// (<see cref="Rules"/>); the severities here are checked against it by a test.
    /// </summary>
    public static class DiagnosticDescriptors
    {
        /// <summary>CG0001.</summary>
        public static readonly DiagnosticDescriptor MissingDate = new DiagnosticDescriptor(
            Rules.MissingDateTexts.Id, Rules.MissingDateTexts.Title, Rules.MissingDateTexts.Message, Rules.MissingDateTexts.Category,
            DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: Rules.HelpLinkRoot + Rules.MissingDateTexts.Id + ".md");

        /// <summary>CG0002.</summary>
        public static readonly DiagnosticDescriptor UnresolvedName = new DiagnosticDescriptor(
            Rules.UnresolvedNameTexts.Id, Rules.UnresolvedNameTexts.Title, Rules.UnresolvedNameTexts.Message, Rules.UnresolvedNameTexts.Category,
            DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: Rules.HelpLinkRoot + Rules.UnresolvedNameTexts.Id + ".md");

        /// <summary>CG0003.</summary>
        public static readonly DiagnosticDescriptor MalformedDateHeader = new DiagnosticDescriptor(
            Rules.MalformedDateHeaderTexts.Id, Rules.MalformedDateHeaderTexts.Title, Rules.MalformedDateHeaderTexts.Message, Rules.MalformedDateHeaderTexts.Category,
            DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Rules.HelpLinkRoot + Rules.MalformedDateHeaderTexts.Id + ".md");

        /// <summary>CG0004.</summary>
        public static readonly DiagnosticDescriptor MalformedCatalog = new DiagnosticDescriptor(
            Rules.MalformedCatalogTexts.Id, Rules.MalformedCatalogTexts.Title, Rules.MalformedCatalogTexts.Message, Rules.MalformedCatalogTexts.Category,
            DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Rules.HelpLinkRoot + Rules.MalformedCatalogTexts.Id + ".md");

        /// <summary>CG0005.</summary>
        public static readonly DiagnosticDescriptor DuplicateEntityId = new DiagnosticDescriptor(
            Rules.DuplicateEntityIdTexts.Id, Rules.DuplicateEntityIdTexts.Title, Rules.DuplicateEntityIdTexts.Message, Rules.DuplicateEntityIdTexts.Category,
            DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Rules.HelpLinkRoot + Rules.DuplicateEntityIdTexts.Id + ".md");

        /// <summary>CG0006.</summary>
        public static readonly DiagnosticDescriptor AliasConflict = new DiagnosticDescriptor(
            Rules.AliasConflictTexts.Id, Rules.AliasConflictTexts.Title, Rules.AliasConflictTexts.Message, Rules.AliasConflictTexts.Category,
            DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Rules.HelpLinkRoot + Rules.AliasConflictTexts.Id + ".md");

        /// <summary>CG0007.</summary>
        public static readonly DiagnosticDescriptor DuplicateArticleId = new DiagnosticDescriptor(
            Rules.DuplicateArticleIdTexts.Id, Rules.DuplicateArticleIdTexts.Title, Rules.DuplicateArticleIdTexts.Message, Rules.DuplicateArticleIdTexts.Category,
            DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Rules.HelpLinkRoot + Rules.DuplicateArticleIdTexts.Id + ".md");

        /// <summary>CG0008.</summary>
        public static readonly DiagnosticDescriptor ExtractionFailed = new DiagnosticDescriptor(
            Rules.ExtractionFailedTexts.Id, Rules.ExtractionFailedTexts.Title, Rules.ExtractionFailedTexts.Message, Rules.ExtractionFailedTexts.Category,
            DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: Rules.HelpLinkRoot + Rules.ExtractionFailedTexts.Id + ".md");

        /// <summary>CG0009. Reported once per compilation, without a location: the setting lives in the project file.</summary>
        public static readonly DiagnosticDescriptor SettingAdjusted = new DiagnosticDescriptor(
            Rules.SettingAdjustedTexts.Id, Rules.SettingAdjustedTexts.Title, Rules.SettingAdjustedTexts.Message, Rules.SettingAdjustedTexts.Category,
            DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: Rules.HelpLinkRoot + Rules.SettingAdjustedTexts.Id + ".md",
            customTags: WellKnownDiagnosticTags.CompilationEnd);

        /// <summary>Every descriptor.</summary>
        public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
            MissingDate, UnresolvedName, MalformedDateHeader, MalformedCatalog, DuplicateEntityId, AliasConflict, DuplicateArticleId, ExtractionFailed, SettingAdjusted);

        /// <summary>Every descriptor, by id.</summary>
        public static IReadOnlyDictionary<string, DiagnosticDescriptor> ById { get; } = All.ToDictionary(d => d.Id);
    }
}
