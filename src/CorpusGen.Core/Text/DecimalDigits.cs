using System.Globalization;
using System.Runtime.CompilerServices;

namespace CorpusGen.Core.Text
{
    /// <summary>
    /// The value of digits a pattern's <c>\d</c> matched. <c>\d</c> matches every Unicode decimal digit
    /// (Arabic-Indic "١٢", full-width "１２", ...), while <c>int.Parse</c> accepts only ASCII ones and
    /// threw on the others: one such date in one article took the whole extraction down.
    /// </summary>
    internal static class DecimalDigits
    {
        /// <summary>The number written by <paramref name="digits"/>, all decimal digits (at most nine of them).</summary>
        [MethodImpl(Jit.Optimized)]
        public static int Parse(string digits) => Parse(digits, 0, digits.Length);

        /// <summary>The number written by the decimal digits at [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>).</summary>
        [MethodImpl(Jit.Optimized)]
        public static int Parse(string text, int start, int length)
        {
            var value = 0;
            for (var i = start; i < start + length; i++)
            {
                var c = text[i];
                value = value * 10 + (c >= '0' && c <= '9' ? c - '0' : CharUnicodeInfo.GetDecimalDigitValue(c));
            }
            return value;
        }
    }
}
