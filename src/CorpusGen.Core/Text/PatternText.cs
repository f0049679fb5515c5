using System.Runtime.CompilerServices;

namespace CorpusGen.Core.Text
{
    /// <summary>
    /// What a pattern's <c>\w</c> and <c>\b</c> see, for the code written out from patterns (see
    /// docs/design.md): certain for ASCII, for blanks and for the typographic punctuation common in
    /// news text, none of which is ever part of a word. Elsewhere (accented letters, other scripts,
    /// marks) that code leaves the question to the pattern.
    /// </summary>
    internal static class PatternText
    {
        // Curly quotes, dashes, ellipsis, guillemets, bullets, degree, copyright and currency signs.
        private const string Punctuation = "’‘“”–—…«»•·°©€£";

        /// <summary><c>\w</c> for an ASCII character: a letter, a digit or '_'.</summary>
        [MethodImpl(Jit.Inlined)]
        public static bool IsAsciiWordChar(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';

        /// <summary>Whether <paramref name="literal"/> stands at <paramref name="i"/>, before <paramref name="end"/>, character for character.</summary>
        [MethodImpl(Jit.Optimized)]
        public static bool Matches(string text, int i, int end, string literal)
        {
            if (i < 0 || end - i < literal.Length) return false;
            for (var k = 0; k < literal.Length; k++)
            {
                if (text[i + k] != literal[k]) return false;
            }
            return true;
        }

        /// <summary>
        /// Whether the lower-case ASCII <paramref name="lower"/> stands at <paramref name="i"/>, before
        /// <paramref name="end"/>, ASCII letters in either case: what a case-insensitive literal of a
        /// pattern matches on plain text.
        /// </summary>
        [MethodImpl(Jit.Optimized)]
        public static bool MatchesIgnoringAsciiCase(string text, int i, int end, string lower)
        {
            if (i < 0 || end - i < lower.Length) return false;
            for (var k = 0; k < lower.Length; k++)
            {
                var c = text[i + k];
                if (c != lower[k] && (c < 'A' || c > 'Z' || (c | 0x20) != lower[k])) return false;
            }
            return true;
        }

        /// <summary>Whether code can tell for sure what <c>\w</c> makes of <paramref name="c"/>: ASCII, blanks, typographic punctuation.</summary>
        [MethodImpl(Jit.Inlined)]
        public static bool IsPlain(char c) => c < 128 || char.IsWhiteSpace(c) || Punctuation.IndexOf(c) >= 0;
    }
}
