using System.Text;

namespace CorpusGen.Model
{
    /// <summary>Turns file names and settings into valid, stable C# identifiers.</summary>
    public static class Identifiers
    {
        /// <summary>Replaces every character that cannot be in an identifier with '_' and prefixes a leading digit.</summary>
        public static string Sanitize(string name)
        {
            var builder = new StringBuilder(name.Length + 1);
            foreach (var c in name) builder.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
            if (builder.Length == 0 || char.IsDigit(builder[0])) builder.Insert(0, '_');
            return builder.ToString();
        }

        /// <summary>Sanitizes each part of a dotted namespace.</summary>
        public static string SanitizeNamespace(string name)
        {
            var parts = name.Split('.');
            for (var i = 0; i < parts.Length; i++) parts[i] = Sanitize(parts[i]);
            return string.Join(".", parts);
        }
    }
}
