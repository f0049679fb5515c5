extern alias Generator;

using System;
using System.Linq;
using CorpusGen.Tests.Infrastructure;
using Xunit;
using EventExtractor = Generator::CorpusGen.Core.Events.EventExtractor;

namespace CorpusGen.Tests.Core;

/// <summary>
/// The events stage finds trigger words by reading ASCII sentences word by word, and leaves other
/// text to the trigger pattern it replaces there. The two readings must agree wherever the word
/// reading is used.
/// </summary>
public class EventTriggerTests
{
    private static readonly string[] Triggers =
    {
        "summit", "summits", "met", "meet", "meets", "meeting", "meetings", "hosted", "hosts", "received", "receives",
        "talks", "negotiations", "negotiated", "held discussions", "visit", "visited", "visits", "visiting", "arrived",
        "arrives", "arriving", "arrival", "trip", "traveled", "travelled", "toured", "signed", "treaty", "accord", "launched", "fired",
        "airstrike", "airstrikes", "invaded", "shelled", "drills", "exercises", "said", "says", "announced", "stated",
        "called", "emphasized", "emphasised", "noted", "told", "declared", "quoted", "wrote", "column", "statement", "informed",
        "stressed", "warned", "urged", "vowed", "pledged", "insisted", "argued", "claimed", "accused", "condemned", "criticized",
        "criticised", "denied", "confirmed", "phone call", "telephone call", "phone conversation", "telephone conversation",
        "spoke by phone", "spoke by telephone", "flew to", "flew into", "landed in", "landed at", "travel to", "travels to",
        "traveling to", "travelling to", "discussed", "conferred", "videoconference", "video call", "video conference",
        "exchanged views", "spoke with", "spoke to", "talked with", "talked to", "by phone", "by telephone", "sat down with",
        "shook hands", "dined with", "had dinner with", "had lunch with", "departed for", "left for", "leaves for", "set off for",
        "headed to", "heads to", "crossed into", "slammed", "blasted", "denounced", "dismissed", "rejected", "praised", "hailed",
        "reiterated", "expressed", "threatened", "demanded", "promised", "admitted", "acknowledged", "responded", "replied",
        "commented", "explained", "had a talk", "held a talk", "courtesy call", "gave a banquet", "fly to", "flies to", "flying to",
        "travel on to", "travels on to", "traveled on to", "travelled on to", "flew on to", "headed on to", "heads on to",
        "returned from", "returned home from", "returns from", "returns home from", "returning from", "returning home from",
        "touched down in", "touched down at", "pulled into", "inked", "pact", "went to",
        "proceed to", "proceeds to", "proceeded to", "proceeding to", "head to", "heading to",
        "talked for", "had a conversation", "held a conversation", "conversation with", "strategic dialogue",
    };

    // Near misses: a trigger inside a longer word, next to a digit or underscore, or the phrase
    // broken up.
    private static readonly string[] Others =
    {
        "Kim", "Putin", "the", "in", "on", "October", "19", "Seoul", "meetingroom", "met2", "_met", "summitry", "resaid",
        "held", "discussions", "held  discussions", "helddiscussions", "held discussion", "held-discussions", "held discussions2", "held discussionsroom", "visit_",
        "accords", "told-", "trip's", "2023", "talk", "travel", "phone", "phone calls", "phone  call", "spoke by", "spoke", "telephone",
        "flew", "landed", "landed on", "flew  to", "travel toward", "travels", "into", "discuss", "discussedly", "exchanged", "views",
        "spoke within", "talked", "by", "byphone", "sat down", "sat", "video", "conference", "to", "with",
        "shook", "hands", "dined", "had dinner", "left", "left  for", "headed", "crossed", "set off", "had a", "a talk", "courtesy", "banquet",
        "fly", "returned", "returned to", "returned home", "home from", "travel on", "on to", "touched down", "touched", "pulled",
        "pacts", "impact", "inkeds", "pacted", "went", "went  to",
        "proceed", "proceeded", "head", "heading",
        "conversation", "conversations with", "talked  for", "a conversation", "dialogue", "strategic", "strategic  dialogue",
    };

    private static readonly string[] Separators = { " ", " ", " ", ", ", ". ", " - ", "’", "“", "”", " – ", "\u00A0", "(", ") ", "/", "\n", "'", "\"" };

    [Fact]
    public void WordByWordReadingAgreesWithThePattern()
    {
        var random = new Random(20261123);
        var checkedSentences = 0;
        for (var n = 0; n < 3000; n++)
        {
            var sentence = RandomSentence(random);
            var (byWords, byPattern, wordsApply) = EventExtractor.TriggersBothWays(sentence);
            Assert.True(wordsApply, sentence);
            Assert.True(byPattern.SequenceEqual(byWords), sentence);
            if (byPattern.Count > 0) checkedSentences++;
        }
        Assert.True(checkedSentences > 1000, "too few sentences with a trigger: " + checkedSentences);
    }

    [Theory]
    [InlineData("On Monday, Kim HELD DISCUSSIONS with Putin.")]
    [InlineData("Kim Held Discussions, then met Putin and signed a treaty.")]
    [InlineData("He visited Moscow; the visit_ was noted")]
    public void KnownSentencesAgree(string sentence)
    {
        var (byWords, byPattern, wordsApply) = EventExtractor.TriggersBothWays(sentence);
        Assert.True(wordsApply);
        Assert.NotEmpty(byPattern);
        Assert.Equal(byPattern, byWords);
    }

    // Pieces of text before a place's name: the locative words in each case, inside longer words,
    // next to digits, underscores and typographic punctuation, and beyond ASCII.
    private static readonly string[] LocativePieces =
    {
        "at", "At", "AT", "in", "In", "IN", "the", "The", "at the", "in the", "In the", "in  the", "cat", "rain", "in_", "_at", "at2", "9in",
        "Kim", "met", "Moscow", "éat", "in’", "«in", "the Kremlin",
    };

    private static readonly string[] LocativeSeparators = { " ", "  ", "\t", "\n", ", ", ".", "-", "’", "\u00A0", "\u2009", "" };

    [Fact]
    public void LocativeTestAgreesWithItsPattern()
    {
        var random = new Random(20261125);
        var positive = 0;
        for (var n = 0; n < 3000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ =>
                LocativePieces[random.Next(LocativePieces.Length)] + LocativeSeparators[random.Next(LocativeSeparators.Length)]));
            for (var start = 0; start <= text.Length; start++)
            {
                var (byCode, byPattern) = EventExtractor.LocativeBothWays(text, start);
                Assert.True(byCode == byPattern, $"{byPattern} by the pattern before {start} in \"{text}\"");
                if (byPattern) positive++;
            }
        }
        Assert.True(positive > 1000, "too few locatives: " + positive);
    }

    [Theory]
    [InlineData("Le président a visité Yaoundé et met Putin.")]
    [InlineData("They ſaid it twice.")]
    public void TextBeyondAsciiIsLeftToThePattern(string sentence)
        => Assert.False(EventExtractor.TriggersBothWays(sentence).WordsApply);

    private static string RandomSentence(Random random) => RandomText.Join(random, 14, Separators, r =>
    {
        var word = r.Next(3) == 0 ? RandomText.Pick(r, Triggers) : RandomText.Pick(r, Others);
        return r.Next(4) switch
        {
            0 => word.ToUpperInvariant(),
            1 => char.ToUpperInvariant(word[0]) + word.Substring(1),
            _ => word,
        };
    });
}
