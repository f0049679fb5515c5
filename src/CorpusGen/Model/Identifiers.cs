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

        /// <summary>
        /// The member name of an article's factory: its id, plus a hash of the file's project-relative
        /// path so that two files with the same id (reported as CG0007) still generate distinct members.
        /// </summary>
        public static string ArticleMember(string articleId, string fileKey)
        {
            unchecked
            {
                var hash = 2166136261u;
                foreach (var c in fileKey.Replace('\\', '/'))
                {
                    hash = (hash ^ c) * 16777619u;
                }
                return "Article" + Sanitize("_" + articleId) + "_" + hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }
}
