using System;
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
        // Exactly one entry per line, copied from a per-thread scratch array once the text is read:
        // growing a list here was a twentieth of the extraction's garbage.
        private readonly int[] _lineStarts;

        [ThreadStatic]
        private static int[]? t_starts;

        /// <summary>Indexes the line starts of <paramref name="text"/>.</summary>
        [MethodImpl(Jit.Optimized)]
        public LineMap(string text)
        {
            var starts = t_starts ??= new int[256];
            var count = 1; // starts[0] is 0 and stays so
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (!IsLineBreak(c)) continue;
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                if (count == starts.Length)
                {
                    Array.Resize(ref starts, count * 2);
                    t_starts = starts;
                }
                starts[count++] = i + 1;
            }
            _lineStarts = new int[count];
            Array.Copy(starts, _lineStarts, count);
        }

        /// <summary>The characters the compiler treats as line breaks (besides CR LF as a pair).</summary>
        [MethodImpl(Jit.Inlined)]
        public static bool IsLineBreak(char c)
            // Two comparisons for nearly every character: everything between CR and NEL is not a break.
            => c <= '\r' ? c == '\n' || c == '\r' : c >= '\u0085' && (c == '\u0085' || c == '\u2028' || c == '\u2029');

        /// <summary>How many lines the text has (an empty last line after a final break included).</summary>
        internal int LineCount
        {
            [MethodImpl(Jit.Inlined)]
            get => _lineStarts.Length;
        }

        /// <summary>Where line <paramref name="line"/> (0-based) starts.</summary>
        [MethodImpl(Jit.Inlined)]
        internal int LineStart(int line) => _lineStarts[line];

        /// <summary>Where the line before the one starting at <paramref name="nextLineStart"/> ends: before its break, CR LF being one.</summary>
        [MethodImpl(Jit.Inlined)]
        internal static int LineEndBefore(string text, int nextLineStart)
            => nextLineStart >= 2 && text[nextLineStart - 1] == '\n' && text[nextLineStart - 2] == '\r' ? nextLineStart - 2 : nextLineStart - 1;

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
            var index = Array.BinarySearch(_lineStarts, offset);
            return index >= 0 ? index : ~index - 1;
        }
    }
}
