using System;

namespace CorpusGen.Core.Model
{
    /// <summary>
    /// A range of a source file, with its 1-based line and column as the compiler reports them
    /// (columns in UTF-16 code units). Offsets are into the file's text as read, header included.
    /// </summary>
    public readonly record struct SourceSpan(int Start, int Length, int Line, int Column)
    {
        /// <summary>The offset one past the last character.</summary>
        public int End => Start + Length;
    }
}
