using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGen.Model
{
    /// <summary>What an additional file is to CorpusGen.</summary>
    public enum CorpusFileKind
    {
        /// <summary>Not a corpus file.</summary>
        None,
        /// <summary>A news article.</summary>
        Article,
        /// <summary>The entity catalog.</summary>
        Catalog,
    }

    /// <summary>
    /// An additional file CorpusGen reads, with its role. The <see cref="AdditionalText"/> is compared
    /// by reference, which is what the compiler keeps stable while the file is unchanged.
    /// </summary>
    /// <param name="RelativePath">The path relative to the project directory ('/' separators) when it lies below it: stable across machines.</param>
    public sealed record CorpusFile(CorpusFileKind Kind, AdditionalText Text, string RelativePath)
    {
        /// <summary>The file's path as the compiler knows it.</summary>
        public string Path => Text.Path;

        /// <summary>
        /// The role the project's <see cref="CorpusManifest"/> gives the file; files it does not name
        /// are not CorpusGen's business.
        /// </summary>
        public static CorpusFile Classify(AdditionalText text, CorpusManifest manifest, AnalyzerConfigOptions globalOptions)
        {
            var kind = manifest.KindOf(text.Path);
            globalOptions.TryGetValue("build_property.ProjectDir", out var projectDir);
            return new CorpusFile(kind, text, Relative(text.Path, projectDir));
        }

        private static string Relative(string path, string? directory)
        {
            var normalized = path.Replace('\\', '/');
            if (string.IsNullOrEmpty(directory)) return normalized;
            var root = directory!.Replace('\\', '/').TrimEnd('/') + "/";
            return normalized.StartsWith(root, System.StringComparison.OrdinalIgnoreCase) ? normalized.Substring(root.Length) : normalized;
        }
    }
}
