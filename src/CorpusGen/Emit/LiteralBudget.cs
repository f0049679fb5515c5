using CorpusGen.Model;

namespace CorpusGen.Emit
{
    /// <summary>
    /// How much of the program's string-literal heap the generated tables may take. All distinct
    /// string literals of an assembly share one heap of 16 MB (about 8.4 million UTF-16 characters),
    /// and past it the compiler fails with CS8103, whoever wrote the literals. A table stays a literal
    /// (one token to compile, one <c>ldstr</c> to load) while it fits in its share. A table past its
    /// share becomes a <c>const</c> field that no code loads with <c>ldstr</c>: the compiler stores
    /// its value in the metadata's blob heap, which has no such limit, and the generated code reads it
    /// once through reflection. So the generated tables never take more than the budget, whatever the
    /// corpus size.
    /// </summary>
    /// <remarks>
    /// Why not <c>"..."u8</c> or byte arrays past the budget: the compiler binds one node per byte,
    /// about 8 s for 2 MB here, against under 2 s for 20 MB of <c>const</c> strings.
    /// </remarks>
    internal static class LiteralBudget
    {
        /// <summary>
        /// The default, in characters: 12 of the heap's 16 MB, leaving the rest to the program's own
        /// literals. A 25,000-article synthetic corpus (100 MB of text) uses about half of it.
        /// </summary>
        public const int DefaultChars = 6_000_000;

        /// <summary>
        /// The share of one article bucket: the buckets together get 15/16 of the budget, in
        /// proportion to what they hold (about 93% of the tables at 10,000 articles).
        /// </summary>
        public static int PerArticleBucket(int budget) => budget / 16 * 15 / ArticleBucket.Count;

        /// <summary>The share of the event table: the remaining 1/16.</summary>
        public static int ForEvents(int budget) => budget / 16;
    }
}
