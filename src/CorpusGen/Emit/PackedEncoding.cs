using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using CorpusGen.Core;

namespace CorpusGen.Emit
{
    /// <summary>
    /// Packs non-negative integers for the generated tables. Each number is written as 5-bit digits
    /// (4 bits of the number and a continuation bit), so the small numbers that fill the tables
    /// (deltas of offsets and lines, lengths, entity indexes) take one or two digits. Three digits
    /// make one character of a plain string literal, U+4E00 plus their 15 bits: never a quote, a
    /// backslash, a line break or a surrogate, so no character needs an escape.
    /// </summary>
    /// <remarks>
    /// Why not a <c>"..."u8</c> literal: the compiler lowers one into a bound node per byte, which
    /// cost a 10,000-article build about 3 seconds; a string literal is one token and one ldstr.
    /// Packed this way a table takes 5/16 of the string heap that one digit per character would, so
    /// a 25,000-article corpus stays far below the 16 MB limit (CS8103).
    /// The generated <c>PackedReader</c> decodes it.
    /// </remarks>
    internal static class PackedEncoding
    {
        /// <summary>The character that carries digits 0, 0, 0.</summary>
        public const int FirstChar = 0x4E00;

        /// <summary>The digits of <paramref name="values"/>, one 5-bit digit per character.</summary>
        public static string Encode(IEnumerable<int> values)
        {
            var digits = new StringBuilder();
            foreach (var value in values) Append(digits, value);
            return digits.ToString();
        }

        /// <summary>Appends the digits of <paramref name="value"/> to <paramref name="digits"/>.</summary>
        // Optimized at once, like the extraction: a fresh compiler packs every article's tables
        // through here before this code would tier up (docs/performance.md).
        [MethodImpl(Jit.Optimized)]
        public static void Append(StringBuilder digits, int value)
        {
            var rest = (uint)value;
            while (rest >= 16)
            {
                digits.Append((char)((rest & 15) | 16));
                rest >>= 4;
            }
            digits.Append((char)rest);
        }

        /// <summary>
        /// A C# string literal holding <paramref name="digits"/> (from <see cref="Encode"/>), three per
        /// character. Readers know how many values to read, so the padding of the last character is
        /// never read.
        /// </summary>
        [MethodImpl(Jit.Optimized)]
        public static string Literal(string digits)
        {
            var literal = new StringBuilder(digits.Length / 3 + 3).Append('"');
            for (var i = 0; i < digits.Length; i += 3)
            {
                var bits = digits[i]
                    | (i + 1 < digits.Length ? digits[i + 1] << 5 : 0)
                    | (i + 2 < digits.Length ? digits[i + 2] << 10 : 0);
                literal.Append((char)(FirstChar + bits));
            }
            return literal.Append('"').ToString();
        }
    }
}
