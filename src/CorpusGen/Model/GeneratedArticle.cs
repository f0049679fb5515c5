using CorpusGen.Core.Model;

namespace CorpusGen.Model
{
    /// <summary>The per-article step's output: the extracted article with what emitting it needs.</summary>
    /// <param name="Member">Name of the generated factory member (unique per file).</param>
    /// <param name="ResourceName">Logical name of the embedded resource holding the file's text, if embedded.</param>
    /// <param name="Path">The file's path, to order articles and break id ties deterministically.</param>
    public sealed record GeneratedArticle(ArticleSpec Spec, string Member, string? ResourceName, string Path);

    /// <summary>
    /// Entity ids in catalog order: a mention is emitted as the index of its entity here. Equal by
    /// the ids alone (the lookup is a cache, not state), as a pipeline model must be.
    /// </summary>
    public sealed class EntityIndexes : System.IEquatable<EntityIndexes>
    {
        private System.Collections.Generic.Dictionary<string, int>? _byId;

        /// <summary>Wraps the ids.</summary>
        public EntityIndexes(EquatableArray<string> ids) => Ids = ids;

        /// <summary>The ids in catalog order.</summary>
        public EquatableArray<string> Ids { get; }

        /// <inheritdoc />
        public bool Equals(EntityIndexes? other) => other is not null && Ids.Equals(other.Ids);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as EntityIndexes);

        /// <inheritdoc />
        public override int GetHashCode() => Ids.GetHashCode();

        /// <summary>The index of <paramref name="id"/>.</summary>
        public int IndexOf(string id)
        {
            if (_byId is null)
            {
                var byId = new System.Collections.Generic.Dictionary<string, int>(System.StringComparer.Ordinal);
                for (var i = 0; i < Ids.Count; i++) byId[Ids[i]] = i;
                _byId = byId;
            }
            return _byId[id];
        }
    }

    /// <summary>The whole corpus: unique articles (ordinal by id), the catalog's entities and the merged events.</summary>
    public sealed record CorpusSpec(
        EquatableArray<GeneratedArticle> Articles,
        EquatableArray<EntitySpec> Entities,
        EquatableArray<EventSpec> Events);
}
