using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using CorpusGen.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Model
{
    /// <summary>
    /// Which additional files are the corpus: the list CorpusGen.targets writes to
    /// <c>obj/&lt;project&gt;.corpusgen</c> and hands to the compiler as one more additional file,
    /// one <c>article</c> or <c>catalog</c> line with a full path each.
    /// </summary>
    /// <remarks>
    /// Why a file and not item metadata: any <c>CompilerVisibleItemMetadata</c> on AdditionalFiles
    /// gives every additional file a section of the generated .editorconfig, and the compiler's
    /// matching of files to sections grew faster than the corpus (0.8 s of a 10,000-article build,
    /// 3 s at 25,000). Why not a property: older compilers cut .editorconfig values at '#' or ';',
    /// which paths may contain. Equal by content, as a pipeline value must be.
    /// </remarks>
    public sealed class CorpusManifest : IEquatable<CorpusManifest>
    {
        /// <summary>How the manifest's file name ends.</summary>
        public const string Extension = ".corpusgen";

        private static readonly StringComparer PathComparer =
            System.IO.Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

        private readonly string _content;
        private readonly Dictionary<string, CorpusFileKind> _kinds;

        private CorpusManifest(string content, Dictionary<string, CorpusFileKind> kinds)
        {
            _content = content;
            _kinds = kinds;
        }

        /// <summary>No corpus files.</summary>
        public static CorpusManifest Empty { get; } = new CorpusManifest("", new Dictionary<string, CorpusFileKind>(PathComparer));

        /// <summary>Whether <paramref name="path"/> is a manifest rather than a corpus file.</summary>
        public static bool IsManifest(string path) => path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

        /// <summary>Manifest files in path order, so several read the same way everywhere.</summary>
        public static IEnumerable<AdditionalText> InOrder(IEnumerable<AdditionalText> texts)
            => texts.Where(t => IsManifest(t.Path)).OrderBy(t => t.Path, StringComparer.Ordinal);

        /// <summary>Reads the manifests of a project (normally one); unreadable ones count as empty.</summary>
        public static CorpusManifest Parse(IEnumerable<SourceText?> texts)
        {
            var content = new System.Text.StringBuilder();
            var kinds = new Dictionary<string, CorpusFileKind>(PathComparer);
            foreach (var text in texts)
            {
                if (text is null) continue;
                var whole = text.ToString();
                content.Append(whole).Append('\n');
                AddLines(whole, kinds);
            }
            return kinds.Count == 0 ? Empty : new CorpusManifest(content.ToString(), kinds);
        }

        // One line per corpus file, read in place: a fresh compiler runs this once over thousands of
        // lines before it has optimized anything, so it is optimized at once and copies only paths.
        [MethodImpl(Jit.Optimized)]
        private static void AddLines(string manifest, Dictionary<string, CorpusFileKind> kinds)
        {
            for (var start = 0; start < manifest.Length;)
            {
                var end = manifest.IndexOf('\n', start);
                if (end < 0) end = manifest.Length;
                var tab = manifest.IndexOf('\t', start, end - start);
                var kind = tab < 0 ? CorpusFileKind.None
                    : IsWord(manifest, start, tab, "article") ? CorpusFileKind.Article
                    : IsWord(manifest, start, tab, "catalog") ? CorpusFileKind.Catalog
                    : CorpusFileKind.None;
                if (kind != CorpusFileKind.None)
                {
                    var pathEnd = end;
                    while (pathEnd > tab + 1 && manifest[pathEnd - 1] == '\r') pathEnd--;
                    var path = Normalize(manifest.Substring(tab + 1, pathEnd - tab - 1));
                    if (path.Length > 0 && !kinds.ContainsKey(path)) kinds.Add(path, kind);
                }
                start = end + 1;
            }
        }

        private static bool IsWord(string text, int start, int end, string word)
            => end - start == word.Length && string.CompareOrdinal(text, start, word, 0, word.Length) == 0;

        /// <summary>The role of the additional file at <paramref name="path"/>.</summary>
        [MethodImpl(Jit.Optimized)]
        public CorpusFileKind KindOf(string path) => _kinds.TryGetValue(Normalize(path), out var kind) ? kind : CorpusFileKind.None;

        /// <inheritdoc />
        public bool Equals(CorpusManifest? other) => other is not null && string.Equals(_content, other._content, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as CorpusManifest);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_content);

        // The compiler may hand a path as given on its command line ("proj/../corpus/a.txt"); the
        // manifest has MSBuild's full paths. Resolve "." and ".." segments and unify separators.
        [MethodImpl(Jit.Optimized)]
        private static string Normalize(string path)
        {
            var separator = System.IO.Path.DirectorySeparatorChar;
            var unified = separator == '\\' ? path.Replace('/', '\\') : path;
            if (unified.IndexOf(separator + ".", StringComparison.Ordinal) < 0) return unified;
            var parts = new List<string>();
            foreach (var part in unified.Split(separator))
            {
                if (part == ".") continue;
                if (part == ".." && parts.Count > 1) { parts.RemoveAt(parts.Count - 1); continue; }
                parts.Add(part);
            }
            return string.Join(separator.ToString(), parts);
        }
    }
}
