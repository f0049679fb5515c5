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
        /// <remarks>
        /// Every unresolved name is held against every name in the catalog, so with thousands of
        /// entities this is the extraction's most expensive step unless each comparison stops as soon
        /// as it cannot win: a name whose length differs by more than the edit budget is skipped
        /// without comparing, and a comparison ends once every alignment is over budget. The answer
        /// is the same as comparing every pair in full (the first closest name within the budget).
        /// </remarks>
        [MethodImpl(Jit.Optimized)]
        public static int Suggest(AliasIndex index, IReadOnlyList<string> keys)
        {
            var joined = string.Join(" ", keys);
            var allowed = Allowed(joined.Length);
            var best = -1;
            var bestDistance = int.MaxValue;
            foreach (var name in index.EntityNames)
            {
                // Only a distance within the budget and below the best so far can change the answer.
                var bound = Math.Min(allowed, bestDistance - 1);
                // Nor is a two-letter name misspelt as a longer one: Yonhap's "Yoon" (key "yun") is no
                // "UN" with a letter added.
                if (name.MatchKey.Length <= 2) continue;
                int distance;
                if (name.Keys.Length == keys.Count)
                {
                    distance = DistanceWithin(joined, name.MatchKey, bound);
                }
                else if (keys.Count == 1 && name.Keys.Length >= 2)
                {
                    // A lone surname or given name against a person's full name: "Putin" suggests Vladimir
                    // Putin when the article never names him in full. Of a place the first word:
                    // "Vostochny" suggests the Vostochny Cosmodrome, "Kumsusan" the Kumsusan State Guest
                    // House (their last words, "Cosmodrome" or "House", say too little). Not of an
                    // organization, whose first word is mostly a place's or a people's: "Shanghai" is
                    // no Shanghai Cooperation Organisation.
                    // (A misspelt first letter is rare: testing it first skips most of these comparisons.)
                    var kind = index.Catalog.Entities[name.EntityIndex].Kind;
                    distance = kind == Model.EntityKind.Person
                        ? Math.Min(DistanceWithin(joined, name.Keys[0], bound), DistanceWithin(joined, name.Keys[name.Keys.Length - 1], bound))
                        : kind == Model.EntityKind.Place && name.Keys[0].Length > 0 && joined[0] == name.Keys[0][0] ? DistanceWithin(joined, name.Keys[0], bound) : bound + 1;
                }
                else
                {
                    continue;
                }
                if (distance <= bound)
                {
                    best = name.EntityIndex;
                    bestDistance = distance;
                }
            }
            return best >= 0 || keys.Count < 2 ? best : SamePersonTransliterated(index, keys);
        }

        // "Alyaksandr Lukashenka" (the Belarusian romanization) for Alexander Lukashenko, "Volodymyr
        // Zelenskiy": a person's name spelt word by word another way, too far apart as a whole. The
        // family name must be close (the budget of its length), each other word within half its
        // length, so "Jill Biden" suggests no Joe Biden; the family name's first letter the same. The
        // closest in all wins.
        [MethodImpl(Jit.Optimized)]
        private static int SamePersonTransliterated(AliasIndex index, IReadOnlyList<string> keys)
        {
            var last = keys[keys.Count - 1];
            var best = -1;
            var bestDistance = int.MaxValue;
            foreach (var name in index.EntityNames)
            {
                // The family name's first letter first: a transliteration keeps it ("Lukashenka",
                // "Zelenskiy"), and most names fail here without a comparison.
                var family = name.Keys[name.Keys.Length - 1];
                if (name.Keys.Length != keys.Count || family.Length == 0 || family[0] != last[0] || index.Catalog.Entities[name.EntityIndex].Kind != Model.EntityKind.Person) continue;
                var distance = DistanceWithin(last, family, Allowed(last.Length));
                if (distance > Allowed(last.Length)) continue;
                for (var k = 0; k < keys.Count - 1 && distance < bestDistance; k++)
                {
                    var word = DistanceWithin(keys[k], name.Keys[k], keys[k].Length / 2);
                    distance = word > keys[k].Length / 2 ? int.MaxValue : distance + word;
                }
                if (distance < bestDistance)
                {
                    best = name.EntityIndex;
                    bestDistance = distance;
                }
            }
            return best;
        }

        [MethodImpl(Jit.Optimized)]
        // Two letters are no name to misspell: one edit of "SA" is "USA", "AU" or "SJ".
        private static int Allowed(int length) => length <= 2 ? 0 : length <= 6 ? 1 : length <= 14 ? 2 : 3;

        /// <summary>Edit distance counting an adjacent transposition as one edit.</summary>
        [MethodImpl(Jit.Optimized)]
        public static int Distance(string a, string b) => DistanceWithin(a, b, Math.Max(a.Length, b.Length));

        // Three rows of the distance table, reused: the comparison runs for every catalog name.
        [ThreadStatic]
        private static int[]? t_rows;

        /// <summary>
        /// <see cref="Distance"/> when it is at most <paramref name="bound"/>; otherwise some value
        /// above <paramref name="bound"/>, found without finishing the table.
        /// </summary>
        [MethodImpl(Jit.Optimized)]
        internal static int DistanceWithin(string a, string b, int bound)
        {
            if (Math.Abs(a.Length - b.Length) > bound) return bound + 1;
            var width = b.Length + 1;
            var rows = t_rows;
            if (rows is null || rows.Length < 3 * width) t_rows = rows = new int[Math.Max(3 * width, 96)];
            // Row i of the table lives at (i % 3) * width: the transposition rule reaches back two rows.
            for (var j = 0; j < width; j++) rows[j] = j;
            var previousMinimum = 0;
            for (var i = 1; i <= a.Length; i++)
            {
                var current = (i % 3) * width;
                var previous = ((i - 1) % 3) * width;
                var beforePrevious = ((i + 1) % 3) * width;
                rows[current] = i;
                var minimum = i;
                for (var j = 1; j < width; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var value = Math.Min(Math.Min(rows[previous + j] + 1, rows[current + j - 1] + 1), rows[previous + j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) value = Math.Min(value, rows[beforePrevious + j - 2] + 1);
                    rows[current + j] = value;
                    if (value < minimum) minimum = value;
                }
                // A row's cells come from the row above or, by a transposition, plus one from the row
                // before it: once two rows in a row are over the bound, every later row is too.
                if (minimum > bound && previousMinimum > bound) return bound + 1;
                previousMinimum = minimum;
            }
            return rows[(a.Length % 3) * width + b.Length];
        }
    }
}
