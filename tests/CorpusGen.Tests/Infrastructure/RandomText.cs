using System;
using System.Text;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>
/// Seeded random texts for the tests that compare code written out from a pattern with the pattern:
/// pieces of what the pattern matches, and near misses, joined by assorted separators.
/// </summary>
public static class RandomText
{
    /// <summary>One to <paramref name="maxPieces"/> - 1 pieces from <paramref name="piece"/>, each pair separated by one of <paramref name="separators"/>.</summary>
    public static string Join(Random random, int maxPieces, string[] separators, Func<Random, string> piece)
    {
        var text = new StringBuilder();
        var count = random.Next(1, maxPieces);
        for (var i = 0; i < count; i++)
        {
            if (i > 0) text.Append(separators[random.Next(separators.Length)]);
            text.Append(piece(random));
        }
        return text.ToString();
    }

    /// <summary>One of <paramref name="pieces"/>.</summary>
    public static string Pick(Random random, string[] pieces) => pieces[random.Next(pieces.Length)];
}
