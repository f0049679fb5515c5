using System;
using System.Collections.Generic;
using System.Linq;
using CorpusGen.Core.Events;
using CorpusGen.Core.Model;

namespace CorpusGen.Core
{
    /// <summary>The corpus-wide result: unique articles, the files left out as duplicates, and the merged events.</summary>
    public sealed record AssembledCorpus<T>(IReadOnlyList<T> Articles, IReadOnlyList<(T Duplicate, T Owner)> Duplicates, IReadOnlyList<EventSpec> Events);

    /// <summary>
    /// The cross-article stage, shared by the generator and the command line so that the generated
    /// data and the export agree: one article per id (the first file by path wins, ordinal order),
    /// articles ordered by id, events merged across articles.
    /// </summary>
    public static class CorpusAssembler
    {
        /// <summary>Assembles items that each carry an extracted article and the file path it came from.</summary>
        public static AssembledCorpus<T> Assemble<T>(IEnumerable<T> items, Func<T, ArticleSpec> spec, Func<T, string> path)
        {
            var (unique, duplicates) = Unique(items, spec, path);
            return new AssembledCorpus<T>(unique, duplicates, EventMerger.Merge(unique.SelectMany(i => spec(i).Events)));
        }

        /// <summary>One item per article id, ordered by id (the first file by path wins), and the duplicates left out.</summary>
        public static (List<T> Unique, List<(T Duplicate, T Owner)> Duplicates) Unique<T>(IEnumerable<T> items, Func<T, ArticleSpec> spec, Func<T, string> path)
        {
            var unique = new List<T>();
            var duplicates = new List<(T, T)>();
            foreach (var group in items.OrderBy(i => spec(i).Id, StringComparer.Ordinal).ThenBy(path, StringComparer.Ordinal).GroupBy(i => spec(i).Id, StringComparer.Ordinal))
            {
                var owner = group.First();
                unique.Add(owner);
                foreach (var duplicate in group.Skip(1)) duplicates.Add((duplicate, owner));
            }
            return (unique, duplicates);
        }
    }
}
