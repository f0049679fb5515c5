using System;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading;
using CorpusGen.Core;
using CorpusGen.Core.Dates;
using CorpusGen.Core.Events;
using CorpusGen.Core.Names;
using CorpusGen.Core.Reading;
using CorpusGen.Core.Text;

namespace CorpusGen
{
    /// <summary>
    /// Compiles the extraction's code on a spare core while the compiler and the driver are still
    /// busy with what comes before it. In a fresh compiler the rest of the start-up after the
    /// generator is created (about 0.12 s at 10,000 articles), then the driver reading the manifest,
    /// giving every additional file its role and parsing the catalog (about 0.16 s), run on one
    /// thread while the other core idles; the parallel pass then began by compiling the optimized
    /// per-article methods and building the compiled patterns (about 0.4 s on one thread), on the
    /// threads that were waiting to extract. Compiled here first, that work overlaps the steps
    /// before the pass (docs/performance.md has the figures).
    /// </summary>
    /// <remarks>
    /// Once per process, in the background, and only work the extraction would do anyway: a method
    /// being compiled here is waited for, not compiled twice. In the IDE it runs once when the
    /// generator is first created. Failures are ignored: this only moves work earlier.
    /// </remarks>
    internal static class JitWarmUp
    {
        private static int s_started;

        // In the order the extraction first needs them, so the pass finds the early stages ready.
        private static readonly Type[] Stages =
        {
            typeof(ExtractionCache), typeof(ArticleExtractor), typeof(LineMap), typeof(PageLayout), typeof(PublicationDateReader),
            typeof(SentenceSplitter), typeof(NameTokenizer), typeof(WordKeyCache), typeof(NameNormalizer), typeof(AliasIndex),
            typeof(MentionFinder), typeof(CommonWords), typeof(TemporalExpressions), typeof(DateExpressionScanner), typeof(CalendarWords),
            typeof(DecimalDigits), typeof(EventExtractor), typeof(EventIds), typeof(EventMerger),
        };

        /// <summary>Starts the warm-up unless it has started before in this process.</summary>
        public static void Start()
        {
            if (Interlocked.Exchange(ref s_started, 1) != 0) return;
            ThreadPool.QueueUserWorkItem(_ => Run());
        }

        /// <summary>Compiles every stage's optimized methods; returns how many were prepared per stage (tests).</summary>
        internal static int[] Run()
        {
            var prepared = new int[Stages.Length];
            for (var i = 0; i < Stages.Length; i++)
            {
                var type = Stages[i];
                try
                {
                    // The static patterns: a compiled pattern emits and compiles code when it is built.
                    RuntimeHelpers.RunClassConstructor(type.TypeHandle);
                    const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
                    foreach (var method in type.GetMethods(Declared)) prepared[i] += Prepare(method);
                    foreach (var constructor in type.GetConstructors(Declared)) prepared[i] += Prepare(constructor);
                }
                catch (Exception)
                {
                    // Only an earlier start of work the extraction does anyway.
                }
            }
            return prepared;
        }

        // Only the methods marked to be optimized at once: the others start unoptimized anyway, and
        // compiling them here would cost more than it saves. Generic ones need their type arguments.
        private static int Prepare(MethodBase method)
        {
            if (method.IsAbstract || method.ContainsGenericParameters) return 0;
            if ((method.MethodImplementationFlags & (MethodImplAttributes)Jit.Optimized) == 0) return 0;
            RuntimeHelpers.PrepareMethod(method.MethodHandle);
            return 1;
        }
    }
}
