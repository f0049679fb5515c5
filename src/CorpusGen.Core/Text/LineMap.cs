using System.Collections.Generic;
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
        private readonly List<int> _lineStarts = new List<int> { 0 };

        /// <summary>Indexes the line starts of <paramref name="text"/>.</summary>
        [MethodImpl(Jit.Optimized)]
        public LineMap(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\r')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                    _lineStarts.Add(i + 1);
                }
                else if (IsLineBreak(c))
                {
                    _lineStarts.Add(i + 1);
                }
            }
        }

        /// <summary>The characters the compiler treats as line breaks (besides CR LF as a pair).</summary>
        [MethodImpl(Jit.Inlined)]
        public static bool IsLineBreak(char c) => c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';

        /// <summary>The span from <paramref name="start"/> of <paramref name="length"/> characters, located.</summary>
        [MethodImpl(Jit.Optimized)]
        public SourceSpan Locate(int start, int length)
        {
            var line = FindLine(start);
            return new SourceSpan(start, length, line + 1, start - _lineStarts[line] + 1);
        }

        [MethodImpl(Jit.Optimized)]
        private int FindLine(int offset)
        {
            var index = _lineStarts.BinarySearch(offset);
            return index >= 0 ? index : ~index - 1;
        }
    }
}
