using CorpusGen.Core.Model;
using System.Runtime.CompilerServices;

namespace CorpusGen.Core.Text
{
    /// <summary>
    /// Maps offsets to 1-based lines and columns with the compiler's own line-break rules, so that a
    /// position computed here is the position the compiler prints for the same file.
    /// </summary>
    public sealed class LineMap
    {
        // Exactly one entry per line: growing a list here was a twentieth of the extraction's garbage.
        private readonly int[] _lineStarts;

        /// <summary>Indexes the line starts of <paramref name="text"/>.</summary>
        [MethodImpl(Jit.Optimized)]
        public LineMap(string text)
        {
            var count = 1;
            for (var i = NextLineBreak(text, 0); i >= 0; i = NextLineBreak(text, AfterLineBreak(text, i))) count++;
            _lineStarts = new int[count];
            var line = 1;
            for (var i = NextLineBreak(text, 0); i >= 0; i = NextLineBreak(text, _lineStarts[line - 1])) _lineStarts[line++] = AfterLineBreak(text, i);
        }

        /// <summary>The characters the compiler treats as line breaks (besides CR LF as a pair).</summary>
        [MethodImpl(Jit.Inlined)]
        public static bool IsLineBreak(char c) => c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';

        /// <summary>The next line break at or after <paramref name="from"/>, or -1.</summary>
        /// <remarks>
        /// A loop of our own, not string.IndexOfAny: the framework's vectorized search is not
        /// precompiled, and a fresh compiler process runs it unoptimized (see Jit).
        /// </remarks>
        [MethodImpl(Jit.Optimized)]
        internal static int NextLineBreak(string text, int from)
        {
            for (var i = from; i < text.Length; i++)
            {
                if (IsLineBreak(text[i])) return i;
            }
            return -1;
        }

        /// <summary>Where the line after the break at <paramref name="lineBreak"/> starts: CR LF is one break.</summary>
        [MethodImpl(Jit.Inlined)]
        internal static int AfterLineBreak(string text, int lineBreak)
            => text[lineBreak] == '\r' && lineBreak + 1 < text.Length && text[lineBreak + 1] == '\n' ? lineBreak + 2 : lineBreak + 1;

        /// <summary>The span from <paramref name="start"/> of <paramref name="length"/> characters, located.</summary>
        [MethodImpl(Jit.Optimized)]
        public SourceSpan Locate(int start, int length)
        {
            var line = FindLine(start);
            return new SourceSpan(start, length, line + 1, start - _lineStarts[line] + 1);
        }

        // The last line starting at or before offset.
        [MethodImpl(Jit.Optimized)]
        private int FindLine(int offset)
        {
            int low = 0, high = _lineStarts.Length - 1;
            while (low < high)
            {
                var middle = low + (high - low + 1) / 2;
                if (_lineStarts[middle] <= offset) low = middle;
                else high = middle - 1;
            }
            return low;
        }
    }
}
