using CorpusGen.Core.Model;

namespace CorpusGen.Model
{
    /// <summary>The per-article step's output: the extracted article with what emitting it needs.</summary>
    /// <param name="Path">The file's path, to order articles and break id ties deterministically.</param>
    public sealed record GeneratedArticle(ArticleSpec Spec, string Path);

    /// <summary>
    /// A fixed share of the articles, emitted as one source file. A generated file per article made
    /// the driver's per-run bookkeeping grow with the corpus (hundreds of milliseconds per keystroke
    /// at 10,000 files); a fixed number of buckets keyed by a stable hash of the id keeps it flat,
    /// and an edit or a new article changes only its own bucket.
    /// </summary>
    public sealed record ArticleBucket(int Index, EquatableArray<GeneratedArticle> Articles)
    {
        /// <summary>How many buckets there are, whatever the corpus size.</summary>
        public const int Count = 64;

        /// <summary>Splits articles into all <see cref="Count"/> buckets (empty ones included, so positions never shift).</summary>
        public static System.Collections.Generic.IEnumerable<ArticleBucket> Split(System.Collections.Immutable.ImmutableArray<GeneratedArticle> articles)
        {
            var buckets = new System.Collections.Generic.List<GeneratedArticle>[Count];
            for (var i = 0; i < Count; i++) buckets[i] = new System.Collections.Generic.List<GeneratedArticle>();
            foreach (var article in articles) buckets[Of(article.Spec.Id)].Add(article);
            for (var i = 0; i < Count; i++)
            {
                // Files sharing an id share a bucket: keep the first by path, as the corpus does (CG0007).
                var unique = CorpusGen.Core.CorpusAssembler.Unique(buckets[i], a => a.Spec, a => a.Path).Unique;
                yield return new ArticleBucket(i, unique.ToEquatableArray());
            }
        }

        // FNV-1a: string.GetHashCode is randomized per process and would reshuffle the files.
        private static int Of(string id)
        {
            unchecked
            {
                var hash = 2166136261u;
                foreach (var c in id) hash = (hash ^ c) * 16777619u;
                return (int)(hash % Count);
            }
        }
    }

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

    /// <summary>
    /// The whole corpus: unique articles (ordinal by id), the catalog's entities and the merged
    /// events. Articles are only referenced here: the full extraction lives in the per-article
    /// step, and comparing this model on every edit must stay cheap.
    /// </summary>
    public sealed record CorpusSpec(
        EquatableArray<string> ArticleIds,
        EquatableArray<EntitySpec> Entities,
        EquatableArray<EventSpec> Events);
}
