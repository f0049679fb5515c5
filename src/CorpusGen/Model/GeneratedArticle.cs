using CorpusGen.Core.Model;

namespace CorpusGen.Model
{
    /// <summary>The per-article step's output: the extracted article with what emitting it needs.</summary>
    /// <param name="Member">Name of the generated factory member (unique per file).</param>
    /// <param name="ResourceName">Logical name of the embedded resource holding the file's text, if embedded.</param>
    /// <param name="Path">The file's path, to order articles and break id ties deterministically.</param>
    public sealed record GeneratedArticle(ArticleSpec Spec, string Member, string? ResourceName, string Path);

    /// <summary>The whole corpus: unique articles (ordinal by id), the catalog's entities and the merged events.</summary>
    public sealed record CorpusSpec(
        EquatableArray<GeneratedArticle> Articles,
        EquatableArray<EntitySpec> Entities,
        EquatableArray<EventSpec> Events);
}
