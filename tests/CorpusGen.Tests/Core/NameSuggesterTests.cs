extern alias Generator;

using System;
using System.Linq;
using Xunit;
using NameSuggester = Generator::CorpusGen.Core.Names.NameSuggester;

namespace CorpusGen.Tests.Core;

/// <summary>
/// "Did you mean" compares every unresolved name with every catalog name, so its distance stops as
/// soon as a comparison cannot win. Stopping early must never change a distance that counts.
/// </summary>
public class NameSuggesterTests
{
    // The edit distance with adjacent transpositions, the whole table, written the plain way.
    private static int Reference(string a, string b)
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

    private static string Word(Random random, int maxLength)
        => new(Enumerable.Range(0, random.Next(maxLength + 1)).Select(_ => "abcde "[random.Next(6)]).ToArray());

    [Fact]
    public void BoundedDistanceIsExactWithinTheBoundAndAboveItOtherwise()
    {
        var random = new Random(42);
        for (var n = 0; n < 30_000; n++)
        {
            // A small alphabet and a second word made from the first, so that close pairs are common.
            var a = Word(random, 12);
            var b = random.Next(2) == 0 ? Word(random, 12) : Mutate(random, a);
            var bound = random.Next(6) - 1;
            var exact = Reference(a, b);
            var within = NameSuggester.DistanceWithin(a, b, bound);
            if (exact <= bound) Assert.True(within == exact, $"'{a}' '{b}' bound {bound}: {within}, exact {exact}");
            else Assert.True(within > bound, $"'{a}' '{b}' bound {bound}: {within}, exact {exact}");
            Assert.Equal(exact, NameSuggester.Distance(a, b));
        }
    }

    private static string Mutate(Random random, string word)
    {
        var chars = word.ToList();
        for (var edits = random.Next(4); edits > 0; edits--)
        {
            var at = random.Next(chars.Count + 1);
            switch (random.Next(4))
            {
                case 0: chars.Insert(at, "abcde "[random.Next(6)]); break;
                case 1: if (at < chars.Count) chars.RemoveAt(at); break;
                case 2: if (at < chars.Count) chars[at] = "abcde "[random.Next(6)]; break;
                default: if (at + 1 < chars.Count) (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]); break;
            }
        }
        return new string(chars.ToArray());
    }
}
