extern alias Generator;

using System;
using CorpusGen.Tests.Infrastructure;
using Xunit;
using PageLayout = Generator::CorpusGen.Core.Reading.PageLayout;

namespace CorpusGen.Tests.Core;

/// <summary>
/// The layout tells captions by code written out from its caption pattern, on text where that code
/// applies; the pattern decides elsewhere. On that text the two must agree.
/// </summary>
public class CaptionPatternTests
{
    private static readonly string[] Tokens =
    {
        "photo", "Photo", "PHOTO", "photos", "Photos", "photograph", "Photographs", "photographed", "photography", "photo:", "Photo :",
        "by", "By", "BY", "byline", "bye", "credit", "Credit:", "CREDIT:", "credits:", "credit :", "(photo", "(Photo)", "(photos", "(photo_",
        "getty", "Getty", "images", "Images", "getty images", "Getty Images", "getty  images", "gettyimages", "file", "File", "file photo",
        "File Photo", "file photos", "_photo", "xphoto", "2photo", "photo2", "©", "Kim", "Putin", "the", "summit", "in", "(", ")", ":",
        ",", ".", "-", "’", "“", "\u0008photo", "via", "Via", "viable", "AP)", ")", "Photo/AP)", "photo /", "(AP",
    };

    private static readonly string[] Separators = { " ", " ", " ", "", "  ", "\t", ", ", "/", "\u00A0" };

    [Fact]
    public void CodeAndPatternAgree()
    {
        var random = new Random(20261123);
        var captions = 0;
        for (var n = 0; n < 20000; n++)
        {
            var line = RandomLine(random);
            var (byCode, byPattern, codeApplies) = PageLayout.CaptionBothWays(line);
            Assert.True(codeApplies, line);
            Assert.True(byCode == byPattern, $"\"{line}\": pattern {byPattern}, code {byCode}");
            if (byPattern) captions++;
        }
        Assert.True(captions > 5000 && captions < 15000, "captions: " + captions);
    }

    [Fact]
    public void TextBeyondAsciiIsLeftToThePattern()
    {
        Assert.False(PageLayout.CaptionBothWays("Café owner Kim, photo: Reuters").CodeApplies);
        Assert.True(PageLayout.CaptionBothWays("Photograph by Ivan Ivanov “at the summit”").CodeApplies);
    }

    private static string RandomLine(Random random) => RandomText.Join(random, 8, Separators, r => RandomText.Pick(r, Tokens));
}
