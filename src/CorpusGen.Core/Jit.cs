using System.Runtime.CompilerServices;

namespace CorpusGen.Core
{
    /// <summary>
    /// How the extraction's methods ask to be compiled. A build runs the generator in a fresh compiler
    /// process (the first build, CI, any build without the compiler server), where every method starts
    /// unoptimized and reaches optimized code only after call counting, an instrumented tier and a
    /// queue behind the compiler's own methods: the 10,000-article corpus finished its extraction
    /// before most of ours got there. Methods on the per-article path are compiled optimized at once
    /// instead (docs/performance.md has the figures: the generator's 5.3 s in <c>csc</c> became about
    /// 4.1 s). The price is dynamic PGO on warm code, measured there too.
    /// </summary>
    internal static class Jit
    {
        /// <summary>
        /// <c>MethodImplOptions.AggressiveOptimization</c>, which .NET Core 3.0 added and netstandard2.0
        /// does not name; every runtime that hosts the compiler honours it.
        /// </summary>
        public const MethodImplOptions Optimized = (MethodImplOptions)512;

        /// <summary>
        /// <see cref="Optimized"/> for the small helpers of the per-article path (character tests,
        /// indexers, counts): the JIT does not inline a method marked AggressiveOptimization alone, so
        /// each was a call in the middle of every loop that used it. AggressiveInlining lets the
        /// optimized callers take them in.
        /// </summary>
        public const MethodImplOptions Inlined = Optimized | MethodImplOptions.AggressiveInlining;
    }
}
