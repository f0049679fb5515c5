using System.Linq;
using CorpusGen.Core.Names;
using Xunit;

namespace CorpusGen.Tests.Core;

/// <summary>
/// The tokenizer reads plain ASCII words in one pass that gives their end, key hash and shape together;
/// every word must still get the key and shape its own text has, whichever way it was read.
/// </summary>
public class NameTokenizerTests
{
    [Theory]
    [InlineData("Kim Jong-un met Sergei Lavrov's deputy in Pyongyang on Tuesday.")]
    [InlineData("DPRK and U.S. envoys, the G20 and KCNA's 2024 report")]
    [InlineData("O'Brien said it was 'not' the cafe's first ‘test’ of I and A")]
    [InlineData("Lavrov’s aide met Choe Son-hui in the Café de Flore, naïve as ever")]
    [InlineData("Ch'oe Sŏn-hŭi, P'yŏngyang's envoy, and Zelenskyy's MSc-level aides")]
    [InlineData("Vostochny Сosmodrome (Cyrillic С), Путин and Xi 习近平")]
    [InlineData("x1 9am B2B AbC aBC ABc 's '")]
    public void EveryWordHasTheKeyAndShapeOfItsText(string text)
    {
        var tokens = NameTokenizer.Tokenize(text, 0, text.Length);
        var words = Enumerable.Range(0, tokens.Count).Select(i => tokens[i]).Where(t => t.Kind == TokenKind.Word && t.Key != "'s").ToList();
        Assert.NotEmpty(words);
        foreach (var word in words)
        {
            var surface = text.Substring(word.Start, word.Length);
            Assert.Equal(NameNormalizer.WordKey(surface), word.Key);
            Assert.Equal(NameTokenizer.ShapeOf(surface), word.Shape);
        }
    }

    [Fact]
    public void WordsEndWhereTheGeneralReadingEndsThem()
    {
        const string text = "Lavrov’s O'Brien's naïve Jong-un U.S.-made 2024's it's‘";
        var tokens = NameTokenizer.Tokenize(text, 0, text.Length);
        var surfaces = Enumerable.Range(0, tokens.Count).Select(i => tokens[i]).Where(t => t.Kind == TokenKind.Word)
            .Select(t => text.Substring(t.Start, t.Length)).ToArray();
        Assert.Equal(new[] { "Lavrov", "’s", "O'Brien", "'s", "naïve", "Jong", "un", "U.S.", "made", "2024", "'s", "it", "'s" }, surfaces);
    }
}
