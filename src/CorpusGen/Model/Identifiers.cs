using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Model
{
    /// <summary>Turns file names and settings into valid, stable C# identifiers.</summary>
    public static class Identifiers
    {
        /// <summary>
        /// Replaces every character that cannot be in an identifier with '_', prefixes a leading digit
        /// with '_', and escapes a reserved word with '@' ("class" becomes <c>@class</c>, which names a
        /// type called class).
        /// </summary>
        public static string Sanitize(string name)
        {
            var builder = new StringBuilder(name.Length + 1);
            foreach (var c in name) builder.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
            if (builder.Length == 0 || char.IsDigit(builder[0])) builder.Insert(0, '_');
            var identifier = builder.ToString();
            return SyntaxFacts.GetKeywordKind(identifier) == SyntaxKind.None ? identifier : "@" + identifier;
        }

        /// <summary>An identifier without its '@' escape: for file names, where '@' has no meaning.</summary>
        public static string Unescaped(string identifier) => identifier.TrimStart('@');

        /// <summary>Sanitizes each part of a dotted namespace.</summary>
        public static string SanitizeNamespace(string name)
        {
            var parts = name.Split('.');
            for (var i = 0; i < parts.Length; i++) parts[i] = Sanitize(parts[i]);
            return string.Join(".", parts);
        }
    }
}
