using System;
using System.Linq;
using CorpusGen.Core.Reading;
using CorpusGen.Core.Text;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace CorpusGen.Tests.Core;

/// <summary>
/// Lines and positions must be the compiler's, or a warning points at the wrong place in the
/// article file. Both the line map and the page layout's lines find breaks by their own scan;
/// random texts full of every break the compiler knows hold them to <see cref="SourceText"/>'s lines.
/// </summary>
public class LineBreakTests
{
    private const string Alphabet = "ab \r\n\r\n\u0085\u2028\u2029";

    private static string RandomText(Random random)
        => new(Enumerable.Range(0, random.Next(40)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());

    [Fact]
    public void EveryOffsetIsLocatedOnTheCompilersLineAndColumn()
    {
        var random = new Random(7);
        for (var round = 0; round < 5_000; round++)
        {
            var text = RandomText(random);
            var map = new LineMap(text);
            var compiler = SourceText.From(text);
            for (var offset = 0; offset <= text.Length; offset++)
            {
                var expected = compiler.Lines.GetLinePosition(offset);
                var span = map.Locate(offset, 0);
                Assert.True(
                    (span.Line, span.Column) == (expected.Line + 1, expected.Character + 1),
                    $"offset {offset} of {Escape(text)}: ({span.Line},{span.Column}), compiler ({expected.Line + 1},{expected.Character + 1})");
            }
        }
    }

    [Fact]
    public void LayoutLinesAreTheCompilersLinesWithoutAnEmptyLastOne()
    {
        var random = new Random(11);
        for (var round = 0; round < 5_000; round++)
        {
            var text = RandomText(random);
            var expected = SourceText.From(text).Lines.Select(line => (line.Start, line.End)).ToList();
            if (expected.Count > 1 && expected[^1].Start == text.Length) expected.RemoveAt(expected.Count - 1);

            var lines = PageLayout.Analyze(text).Lines;
            Assert.True(
                lines.Select(line => (line.Start, line.End)).SequenceEqual(expected),
                $"{Escape(text)}: [{string.Join(", ", lines.Select(l => (l.Start, l.End)))}], compiler [{string.Join(", ", expected)}]");
            Assert.Equal(Enumerable.Range(0, lines.Count), lines.Select(line => line.Index));
        }
    }

    private static string Escape(string text)
        => "\"" + string.Concat(text.Select(c => c switch { '\r' => "\\r", '\n' => "\\n", '\u0085' => "\\u0085", '\u2028' => "\\u2028", '\u2029' => "\\u2029", _ => c.ToString() })) + "\"";
}
