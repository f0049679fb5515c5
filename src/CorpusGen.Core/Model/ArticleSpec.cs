namespace CorpusGen.Core.Model
{
    /// <summary>A resolved reference to a catalog entity inside an article.</summary>
    public sealed record MentionSpec(string EntityId, string Surface, SourceSpan Span);

    /// <summary>A name that looks like an entity but resolves to none; <paramref name="SuggestionId"/> is the closest plausible entity.</summary>
    public sealed record UnresolvedNameSpec(string Surface, SourceSpan Span, string? SuggestionId, string? SuggestionName);

    /// <summary>A block of article text (clutter removed).</summary>
    public sealed record ParagraphSpec(SourceSpan Span);

    /// <summary>
    /// Everything extracted from one article file. Immutable and structurally equatable: it is the
    /// output of the generator's per-article step and must compare equal when the file did not change.
    /// It deliberately does not hold the file's text: the text reaches the program as an embedded
    /// resource, and keeping it out of the model keeps the pipeline's cache small.
    /// </summary>
    public sealed record ArticleSpec(
        string Id,
        string FileName,
        int TextLength,
        string? Title,
        PublicationDate? Date,
        string? Dateline,
        string? PartialDate,
        EquatableArray<ParagraphSpec> Paragraphs,
        EquatableArray<MentionSpec> Mentions,
        EquatableArray<UnresolvedNameSpec> Unresolved,
        EquatableArray<EventSpec> Events,
        EquatableArray<CorpusDiagnostic> Diagnostics);
}
