namespace CorpusGen
{
    /// <summary>Names of the generator's pipeline steps, so tests can check what re-ran.</summary>
    public static class TrackingNames
    {
        /// <summary>The project's list of corpus files (CorpusManifest).</summary>
        public const string Manifest = nameof(Manifest);

        /// <summary>Each additional file classified as article, catalog or neither.</summary>
        public const string CorpusFiles = nameof(CorpusFiles);

        /// <summary>The parsed entity catalog.</summary>
        public const string Catalog = nameof(Catalog);

        /// <summary>Every article not yet extracted for the catalog, extracted on all cores before the per-article steps.</summary>
        public const string ParallelExtraction = nameof(ParallelExtraction);

        /// <summary>One article extracted (one step output per article).</summary>
        public const string Article = nameof(Article);

        /// <summary>Articles grouped into the fixed set of buckets emitted as files.</summary>
        public const string ArticleBuckets = nameof(ArticleBuckets);

        /// <summary>Each month bucket of events, merged on its own (see EventMerger.Split).</summary>
        public const string MergedEvents = nameof(MergedEvents);

        /// <summary>Generation options: namespace, class name, date type.</summary>
        public const string Options = nameof(Options);

        /// <summary>All articles, entities and merged events together.</summary>
        public const string Corpus = nameof(Corpus);
    }
}
