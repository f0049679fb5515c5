using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace CorpusGen.Core.Names
{
    /// <summary>
    /// Finds the catalog entity an unresolved name most plausibly meant, for the "did you mean" of
    /// CG0002. A suggestion is only ever shown, never applied: close is not the same as equal.
    /// </summary>
    public static class NameSuggester
    {
        /// <summary>The index of the closest entity to a name with word keys <paramref name="keys"/>, or -1.</summary>
        [MethodImpl(Jit.Optimized)]
        public static int Suggest(AliasIndex index, IReadOnlyList<string> keys)
        {
            var joined = string.Join(" ", keys);
            var best = -1;
            var bestDistance = int.MaxValue;
            foreach (var name in index.EntityNames)
            {
                int distance;
                if (name.Keys.Length == keys.Count)
                {
                    distance = Distance(joined, string.Join(" ", name.Keys));
                }
                else if (keys.Count == 1 && name.Keys.Length >= 2 && index.Catalog.Entities[name.EntityIndex].Kind == Model.EntityKind.Person)
                {
                    // A lone surname or given name against a person's full name: "Putin" suggests Vladimir
                    // Putin when the article never names him in full.
                    distance = Math.Min(Distance(joined, name.Keys[0]), Distance(joined, name.Keys[name.Keys.Length - 1]));
                }
                else
                {
                    continue;
                }
                if (distance <= Allowed(joined.Length) && distance < bestDistance)
                {
                    best = name.EntityIndex;
                    bestDistance = distance;
                }
            }
            return best;
        }

        [MethodImpl(Jit.Optimized)]
        private static int Allowed(int length) => length <= 6 ? 1 : length <= 14 ? 2 : 3;

        /// <summary>Edit distance counting an adjacent transposition as one edit.</summary>
        [MethodImpl(Jit.Optimized)]
        public static int Distance(string a, string b)
        {
            var d = new int[a.Length + 1, b.Length + 1];
            for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
            for (var j = 0; j <= b.Length; j++) d[0, j] = j;
            for (var i = 1; i <= a.Length; i++)
            {
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
            return d[a.Length, b.Length];
        }
    }
}
