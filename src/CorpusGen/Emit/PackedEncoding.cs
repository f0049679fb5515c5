using System.Collections.Generic;
using System.Text;

namespace CorpusGen.Emit
{
    /// <summary>
    /// Packs non-negative integers into printable ASCII for the generated tables: each character is
    /// one base64-alphabet digit carrying 5 bits and a continuation bit, so small numbers (deltas of
    /// offsets and lines, entity indexes) take one or two characters. A mention costs about 8
    /// characters of generated source instead of a 110-character statement. The generated
    /// <c>PackedReader</c> decodes it.
    /// </summary>
    internal static class PackedEncoding
    {
        private const string Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

        public static string Encode(IEnumerable<int> values)
        {
            var builder = new StringBuilder();
            foreach (var value in values)
            {
                var rest = (uint)value;
                while (rest >= 32)
                {
                    builder.Append(Digits[(int)(rest & 31) | 32]);
                    rest >>= 5;
                }
                builder.Append(Digits[(int)rest]);
            }
            return builder.ToString();
        }
    }
}
